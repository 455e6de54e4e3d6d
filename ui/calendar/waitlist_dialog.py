"""The waitlist: who wants a time sooner, for which service and with whom, between which
days. Add (client search, service, practitioner or anyone, a window of days, a note), remove,
mark done; and "Who is waiting" for a time that just freed up (:func:`show_waiting_for`).

Every list shown here is read through ``vastaanotto.services.waitlist``, which audits it.
"""

from __future__ import annotations

import datetime as dt
import enum

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton,
                               QVBoxLayout, QWidget)

from ui import formatting
from ui.admin.common import Publish, error_banner
from ui.calendar.client_picker import chosen_client_id, fill_client_results, show_one_client
from ui.clients.common import DEBOUNCE_MS
from ui.errors import field_errors, message_for
from ui.widgets.forms import FormErrors
from ui.widgets.rows_model import RowsModel
from ui.widgets.tables import SINGLE, read_only_table
from vastaanotto.clock import HELSINKI
from vastaanotto.context import Context
from vastaanotto.errors import ValidationError, ValidationErrors, VastaanottoError
from vastaanotto.finnish.validators import format_phone_fi
from vastaanotto.models.staff import Role
from vastaanotto.scheduling.availability import local_day_bounds
from vastaanotto.services import catalog, staff, waitlist
from vastaanotto.services import clients as client_service
from vastaanotto.services.waitlist import WaitlistRow

WINDOW_DAYS = 14


class WaitlistModel(RowsModel[WaitlistRow]):
    class Column(enum.IntEnum):
        CLIENT = 0
        PHONE = 1
        SERVICE = 2
        PRACTITIONER = 3
        WINDOW = 4
        NOTE = 5

    def header(self, column) -> str:
        C = self.Column
        return {C.CLIENT: self.tr("Client"), C.PHONE: self.tr("Phone"),
                C.SERVICE: self.tr("Service"), C.PRACTITIONER: self.tr("Practitioner"),
                C.WINDOW: self.tr("Wants a time"), C.NOTE: self.tr("Note")}[column]

    def display(self, row: WaitlistRow, column) -> str:
        C = self.Column
        if column == C.CLIENT:
            return row.client_name
        if column == C.PHONE:
            return format_phone_fi(row.client_phone) if row.client_phone else ""
        if column == C.SERVICE:
            return row.service_name
        if column == C.PRACTITIONER:
            return row.practitioner_name or self.tr("Anyone")
        if column == C.WINDOW:
            return window_text(row)
        return row.note.replace("\n", " ")


def window_text(row: WaitlistRow) -> str:
    """``24.11.2026 – 4.12.2026``: whole days as they were entered."""
    first = row.earliest.astimezone(HELSINKI).date()
    # The window ends at midnight after its last day; show that day.
    last = (row.latest - dt.timedelta(microseconds=1)).astimezone(HELSINKI).date()
    if first == last:
        return formatting.date(first)
    return f"{formatting.date(first)} – {formatting.date(last)}"


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(qdate: QDate) -> dt.date:
    return dt.date(qdate.year(), qdate.month(), qdate.day())


