"""Batch printing: N invoices into one PDF or one file each, with progress and cancel; the
printed ones leave the "unsent" list (Invoice.sent_at)."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from tests.core.billing_fixtures import build_practice
from vastaanotto.billing import batch
from vastaanotto.billing.batch import render_batch
from vastaanotto.models import AuditEvent, VatClass
from vastaanotto.progress import Cancelled, Progress
from vastaanotto.services import invoicing
from vastaanotto.services.invoicing import LineInput


@pytest.fixture
def p(db, owner_ctx, make_ctx, monkeypatch):
    monkeypatch.setattr(batch, "CHUNK", 2)   # several chunks from a few invoices
    return build_practice(db, owner_ctx, make_ctx)


def issue_many(p, n: int) -> list[int]:
    ids = []
    for i in range(n):
        inv = invoicing.create_draft(p.reception, client_id=p.matti, lines=[
            LineInput(f"Hieronta {i}", 1, "75", VatClass.GENERAL)]).data
        invoicing.issue(p.reception, inv)
        ids.append(inv)
    return ids


def unsent(p) -> list[int]:
    return [r.id for r in invoicing.list_invoices(p.reception, unsent_only=True)]


def test_combined_pdf_with_progress_marks_sent(p, db, tmp_path):
    ids = issue_many(p, 4)
    draft = invoicing.create_draft(p.reception, client_id=p.matti, lines=[
        LineInput("Luonnos", 1, "5", VatClass.GENERAL)]).data
    assert sorted(unsent(p)) == ids and draft not in unsent(p)
    seen = []
    progress = Progress(on_update=lambda done, total, label: seen.append((done, total)))
    out = tmp_path / "laskut.pdf"
    result = render_batch(progress, p.reception, ids, combined=out)
    assert seen == [(0, 4), (2, 4), (4, 4)]
    assert result.printed == ids and result.files == [out] and result.pages == 4
    reader = PdfReader(str(out))
    assert len(reader.pages) == 4
    assert "Laskun numero" in reader.pages[2].extract_text()
    assert unsent(p) == []
    with db.session() as session:
        printed = session.scalar(select(func.count()).where(
            AuditEvent.action == "invoice.printed"))
        sent = session.scalar(select(func.count()).where(AuditEvent.action == "invoice.sent"))
    assert (printed, sent) == (4, 4)


def test_one_file_each_and_cancel_keeps_what_was_written(p, tmp_path):
    ids = issue_many(p, 5)
    progress = Progress()
    progress._on_update = lambda done, total, label: done == 2 and progress.cancel()
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(Cancelled):
        render_batch(progress, p.reception, ids, folder=folder)
    assert sorted(f.name for f in folder.iterdir()) == ["lasku-1.pdf", "lasku-2.pdf"]
    assert sorted(unsent(p)) == ids[2:]


def test_cancelled_combined_batch_writes_nothing_and_marks_nothing(p, tmp_path):
    ids = issue_many(p, 3)
    progress = Progress()
    progress._on_update = lambda done, total, label: done == 2 and progress.cancel()
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(Cancelled):
        render_batch(progress, p.reception, ids, combined=folder / "x.pdf")
    assert list(folder.iterdir()) == [] and sorted(unsent(p)) == ids
