"""The Overdue page: invoices past their due date with something left to pay, and reminders
(maksumuistutus) for the selected ones. The rules (14 days after the due date, one per 14
days, 5 € at most for a consumer) are the core's (``vastaanotto.services.reminders``); the
page shows when the next reminder becomes possible and refuses nothing by itself.
After "Create reminders" the reminder PDFs are printed together or saved. The owner's page.
GUI thread only.
"""

from __future__ import annotations

import io
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QPushButton,
                               QVBoxLayout, QWidget)

from ui.admin.common import Publish, error_banner, error_text
from ui.billing import printing
from ui.billing.models import OverdueModel
from ui.errors import show_error
from ui.widgets.tables import read_only_table
from vastaanotto.context import Context
from vastaanotto.errors import VastaanottoError
from vastaanotto.services import reminders
from vastaanotto.services.base import Changes


class OverduePage(QWidget):
    """``due_count_changed(n)``: how many invoices may be reminded today, each time it is
    counted (the Billing view puts it in this page's tab title)."""

    KINDS = ("invoices", "payments")
    due_count_changed = Signal(int)

    def __init__(self, ctx: Context, publish: Publish, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("overduePage")
        self.ctx = ctx
        self._publish = publish
        self._loaded = False
        self.last_pdf: bytes | None = None
        self.last_reminders: list[int] = []
        self._counted = False
        self.due_count: int | None = None
        layout = QVBoxLayout(self)
        self.banner = error_banner(self)
        layout.addWidget(self.banner)
        # Nothing sends reminders by itself: this line is how the owner notices they are due.
        self.due_label = QLabel(self)
        self.due_label.setObjectName("due_count")
        self.due_label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.due_label)
        info = QLabel(self.tr(
            "A reminder can be sent 14 days after the due date at the earliest, and again "
            "after 14 days. Its fee is at most 5 € for a consumer."), self)
        info.setWordWrap(True)
        layout.addWidget(info)
        row = QHBoxLayout()
        self.remind_button = QPushButton(self.tr("Create reminders"), self)
        self.remind_button.setObjectName("create_reminders")
        self.remind_button.clicked.connect(lambda: self.create_reminders())
        self.select_due_button = QPushButton(self.tr("Select those due a reminder"), self)
        self.select_due_button.setObjectName("select_due")
        self.select_due_button.clicked.connect(lambda: self.select_remindable())
        self.print_button = QPushButton(self.tr("Print reminders…"), self)
        self.print_button.setObjectName("print_reminders")
        self.print_button.clicked.connect(lambda: self.print_last())
        self.print_button.setEnabled(False)
        self.save_button = QPushButton(self.tr("Save reminders as PDF…"), self)
        self.save_button.setObjectName("save_reminders")
        self.save_button.clicked.connect(lambda: self.save_last())
        self.save_button.setEnabled(False)
        for button in (self.select_due_button, self.remind_button, self.print_button,
                       self.save_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.model = OverdueModel(parent=self)
        self.table = read_only_table(
            self, self.model, "overdue",
            selection_mode=QAbstractItemView.SelectionMode.ExtendedSelection)
        layout.addWidget(self.table, 1)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.reload()

    def reload(self) -> None:
        self._loaded = True
        try:
            rows = reminders.overdue_invoices(self.ctx)
        except VastaanottoError as exc:
            show_error(self, exc)
            return
        self.model.set_rows(rows)
        self._show_due_count(sum(1 for r in rows if r.can_remind))

    def refresh_due_count(self) -> int | None:
        """Count the invoices due a reminder without listing them (the Billing view calls
        this when it is shown, so the tab title is right before this page is opened)."""
        if self._loaded:
            self.reload()
            return self.due_count
        try:
            count = reminders.due_count(self.ctx)
        except VastaanottoError:
            return None   # the title keeps its plain text; the page shows the error if opened
        self._show_due_count(count)
        return count

    def _show_due_count(self, count: int) -> None:
        self._counted = True
        self.due_count = count
        if count:
            self.due_label.setText("<b>%s</b>" % self.tr(
                "%n invoice(s) are due a reminder.", "", count))
        else:
            self.due_label.setText(self.tr("No invoice is due a reminder today."))
        self.due_count_changed.emit(count)

    def on_changes(self, changes: Changes) -> None:
        if not changes.touches(*self.KINDS):
            return
        if self._loaded:
            self.reload()
        elif self._counted:
            self.refresh_due_count()

    def selected_ids(self) -> list[int]:
        return [self.model.row_at(i.row()).id for i in self.table.selectionModel().selectedRows()]

    def select_remindable(self) -> None:
        self.table.clearSelection()
        mode = self.table.selectionMode()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        for row, item in enumerate(self.model.rows()):
            if item.can_remind:
                self.table.selectRow(row)
        self.table.setSelectionMode(mode)

    def create_reminders(self) -> list[int]:
        self.banner.hide()
        ids = self.selected_ids()
        if not ids:
            self.banner.setText(self.tr("Select the invoices to remind first."))
            self.banner.show()
            return []
        try:
            changes = reminders.create_reminders(self.ctx, ids)
            self.last_reminders = list(changes.data)
            self.last_pdf = self._combined(self.last_reminders)
        except VastaanottoError as exc:
            self.banner.setText(self._problem(exc))
            self.banner.show()
            return []
        self.print_button.setEnabled(True)
        self.save_button.setEnabled(True)
        self._publish(changes)
        return self.last_reminders

    def _problem(self, exc: VastaanottoError) -> str:
        errors = getattr(exc, "errors", [exc])
        numbers = {r.id: r.number for r in self.model.rows()}
        lines = []
        for e in errors:
            line = getattr(e, "params", {}).get("line")
            if line in numbers:
                lines.append(self.tr("Invoice %1: %2").replace("%1", str(numbers[line]))
                             .replace("%2", error_text(type(e)(e.field, e.code) if hasattr(
                                 e, "field") else e, None)))
            else:
                lines.append(error_text(e, None))
        return "\n".join(lines)

    def _combined(self, reminder_ids: list[int]) -> bytes:
        from pypdf import PdfWriter  # here, not at import: start-up stays short

        writer = PdfWriter()
        for rid in reminder_ids:
            writer.append(io.BytesIO(reminders.render_pdf(self.ctx, rid)))
        buffer = io.BytesIO()
        writer.write(buffer)
        return buffer.getvalue()

    def print_last(self) -> bool:
        return self.last_pdf is not None and printing.print_pdf(
            self, self.last_pdf, title=self.tr("Payment reminders"))

    def save_last(self) -> Path | None:
        return None if self.last_pdf is None else printing.save_pdf(
            self, self.last_pdf, "maksumuistutukset.pdf")
