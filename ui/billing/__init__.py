"""The Billing (Laskutus) view. This version has only its page: invoices and payments come
with the billing service."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class BillingView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("billingView")
        layout = QVBoxLayout(self)
        title = self.tr("Billing")  # outside the f-string, so that lupdate finds it
        heading = QLabel(f"<h2>{html.escape(title)}</h2>", self)
        text = QLabel(self.tr("Invoices, payments at the desk, and unpaid and overdue "
                              "invoices. Not available in this version yet."), self)
        text.setWordWrap(True)
        layout.addWidget(heading)
        layout.addWidget(text)
        layout.addStretch(1)