class AddEntryDialog(QDialog):
    """One waitlist entry; OK is one ``waitlist.add_entry`` call. ``changes`` once saved."""

    def __init__(self, ctx: Context, parent: QWidget | None = None,
                 client_id: int | None = None, client_text: str = ""):
        super().__init__(parent)
        self.ctx = ctx
        self.changes = None
        self.setWindowTitle(self.tr("Add to the waitlist"))
        layout = QVBoxLayout(self)
        self.banner = error_banner(self)
        layout.addWidget(self.banner)
        form = QFormLayout()
        layout.addLayout(form)
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("clientSearch")
        self.search_edit.setPlaceholderText(self.tr("Name, phone or email"))
        form.addRow(self.tr("C&lient"), self.search_edit)
        self.results = QListWidget(self)
        self.results.setObjectName("clientResults")
        self.results.setMaximumHeight(110)
        form.addRow("", self.results)
        self.service_combo = QComboBox(self)
        self.service_combo.setObjectName("service")
        form.addRow(self.tr("&Service"), self.service_combo)
        self.practitioner_combo = QComboBox(self)
        self.practitioner_combo.setObjectName("practitioner")
        form.addRow(self.tr("&Practitioner"), self.practitioner_combo)
        today = ctx.now().astimezone(HELSINKI).date()
        self.earliest = QDateEdit(_qdate(today), self)
        self.earliest.setObjectName("earliest")
        self.latest = QDateEdit(_qdate(today + dt.timedelta(days=WINDOW_DAYS)), self)
        self.latest.setObjectName("latest")
        for edit in (self.earliest, self.latest):
            edit.setDisplayFormat(formatting.DATE_EDIT_FORMAT)
            edit.setCalendarPopup(True)
        between = QWidget(self)   # one form row, so that its errors show under it
        row = QHBoxLayout(between)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.earliest)
        row.addWidget(QLabel("–", between))
        row.addWidget(self.latest)
        row.addStretch(1)
        form.addRow(self.tr("&Between"), between)
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("note")
        self.note_edit.setMaxLength(waitlist.NOTE_MAX_LENGTH)
        form.addRow(self.tr("&Note"), self.note_edit)
        self.errors = FormErrors(form, {"client_id": self.search_edit,
                                        "service_id": self.service_combo,
                                        "practitioner_id": self.practitioner_combo,
                                        "earliest": between, "latest": between,
                                        "note": self.note_edit})
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("ok")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.search)
        self.search_edit.textChanged.connect(lambda _t: self._timer.start())
        self.service_combo.currentIndexChanged.connect(self._service_changed)
        self._load_choices()
        if client_id is not None:
            show_one_client(self.results, client_id, client_text)

    def _load_choices(self) -> None:
        try:
            services = catalog.list_services(self.ctx, include_inactive=False)
            people = staff.list_staff(self.ctx, include_inactive=False)
        except VastaanottoError as exc:
            self._show_error(exc)
            services, people = [], []
        self._names = {s.id: s.display_name for s in people if Role.PRACTITIONER in s.roles}
        self._givers = {s.id: s.practitioner_ids for s in services}
        for service in services:
            self.service_combo.addItem(service.name, service.id)
        self._service_changed()

    def _service_changed(self, *_args) -> None:
        givers = self._givers.get(self.service_combo.currentData(), frozenset())
        self.practitioner_combo.clear()
        self.practitioner_combo.addItem(self.tr("Anyone"), None)
        for pid, name in sorted(self._names.items(), key=lambda item: item[1]):
            if pid in givers:
                self.practitioner_combo.addItem(name, pid)

    def search(self) -> None:
        self._timer.stop()
        try:
            hits = client_service.search_clients(self.ctx, self.search_edit.text(), limit=50)
        except VastaanottoError as exc:
            self._show_error(exc)
            return
        fill_client_results(self.results, hits)

    def client_id(self) -> int | None:
        return chosen_client_id(self.results)

    def _show_error(self, exc: Exception) -> None:
        self.banner.setText(message_for(exc))
        self.banner.show()

    def save(self) -> None:
        self.errors.clear()
        self.banner.hide()
        client_id = self.client_id()
        if client_id is None:
            self.errors.set_errors(field_errors(ValidationError("client_id", "required")))
            return
        first = local_day_bounds(_pydate(self.earliest.date()))[0]
        last = local_day_bounds(_pydate(self.latest.date()))[1]
        try:
            self.changes = waitlist.add_entry(
                self.ctx, client_id=client_id, service_id=self.service_combo.currentData(),
                practitioner_id=self.practitioner_combo.currentData(), earliest=first,
                latest=last, note=self.note_edit.text())
        except (ValidationError, ValidationErrors) as exc:
            left = self.errors.set_errors(field_errors(exc))
            if left:
                self.banner.setText("\n".join(left.values()))
                self.banner.show()
            return
        except VastaanottoError as exc:
            self._show_error(exc)
            return
        super().accept()

    def accept(self) -> None:
        self.save()


