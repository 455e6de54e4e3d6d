"""The log viewer: the audit trail filtered by client, staff member, dates and action, with
a "Verify chain" button (the proof of ``vastaanotto-admin verify-audit``) and the access
report for the chosen client. Reading the log is itself audited by the core."""

from __future__ import annotations

import datetime as dt
import enum

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QFormLayout, QHBoxLayout,
                               QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget)

from ui import formatting
from ui.admin.common import Publish
from ui.errors import show_error
from ui.privacy import action_names
from ui.privacy.common import ClientPicker, translate
from ui.privacy.dialogs import AccessReportDialog
from ui.widgets.rows_model import RowsModel
from ui.widgets.tables import read_only_table
from vastaanotto.context import Context
from vastaanotto.errors import VastaanottoError
from vastaanotto.services import audit_log
from vastaanotto.services import staff as staff_service
from vastaanotto.services.audit_log import AuditRow
from vastaanotto.services.base import Changes


class AuditModel(RowsModel[AuditRow]):
    class Column(enum.IntEnum):
        SEQ = 0
        WHEN = 1
        WHO = 2
        WORKSTATION = 3
        ACTION = 4
        OUTCOME = 5
        CLIENT = 6
        FIELDS = 7
        REASON = 8

    RIGHT_ALIGNED = frozenset({Column.SEQ, Column.CLIENT})

    def header(self, column):
        C = self.Column
        return {C.SEQ: translate("privacy", "No."),
                C.WHEN: translate("privacy", "When"),
                C.WHO: translate("privacy", "Who"),
                C.WORKSTATION: translate("privacy", "Workstation"),
                C.ACTION: translate("privacy", "Action"),
                C.OUTCOME: translate("privacy", "Outcome"),
                C.CLIENT: translate("privacy", "Client no."),
                C.FIELDS: translate("privacy", "Fields"),
                C.REASON: translate("privacy", "Reason")}[column]

    def display(self, row: AuditRow, column):
        C = self.Column
        if column is C.SEQ:
            return str(row.seq)
        if column is C.WHEN:
            return formatting.date_time(row.at)
        if column is C.WHO:
            return row.actor_name
        if column is C.WORKSTATION:
            return row.workstation
        if column is C.ACTION:
            return action_names.action_name(row.action)
        if column is C.OUTCOME:
            return {"ok": translate("privacy", "OK"),
                    "refused": translate("privacy", "Refused"),
                    "failed": translate("privacy", "Failed")}.get(row.outcome, row.outcome)
        if column is C.CLIENT:
            return str(row.client_id) if row.client_id is not None else ""
        if column is C.FIELDS:
            return ", ".join(row.fields)
        return row.reason

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        # The auditor reads the name; the exact code stays one hover away (support, and
        # typing it into the filter).
        if (role == Qt.ItemDataRole.ToolTipRole and index.isValid()
                and index.column() == self.Column.ACTION
                and 0 <= index.row() < self.rowCount()):
            return self.row_at(index.row()).action
        return super().data(index, role)


def _date_filter(parent: QWidget, name: str, label: str) -> tuple[QCheckBox, QDateEdit]:
    box = QCheckBox(label, parent)
    box.setObjectName(f"{name}Enabled")
    edit = QDateEdit(parent)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d.M.yyyy")
    edit.setEnabled(False)
    box.toggled.connect(edit.setEnabled)
    return box, edit


