"""The retention run: clients with no activity for N years, and which of them the law lets
go. The owner ticks nothing by hand: "Anonymise" takes every listed client whose records may
all go, after a confirmation, and the report says what was done and what stays until when.
Runs through the task runner (it reads every inactive client's records)."""

from __future__ import annotations

import enum

from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from ui import formatting
from ui.admin.common import Publish
from ui.errors import show_error
from ui.privacy.common import translate
from ui.tasks import TaskRunner
from ui.widgets.forms import ERROR_STYLE
from ui.widgets.rows_model import RowsModel
from ui.widgets.tables import read_only_table
from vastaanotto.context import Context
from vastaanotto.errors import VastaanottoError
from vastaanotto.privacy.retention import Candidate
from vastaanotto.services import privacy as privacy_service
from vastaanotto.services.base import Changes


class CandidatesModel(RowsModel[Candidate]):
    class Column(enum.IntEnum):
        CLIENT = 0
        LAST = 1
        VERDICT = 2

    def header(self, column):
        return {self.Column.CLIENT: translate("privacy", "Client"),
                self.Column.LAST: translate("privacy", "Last activity"),
                self.Column.VERDICT: translate("privacy", "Retention")}[column]

    def display(self, row: Candidate, column):
        if column is self.Column.CLIENT:
            return f"{row.name} (#{row.client_id})"
        if column is self.Column.LAST:
            return formatting.date_time(row.last_activity) if row.last_activity else ""
        if row.may_go:
            return translate("privacy", "May be anonymised")
        until = row.plan.kept_until
        return translate("privacy", "Kept by law until %1").replace("%1", formatting.date(until)) \
            if until else translate("privacy", "Kept by law")


def _list(progress, ctx: Context) -> list[Candidate]:
    progress.step(0, 1)
    return privacy_service.retention_candidates(ctx)


def _run(progress, ctx: Context, ids: list[int]) -> privacy_service.RetentionReport:
    progress.step(0, 1)
    return privacy_service.run_retention(ctx, ids)


class RetentionPage(QWidget):
    def __init__(self, ctx: Context, publish: Publish, parent: QWidget | None = None,
                 tasks: TaskRunner | None = None):
        super().__init__(parent)
        self.setObjectName("retentionPage")
        self.ctx, self._publish = ctx, publish
        self.tasks = tasks or TaskRunner(self)
        self.due = QLabel(translate("privacy", "No retention run in the last month: list the "
                                    "inactive clients and anonymise those the law lets go."), self)
        self.due.setObjectName("retentionDue")
        self.due.setWordWrap(True)
        self.due.setStyleSheet(ERROR_STYLE)
        self.due.hide()
        self.list_button = QPushButton(translate("privacy", "List inactive clients"), self)
        self.list_button.setObjectName("listInactive")
        self.list_button.clicked.connect(self.list_candidates)
        self.run_button = QPushButton(translate("privacy", "Anonymise those that may go…"), self)
        self.run_button.setObjectName("runRetention")
        self.run_button.setEnabled(False)
        self.run_button.clicked.connect(self.run)
        self.report = QLabel(self)
        self.report.setObjectName("retentionReport")
        self.report.setWordWrap(True)
        self.model = CandidatesModel(parent=self)
        self.table = read_only_table(self, self.model, "retentionTable")
        buttons = QHBoxLayout()
        buttons.addWidget(self.list_button)
        buttons.addWidget(self.run_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.due)
        layout.addLayout(buttons)
        layout.addWidget(self.report)
        layout.addWidget(self.table, 1)
        self._checked = False

    def showEvent(self, event) -> None:
        if not self._checked:
            self._checked = True
            try:
                self.due.setVisible(privacy_service.retention_due(self.ctx))
            except VastaanottoError:
                self.due.hide()
        super().showEvent(event)

    def list_candidates(self) -> None:
        self.list_button.setEnabled(False)
        self.tasks.run(_list, self.ctx, label=translate("privacy", "Finding inactive clients"),
                       parent_widget=self, on_done=self._listed, on_error=self._failed)

    def _listed(self, found: list[Candidate]) -> None:
        self.list_button.setEnabled(True)
        self.model.set_rows(found)
        may_go = sum(c.may_go for c in found)
        self.run_button.setEnabled(may_go > 0)
        self.report.setText(translate("privacy", "%1 inactive clients; %2 may be anonymised, the "
                                      "others are kept by law.").replace("%1", str(len(found)))
                            .replace("%2", str(may_go)))

    def _failed(self, exc: BaseException) -> None:
        self.list_button.setEnabled(True)
        show_error(self, exc, translate("privacy", "Retention run failed"))

    def confirm(self, count: int) -> bool:
        """Asks before anonymising (tests replace this)."""
        return QMessageBox.question(
            self, translate("privacy", "Anonymise clients"),
            translate("privacy", "Anonymise %1 clients? Names and contact details are removed "
                      "for good.")
            .replace("%1", str(count))) == QMessageBox.StandardButton.Yes

    def run(self) -> None:
        ids = [c.client_id for c in self.model.rows() if c.may_go]
        if not ids or not self.confirm(len(ids)):
            return
        self.run_button.setEnabled(False)
        self.tasks.run(_run, self.ctx, ids, label=translate("privacy", "Anonymising"),
                       parent_widget=self, on_done=self._ran, on_error=self._failed)

    def _ran(self, report: privacy_service.RetentionReport) -> None:
        self._publish(Changes.of("clients", ids=report.anonymised))
        self.due.hide()
        self.report.setText(translate("privacy", "Anonymised %1 clients; %2 kept by law.")
                            .replace("%1", str(len(report.anonymised)))
                            .replace("%2", str(len(report.kept))))
        self.model.set_rows([c for c in self.model.rows()
                             if c.client_id not in set(report.anonymised)])

    def on_changes(self, changes: Changes) -> None:
        pass
