"""The Billing (Laskutus) view: a tab per page. Invoices (all that may create invoices),
Overdue and reminders (owner), Reports (owner: all; reception: today's cash).

``add_page(title, widget)`` is where other pages join (the payments page at the desk). Pages
with ``on_changes`` get every broadcast Changes; each refreshes only if it cares and only
once it has been shown, so building the view at start-up queries nothing. When the view is
shown, the Overdue tab counts the invoices due a reminder into its title ("Overdue (3)").
GUI thread only.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from ui.admin.common import Publish
from ui.tasks import TaskRunner
from vastaanotto.context import Context
from vastaanotto.permissions import Action, allowed
from vastaanotto.services.base import Changes


class BillingView(QWidget):
    """``publish`` receives every Changes made here (the main window broadcasts it back to
    :meth:`on_changes`); ``tasks`` runs batch printing."""

    def __init__(self, ctx: Context, publish: Publish | None = None,
                 parent: QWidget | None = None, tasks: TaskRunner | None = None):
        super().__init__(parent)
        self.setObjectName("billingView")
        self.ctx = ctx
        self._publish = publish or self.on_changes
        self.tasks = tasks if tasks is not None else TaskRunner(self)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("billingTabs")
        layout.addWidget(self.tabs)
        self.pages: dict[str, QWidget] = {}
        roles = ctx.roles
        if allowed(roles, Action.INVOICE_CREATE):
            from ui.billing.invoices_page import InvoicesPage

            self.invoices = InvoicesPage(ctx, self._publish, self.tasks, self)
            self.add_page(self.tr("Invoices"), self.invoices, key="invoices")
        if allowed(roles, Action.PAYMENT_TAKE):
            from ui.billing.payments_page import PaymentsPage

            self.add_page(self.tr("Payments"), PaymentsPage(ctx, self._publish, self, self.tasks),
                          key="payments")
        if allowed(roles, Action.INVOICE_MANAGE):
            from ui.billing.overdue_page import OverduePage

            overdue = OverduePage(ctx, self._publish, self)
            self.add_page(self.tr("Overdue"), overdue, key="overdue")
            overdue.due_count_changed.connect(self._overdue_title)
        if allowed(roles, Action.PAYMENT_TAKE) or allowed(roles, Action.INVOICE_MANAGE):
            from ui.billing.reports_page import ReportsPage

            self.add_page(self.tr("Reports"), ReportsPage(ctx, self), key="reports")
        if not self.pages:
            note = QLabel(self.tr("Invoices are handled at the reception. Open an invoice of "
                                  "your own client from the client card."), self)
            note.setObjectName("noBilling")
            note.setWordWrap(True)
            layout.addWidget(note)
            self.tabs.hide()

    def add_page(self, title: str, widget: QWidget, *, key: str | None = None,
                 index: int | None = None) -> int:
        """Add a tab (``index`` None = last); returns its index. ``key`` names it in
        ``self.pages``. Pages with ``on_changes(changes)`` receive every broadcast."""
        self.pages[key or widget.objectName() or title] = widget
        if index is None:
            return self.tabs.addTab(widget, title)
        return self.tabs.insertTab(index, widget, title)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # Counted each time the view is shown (not at start-up): the day may have turned, and
        # the owner should see "Overdue (3)" before opening the page.
        overdue = self.pages.get("overdue")
        if overdue is not None and not overdue.isVisible():   # shown: it loads itself
            overdue.refresh_due_count()

    def _overdue_title(self, count: int) -> None:
        index = self.tabs.indexOf(self.pages["overdue"])
        self.tabs.setTabText(index, self.tr("Overdue (%1)").replace("%1", str(count))
                             if count else self.tr("Overdue"))

    def page(self, key: str) -> QWidget:
        return self.pages[key]

    def show_page(self, key: str) -> None:
        self.tabs.setCurrentWidget(self.pages[key])
        self.tabs.show()

    def on_changes(self, changes: Changes) -> None:
        for page in self.pages.values():
            handler = getattr(page, "on_changes", None)
            if handler is not None:
                handler(changes)
