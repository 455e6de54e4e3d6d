"""Suostumukset: the current state of each consent, toggled through the ledger, the ledger's
rows, and the client's objection to direct marketing in one click.

Consent is a ledger, not a flag: ticking or unticking a box first asks how the client said so
(phone, in person, form, email) and then records a row; the box shows the newest row only
after the core has stored it.
"""

from __future__ import annotations

from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QGridLayout, QGroupBox,
                               QLabel, QPushButton, QVBoxLayout,
                               QWidget)

from ui.widgets.tables import read_only_table
from ui.admin.common import Publish
from ui.clients.common import CARD_CONSENTS, ChannelDialog, consent_name
from ui.clients.models import ConsentLedgerModel
from ui.errors import show_error
from ui.formatting import yes_no
from vastaanotto.context import Context
from vastaanotto.errors import VastaanottoError
from vastaanotto.models.clients import ConsentKind
from vastaanotto.services import clients as client_service
from vastaanotto.services.client_consents import consent_ledger
from vastaanotto.services.clients import ClientCard


class ConsentsTab(QWidget):
    """GUI thread only. ``fill`` shows a card's consents and the ledger rows."""

    def __init__(self, ctx: Context, publish: Publish, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._publish = publish
        self.card: ClientCard | None = None
        layout = QVBoxLayout(self)
        box = QGroupBox(self.tr("Current consents"), self)
        grid = QGridLayout(box)
        self.checks: dict[ConsentKind, QCheckBox] = {}
        for row, kind in enumerate(CARD_CONSENTS):
            check = QCheckBox(consent_name(kind), box)
            check.setObjectName(f"consent_{kind.value}")
            check.clicked.connect(lambda given, k=kind: self.toggle(k, given))
            grid.addWidget(check, row, 0)
            self.checks[kind] = check
        self.withdraw_button = QPushButton(self.tr("Forbid direct marketing…"), box)
        self.withdraw_button.setObjectName("withdraw_marketing")
        self.withdraw_button.setToolTip(self.tr(
            "The client objects to direct marketing: withdraws both marketing consents."))
        self.withdraw_button.clicked.connect(self.withdraw_marketing)
        grid.addWidget(self.withdraw_button, len(CARD_CONSENTS), 0)
        grid.setColumnStretch(1, 1)
        layout.addWidget(box)
        layout.addWidget(QLabel(self.tr("History"), self))
        self.model = ConsentLedgerModel()
        self.table = read_only_table(
            self, self.model, "consentLedger", select_rows=False,
            selection_mode=QAbstractItemView.SelectionMode.NoSelection)
        layout.addWidget(self.table, 1)

    def fill(self, card: ClientCard) -> None:
        """Shows the card's current state, then reads the ledger (a read the core audits as
        part of the card it belongs to)."""
        self.card = card
        for kind, check in self.checks.items():
            check.setChecked(card.consents.get(kind, False))
            check.setToolTip(self.tr("Given: %1").replace(
                "%1", yes_no(card.consents.get(kind, False))))
        try:
            self.model.set_rows(consent_ledger(self.ctx, card.id))
        except VastaanottoError as exc:
            self.model.set_rows([])
            show_error(self, exc, self.tr("Cannot show the consent history"))

    def _ask_channel(self, given: bool) -> object:
        return ChannelDialog.ask(
            self, self.tr("Record consent") if given else self.tr("Record withdrawal"),
            self.tr("How did the client give this consent?") if given
            else self.tr("How did the client withdraw this consent?"))

    def toggle(self, kind: ConsentKind, given: bool) -> None:
        """The box was clicked: ask the channel, record, or put the box back on cancel."""
        check = self.checks[kind]
        if self.card is None:
            return
        channel = self._ask_channel(given)
        if channel is not None:
            try:
                changes = client_service.record_consent(self.ctx, self.card.id, kind, given,
                                                        channel)
            except VastaanottoError as exc:
                show_error(self, exc)
            else:
                self._publish(changes)
                return
        check.setChecked(not given)

    def withdraw_marketing(self) -> None:
        if self.card is None:
            return
        channel = ChannelDialog.ask(self, self.tr("Forbid direct marketing"),
                                    self.tr("How did the client forbid direct marketing?"))
        if channel is None:
            return
        try:
            changes = client_service.withdraw_marketing(self.ctx, self.card.id, channel)
        except VastaanottoError as exc:
            show_error(self, exc)
            return
        self._publish(changes)
