"""What the privacy pages and dialogs share: saving a file, a client picker, names of codes.

Saving goes through :func:`choose_save_path` (a module function so that tests replace it
instead of driving a native file dialog) and :func:`write_file`, which writes a temporary
file, fsyncs and renames it (STYLE 7): a half-written export never looks finished.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (QComboBox, QFileDialog, QHBoxLayout, QLineEdit, QMessageBox,
                               QWidget)

from ui.errors import show_error
from vastaanotto.context import Context
from vastaanotto.errors import VastaanottoError
from vastaanotto.models.privacy import RequestKind, RequestStatus
from vastaanotto.paths import write_atomically
from vastaanotto.privacy.erasure import Disposition
from vastaanotto.services import clients as client_service


# Called by this name with literal texts, so that pyside6-lupdate files them under
# "privacy" (a wrapper function would hide the context and leave them untranslated).
translate = QCoreApplication.translate


def choose_save_path(parent: QWidget | None, title: str, suggested: str,
                     file_filter: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
    return path or None


def write_file(path: str | Path, data: bytes | str) -> None:
    """Atomic: a temporary file in the same folder, fsync, then rename over ``path``."""
    write_atomically(Path(path), data.encode("utf-8") if isinstance(data, str) else data)


def save_with_dialog(parent: QWidget, title: str, suggested: str, file_filter: str,
                     data: bytes | str) -> str | None:
    """Asks where, writes, and returns the path (None when the person cancelled)."""
    path = choose_save_path(parent, title, suggested, file_filter)
    if not path:
        return None
    try:
        write_file(path, data)
    except OSError:  # the message names no path: it may contain a client's name
        QMessageBox.warning(parent, translate("privacy", "Cannot save"),
                            translate("privacy", "The file could not be written. Choose another "
                                      "folder."))
        return None
    return path


def kind_name(kind: RequestKind) -> str:
    return {
        RequestKind.ACCESS: translate("privacy", "Access to data"),
        RequestKind.RECTIFICATION: translate("privacy", "Rectification"),
        RequestKind.OBJECTION: translate("privacy", "Objection to marketing"),
        RequestKind.ERASURE: translate("privacy", "Erasure"),
        RequestKind.RESTRICTION: translate("privacy", "Restriction"),
        RequestKind.ACCESS_LOG: translate("privacy", "Access log report"),
    }[RequestKind(kind)]


def status_name(status: RequestStatus) -> str:
    return {
        RequestStatus.RECEIVED: translate("privacy", "Received"),
        RequestStatus.IN_PROGRESS: translate("privacy", "In progress"),
        RequestStatus.COMPLETED: translate("privacy", "Completed"),
        RequestStatus.REFUSED: translate("privacy", "Refused"),
    }[RequestStatus(status)]


def disposition_name(disposition: Disposition) -> str:
    return {
        Disposition.ERASE: translate("privacy", "Erase now"),
        Disposition.ANONYMISE: translate("privacy", "Anonymise now"),
        Disposition.KEEP: translate("privacy", "Keep (restricted)"),
        Disposition.NONE: translate("privacy", "No data"),
    }[Disposition(disposition)]


def data_kind_name(kind: str) -> str:
    names = {
        "identity": translate("privacy", "Name, birth date, identity code"),
        "contact": translate("privacy", "Contact and billing details"),
        "marketing_consents": translate("privacy", "Marketing and reminder consents"),
        "care_consents": translate("privacy", "Consent to storing treatment data"),
        "bookings": translate("privacy", "Bookings"),
        "visits": translate("privacy", "Visits"),
        "treatment_notes": translate("privacy", "Treatment notes (patient records)"),
        "invoices": translate("privacy", "Invoices (bookkeeping vouchers)"),
        "draft_invoices": translate("privacy", "Draft invoices"),
        "payments": translate("privacy", "Payments (bookkeeping vouchers)"),
        "messages": translate("privacy", "Messages sent"),
        "waitlist": translate("privacy", "Waiting list"),
        "audit_trail": translate("privacy", "Audit trail"),
    }
    return names.get(kind, kind)


class ClientPicker(QWidget):
    """Type a name, phone or birth date, pick from the hits. Searching is the audited
    ``search_clients``; ``client_id`` is None until a client is picked."""

    changed = Signal()

    def __init__(self, ctx: Context, parent: QWidget | None = None, *,
                 any_client: bool = False):
        super().__init__(parent)
        self.ctx = ctx
        self._any = any_client
        self.query = QLineEdit(self)
        self.query.setObjectName("clientQuery")
        self.query.setPlaceholderText(translate("privacy", "Search: name, phone or birth date"))
        self.combo = QComboBox(self)
        self.combo.setObjectName("clientChoice")
        self.combo.setMinimumContentsLength(24)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.query, 1)
        layout.addWidget(self.combo, 1)
        self.query.returnPressed.connect(self.search)
        self.query.editingFinished.connect(self.search)
        self.combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self._reset()

    def _reset(self) -> None:
        self.combo.clear()
        if self._any:
            self.combo.addItem(translate("privacy", "Any client"), None)

    def search(self) -> None:
        text = self.query.text().strip()
        self._reset()
        if not text:
            return
        try:
            hits = client_service.search_clients(self.ctx, text, limit=30)
        except VastaanottoError as exc:
            show_error(self, exc, translate("privacy", "Search failed"))
            return
        for hit in hits:
            born = f" ({hit.birth_date.day}.{hit.birth_date.month}.{hit.birth_date.year})" \
                if hit.birth_date else ""
            self.combo.addItem(f"{hit.name}{born}", hit.id)
        if hits:
            self.combo.setCurrentIndex(1 if self._any else 0)

    def set_client(self, client_id: int, name: str) -> None:
        self._reset()
        self.combo.addItem(name, client_id)
        self.combo.setCurrentIndex(self.combo.count() - 1)

    @property
    def client_id(self) -> int | None:
        return self.combo.currentData()
