"""The Qt binding must keep Python's reference counts straight.

PySide6-Essentials 6.12.0 on Python 3.11 takes one reference from ``None`` on every call of a
method that returns nothing (``QPainter.setPen``, ``QLabel.setText`` …). A busy calendar drops
about a thousand per repaint, and when the count reaches zero the interpreter aborts
("none_dealloc"). pyproject.toml excludes that release; this test fails if such a build is
installed again.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QLabel


def test_void_calls_do_not_consume_references_to_none(qapp):
    image = QImage(32, 32, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    label = QLabel()
    try:
        before = sys.getrefcount(None)
        for _ in range(2000):
            painter.setPen(QColor("red"))
            painter.fillRect(0, 0, 4, 4, QColor("blue"))
            label.setText("x")
        after = sys.getrefcount(None)
    finally:
        painter.end()
    # Other threads may take or give back a few references meanwhile; 6000 calls on a broken
    # binding take 6000.
    assert after - before > -100, f"{before - after} references to None lost"
