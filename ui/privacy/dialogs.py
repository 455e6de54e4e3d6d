"""The privacy desk's dialogs: access export (ZIP), erasure (plan → confirm → outcome PDF)
and the per-client access report (PDF).

Each opens for one client (from the client card or a request), or lets the owner pick one.
Every read and write is a service call that the core audits; the files go through
``common.save_with_dialog``.
"""

from __future__ import annotations

import datetime as dt
import enum

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
                               QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget)

from ui import formatting
from ui.admin.common import Publish
from ui.errors import show_error
from ui.privacy import action_names, common
from ui.privacy.common import ClientPicker, translate
from ui.widgets.rows_model import RowsModel
from ui.widgets.tables import read_only_table
from vastaanotto.context import Context
from vastaanotto.errors import VastaanottoError
from vastaanotto.privacy.erasure import RULES, Disposition, ErasurePlan, PlanItem
from vastaanotto.services import audit_log
from vastaanotto.services import privacy as privacy_service
from vastaanotto.services.audit_log import AuditRow

LANGUAGES = (("fi", "suomi"), ("sv", "svenska"), ("en", "English"))


def _language_combo(parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName("language")
    for code, name in LANGUAGES:
        combo.addItem(name, code)
    return combo


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class _ClientDialog(QDialog):
    """A dialog about one client: fixed when ``client_id`` is given, else picked."""

    def __init__(self, ctx: Context, publish: Publish, client_id: int | None,
                 client_name: str, parent: QWidget | None):
        super().__init__(parent)
        self.ctx, self._publish = ctx, publish
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.picker = ClientPicker(ctx, self)
        if client_id is not None:
            self.picker.set_client(client_id, client_name or f"#{client_id}")
            self.picker.query.hide()
        self.form.addRow(translate("privacy", "Client"), self.picker)
        self.layout_.addLayout(self.form)

    @property
    def client_id(self) -> int | None:
        return self.picker.client_id

    def _need_client(self) -> int | None:
        if self.client_id is None:
            QMessageBox.information(self, self.windowTitle(),
                                    translate("privacy", "Choose a client first."))
        return self.client_id


class ExportDialog(_ClientDialog):
    """Right of access: everything about the client as data.json + data.pdf in one ZIP; the
    request is completed in the register (``request_id``) or recorded as a new one."""

    def __init__(self, ctx: Context, publish: Publish, client_id: int | None = None,
                 client_name: str = "", parent: QWidget | None = None,
                 request_id: int | None = None):
        super().__init__(ctx, publish, client_id, client_name, parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(translate("privacy", "Export client data"))
        self.request_id = request_id
        self.language = _language_combo(self)
        self.form.addRow(translate("privacy", "Language of the PDF"), self.language)
        info = QLabel(translate("privacy", "The ZIP holds the client's card, consents, bookings, "
                                "visits, treatment notes, invoices, payments, messages and who "
                                "viewed or changed them: data.json for machines and data.pdf "
                                "for people. The export is recorded in the request register."),
                      self)
        info.setWordWrap(True)
        self.layout_.addWidget(info)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.addButton(translate("privacy", "Save ZIP…"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("saveZip")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.layout_.addWidget(self.buttons)
        self.saved_path: str | None = None

    def save(self) -> None:
        client_id = self._need_client()
        if client_id is None:
            return
        try:
            archive, changes = privacy_service.export_client(
                self.ctx, client_id, request_id=self.request_id,
                language=self.language.currentData())
        except VastaanottoError as exc:
            show_error(self, exc, translate("privacy", "Export failed"))
            return
        self._publish(changes)
        self.saved_path = common.save_with_dialog(
            self, translate("privacy", "Save client data"), f"asiakastiedot-{client_id}.zip",
            translate("privacy", "ZIP archives (*.zip)"), archive)
        if self.saved_path:
            self.accept()


class PlanModel(RowsModel[PlanItem]):
    class Column(enum.IntEnum):
        KIND = 0
        COUNT = 1
        ACTION = 2
        UNTIL = 3
        LAW = 4

    RIGHT_ALIGNED = frozenset({Column.COUNT})

    def header(self, column):
        return {self.Column.KIND: translate("privacy", "Kind of data"),
                self.Column.COUNT: translate("privacy", "Count"),
                self.Column.ACTION: translate("privacy", "What happens"),
                self.Column.UNTIL: translate("privacy", "Kept until"),
                self.Column.LAW: translate("privacy", "Legal basis")}[column]

    def display(self, row: PlanItem, column):
        if column is self.Column.KIND:
            return common.data_kind_name(row.kind)
        if column is self.Column.COUNT:
            return str(row.count)
        if column is self.Column.ACTION:
            return common.disposition_name(row.disposition)
        if column is self.Column.LAW:  # a citation, the same in every language
            return RULES[row.rule].law if row.disposition is Disposition.KEEP else ""
        return formatting.date(row.keep_until) if row.keep_until else ""


class ErasureDialog(_ClientDialog):
    """Erasure request: the plan per kind of data (what goes now, what the law keeps and
    until when), then, after a confirmation, carrying it out and saving the outcome PDF."""

    def __init__(self, ctx: Context, publish: Publish, client_id: int | None = None,
                 client_name: str = "", parent: QWidget | None = None,
                 request_id: int | None = None):
        super().__init__(ctx, publish, client_id, client_name, parent)
        self.setObjectName("erasureDialog")
        self.setWindowTitle(translate("privacy", "Erasure request"))
        self.request_id = request_id
        self.plan: ErasurePlan | None = None
        self.outcome: privacy_service.ErasureOutcome | None = None
        self.language = _language_combo(self)
        self.form.addRow(translate("privacy", "Language of the outcome"), self.language)
        self.show_plan = QPushButton(translate("privacy", "Show the plan"), self)
        self.show_plan.setObjectName("showPlan")
        self.show_plan.clicked.connect(self.load_plan)
        self.layout_.addWidget(self.show_plan)
        self.model = PlanModel(parent=self)
        self.table = read_only_table(self, self.model, "planTable")
        self.layout_.addWidget(self.table, 1)
        self.summary = QLabel(self)
        self.summary.setObjectName("planSummary")
        self.summary.setWordWrap(True)
        self.layout_.addWidget(self.summary)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.erase_button = self.buttons.addButton(translate("privacy", "Erase…"),
                                                   QDialogButtonBox.ButtonRole.ActionRole)
        self.erase_button.setObjectName("eraseButton")
        self.erase_button.setEnabled(False)
        self.erase_button.clicked.connect(self.execute)
        self.buttons.rejected.connect(self.reject)
        self.layout_.addWidget(self.buttons)
        self.picker.changed.connect(self._forget_plan)
        self.resize(900, 540)
        if client_id is not None:
            self.load_plan()

    def _forget_plan(self) -> None:
        self.plan = None
        self.model.set_rows([])
        self.erase_button.setEnabled(False)

    def load_plan(self) -> None:
        client_id = self._need_client()
        if client_id is None:
            return
        try:
            self.plan = privacy_service.erasure_plan(self.ctx, client_id)
        except VastaanottoError as exc:
            show_error(self, exc, translate("privacy", "Cannot make the plan"))
            return
        self.model.set_rows(self.plan.items)
        if self.plan.restrict:
            self.summary.setText(translate(
                "privacy",
                "The law keeps this client's patient records: name, birth date and identity "
                "code stay with them, and the client is restricted (hidden from search and "
                "booking). Contact details and marketing consents are erased now."))
        else:
            self.summary.setText(translate(
                "privacy",
                "The client's name and contact details are anonymised now; kept bookkeeping "
                "vouchers stay unchanged until their date."))
        self.erase_button.setEnabled(True)

    def confirm(self) -> bool:
        """Asks before anything is erased (tests replace this)."""
        return QMessageBox.question(
            self, translate("privacy", "Erase client data"),
            translate("privacy", "Erase and anonymise the data as planned? This cannot be undone.")
        ) == QMessageBox.StandardButton.Yes

    def execute(self) -> None:
        client_id = self.client_id
        if client_id is None or self.plan is None or not self.confirm():
            return
        try:
            self.outcome = privacy_service.execute_erasure(
                self.ctx, client_id, request_id=self.request_id,
                language=self.language.currentData())
        except VastaanottoError as exc:
            show_error(self, exc, translate("privacy", "Erasure failed"))
            return
        self._publish(self.outcome.changes)
        self.erase_button.setEnabled(False)
        self.show_plan.setEnabled(False)
        self.summary.setText(translate("privacy", "Done. Save the outcome for the client."))
        common.save_with_dialog(self, translate("privacy", "Save the outcome"),
                                f"poistopyynto-{self.outcome.request_id}.pdf",
                                translate("privacy", "PDF files (*.pdf)"), self.outcome.pdf)
        self.accept()


class AccessModel(RowsModel[AuditRow]):
    class Column(enum.IntEnum):
        WHEN = 0
        WHO = 1
        WORKSTATION = 2
        ACTION = 3
        REASON = 4

    def header(self, column):
        return {self.Column.WHEN: translate("privacy", "When"),
                self.Column.WHO: translate("privacy", "Who"),
                self.Column.WORKSTATION: translate("privacy", "Workstation"),
                self.Column.ACTION: translate("privacy", "Action"),
                self.Column.REASON: translate("privacy", "Reason")}[column]

    def display(self, row: AuditRow, column):
        if column is self.Column.WHEN:
            return formatting.date_time(row.at)
        if column is self.Column.WHO:
            return row.actor_name
        if column is self.Column.WORKSTATION:
            return row.workstation
        if column is self.Column.ACTION:
            name = action_names.action_name(row.action)
            return name + (f" ({', '.join(row.fields)})" if row.fields else "")
        return row.reason


class AccessReportDialog(_ClientDialog):
    """Who viewed or changed this client's data, in a period; saved as a PDF for the client
    (laki 703/2023) and recorded in the request register."""

    def __init__(self, ctx: Context, publish: Publish, client_id: int | None = None,
                 client_name: str = "", parent: QWidget | None = None,
                 request_id: int | None = None):
        super().__init__(ctx, publish, client_id, client_name, parent)
        self.setObjectName("accessReportDialog")
        self.request_id = request_id
        self.setWindowTitle(translate("privacy", "Access report"))
        today = ctx.now().date()
        self.start = QDateEdit(_qdate(today.replace(year=today.year - 2, day=min(today.day, 28))),
                               self)
        self.start.setObjectName("start")
        self.end = QDateEdit(_qdate(today), self)
        self.end.setObjectName("end")
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d.M.yyyy")
        self.form.addRow(translate("privacy", "From"), self.start)
        self.form.addRow(translate("privacy", "To"), self.end)
        self.language = _language_combo(self)
        self.form.addRow(translate("privacy", "Language of the PDF"), self.language)
        self.preview = QPushButton(translate("privacy", "Show"), self)
        self.preview.setObjectName("showAccess")
        self.preview.clicked.connect(self.load)
        self.layout_.addWidget(self.preview)
        self.model = AccessModel(parent=self)
        self.table = read_only_table(self, self.model, "accessTable")
        self.layout_.addWidget(self.table, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.save_button = self.buttons.addButton(translate("privacy", "Save PDF…"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setObjectName("savePdf")
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.layout_.addWidget(self.buttons)
        self.saved_path: str | None = None
        self.resize(760, 520)
        if client_id is not None:
            self.load()

    def load(self) -> None:
        client_id = self._need_client()
        if client_id is None:
            return
        try:
            rows = audit_log.access_rows(self.ctx, client_id, _pydate(self.start.date()),
                                         _pydate(self.end.date()))
        except VastaanottoError as exc:
            show_error(self, exc, translate("privacy", "Cannot read the log"))
            return
        self.model.set_rows(rows)

    def save(self) -> None:
        client_id = self._need_client()
        if client_id is None:
            return
        try:
            pdf, changes = audit_log.client_access_report(
                self.ctx, client_id, _pydate(self.start.date()), _pydate(self.end.date()),
                language=self.language.currentData(), request_id=self.request_id)
        except VastaanottoError as exc:
            show_error(self, exc, translate("privacy", "Cannot make the report"))
            return
        self._publish(changes)
        self.saved_path = common.save_with_dialog(
            self, translate("privacy", "Save the access report"), f"lokiselvitys-{client_id}.pdf",
            translate("privacy", "PDF files (*.pdf)"), pdf)
