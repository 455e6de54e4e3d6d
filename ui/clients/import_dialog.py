"""Importing clients from a spreadsheet (CSV), owner only.

Choose a file; its first rows are shown as read, and each column gets a combo box saying which
register field it fills, prefilled from the headings (``suggest_mapping``). "Check" validates
every row in the core and lists each problem by spreadsheet row. "Import" is enabled only when
the last check found no invalid row and the columns have not been changed since; the core
checks again and imports all rows in one transaction or none. Both run through the one
``TaskRunner`` with progress and cancel.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtWidgets import (QComboBox, QDialog, QFileDialog, QFormLayout,
                               QGroupBox, QHBoxLayout, QLabel, QPushButton,
                               QScrollArea, QTableView, QVBoxLayout, QWidget)

from ui.widgets.tables import read_only_table
from ui.admin.common import Publish, error_banner
from ui.clients.models import CsvPreviewModel, ImportReportModel, report_lines
from ui.errors import field_label, message_for
from ui.tasks import TaskRunner
from vastaanotto.context import Context
from vastaanotto.errors import VastaanottoError
from vastaanotto.progress import Progress
from vastaanotto.services import client_import
from vastaanotto.services.base import Changes
from vastaanotto.services.client_import import CsvTable, ImportRejected, ImportReport
from vastaanotto.services.clients import EDITABLE

PREVIEW_ROWS = 20


class _Labelled:
    """Passes a task's progress on with the core's step codes ("validate", "import") turned
    into the words of the progress dialog, which shows the label as it is."""

    def __init__(self, progress: Progress, labels: dict[str, str]):
        self._progress, self._labels = progress, labels

    def step(self, done: int, total: int | None = None, label: str | None = None) -> None:
        self._progress.step(done, total, self._labels.get(label, label) if label else None)

    def check(self) -> None:
        self._progress.check()

    @property
    def cancelled(self) -> bool:
        return self._progress.cancelled


class ImportDialog(QDialog):
    """GUI thread only; the core calls run on ``tasks`` (synchronously in tests)."""

    def __init__(self, ctx: Context, publish: Publish, tasks: TaskRunner,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self._publish, self.tasks = ctx, publish, tasks
        self.table: CsvTable | None = None
        self.report: ImportReport | None = None
        self.changes: Changes | None = None
        self._checked_mapping: dict[int, str] | None = None
        self.combos: list[QComboBox] = []
        self.setWindowTitle(self.tr("Import clients"))
        layout = QVBoxLayout(self)
        self.banner = error_banner(self)
        layout.addWidget(self.banner)
        file_row = QHBoxLayout()
        self.file_label = QLabel(self.tr("No file chosen."), self)
        self.file_label.setObjectName("fileLabel")
        choose = QPushButton(self.tr("Choose file…"), self)
        choose.setObjectName("choose_file")
        choose.clicked.connect(lambda: self.choose_file())
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(choose)
        layout.addLayout(file_row)
        self.preview = CsvPreviewModel(self)
        self.preview_view = self._table_view(self.preview, "preview")
        layout.addWidget(self.preview_view, 2)
        self.mapping_box = QGroupBox(self.tr("Which field each column fills"), self)
        self.mapping_form = QFormLayout()
        inner = QWidget()
        inner.setLayout(self.mapping_form)
        scroll = QScrollArea(self.mapping_box)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        QVBoxLayout(self.mapping_box).addWidget(scroll)
        layout.addWidget(self.mapping_box, 2)
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.report_model = ImportReportModel()
        self.report_view = self._table_view(self.report_model, "report")
        layout.addWidget(self.report_view, 2)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.check_button = QPushButton(self.tr("Check"), self)
        self.check_button.setObjectName("check")
        self.check_button.clicked.connect(self.check)
        self.import_button = QPushButton(self.tr("Import"), self)
        self.import_button.setObjectName("import")
        self.import_button.clicked.connect(self.run_import)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        for button in (self.check_button, self.import_button, close):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self._labels = {"validate": self.tr("Checking rows…"),
                        "import": self.tr("Importing clients…")}
        self._update_buttons()
        self.resize(900, 700)

    def _table_view(self, model, name: str) -> QTableView:
        return read_only_table(self, model, name, select_rows=False, row_numbers=True)

    # -- the file --------------------------------------------------------------------------

    def choose_file(self, path: str | Path | None = None) -> bool:
        if path is None:
            chosen, _filter = QFileDialog.getOpenFileName(
                self, self.tr("Choose a CSV file"), "", self.tr("CSV files (*.csv *.txt)"))
            if not chosen:
                return False
            path = chosen
        try:
            data = Path(path).read_bytes()
        except OSError:
            self._fail(self.tr("The file could not be read."))
            return False
        if self.load_bytes(data):
            self.file_label.setText(Path(path).name)
            return True
        return False

    def load_bytes(self, data: bytes) -> bool:
        """Reads ``data`` as the file to import; shows its rows and a suggested mapping."""
        self.banner.hide()
        try:
            table = client_import.read_csv(data)
        except VastaanottoError as exc:
            self._fail(message_for(exc))
            return False
        self.table = table
        self.preview.set_table(table, PREVIEW_ROWS)
        self._build_mapping(table)
        self._set_report(None)
        self.summary.setText(self.tr("%n row(s) to import.", "", len(table.rows)))
        return True

    def _fail(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.show()

    def _build_mapping(self, table: CsvTable) -> None:
        while self.mapping_form.rowCount():
            self.mapping_form.removeRow(0)
        self.combos = []
        suggested = client_import.suggest_mapping(table.headers)
        for column, heading in enumerate(table.headers):
            combo = QComboBox()
            combo.setObjectName(f"column_{column}")
            combo.addItem(self.tr("(do not import)"), None)
            for name in EDITABLE:
                combo.addItem(field_label(name), name)
            if column in suggested:
                combo.setCurrentIndex(combo.findData(suggested[column]))
            combo.currentIndexChanged.connect(lambda _i: self._mapping_changed())
            self.mapping_form.addRow(heading or self.tr("Column %1").replace(
                "%1", str(column + 1)), combo)
            self.combos.append(combo)

    def mapping(self) -> dict[int, str]:
        return {column: combo.currentData() for column, combo in enumerate(self.combos)
                if combo.currentData() is not None}

    def set_field(self, column: int, field: str | None) -> None:
        combo = self.combos[column]
        combo.setCurrentIndex(combo.findData(field) if field is not None else 0)

    def _mapping_changed(self) -> None:
        self._update_buttons()  # a check of other columns no longer speaks for this mapping

    # -- check and import ------------------------------------------------------------------

    def _run(self, work: Callable[[_Labelled], object], label: str,
             on_done: Callable[[object], None]) -> None:
        self.banner.hide()
        self.check_button.setEnabled(False)
        self.import_button.setEnabled(False)
        self.tasks.run(lambda progress: work(_Labelled(progress, self._labels)),
                       on_done=on_done, on_error=self._task_failed,
                       on_cancelled=self._update_buttons, label=label, parent_widget=self)

    def check(self) -> None:
        if self.table is None:
            return
        table, mapping, ctx = self.table, self.mapping(), self.ctx
        self._checked_mapping = mapping
        self._run(lambda p: client_import.validate_import(ctx, table, mapping, progress=p),
                  self.tr("Checking the file"), self._set_report)

    def run_import(self) -> None:
        if self.table is None or not self._may_import():
            return
        table, mapping, ctx = self.table, self.mapping(), self.ctx
        self._run(lambda p: client_import.import_clients(ctx, table, mapping, progress=p),
                  self.tr("Importing clients"), self._imported)

    def _imported(self, changes: Changes) -> None:
        self.changes = changes
        self.summary.setText(self.tr("%n client(s) imported.", "", int(changes.data or 0)))
        self.accept()
        self._publish(changes)

    def _task_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ImportRejected):
            self._set_report(exc.report)  # changed since the check (e.g. another desk)
        else:
            self._fail(message_for(exc))
            self._update_buttons()

    def _set_report(self, report: ImportReport | None) -> None:
        self.report = report
        self.report_model.set_rows(report_lines(report) if report is not None else [])
        if report is not None:
            if report.ok:
                text = self.tr("All %n row(s) can be imported.", "", report.total)
            else:
                text = self.tr("%1 of %2 rows have errors. Nothing will be imported until "
                               "they are corrected in the file.").replace(
                    "%1", str(report.invalid_count)).replace("%2", str(report.total))
            if report.warning_count:
                text += " " + self.tr("%n row(s) have warnings.", "", report.warning_count)
            self.summary.setText(text)
        self._update_buttons()

    def _may_import(self) -> bool:
        return (self.report is not None and self.report.ok
                and self._checked_mapping == self.mapping())

    def _update_buttons(self) -> None:
        self.check_button.setEnabled(self.table is not None)
        self.import_button.setEnabled(self._may_import())