class WaitlistDialog(QDialog):
    """The open entries, oldest first; Add…, Mark done and Remove publish their Changes."""

    def __init__(self, ctx: Context, parent: QWidget | None = None,
                 publish: Publish | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._publish = publish or (lambda _changes: None)
        self._add_dialog: AddEntryDialog | None = None
        self.setWindowTitle(self.tr("Waitlist"))
        layout = QVBoxLayout(self)
        self.banner = error_banner(self)
        layout.addWidget(self.banner)
        self.model = WaitlistModel(parent=self)
        self.table = read_only_table(self, self.model, "waitlist", selection_mode=SINGLE)
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("Nobody is waiting."), self)
        self.empty.setObjectName("empty")
        layout.addWidget(self.empty)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.add_button.setObjectName("add")
        self.done_button = QPushButton(self.tr("Mark &done"), self)
        self.done_button.setObjectName("done")
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.setObjectName("remove")
        for button in (self.add_button, self.done_button, self.remove_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        row.addWidget(close)
        layout.addLayout(row)
        self.add_button.clicked.connect(self.add)
        self.done_button.clicked.connect(lambda: self._change(waitlist.resolve_entry))
        self.remove_button.clicked.connect(lambda: self._change(waitlist.remove_entry))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.reload()
        self.resize(820, 420)

    def reload(self) -> None:
        try:
            rows = waitlist.list_entries(self.ctx)
        except VastaanottoError as exc:
            self.banner.setText(message_for(exc))
            self.banner.show()
            rows = []
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        self._update_buttons()

    def selected(self) -> WaitlistRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_entry(self, entry_id: int) -> None:
        self.table.selectRow(self.model.row_of_id(entry_id))

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.done_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _change(self, call) -> None:
        row = self.selected()
        if row is None:
            return
        try:
            changes = call(self.ctx, row.id)
        except VastaanottoError as exc:
            self.banner.setText(message_for(exc))
            self.banner.show()
            return
        self.reload()
        self._publish(changes)

    def add(self) -> AddEntryDialog:
        """Opens the add form window-modal (not blocking); a saved entry reloads the list."""
        if self._add_dialog is not None:
            self._add_dialog.deleteLater()
        dialog = AddEntryDialog(self.ctx, self)
        dialog.accepted.connect(lambda: self._added(dialog))
        self._add_dialog = dialog
        dialog.open()
        return dialog

    def _added(self, dialog: AddEntryDialog) -> None:
        self.reload()
        if dialog.changes is not None:
            self.select_entry(dialog.changes.data)
            self._publish(dialog.changes)


class WaitingDialog(QDialog):
    """Who fits a freed time: read-only, oldest entry first, with the phone to call."""

    def __init__(self, rows: list[WaitlistRow], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who is waiting"))
        layout = QVBoxLayout(self)
        if rows:
            text = self.tr("%n client(s) on the waitlist fit this time. Call them in this "
                           "order:", "", len(rows))
        else:
            text = self.tr("Nobody on the waitlist fits this time.")
        self.label = QLabel(text, self)
        self.label.setObjectName("waitingLabel")
        layout.addWidget(self.label)
        self.model = WaitlistModel(rows, self)
        self.table = read_only_table(self, self.model, "waiting", selection_mode=SINGLE)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(760, 320)


def show_waiting_for(ctx: Context, parent: QWidget | None, appointment_id: int) -> QDialog:
    """After a cancellation: opens (window-modal, not blocking) the list of waitlist clients
    who fit the appointment's freed time; returns the dialog. Errors show in a message box."""
    from ui.errors import show_error

    try:
        rows = waitlist.matches_for_cancelled(ctx, appointment_id)
    except VastaanottoError as exc:
        show_error(parent, exc)
        rows = []
    dialog = WaitingDialog(rows, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
