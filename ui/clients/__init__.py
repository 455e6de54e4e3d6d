"""The Clients (Asiakkaat) view. This version has only its page: the client register itself
(search, client cards, consents) comes with the clients service."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class ClientsView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("clientsView")
        layout = QVBoxLayout(self)
        title = self.tr("Clients")  # outside the f-string, so that lupdate finds it
        heading = QLabel(f"<h2>{html.escape(title)}</h2>", self)
        text = QLabel(self.tr("The client register: finding clients by name, phone or birth "
                              "date, client cards and consents. Not available in this "
                              "version yet."), self)
        text.setWordWrap(True)
        layout.addWidget(heading)
        layout.addWidget(text)
        layout.addStretch(1)
