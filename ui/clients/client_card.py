"""The client card (asiakaskortti): one client in a dialog with tabs.

Perustiedot (every register field, identity code masked with an audited "Show"),
Suostumukset (consents and their ledger), Historia (bookings, visits, invoices, payments) and,
only for roles that may read them, Hoitotiedot (treatment notes).

Opening the card reads it through ``get_client_card``, which the core audits as a view; the
history and notes are read only when their tab is shown, so a receptionist checking a phone
number does not leave a trail of history and note reads. Every change goes to ``publish``;
the card refreshes from the Changes that come back, whoever made them.
"""

from __future__ import annotations

import html

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTabWidget, QVBoxLayout, QWidget

from ui.admin.common import Publish
from ui.clients.consents_tab import ConsentsTab
from ui.clients.details_tab import DetailsTab
from ui.clients.history_tab import HistoryTab
from ui.clients.notes_tab import NotesTab, may_write_notes
from ui.errors import show_error
from ui.messages.client_messages import ClientMessagesWidget
from ui.privacy.card_menu import privacy_menu
from vastaanotto.context import Context
from vastaanotto.errors import VastaanottoError
from vastaanotto.permissions import Action, allowed
from vastaanotto.services import clients as client_service
from vastaanotto.services.base import Changes
from vastaanotto.services.clients import ClientCard

# Changes that alter what the History tab shows.
_HISTORY_KINDS = ("appointments", "visits", "invoices", "payments", "clients")


class ClientCardDialog(QDialog):
    """GUI thread only. The constructor reads the card and raises the core's error (e.g.
    NotFound) when it cannot, so the caller decides how to say so."""

    def __init__(self, ctx: Context, publish: Publish, client_id: int,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("clientCard")
        self.ctx, self.client_id = ctx, client_id
        self._outer_publish = publish
        self._last_seen: Changes | None = None
        self.card: ClientCard | None = None
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        self.heading.setObjectName("cardHeading")
        layout.addWidget(self.heading)
        self.tabs = QTabWidget(self)
        self.details_tab = DetailsTab(ctx, self.publish, self)
        self.consents_tab = ConsentsTab(ctx, self.publish, self)
        self.history_tab = HistoryTab(ctx, client_id, self)
        self.tabs.addTab(self.details_tab, self.tr("Details"))
        self.tabs.addTab(self.consents_tab, self.tr("Consents"))
        self.tabs.addTab(self.history_tab, self.tr("History"))
        self.messages_tab: ClientMessagesWidget | None = None
        if allowed(ctx.roles, Action.MESSAGE_LOG):  # reception and the owner; a practitioner has no log
            self.messages_tab = ClientMessagesWidget(ctx, client_id, self)
            self.tabs.addTab(self.messages_tab, "")
            self._title_messages_tab()
        # Reception (and an owner who does not treat) never sees the tab; the core would
        # refuse the read anyway, and an always-refusing tab only teaches people to click it.
        self.notes_tab: NotesTab | None = None
        if may_write_notes(ctx):
            self.notes_tab = NotesTab(ctx, self.publish, client_id, self)
            self.tabs.addTab(self.notes_tab, self.tr("Treatment notes"))
        layout.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.privacy_menu = privacy_menu(self)
        if self.privacy_menu is not None:
            self.privacy_button = buttons.addButton(self.tr("Privacy…"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
            self.privacy_button.setObjectName("privacyButton")
            self.privacy_button.setMenu(self.privacy_menu)
        layout.addWidget(buttons)
        self.reload()
        self.tabs.currentChanged.connect(self._tab_shown)
        self.resize(760, 640)

    def _title_messages_tab(self) -> None:
        # A failed reminder must be seen where the receptionist looks: on the card itself.
        failed = self.messages_tab.failed
        self.tabs.setTabText(self.tabs.indexOf(self.messages_tab),
                             self.tr("Messages (%n failed)", "", failed) if failed
                             else self.tr("Messages"))

    def reload(self) -> None:
        """Reads the card again (an audited view) and marks the lazy tabs stale."""
        card = client_service.get_client_card(self.ctx, self.client_id)
        self.card = card
        name = f"{card.values['first_name']} {card.values['last_name']}".strip()
        self.setWindowTitle(self.tr("Client: %1").replace("%1", name))
        state = self.tr(" (archived)") if card.archived else ""
        self.heading.setText(f"<h2>{html.escape(name)}{html.escape(state)}</h2>")
        self.details_tab.fill(card)
        self.consents_tab.fill(card)
        self.history_tab.invalidate()
        if self.notes_tab is not None:
            self.notes_tab.invalidate()
        self._refresh_visible()

    def show_tab(self, tab: QWidget) -> None:
        """Shows ``tab``, reading it first if it is stale (as a click on it would)."""
        if self.tabs.currentWidget() is tab:
            self._tab_shown(self.tabs.currentIndex())
        else:
            self.tabs.setCurrentWidget(tab)  # currentChanged reads it

    def _tab_shown(self, _index: int) -> None:
        current = self.tabs.currentWidget()
        if current is self.history_tab and not self.history_tab.loaded:
            self.history_tab.load()
        elif current is self.notes_tab and self.notes_tab is not None and not self.notes_tab.loaded:
            self.notes_tab.load()

    def _refresh_visible(self) -> None:
        # A refresh after a change re-reads only a stale tab that is on screen, and never
        # asks for a reason again: the one already given (or refused) stands until the
        # person opens the tab anew.
        current = self.tabs.currentWidget()
        if current is self.history_tab and not self.history_tab.loaded:
            self.history_tab.load()
        elif current is self.notes_tab and self.notes_tab is not None and not self.notes_tab.loaded:
            self.notes_tab.load(ask=False)

    def publish(self, changes: Changes) -> None:
        """Hands a change of this card to the window. A hosted card hears it back through
        the broadcast; a card with no host hears it here, so it refreshes either way, once."""
        self._outer_publish(changes)
        if self._last_seen is not changes:
            self.on_changes(changes)

    def on_changes(self, changes: Changes) -> None:
        self._last_seen = changes
        if changes.touches("clients", "consents") and (
                not changes.ids or self.client_id in changes.ids):
            try:
                self.reload()
            except VastaanottoError as exc:  # merged away or erased at another desk
                show_error(self, exc, self.tr("The client card was closed"))
                self.reject()
            return
        if changes.touches(*_HISTORY_KINDS):
            self.history_tab.invalidate()
        if self.messages_tab is not None and changes.touches(*ClientMessagesWidget.KINDS):
            self.messages_tab.on_changes(changes)
            self._title_messages_tab()
        if self.notes_tab is not None and changes.touches("treatment_notes"):
            self.notes_tab.invalidate()
        self._refresh_visible()
        if (self.notes_tab is not None and changes.touches("treatment_notes")
                and isinstance(changes.data, int) and self.notes_tab.loaded):
            self.notes_tab.select_note(changes.data)
