"""Booking by phone in seconds: service, optionally the practitioner, one of the next free
times, the client (found by search or created on the spot), the channel, Book.

The dialog only calls the booking service; a slot someone else took meanwhile comes back as
the core's Conflict, which is shown here in words while the free times are fetched again, so
the person on the phone can be offered the next one straight away. A person allowed to book
anyway (``Action.CALENDAR_OVERRIDE``) is asked instead whether to, and why
(:func:`book_anyway_reason`, shared with the series dialog and the calendar's drag and drop);
the core records who and why.

Keyboard: Tab goes service -> practitioner -> times -> client search -> results -> Book; Down
in the search field moves into the results, and Enter books once a time and a client are chosen.
"""

from __future__ import annotations

import datetime as dt
from itertools import pairwise
from typing import Callable, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
                               QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton,
                               QVBoxLayout, QWidget)

from ui import formatting
from ui.admin.common import Publish, error_banner
from ui.calendar.client_picker import (chosen_client_id, fill_client_results, open_new_client,
                                       show_one_client)
from ui.clients.common import DEBOUNCE_MS
from ui.errors import code_message, message_for
from vastaanotto.clock import HELSINKI
from vastaanotto.context import Context
from vastaanotto.errors import Conflict, VastaanottoError
from vastaanotto.models.appointments import BookingChannel
from vastaanotto.models.staff import Role
from vastaanotto.permissions import Action, allowed
from vastaanotto.scheduling.availability import Slot
from vastaanotto.scheduling.store import CODE_ORDER
from vastaanotto.services import booking, catalog, staff
from vastaanotto.services import clients as client_service
from vastaanotto.services.base import Changes
from vastaanotto.services.clients import ClientHit

ROLE = Qt.ItemDataRole.UserRole
SLOT_COUNT = 10
# What "book anyway" may override: the placement conflicts and closed hours, nothing else.
OVERRIDABLE = frozenset(CODE_ORDER)
REASON_MAX = 500
T = TypeVar("T")


class OverrideDialog(QDialog):
    """Says what is in the way and asks why to book anyway; the reason is required."""

    def __init__(self, message: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Book anyway?"))
        layout = QVBoxLayout(self)
        self.message = QLabel(message, self)
        self.message.setObjectName("overrideMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        layout.addWidget(QLabel(self.tr("If you book anyway, your name and this reason are "
                                        "recorded."), self))
        form = QFormLayout()
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("overrideReason")
        self.reason_edit.setMaxLength(REASON_MAX)
        form.addRow(self.tr("&Reason"), self.reason_edit)
        layout.addLayout(form)
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(self.tr("&Book anyway"),
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("bookAnyway")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reason_edit.textChanged.connect(
            lambda text: self.ok_button.setEnabled(bool(text.strip())))
        self.ok_button.setEnabled(False)
        self.reason_edit.setFocus()

    def reason(self) -> str:
        return self.reason_edit.text().strip()

    def accept(self) -> None:
        if self.reason():
            super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, message: str) -> str | None:
        """Modal; the reason, or None when cancelled. Tests replace this classmethod."""
        dialog = cls(message, parent)
        try:
            return dialog.reason() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


def conflict_text(exc: Conflict) -> str:
    """Every reason the time is refused, one per line, plus the dates of a series."""
    codes = exc.params.get("conflicts") or [exc.code]
    lines = [code_message(code, {}) for code in codes]
    dates = exc.params.get("dates") or []
    if dates:
        shown = ", ".join(formatting.date(dt.date.fromisoformat(d)) for d in dates)
        lines.append(QCoreApplication.translate("BookingDialog", "Dates: %1").replace(
            "%1", shown))
    return "\n".join(lines)


def may_override(ctx: Context, exc: Exception) -> bool:
    return (isinstance(exc, Conflict) and exc.code in OVERRIDABLE
            and allowed(ctx.roles, Action.CALENDAR_OVERRIDE))


def book_anyway_reason(ctx: Context, parent: QWidget | None, exc: Exception) -> str | None:
    """The reason to book over ``exc`` when the user may override it and chooses to; None
    otherwise (the caller then shows the plain error). Asking is the only side effect."""
    if not may_override(ctx, exc):
        return None
    return OverrideDialog.ask(parent, conflict_text(exc))


def offer_practitioners(combo: QComboBox, names: dict[int, str], givers: frozenset[int],
                        anyone: str) -> None:
    """``anyone`` (no one in particular), then the practitioners in ``givers`` by name; the
    chosen one stays chosen if still offered. No signals while the list is refilled."""
    previous = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(anyone, None)
    for pid, name in sorted(names.items(), key=lambda item: item[1]):
        if pid in givers:
            combo.addItem(name, pid)
    index = combo.findData(previous) if previous is not None else 0
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)


