"""Reports as CSV for the accountant's Finnish Excel.

Finnish Excel opens a double-clicked ``.csv`` with the list separator of the Finnish locale
(``;``) and reads ``1234,50`` as a number; without a byte-order mark it guesses the legacy
code page and ruins ä and ö. So: UTF-8 with BOM, ``;``, decimal comma, no thousands
separator (a space would make the cell text), dates ``21.11.2026``, CRLF line ends (what
Excel writes itself). A text cell that starts with ``= + - @`` gets a leading apostrophe so
Excel never runs a buyer's name as a formula (CSV injection).

The header texts come from the caller (the UI translates them); the core writes values only.
Pure; any thread.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from decimal import Decimal
from typing import Any, Iterable, Sequence

__all__ = ["cell", "to_csv", "BOM"]

BOM = "\ufeff"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell(value: Any) -> str:
    """One value as Finnish Excel reads it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, Decimal):
        return f"{value:.2f}".replace(".", ",") if value == value.quantize(Decimal("0.01")) \
            else f"{value.normalize():f}".replace(".", ",")
    if isinstance(value, float):
        raise TypeError("money is never float")
    if isinstance(value, dt.datetime):
        return f"{value.day}.{value.month}.{value.year} {value.hour:02d}.{value.minute:02d}"
    if isinstance(value, dt.date):
        return f"{value.day}.{value.month}.{value.year}"
    text = str(value)
    if text.startswith(_FORMULA_START) and not isinstance(value, int):
        return "'" + text
    return text


def to_csv(headers: Sequence[str], rows: Iterable[Sequence[Any]],
           total: Sequence[Any] | None = None, total_label: str = "") -> bytes:
    """The table as CSV bytes (UTF-8 with BOM, ``;``, CRLF); ``total`` becomes the last row.

    ``total_label`` ("Yhteensä", in the language of ``headers``: the caller translates both)
    fills the total row's first cell when the report leaves it empty, so the accountant's
    sheet says which row is the sum."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow([cell(h) for h in headers])
    for row in rows:
        writer.writerow([cell(v) for v in row])
    if total is not None:
        total = list(total)
        if total and total[0] in ("", None) and total_label:
            total[0] = total_label
        writer.writerow([cell(v) for v in total])
    return (BOM + buffer.getvalue()).encode("utf-8")
