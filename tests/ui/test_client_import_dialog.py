"""Importing clients from a Finnish Excel CSV (Windows-1252, ``;``): preview, suggested
columns, a row-by-row report, all or nothing, and the import itself through the task runner."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from tests.ui.client_practice import practice  # noqa: F401 - fixture
from ui.clients import ClientsView
from ui.clients.import_dialog import ImportDialog
from ui.clients.models import ImportReportModel
from ui.tasks import TaskRunner
from vastaanotto.models import Client
from vastaanotto.services import clients as client_service

HEADINGS = "Etunimi;Sukunimi;Puhelin;Sähköposti;Syntymäaika\r\n"
GOOD_ROWS = ("Äijä;Öhman;040 123 4567;aija@example.fi;1.5.1980\r\n"
             "Liisa;Mäki;050 765 4321;;\r\n")
BAD_ROW = "Pekka;Puro;12;pekka@example.fi;31.2.1980\r\n"


def excel_csv(*rows: str) -> bytes:
    """What an older Finnish Excel saves: Windows-1252, semicolons, CRLF."""
    return (HEADINGS + "".join(rows)).encode("cp1252")


def client_count(db) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(Client))


@pytest.fixture
def make_dialog(qtbot, published):
    def make(ctx, tasks=None):
        dialog = ImportDialog(ctx, published.append, tasks or TaskRunner(synchronous=True))
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return make


def report_rows(dialog) -> list[tuple[str, str, str]]:
    model, C = dialog.report_model, ImportReportModel.Column
    return [(model.index(r, C.ROW).data(), model.index(r, C.FIELD).data(),
             model.index(r, C.MESSAGE).data()) for r in range(model.rowCount())]


def test_preview_and_suggested_columns(make_dialog, practice):
    dialog = make_dialog(practice.owner)
    assert dialog.load_bytes(excel_csv(GOOD_ROWS, BAD_ROW))
    assert dialog.preview.rowCount() == 3
    assert dialog.preview.index(0, 0).data() == "Äijä"  # decoded as Windows-1252
    assert dialog.preview.headerData(3, Qt.Orientation.Horizontal) == "Sähköposti"
    assert dialog.mapping() == {0: "first_name", 1: "last_name", 2: "phone", 3: "email",
                                4: "birth_date"}
    assert dialog.combos[3].currentText() == "Email"
    assert not dialog.import_button.isEnabled()


def test_one_bad_row_imports_nothing_then_the_fixed_file_imports(
        qtbot, make_dialog, practice, db, published):
    dialog = make_dialog(practice.owner)
    dialog.load_bytes(excel_csv(GOOD_ROWS, BAD_ROW))
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert dialog.report is not None and not dialog.report.ok
    rows = report_rows(dialog)
    assert {r[0] for r in rows} == {"4"}  # the spreadsheet row; the heading is row 1
    assert ("4", "Phone", "Not a valid phone number, e.g. 040 123 4567.") in rows
    assert ("4", "Birth date", "Not a valid date, e.g. 21.11.2026.") in rows
    assert dialog.summary.text().startswith("1 of 3 rows have errors.")
    assert not dialog.import_button.isEnabled()
    dialog.run_import()  # even if asked, nothing happens while a row is invalid
    assert client_count(db) == 0 and not published

    dialog.load_bytes(excel_csv(GOOD_ROWS, BAD_ROW.replace(";12;", ";045 111 2222;")
                                .replace("31.2.1980", "28.2.1980")))
    assert dialog.report is None and not dialog.import_button.isEnabled()
    dialog.check()
    assert dialog.report.ok and dialog.import_button.isEnabled()
    dialog.run_import()
    assert not dialog.isVisible() and dialog.changes.data == 3
    assert client_count(db) == 3
    assert published and published[-1].touches("clients")
    hits = client_service.search_clients(practice.owner, "040 123 4567")
    assert [h.name for h in hits] == ["Äijä Öhman"]


def test_changing_a_column_after_the_check_needs_a_new_check(make_dialog, practice):
    dialog = make_dialog(practice.owner)
    dialog.load_bytes(excel_csv(GOOD_ROWS))
    dialog.check()
    assert dialog.import_button.isEnabled()
    dialog.set_field(3, None)  # email no longer imported
    assert not dialog.import_button.isEnabled()
    dialog.check()
    assert dialog.import_button.isEnabled()


def test_a_required_field_without_a_column_is_refused_with_a_message(make_dialog, practice):
    dialog = make_dialog(practice.owner)
    dialog.load_bytes(excel_csv(GOOD_ROWS))
    dialog.set_field(1, None)
    dialog.check()
    assert dialog.banner.isVisible() and dialog.report is None
    assert not dialog.import_button.isEnabled()


def test_duplicates_are_warnings_not_errors(make_dialog, practice):
    practice.client(phone="040 123 4567")
    dialog = make_dialog(practice.owner)
    dialog.load_bytes(excel_csv(GOOD_ROWS, "Äijä;Öhman;0401234567;;\r\n"))
    dialog.check()
    assert dialog.report.ok and dialog.import_button.isEnabled()
    rows = report_rows(dialog)
    assert [r[0] for r in rows] == ["2", "4", "4"]
    assert rows[1][2] == "Same phone or email as row 2."


def test_unreadable_file_is_refused(make_dialog, practice, tmp_path):
    dialog = make_dialog(practice.owner)
    assert not dialog.load_bytes(b"")
    assert dialog.banner.isVisible() and dialog.table is None
    assert not dialog.choose_file(tmp_path / "missing.csv")
    assert dialog.banner.text() == "The file could not be read."


def test_reception_may_not_import(make_dialog, practice, db):
    dialog = make_dialog(practice.reception)
    dialog.load_bytes(excel_csv(GOOD_ROWS))
    dialog.check()
    assert "You do not have the right" in dialog.banner.text()
    assert client_count(db) == 0


def test_import_on_a_worker_thread_from_the_view(qtbot, practice, db, tmp_path):
    view = ClientsView(practice.owner, tasks=TaskRunner(show_after_ms=60_000))
    qtbot.addWidget(view)
    path = tmp_path / "asiakkaat.csv"
    path.write_bytes(excel_csv(GOOD_ROWS))
    dialog = view.import_clients()
    assert dialog.choose_file(path) and dialog.file_label.text() == "asiakkaat.csv"
    dialog.check()
    qtbot.waitUntil(lambda: dialog.report is not None)
    dialog.run_import()
    qtbot.waitUntil(lambda: dialog.changes is not None)
    assert client_count(db) == 2
    view.search_edit.setText("Mäki")
    assert [h.name for h in view.search()] == ["Liisa Mäki"]
