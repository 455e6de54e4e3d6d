"""Printing the day sheet: through a real QPrinter writing a PDF file (no printer dialog in
tests), and "Save as PDF…" with the file dialog answered; both audited."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog

from tests.core.booking_practice import at, events, p  # noqa: F401 - fixture
from ui.calendar.print_sheet import PrintDayDialog, print_day_sheet
from vastaanotto.services import booking, clients

TUESDAY = dt.date(2026, 11, 24)


def pdf_text(path) -> str:
    if shutil.which("pdftotext") is None:
        if os.environ.get("CI") == "true":   # CI must really read the PDF back
            pytest.fail("pdftotext (poppler-utils) is required in CI")
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


@pytest.fixture
def booked(p):
    päivi = clients.create_client(p.owner, {"first_name": "Päivi", "last_name": "Äijälä",
                                            "phone": "040 123 4567"}).data
    booking.book(p.reception, client_id=päivi, practitioner_id=p.p1, service_id=p.massage,
                 starts_at=at(TUESDAY, 9), note="Ovikoodi <1234> & piha")
    booking.book(p.reception, client_id=p.clients[1], practitioner_id=p.p2,
                 service_id=p.physio, starts_at=at(TUESDAY, 10, 15))


@pytest.fixture
def dialog(qtbot, p, booked):
    d = print_day_sheet(p.reception, None, TUESDAY)
    qtbot.addWidget(d)
    assert isinstance(d, PrintDayDialog) and d.isVisible()
    return d


def test_print_through_a_qprinter_to_a_pdf_file(qtbot, dialog, p, db, tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert dialog.print_(printer)
    text = pdf_text(out)
    for expected in ("Testiklinikka Oy", "Päiväjärjestys", "Tiistai 24.11.2026", "Hoitaja 1",
                     "Hoitaja 2", "Päivi Äijälä", "040 123 4567", "Asiakas2 Testinen",
                     "Hieronta", "Fysioterapia", "09.00–10.00", "Varattu",
                     "Ovikoodi <1234> & piha"):
        assert expected in text, expected
    [event] = events(db, "calendar.print")
    assert event.actor_id == p.reception.staff_id and event.details["day"] == "2026-11-24"


def test_one_practitioner_in_swedish(qtbot, dialog, p, db, tmp_path):
    dialog.practitioner_combo.setCurrentIndex(dialog.practitioner_combo.findText("Hoitaja 2"))
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("sv"))
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "sv.pdf"))
    dialog.print_(printer)
    text = pdf_text(tmp_path / "sv.pdf")
    assert "Dagsschema" in text and "Tisdag 24.11.2026" in text and "Bokad" in text
    assert "Asiakas2 Testinen" in text and "Päivi" not in text
    assert events(db, "calendar.print")[-1].details["practitioner_id"] == p.p2


def test_save_as_pdf(qtbot, dialog, db, tmp_path, monkeypatch):
    target = tmp_path / "paiva"
    asked = []

    def answer(parent, title, name, filters):
        asked.append(name)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    qtbot.mouseClick(dialog.pdf_button, qtbot_left())
    assert asked == ["päiväjärjestys-2026-11-24.pdf"]
    written = tmp_path / "paiva.pdf"
    assert written.read_bytes().startswith(b"%PDF")
    assert "Päivi Äijälä" in pdf_text(written)
    assert [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
    assert len(events(db, "calendar.print")) == 1


def test_cancelled_file_dialog_writes_and_audits_nothing(qtbot, dialog, db, tmp_path,
                                                         monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a: ("", "")))
    assert dialog.save_pdf() is None
    assert events(db, "calendar.print") == []


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