class AuditLogPage(QWidget):
    def __init__(self, ctx: Context, publish: Publish, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("auditLogPage")
        self.ctx, self._publish = ctx, publish
        self.client = ClientPicker(ctx, self, any_client=True)
        self.staff = QComboBox(self)
        self.staff.setObjectName("staffFilter")
        self.action = QComboBox(self)
        self.action.setObjectName("actionFilter")
        # Editable so a code or a prefix ("client.") can still be typed; the listed entries
        # show names and carry their code as item data (see _action_code).
        self.action.setEditable(True)
        self.action.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        today = ctx.now().date()
        self.start_enabled, self.start = _date_filter(self, "start", translate("privacy", "From"))
        self.end_enabled, self.end = _date_filter(self, "end", translate("privacy", "To"))
        self.start.setDate(QDate(today.year, today.month, 1))
        self.end.setDate(QDate(today.year, today.month, today.day))
        form = QFormLayout()
        form.addRow(translate("privacy", "Client"), self.client)
        form.addRow(translate("privacy", "Staff member"), self.staff)
        dates = QHBoxLayout()
        for w in (self.start_enabled, self.start, self.end_enabled, self.end):
            dates.addWidget(w)
        dates.addStretch(1)
        form.addRow(translate("privacy", "Dates"), dates)
        form.addRow(translate("privacy", "Action"), self.action)
        buttons = QHBoxLayout()
        self.search_button = QPushButton(translate("privacy", "Search"), self)
        self.search_button.setObjectName("searchLog")
        self.search_button.clicked.connect(self.refresh)
        self.verify_button = QPushButton(translate("privacy", "Verify chain"), self)
        self.verify_button.setObjectName("verifyChain")
        self.verify_button.clicked.connect(self.verify)
        self.report_button = QPushButton(
            translate("privacy", "Access report for the client…"), self)
        self.report_button.setObjectName("accessReport")
        self.report_button.clicked.connect(self.access_report)
        for b in (self.search_button, self.verify_button, self.report_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.status = QLabel(self)
        self.status.setObjectName("logStatus")
        self.model = AuditModel(parent=self)
        self.table = read_only_table(self, self.model, "auditTable")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        self._filled = False

    def showEvent(self, event) -> None:
        # Filling reads the log (an audited act): only when the owner opens the page.
        if not self._filled:
            self._fill_filters()
            self.refresh()
        super().showEvent(event)

    def _fill_filters(self) -> None:
        self._filled = True
        try:
            people = staff_service.list_staff(self.ctx)
            actions = audit_log.action_names(self.ctx)
        except VastaanottoError as exc:
            show_error(self, exc, translate("privacy", "Cannot read the log"))
            return
        self.staff.clear()
        self.staff.addItem(translate("privacy", "Anyone"), None)
        for person in people:
            self.staff.addItem(person.display_name, person.id)
        self.action.clear()
        self.action.addItem(action_names.all_actions(), "")
        prefixes = sorted({a.split(".")[0] + "." for a in actions if "." in a})
        for prefix in prefixes:
            self._add_action_item(action_names.prefix_name(prefix), prefix)
        names = action_names.action_names(actions)
        for code in sorted(actions, key=lambda c: (names[c].casefold(), c)):
            self._add_action_item(names[code], code)

    def _add_action_item(self, text: str, code: str) -> None:
        self.action.addItem(text, code)
        self.action.setItemData(self.action.count() - 1, code, Qt.ItemDataRole.ToolTipRole)

    def _action_code(self) -> str:
        """The code (or prefix) to filter by: a listed entry's code, else what was typed."""
        text = self.action.currentText().strip()
        index = self.action.findText(text, Qt.MatchFlag.MatchExactly)
        code = self.action.itemData(index) if index >= 0 else None
        return text if code is None else code

    def _dates(self) -> tuple[dt.date | None, dt.date | None]:
        def value(box, edit):
            d = edit.date()
            return dt.date(d.year(), d.month(), d.day()) if box.isChecked() else None
        return value(self.start_enabled, self.start), value(self.end_enabled, self.end)

    def refresh(self) -> None:
        start, end = self._dates()
        try:
            rows = audit_log.query_events(self.ctx, client_id=self.client.client_id,
                                          staff_id=self.staff.currentData(), start=start,
                                          end=end, action=self._action_code())
        except VastaanottoError as exc:
            show_error(self, exc, translate("privacy", "Cannot read the log"))
            return
        self.model.set_rows(rows)
        self.status.setText(self.tr("%n event(s), newest first.", "", len(rows))
                            if len(rows) < audit_log.MAX_ROWS else
                            translate("privacy", "The newest %1 events; narrow the filters to see "
                                      "older ones.")
                            .replace("%1", str(len(rows))))

    def verify(self) -> None:
        try:
            result = audit_log.verify_chain(self.ctx)
        except VastaanottoError as exc:
            show_error(self, exc, translate("privacy", "Cannot verify"))
            return
        if result.ok:
            QMessageBox.information(self, translate("privacy", "Audit chain"),
                                    translate("privacy", "The audit chain is intact: %1 events "
                                              "verified.")
                                    .replace("%1", str(result.checked)))
        else:
            QMessageBox.critical(
                self, translate("privacy", "Audit chain"),
                translate("privacy", "The audit chain is broken at event %1 (%2). Events before "
                          "it verified: %3. Keep this computer as it is and contact support.")
                .replace("%1", str(result.first_bad_seq)).replace("%2", result.problem)
                .replace("%3", str(result.checked)))
        self.last_verify = result

    def access_report(self) -> None:
        client_id = self.client.client_id
        if client_id is None:
            QMessageBox.information(self, translate("privacy", "Access report"),
                                    translate("privacy", "Choose a client first."))
            return
        dialog = AccessReportDialog(self.ctx, self._publish, client_id,
                                    self.client.combo.currentText(), self)
        dialog.open()
        self.dialog = dialog

    def on_changes(self, changes: Changes) -> None:
        pass  # the log grows with everything; the owner refreshes with Search
