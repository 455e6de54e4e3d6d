"""Walk-in: the client at the desk gets the first free time of a service from now on.

One call to ``booking.walk_in``, which searches today's free slots and books the first inside
one transaction; "no free time today" comes back as the core's Conflict("no_free_slot").
"""

from __future__ import annotations

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout,
                               QWidget)

from ui.admin.common import Publish, error_banner
from ui.calendar.booking_dialog import offer_practitioners
from ui.calendar.client_picker import ClientPicker
from ui.errors import message_for
from vastaanotto.context import Context
from vastaanotto.errors import VastaanottoError
from vastaanotto.services import booking, catalog
from vastaanotto.services.base import Changes


class WalkInDialog(QDialog):
    """``changes`` holds the booking's Changes once booked (data: the appointment id)."""

    def __init__(self, ctx: Context, publish: Publish, parent: QWidget | None = None, *,
                 practitioners: dict[int, str] | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._publish = publish
        self.changes: Changes | None = None
        self.setWindowTitle(self.tr("Walk-in"))
        layout = QVBoxLayout(self)
        self.banner = error_banner(self)
        layout.addWidget(self.banner)
        form = QFormLayout()
        layout.addLayout(form)
        self.service_combo = QComboBox(self)
        self.service_combo.setObjectName("service")
        form.addRow(self.tr("&Service"), self.service_combo)
        self.practitioner_combo = QComboBox(self)
        self.practitioner_combo.setObjectName("practitioner")
        form.addRow(self.tr("&Practitioner"), self.practitioner_combo)
        self.picker = ClientPicker(ctx, publish, self)
        form.addRow(self.tr("C&lient"), self.picker)
        buttons = QDialogButtonBox(self)
        self.book_button = buttons.addButton(self.tr("&Book now"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.book_button.setObjectName("bookNow")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._names = practitioners or {}
        self._givers: dict[int, frozenset[int]] = {}
        try:
            services = catalog.list_services(ctx, include_inactive=False)
        except VastaanottoError as exc:
            self._show(message_for(exc))
            services = []
        for service in services:
            self.service_combo.addItem(service.name, service.id)
            self._givers[service.id] = service.practitioner_ids
        self.service_combo.currentIndexChanged.connect(lambda _i: self._service_changed())
        self.picker.changed.connect(self._update)
        self.picker.error.connect(self._show)
        self._service_changed()
        self.picker.search_edit.setFocus()
        self.resize(460, 480)

    def _service_changed(self) -> None:
        offer_practitioners(self.practitioner_combo, self._names,
                            self._givers.get(self.service_combo.currentData(), frozenset()),
                            self.tr("Anyone free"))
        self._update()

    def _update(self) -> None:
        self.book_button.setEnabled(self.service_combo.currentData() is not None
                                    and self.picker.client_id() is not None)

    def _show(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.show()

    def accept(self) -> None:
        client_id, service_id = self.picker.client_id(), self.service_combo.currentData()
        if client_id is None or service_id is None:
            return
        try:
            changes = booking.walk_in(self.ctx, client_id=client_id, service_id=service_id,
                                      practitioner_id=self.practitioner_combo.currentData())
        except VastaanottoError as exc:
            self._show(message_for(exc))
            return
        self.changes = changes
        # Published before ``accepted``: whoever listens finds the booking already shown.
        self._publish(changes)
        super().accept()
