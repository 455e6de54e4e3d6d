"""Batch printing: many invoices rendered to PDF, into one combined file or one file each.

A long task in the ``fn(progress, ...)`` form of ``vastaanotto.progress``: the UI runs it
through ``ui/tasks.py``; ``progress.step`` after each chunk is where a cancel stops it.

Speed (bench/invoice_batch.py, 1,000 invoices): invoices go in chunks of ``CHUNK`` through
``invoicing.render_many``, which reads them, renders them and audits "invoice.printed" for
each in one transaction (one commit per chunk, not per invoice). Rendering stays in this
process: worker processes were tried and measured slower on a busy two-core desk computer
(start-up and pickling cost more than the parallel rendering saved), and "spawn" workers
would also need the program's entry point to be import-safe and PyInstaller's
``freeze_support``.

Files are written atomically (temporary name, fsync, rename), so a cancelled or failed batch
leaves no half-written PDF behind: the combined file is written only after the last invoice,
single files as each chunk is done. The combined file shares identical objects (the
embedded fonts of every invoice) so that it stays small.

"Sent" tracking uses the invoice's own ``sent_at`` column: after a completed batch
(``mark_sent=True``) the printed invoices are marked with ``invoicing.mark_sent(via="print")``
and leave the "unsent" list. A cancelled batch marks only the invoices whose single files
were written (a combined file that was never written marks none).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from vastaanotto.context import Context
from vastaanotto.paths import write_atomically  # re-exported: the UI's billing imports it here
from vastaanotto.progress import Cancelled, Progress

__all__ = ["BatchResult", "render_batch", "write_atomically", "CHUNK"]

# Invoices per transaction and per progress step: few commits, yet the write lock is held
# only for the time of ten renders (about half a second) and cancel answers as fast.
CHUNK = 10


@dataclass
class BatchResult:
    printed: list[int] = field(default_factory=list)   # invoice ids, in order
    files: list[Path] = field(default_factory=list)
    pages: int = 0


def _file_name(number: int | None, invoice_id: int) -> str:
    return f"lasku-{number}.pdf" if number is not None else f"luonnos-{invoice_id}.pdf"


def render_batch(progress: Progress, ctx: Context, invoice_ids: Sequence[int], *,
                 combined: Path | None = None, folder: Path | None = None,
                 mark_sent: bool = True) -> BatchResult:
    """Render ``invoice_ids`` to ``combined`` (one PDF, invoices in the given order) or to
    ``folder`` (``lasku-<number>.pdf`` each). Exactly one of the two must be given.

    Raises ``Cancelled`` at a step after ``progress.cancel()``; ``VastaanottoError`` from the
    services (e.g. ``PermissionDenied``). Any thread that owns ``ctx``.
    """
    from pypdf import PdfWriter  # here, not at import: the Billing view is built at start-up

    from vastaanotto.services import invoicing  # the service imports billing modules

    if (combined is None) == (folder is None):
        raise ValueError("give either combined or folder")
    ids = list(dict.fromkeys(invoice_ids))
    result = BatchResult()
    writer = PdfWriter() if combined is not None else None
    numbers = _numbers(ctx, ids) if folder is not None else {}
    progress.step(0, len(ids))
    try:
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start:start + CHUNK]
            pdfs = invoicing.render_many(ctx, chunk)
            for invoice_id, pdf in zip(chunk, pdfs):
                if writer is not None:
                    writer.append(io.BytesIO(pdf))
                else:
                    path = folder / _file_name(numbers.get(invoice_id), invoice_id)
                    write_atomically(path, pdf)
                    result.files.append(path)
                result.printed.append(invoice_id)
            progress.step(len(result.printed), len(ids))
        if writer is not None:
            writer.compress_identical_objects(remove_duplicates=True, remove_unreferenced=True)
            buffer = io.BytesIO()
            writer.write(buffer)
            result.pages = len(writer.pages)
            write_atomically(combined, buffer.getvalue())
            result.files.append(combined)
    except Cancelled:
        if mark_sent and folder is not None and result.printed:
            invoicing.mark_sent(ctx, result.printed, via="print")
        raise
    if mark_sent and result.printed:
        invoicing.mark_sent(ctx, result.printed, via="print")
    return result


def _numbers(ctx: Context, ids: list[int]) -> dict[int, int | None]:
    from sqlalchemy import select

    from vastaanotto.models.billing import Invoice

    with ctx.transaction() as session:
        out: dict[int, int | None] = {}
        for start in range(0, len(ids), 500):
            out.update(session.execute(select(Invoice.id, Invoice.number)
                                       .where(Invoice.id.in_(ids[start:start + 500]))).all())
        return out
