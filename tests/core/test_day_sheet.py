"""The printed day sheet and a client's upcoming appointments: real PDFs read back with
poppler's pdftotext, the role checks and the audit events of printing."""

import dataclasses
import datetime as dt
import os
import shutil
import subprocess

import pytest

from tests.core.booking_practice import at, book, events, p  # noqa: F401 - fixture
from vastaanotto.errors import NotFound, PermissionDenied, ValidationError
from vastaanotto.models import CancelledBy
from vastaanotto.services import booking, clients, schedule_print

SATURDAY = dt.date(2026, 11, 21)
TUESDAY = dt.date(2026, 11, 24)


def pdf_text(data: bytes, tmp_path) -> str:
    if shutil.which("pdftotext") is None:
        if os.environ.get("CI") == "true":   # CI must really read the PDF back
            pytest.fail("pdftotext (poppler-utils) is required in CI")
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = tmp_path / "sheet.pdf"
    path.write_bytes(data)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


@pytest.fixture
def day(p):
    """Tuesday 24.11.2026: two clients with phones for Hoitaja 1, one for Hoitaja 2."""
    päivi = clients.create_client(p.owner, {"first_name": "Päivi", "last_name": "Äijälä",
                                            "phone": "040 123 4567"}).data
    åsa = clients.create_client(p.owner, {"first_name": "Åsa", "last_name": "Öhman",
                                          "phone": "+46 70 123 45 67"}).data
    ids = dict(
        first=booking.book(p.reception, client_id=päivi, practitioner_id=p.p1,
                           service_id=p.massage, starts_at=at(TUESDAY, 9),
                           note="Ovikoodi 1234").data,
        second=booking.book(p.reception, client_id=åsa, practitioner_id=p.p1,
                            service_id=p.physio, starts_at=at(TUESDAY, 10, 15)).data,
        other=book(p, at(TUESDAY, 11), practitioner=p.p2, client=1),
        gone=book(p, at(TUESDAY, 14), client=2),
        päivi=päivi,
    )
    booking.cancel(p.reception, ids["gone"], by=CancelledBy.CLIENT, reason="Flunssa")
    return ids


def test_day_sheet_in_finnish_with_names_phones_and_notes(db, p, day, tmp_path):
    text = pdf_text(schedule_print.day_sheet_pdf(p.reception, TUESDAY), tmp_path)
    assert "Testiklinikka Oy" in text and "Päiväjärjestys" in text
    assert "Tiistai 24.11.2026" in text
    for expected in ("Hoitaja 1", "Hoitaja 2", "Hoitaja 3", "Päivi Äijälä", "040 123 4567",
                     "Åsa Öhman", "+46 70 123 45 67", "Hieronta", "Fysioterapia",
                     "Ovikoodi 1234", "09.00–10.00", "10.15–11.00", "Varattu",
                     "2 varausta", "1 varaus", "Ei varauksia.", "Sivu 1/1"):
        assert expected in text, expected
    assert "Asiakas3" not in text       # the cancelled booking stays off the sheet
    # By time within each practitioner.
    assert text.index("Päivi Äijälä") < text.index("Åsa Öhman")
    [event] = events(db, "calendar.print")
    assert event.details["day"] == "2026-11-24" and event.details["practitioner_id"] is None
    assert sorted(event.details["appointment_ids"]) == sorted(
        [day["first"], day["second"], day["other"]])
    assert "Äijälä" not in str(event.details)


def test_one_practitioner_in_swedish_and_english(db, p, day, tmp_path):
    sv = pdf_text(schedule_print.day_sheet_pdf(p.owner, TUESDAY, p.p2, language="sv"),
                  tmp_path)
    assert "Dagsschema" in sv and "Tisdag 24.11.2026" in sv and "Bokad" in sv
    assert "Hoitaja 2" in sv and "Hoitaja 1" not in sv and "Päivi" not in sv
    en = schedule_print.day_sheet(p.owner, SATURDAY, language="en")
    assert all(not block.rows for block in en.practitioners)
    assert "Saturday 21.11.2026" in pdf_text(schedule_print.day_sheet_pdf(
        p.owner, SATURDAY, language="en"), tmp_path)
    assert [e.details["practitioner_id"] for e in events(db, "calendar.print")] == [
        p.p2, None, None]


def test_a_long_day_breaks_onto_pages_with_the_heading_repeated(db, p, tmp_path):
    owner = dataclasses.replace(p.owner)
    for hour in range(8, 18):
        for minute in (0, 30):
            booking.book(owner, client_id=p.clients[(hour + minute) % 3], practitioner_id=p.p1,
                         service_id=p.pool, room_id=p.r1 if minute else p.r2,
                         starts_at=at(TUESDAY, hour, minute),
                         note="Pitkä muistiinpano, joka jatkuu usealle riville " * 3)
    text = pdf_text(schedule_print.day_sheet_pdf(owner, TUESDAY, p.p1), tmp_path)
    assert "Sivu 1/2" in text and "Sivu 2/2" in text
    assert text.count("Tiistai 24.11.2026") == 2 and text.count("Asiakas") >= 20


def test_bad_input_and_roles(db, p, day, make_ctx):
    with pytest.raises(ValidationError):
        schedule_print.day_sheet(p.reception, TUESDAY, language="de")
    with pytest.raises(ValidationError):
        schedule_print.day_sheet(p.reception, dt.date(3000, 1, 1))
    with pytest.raises(NotFound):
        schedule_print.day_sheet(p.reception, TUESDAY, 9999)
    nobody = dataclasses.replace(p.reception, roles=frozenset())
    with pytest.raises(PermissionDenied):
        schedule_print.day_sheet(nobody, TUESDAY)
    with pytest.raises(PermissionDenied):
        schedule_print.client_upcoming(nobody, day["päivi"])
    assert events(db, "calendar.print") == []


def test_client_upcoming_appointments(db, p, day, tmp_path):
    later = booking.book(p.reception, client_id=day["päivi"], practitioner_id=p.p2,
                         service_id=p.massage, starts_at=at(dt.date(2026, 12, 1), 13)).data
    doc = schedule_print.client_upcoming(p.reception, day["päivi"])
    assert [r.starts_at for r in doc.rows] == sorted(r.starts_at for r in doc.rows)
    assert len(doc.rows) == 2 and doc.language == "fi"
    text = pdf_text(schedule_print.client_upcoming_pdf(p.reception, day["päivi"]), tmp_path)
    for expected in ("Tulevat varaukset", "Päivi Äijälä", "tiistai 24.11.2026",
                     "tiistai 1.12.2026", "13.00–14.00", "Hoitaja 2", "Mannerheimintie 1"):
        assert expected in text, expected
    event = events(db, "client.appointments_print")[-1]
    assert event.client_id == day["päivi"]
    assert event.details["appointment_ids"] == [day["first"], later]
