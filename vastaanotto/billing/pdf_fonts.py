"""Fonts and text measuring for the invoice PDF (reportlab, no database).

DejaVu Sans comes from ``resources/fonts`` (shipped with the program, its licence beside the
files), so ä, ö, å and € print the same on every machine and no system font is needed.
"""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from vastaanotto.errors import StorageError

__all__ = ["FONT", "BOLD", "fonts_dir", "register_fonts", "fit", "wrap"]

FONT, BOLD = "DejaVuSans", "DejaVuSans-Bold"


def fonts_dir() -> Path:
    """``resources/fonts`` of the source tree, or of the PyInstaller bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    base = Path(frozen) if frozen else Path(__file__).resolve().parents[2]
    return base / "resources" / "fonts"


@lru_cache(maxsize=1)
def register_fonts() -> None:
    """Register the two faces with reportlab once per process; ``StorageError`` if missing."""
    folder = fonts_dir()
    try:
        pdfmetrics.registerFont(TTFont(FONT, str(folder / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont(BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    except (OSError, TTFError):  # missing or damaged: a broken installation, not bad input
        raise StorageError("pdf_fonts_missing") from None


def fit(text: str, font: str, size: float, width: float) -> str:
    """Cut ``text`` with an ellipsis so that it fits ``width`` points (long names, streets)."""
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy word wrap; a word longer than the width is cut to fit rather than overflow."""
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        current = ""
        for word in paragraph.split():
            candidate = f"{current} {word}" if current else word
            if pdfmetrics.stringWidth(candidate, font, size) <= width:
                current = candidate
            else:
                if current:
                    lines.append(current)
                current = fit(word, font, size, width)
        lines.append(current)
    return lines
