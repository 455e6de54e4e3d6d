"""Historia: the client's bookings (upcoming and past, with their state), visits, invoices and
payments, and the no-show and late-cancellation counters, from one ``client_history`` call.

Which invoices a role may see is the core's decision (``billing_hidden``, ``billing_own_only``);
the tab says so instead of showing empty tables that would look like "nothing to pay".
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QGroupBox, QLabel, QSplitter,
                               QVBoxLayout, QWidget)

from ui.widgets.tables import read_only_table
from ui.clients.models import BookingsModel, InvoicesModel, PaymentsModel, VisitsModel
from ui.errors import message_for
from vastaanotto.clock import HELSINKI
from vastaanotto.context import Context
from vastaanotto.errors import VastaanottoError
from vastaanotto.services.client_history import ClientHistory, client_history


class HistoryTab(QWidget):
    """GUI thread only. Read when shown (the read is audited), not with every card view."""

    def __init__(self, ctx: Context, client_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.client_id = ctx, client_id
        self.loaded = False
        self.history: ClientHistory | None = None
        layout = QVBoxLayout(self)
        self.counters = QLabel(self)
        self.counters.setObjectName("counters")
        layout.addWidget(self.counters)
        self.message = QLabel(self)
        self.message.setObjectName("historyMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        self.bookings = BookingsModel()
        self.visits = VisitsModel()
        self.invoices = InvoicesModel()
        self.payments = PaymentsModel()
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.billing_boxes: list[QGroupBox] = []
        for title, model, name, billing in (
                (self.tr("Bookings"), self.bookings, "bookings", False),
                (self.tr("Visits"), self.visits, "visits", False),
                (self.tr("Invoices"), self.invoices, "invoices", True),
                (self.tr("Payments"), self.payments, "payments", True)):
            box = QGroupBox(title, splitter)
            QVBoxLayout(box).addWidget(read_only_table(box, model, name))
            splitter.addWidget(box)
            if billing:
                self.billing_boxes.append(box)
        layout.addWidget(splitter, 1)

    def invalidate(self) -> None:
        self.loaded = False

    def load(self) -> bool:
        try:
            history = client_history(self.ctx, self.client_id)
        except VastaanottoError as exc:
            for model in (self.bookings, self.visits, self.invoices, self.payments):
                model.set_rows([])
            self.message.setText(message_for(exc))
            self.message.show()
            return False
        self.history = history
        self.loaded = True
        self.counters.setText(self.tr("No-shows: %1    Late cancellations: %2")
                              .replace("%1", str(history.no_show_count))
                              .replace("%2", str(history.late_cancellation_count)))
        self.bookings.set_rows(history.bookings)
        self.visits.set_rows(history.visits)
        self.invoices.today = self.ctx.now().astimezone(HELSINKI).date()
        self.invoices.set_rows(history.invoices)
        self.payments.set_rows(history.payments)
        for box in self.billing_boxes:
            box.setVisible(not history.billing_hidden)
        if history.billing_hidden:
            self.message.setText(self.tr("Invoices and payments are not shown to your role."))
        elif history.billing_own_only:
            self.message.setText(self.tr(
                "Only invoices of your own visits and their payments are shown."))
        self.message.setVisible(history.billing_hidden or history.billing_own_only)
        return True
