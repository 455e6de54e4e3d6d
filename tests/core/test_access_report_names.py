"""Every audit action that can concern a client has words in its access report (fi/sv/en).

The report (lokiselvitys, laki 703/2023) goes to the client, who cannot read codes. The codes
that can carry a client are collected from the source (tests/audit_action_codes.py), so a new
client-related ``audit(...)`` fails here until vastaanotto/privacy/labels.py words it.
"""

from __future__ import annotations

import datetime as dt
import subprocess

import pytest

from tests.audit_action_codes import collect
from vastaanotto.privacy.access_report import AccessRow, render_pdf, what_text
from vastaanotto.privacy.labels import LANGUAGES

COLLECTED = collect()


def test_the_collector_sees_the_client_codes():
    for code in ("client.viewed", "note.read", "hetu.revealed", "permission.refused",
                 "invoice.printed", "message.sent", "payment.taken", "waitlist.added"):
        assert code in COLLECTED.client_codes, code
    # practice-wide events carry no client and never reach a client's report
    for code in ("login.ok", "backup.created", "calendar.viewed", "invoice.listed"):
        assert code not in COLLECTED.client_codes, code
    assert COLLECTED.unresolved == []


@pytest.mark.parametrize("code", sorted(COLLECTED.client_codes))
def test_every_client_action_is_worded_in_every_language(code):
    words = [what_text(code, language) for language in LANGUAGES]
    assert all(w and w != code for w in words), \
        f"vastaanotto/privacy/labels.py has no words for {code!r}"
    assert words[0] != words[1], code       # fi and sv really translated


def test_the_pdf_shows_the_words_not_the_code(tmp_path):
    at = dt.datetime(2026, 11, 21, 10, 0, tzinfo=dt.timezone.utc)
    rows = [AccessRow(1, at, "Kaisa Kassa", "vastaanotto-1", "payment.taken", "ok", (), ""),
            AccessRow(2, at, "Kaisa Kassa", "vastaanotto-1", "waitlist.added", "ok", (), "")]
    for language, expected in (("fi", ["otti vastaan maksun", "lisäsi sinut jonoon"]),
                               ("sv", ["tog emot en betalning", "satte dig i kölistan"])):
        pdf = render_pdf(practice_name="Hieronta Oy", client_name="Maija Meikäläinen",
                         client_id=7, start=at.date(), end=at.date(), rows=rows,
                         produced_at=at, language=language)
        path = tmp_path / f"report-{language}.pdf"
        path.write_bytes(pdf)
        text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                              text=True, check=True).stdout
        for words in expected:
            assert words in text, (language, words)
        assert "payment.taken" not in text and "waitlist.added" not in text
