"""A plain document for people: headings, paragraphs and tables on A4, as PDF bytes.

The privacy desk's papers (access export, access report, erasure outcome, privacy notice) are
text with a few tables, so they share this one builder on reportlab's platypus, which wraps
and breaks pages. DejaVu Sans (``billing.pdf_fonts``) prints ä, ö, å and € on every machine.
No database access here.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

from vastaanotto.billing.pdf_fonts import BOLD, FONT, register_fonts, wrap

__all__ = ["Document"]

_CHUNK = 40  # table rows per platypus Table: about a page, so splitting stays cheap


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13, spaceAfter=4)
    return {
        "title": ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=16, leading=20,
                                spaceAfter=8),
        "h": ParagraphStyle("h", parent=base, fontName=BOLD, fontSize=11.5, leading=15,
                            spaceBefore=8, spaceAfter=3),
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8, leading=10, spaceAfter=0),
        "head": ParagraphStyle("headcell", parent=base, fontName=BOLD, fontSize=8, leading=10,
                               spaceAfter=0),
    }


def _text(value: object) -> str:
    """Escaped for reportlab's mini-markup, line breaks kept."""
    return escape("" if value is None else str(value)).replace("\n", "<br/>")


@dataclass
class Document:
    """Build with ``title``/``heading``/``paragraph``/``table``; ``render()`` gives the PDF."""

    title: str
    footer: str = ""
    _flow: list = field(default_factory=list)

    def __post_init__(self) -> None:
        register_fonts()
        self._s = _styles()
        self._flow.append(Paragraph(_text(self.title), self._s["title"]))

    def heading(self, text: str) -> None:
        self._flow.append(Paragraph(_text(text), self._s["h"]))

    def paragraph(self, text: str, *, small: bool = False) -> None:
        self._flow.append(Paragraph(_text(text), self._s["small" if small else "body"]))

    def facts(self, rows: list[tuple[str, object]]) -> None:
        """Label: value pairs, two columns."""
        if not rows:
            return
        data = [[Paragraph(_text(k), self._s["head"]), Paragraph(_text(v), self._s["cell"])]
                for k, v in rows]
        table = Table(data, colWidths=[45 * mm, 125 * mm])
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                                   ("TOPPADDING", (0, 0), (-1, -1), 1)]))
        self._flow.append(table)
        self._flow.append(Spacer(1, 3 * mm))

    def table(self, headers: list[str], rows: list[list[object]],
              widths: list[float] | None = None, empty: str = "–") -> None:
        """A table with the header repeated on each page; ``widths`` in mm, summing to 170.

        Cells are plain text wrapped here (``pdf_fonts.wrap``) and the rows go in chunks of
        one page's worth: a platypus Paragraph per cell and one long table to split took
        ~28 s for a patient's 10,000 log rows (RELIABILITY L5 asks for under 5 s).
        """
        if not rows:
            self.paragraph(empty)
            return
        widths = widths or [170 / len(headers)] * len(headers)
        col_widths = [w * mm for w in widths]
        inner = [w - 5 for w in col_widths]  # the cell padding, 2.5 pt each side
        head = [Paragraph(_text(h), self._s["head"]) for h in headers]
        style = TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONT", (0, 1), (-1, -1), FONT, 7.5, 9),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.HexColor("#7a8a9a")),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#c8d0d8")),
            ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ])
        body = [["\n".join(wrap("" if c is None else str(c), FONT, 7.5, width))
                 for c, width in zip(row, inner)] for row in rows]
        for first in range(0, len(body), _CHUNK):
            table = Table([head] + body[first:first + _CHUNK], colWidths=col_widths,
                          repeatRows=1)
            table.setStyle(style)
            self._flow.append(table)
        self._flow.append(Spacer(1, 3 * mm))

    def keep(self, heading: str, text: str) -> None:
        """A short heading and paragraph that never split across pages."""
        self._flow.append(KeepTogether([Paragraph(_text(heading), self._s["h"]),
                                        Paragraph(_text(text), self._s["body"])]))

    def render(self) -> bytes:
        out = io.BytesIO()
        footer = self.footer

        def on_page(canvas, doc):
            canvas.saveState()
            canvas.setFont(FONT, 7.5)
            canvas.setFillColor(colors.HexColor("#555555"))
            canvas.drawString(20 * mm, 10 * mm, footer[:140])
            canvas.drawRightString(190 * mm, 10 * mm, str(doc.page))
            canvas.restoreState()

        doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                                topMargin=18 * mm, bottomMargin=18 * mm, title=self.title,
                                author="Vastaanotto", invariant=True)
        doc.build(list(self._flow), onFirstPage=on_page, onLaterPages=on_page)
        return out.getvalue()