def call_or_book_anyway(call: Callable[..., T], ask: Callable[[Exception], str | None]) -> T:
    """``call()``; when it is refused with a Conflict, ``ask(exc)`` for a reason to override
    (None: the user may not or chose not to) and ``call(reason)`` once more. Every other
    error, and a conflict not overridden, propagates unchanged."""
    try:
        return call()
    except Conflict as exc:
        reason = ask(exc)
        if reason is None:
            raise
        return call(reason)


class BookingDialog(QDialog):
    """``changes`` holds the booking's Changes once booked (its data is the appointment id)."""

    def __init__(self, ctx: Context, publish: Publish, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._publish = publish
        self.changes: Changes | None = None
        self._names: dict[int, str] = {}
        self._service_practitioners: dict[int, frozenset[int]] = {}
        self._new_client_dialog: QDialog | None = None
        self.setWindowTitle(self.tr("New booking"))

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
        self.slot_list = QListWidget(self)
        self.slot_list.setObjectName("slots")
        form.addRow(self.tr("Free &times"), self.slot_list)
        self.slot_status = QLabel(self)
        self.slot_status.setObjectName("slotStatus")
        form.addRow("", self.slot_status)

        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("clientSearch")
        self.search_edit.setPlaceholderText(self.tr("Name, phone or email"))
        self.search_edit.setClearButtonEnabled(True)
        form.addRow(self.tr("C&lient"), self.search_edit)
        self.results = QListWidget(self)
        self.results.setObjectName("clientResults")
        form.addRow("", self.results)
        self.new_client_button = QPushButton(self.tr("New client…"), self)
        self.new_client_button.setObjectName("newClient")
        self.new_client_button.setAutoDefault(False)
        row = QHBoxLayout()
        row.addWidget(self.new_client_button)
        row.addStretch(1)
        form.addRow("", row)

        self.channel_combo = QComboBox(self)
        self.channel_combo.setObjectName("channel")
        for channel, text in ((BookingChannel.PHONE, self.tr("Phone")),
                              (BookingChannel.WALK_IN, self.tr("Walk-in")),
                              (BookingChannel.ONLINE, self.tr("Online")),
                              (BookingChannel.OTHER, self.tr("Other"))):
            self.channel_combo.addItem(text, channel.value)  # a str enum reads back as str
        form.addRow(self.tr("C&hannel"), self.channel_combo)

        self.buttons = QDialogButtonBox(self)
        self.book_button = self.buttons.addButton(self.tr("&Book"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.book_button.setObjectName("book")
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.book)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.book_button.setDefault(True)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.search)

        self.service_combo.currentIndexChanged.connect(self._service_changed)
        self.practitioner_combo.currentIndexChanged.connect(lambda _i: self.load_slots())
        self.slot_list.currentItemChanged.connect(lambda *_: self._update_book_button())
        self.search_edit.textChanged.connect(lambda _t: self._timer.start())
        self.search_edit.installEventFilter(self)
        self.results.currentItemChanged.connect(lambda *_: self._update_book_button())
        self.new_client_button.clicked.connect(self.new_client)

        order = (self.service_combo, self.practitioner_combo, self.slot_list, self.search_edit,
                 self.results, self.book_button, self.cancel_button, self.new_client_button,
                 self.channel_combo)
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

        self._load_choices()
        self.service_combo.setFocus()
        self.resize(560, 640)

    # -- choices --------------------------------------------------------------------------

    def _load_choices(self) -> None:
        try:
            services = catalog.list_services(self.ctx, include_inactive=False)
            people = staff.list_staff(self.ctx, include_inactive=False)
        except VastaanottoError as exc:
            self._show_error(exc)
            services, people = [], []
        self._names = {s.id: s.display_name for s in people if Role.PRACTITIONER in s.roles}
        self._service_practitioners = {s.id: s.practitioner_ids for s in services}
        self.service_combo.blockSignals(True)
        for service in services:
            self.service_combo.addItem(service.name, service.id)
        self.service_combo.blockSignals(False)
        self._service_changed()

    def _service_changed(self, *_args) -> None:
        """Offer only the practitioners who give the chosen service; keep the chosen one."""
        offer_practitioners(self.practitioner_combo, self._names,
                            self._service_practitioners.get(self.service_id(), frozenset()),
                            self.tr("Anyone"))
        self.load_slots()

    def service_id(self) -> int | None:
        return self.service_combo.currentData()

    def practitioner_id(self) -> int | None:
        return self.practitioner_combo.currentData()

    def channel(self) -> BookingChannel:
        return BookingChannel(self.channel_combo.currentData())

    # -- free times -----------------------------------------------------------------------

    def slot_text(self, slot: Slot) -> str:
        local = slot.starts_at.astimezone(HELSINKI)
        weekdays = (self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"),
                    self.tr("Fri"), self.tr("Sat"), self.tr("Sun"))
        return (self.tr("%1 %2 at %3 – %4")
                .replace("%1", weekdays[local.weekday()])
                .replace("%2", formatting.date(local.date()))
                .replace("%3", formatting.time(local))
                .replace("%4", self._names.get(slot.practitioner_id, "")))

    def slots_start(self) -> dt.datetime | None:
        """Where the free times start (None: now); the calendar's Ctrl+N starts at its slot."""
        return None

    def load_slots(self) -> None:
        """The next free times of the chosen service (and practitioner), fetched again."""
        self.slot_list.clear()
        self.slot_status.clear()
        service_id = self.service_id()
        slots: list[Slot] = []
        if service_id is not None:
            try:
                slots = booking.next_free_slots(self.ctx, service_id=service_id,
                                                practitioner_id=self.practitioner_id(),
                                                start=self.slots_start(), limit=SLOT_COUNT)
            except VastaanottoError as exc:
                self._show_error(exc)
        for slot in slots:
            item = QListWidgetItem(self.slot_text(slot), self.slot_list)
            item.setData(ROLE, slot)
        if slots:
            self.slot_list.setCurrentRow(0)
        elif service_id is not None:
            self.slot_status.setText(self.tr("No free times in the next eight weeks."))
        self._update_book_button()

    def slots(self) -> list[Slot]:
        return [self.slot_list.item(r).data(ROLE) for r in range(self.slot_list.count())]

    def selected_slot(self) -> Slot | None:
        item = self.slot_list.currentItem()
        return item.data(ROLE) if item is not None else None

    # -- client ---------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (watched is self.search_edit and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Down and self.results.count()):
            self.results.setFocus()
            if self.results.currentRow() < 0:
                self.results.setCurrentRow(0)
            return True
        return super().eventFilter(watched, event)

    def search(self) -> None:
        """One audited search per pause in typing (the timer restarts on every key)."""
        self._timer.stop()
        try:
            hits = client_service.search_clients(self.ctx, self.search_edit.text(), limit=50)
        except VastaanottoError as exc:
            self._show_error(exc)
            return
        self._set_results(hits)

    def _set_results(self, hits: list[ClientHit]) -> None:
        fill_client_results(self.results, hits)
        self._update_book_button()

    def client_id(self) -> int | None:
        return chosen_client_id(self.results)

    def new_client(self) -> QDialog:
        """Opens the new-client dialog (window-modal, not blocking); the created client, or
        the existing one chosen instead of a duplicate, becomes the client of this booking."""
        self._new_client_dialog = open_new_client(self.ctx, self._publish, self,
                                                  self._new_client_dialog, self._choose_client)
        return self._new_client_dialog

    def _choose_client(self, client_id: int, text: str) -> None:
        self._timer.stop()
        show_one_client(self.results, client_id, text)
        self._update_book_button()
        self.book_button.setFocus()

    # -- booking --------------------------------------------------------------------------

    def _update_book_button(self) -> None:
        self.book_button.setEnabled(self.selected_slot() is not None
                                    and self.client_id() is not None)

    def _show_error(self, exc: Exception) -> None:
        self.banner.setText(message_for(exc))
        self.banner.show()

    def book(self) -> None:
        slot, client_id, service_id = self.selected_slot(), self.client_id(), self.service_id()
        if slot is None or client_id is None or service_id is None:
            return
        self.banner.hide()
        book = lambda reason=None: booking.book(  # noqa: E731 - the same call, maybe forced
            self.ctx, client_id=client_id, practitioner_id=slot.practitioner_id,
            service_id=service_id, starts_at=slot.starts_at, room_id=slot.room_id,
            channel=self.channel(), override_reason=reason)
        try:
            changes = call_or_book_anyway(
                book, lambda exc: book_anyway_reason(self.ctx, self, exc))
        except VastaanottoError as exc:
            # Typically the time was taken meanwhile: say so and offer the times free now.
            self._show_error(exc)
            self.load_slots()
            self.slot_list.setFocus()
            return
        self.changes = changes
        super().accept()
        self._publish(changes)

    def accept(self) -> None:
        self.book()
