"""The printed day sheet (päiväjärjestys) and a client's list of upcoming appointments, as A4
PDFs drawn with reportlab from plain data (no database, no Qt), in Finnish, Swedish or English.

``vastaanotto.services.schedule_print`` reads the data (checking the role and auditing the
print) and calls :func:`day_sheet_pdf` / :func:`client_upcoming_pdf`; the UI saves the bytes
or prints the same :class:`DaySheet` through Qt. Output is deterministic (invariant mode).
Dates are written the Finnish way in every language (21.11.2026, 09.00), as on invoices.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from vastaanotto.billing.pdf_fonts import BOLD, FONT, fit, register_fonts, wrap
from vastaanotto.clock import HELSINKI
from vastaanotto.models.appointments import AppointmentStatus

__all__ = ["SheetRow", "PractitionerDay", "DaySheet", "UpcomingRow", "ClientAppointments",
           "LANGUAGES", "label", "weekday_name", "status_name", "day_sheet_pdf",
           "client_upcoming_pdf", "date_text", "time_text"]

LANGUAGES = ("fi", "sv", "en")
PAGE_W, PAGE_H = A4
LEFT, RIGHT, TOP, BOTTOM = 15 * mm, PAGE_W - 15 * mm, PAGE_H - 15 * mm, 18 * mm
GREY, LIGHT = (0.4, 0.4, 0.4), (0.82, 0.82, 0.82)
SIZE, LINE = 8.5, 4.2 * mm

_WEEKDAYS = {
    "fi": ("maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai",
           "sunnuntai"),
    "sv": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
_STATUS = {
    "fi": {"booked": "Varattu", "arrived": "Saapunut", "completed": "Käynyt",
           "cancelled": "Peruttu", "no_show": "Ei saapunut"},
    "sv": {"booked": "Bokad", "arrived": "Anländ", "completed": "Besökt",
           "cancelled": "Avbokad", "no_show": "Uteblev"},
    "en": {"booked": "Booked", "arrived": "Arrived", "completed": "Completed",
           "cancelled": "Cancelled", "no_show": "No-show"},
}
_LABELS = {
    "fi": {"day_sheet": "Päiväjärjestys", "time": "Aika", "client": "Asiakas",
           "phone": "Puhelin", "service": "Palvelu", "status": "Tila", "notes": "Huomiot",
           "no_appointments": "Ei varauksia.", "printed": "Tulostettu", "page": "Sivu",
           "appointment": "varaus", "appointments": "varausta", "upcoming": "Tulevat varaukset",
           "practitioner": "Hoitaja", "date": "Päivä", "no_upcoming": "Ei tulevia varauksia.",
           "cancel_hint": "Jos et pääse paikalle, peru aika ajoissa."},
    "sv": {"day_sheet": "Dagsschema", "time": "Tid", "client": "Kund", "phone": "Telefon",
           "service": "Tjänst", "status": "Status", "notes": "Anteckningar",
           "no_appointments": "Inga bokningar.", "printed": "Utskriven", "page": "Sida",
           "appointment": "bokning", "appointments": "bokningar", "upcoming": "Kommande bokningar",
           "practitioner": "Behandlare", "date": "Dag",
           "no_upcoming": "Inga kommande bokningar.",
           "cancel_hint": "Om du inte kan komma, avboka i god tid."},
    "en": {"day_sheet": "Day sheet", "time": "Time", "client": "Client", "phone": "Phone",
           "service": "Service", "status": "Status", "notes": "Notes",
           "no_appointments": "No appointments.", "printed": "Printed", "page": "Page",
           "appointment": "appointment", "appointments": "appointments",
           "upcoming": "Upcoming appointments",
           "practitioner": "Practitioner", "date": "Day",
           "no_upcoming": "No upcoming appointments.",
           "cancel_hint": "If you cannot come, please cancel in good time."},
}


def _lang(language: str) -> str:
    return language if language in LANGUAGES else "fi"


def label(language: str, key: str) -> str:
    return _LABELS[_lang(language)][key]


def weekday_name(day: dt.date, language: str) -> str:
    return _WEEKDAYS[_lang(language)][day.weekday()]


def status_name(status: AppointmentStatus, language: str) -> str:
    return _STATUS[_lang(language)][AppointmentStatus(status).value]


def date_text(day: dt.date) -> str:
    return f"{day.day}.{day.month}.{day.year}"


def time_text(moment: dt.datetime) -> str:
    local = moment.astimezone(HELSINKI)
    return f"{local.hour:02d}.{local.minute:02d}"


@dataclass(frozen=True)
class SheetRow:
    """One appointment on the sheet; times aware (UTC), phone already in display form."""

    starts_at: dt.datetime
    ends_at: dt.datetime
    client_name: str
    phone: str
    service_name: str
    status: AppointmentStatus
    note: str


@dataclass(frozen=True)
class PractitionerDay:
    name: str
    rows: tuple[SheetRow, ...]


@dataclass(frozen=True)
class DaySheet:
    practice_name: str
    day: dt.date
    language: str
    practitioners: tuple[PractitionerDay, ...]
    printed_at: dt.datetime          # aware


@dataclass(frozen=True)
class UpcomingRow:
    starts_at: dt.datetime
    ends_at: dt.datetime
    service_name: str
    practitioner_name: str


@dataclass(frozen=True)
class ClientAppointments:
    practice_name: str
    practice_contact: str            # street, city, phone: one line under the name
    client_name: str
    language: str
    rows: tuple[UpcomingRow, ...]
    printed_at: dt.datetime


# --- drawing ---------------------------------------------------------------------------------

# Columns of the day sheet: (key, left edge); the notes column runs to the right margin.
_COLUMNS = (("time", LEFT), ("client", LEFT + 22 * mm), ("phone", LEFT + 62 * mm),
            ("service", LEFT + 91 * mm), ("status", LEFT + 122 * mm),
            ("notes", LEFT + 141 * mm))
NOTE_LINES = 4
_PAD = 1.5 * mm


def _width(index: int) -> float:
    right = _COLUMNS[index + 1][1] if index + 1 < len(_COLUMNS) else RIGHT
    return right - _COLUMNS[index][1] - _PAD


class _Pages:
    """A canvas with a running y and page breaks that repeat the heading."""

    def __init__(self, canvas: Canvas, header, footer):
        self.c, self._header, self._footer = canvas, header, footer
        self.page = 1
        self.y = self._header(self.c)

    def need(self, height: float, repeat=None) -> None:
        if self.y - height < BOTTOM:
            self._footer(self.c, self.page)
            self.c.showPage()
            self.page += 1
            self.y = self._header(self.c)
            if repeat is not None:
                repeat()

    def finish(self) -> None:
        self._footer(self.c, self.page)
        self.c.showPage()


def _draw_day_sheet(canvas: Canvas, sheet: DaySheet, total_pages: int) -> int:
    lang = sheet.language
    heading = f"{weekday_name(sheet.day, lang)} {date_text(sheet.day)}"
    heading = heading[0].upper() + heading[1:]

    def header(c: Canvas) -> float:
        c.setFillColorRGB(0, 0, 0)
        c.setFont(BOLD, 15)
        c.drawString(LEFT, TOP - 5 * mm, fit(sheet.practice_name, BOLD, 15, 110 * mm))
        c.setFont(FONT, 11)
        c.setFillColorRGB(*GREY)
        c.drawRightString(RIGHT, TOP - 5 * mm, label(lang, "day_sheet"))
        c.setFillColorRGB(0, 0, 0)
        c.setFont(BOLD, 12)
        c.drawString(LEFT, TOP - 12 * mm, heading)
        c.setStrokeColorRGB(0, 0, 0)
        c.setLineWidth(0.8)
        c.line(LEFT, TOP - 15 * mm, RIGHT, TOP - 15 * mm)
        return TOP - 22 * mm

    def footer(c: Canvas, page: int) -> None:
        c.setFont(FONT, 7.5)
        c.setFillColorRGB(*GREY)
        when = sheet.printed_at.astimezone(HELSINKI)
        printed = f"{label(lang, 'printed')} {date_text(when.date())} {time_text(when)}"
        c.drawString(LEFT, BOTTOM - 8 * mm, printed)
        c.drawRightString(RIGHT, BOTTOM - 8 * mm,
                          f"{label(lang, 'page')} {page}/{total_pages}")
        c.setFillColorRGB(0, 0, 0)

    pages = _Pages(canvas, header, footer)
    c = canvas

    def column_heads() -> None:
        c.setFont(BOLD, 8)
        c.setFillColorRGB(*GREY)
        for key, x in _COLUMNS:
            c.drawString(x, pages.y, label(lang, key))
        c.setFillColorRGB(0, 0, 0)
        c.setStrokeColorRGB(*LIGHT)
        c.setLineWidth(0.5)
        c.line(LEFT, pages.y - 1.6 * mm, RIGHT, pages.y - 1.6 * mm)
        pages.y -= LINE + 1.5 * mm

    for block in sheet.practitioners:
        pages.need(4 * LINE + 8 * mm)
        c.setFont(BOLD, 11)
        noun = label(lang, "appointment" if len(block.rows) == 1 else "appointments")
        count = f"{len(block.rows)} {noun}"
        c.drawString(LEFT, pages.y, fit(block.name, BOLD, 11, 120 * mm))
        c.setFont(FONT, 8.5)
        c.setFillColorRGB(*GREY)
        c.drawRightString(RIGHT, pages.y, count)
        c.setFillColorRGB(0, 0, 0)
        pages.y -= LINE + 2 * mm
        if not block.rows:
            c.setFont(FONT, SIZE)
            c.drawString(LEFT, pages.y, label(lang, "no_appointments"))
            pages.y -= LINE + 6 * mm
            continue
        column_heads()
        for row in block.rows:
            notes = wrap(row.note, FONT, SIZE - 0.5, _width(5)) if row.note else [""]
            if len(notes) > NOTE_LINES:  # the sheet is a reminder, not the whole note
                notes = notes[:NOTE_LINES - 1] + [fit(notes[NOTE_LINES - 1] + " …", FONT,
                                                      SIZE - 0.5, _width(5))]
            height = max(1, len(notes)) * LINE + 1.5 * mm
            pages.need(height, repeat=column_heads)
            cancelled = row.status in (AppointmentStatus.CANCELLED, AppointmentStatus.NO_SHOW)
            c.setFillColorRGB(*(GREY if cancelled else (0, 0, 0)))
            c.setFont(BOLD, SIZE)
            c.drawString(_COLUMNS[0][1], pages.y,
                         f"{time_text(row.starts_at)}\u2013{time_text(row.ends_at)}")
            cells = (row.client_name, row.phone, row.service_name,
                     status_name(row.status, lang))
            c.setFont(FONT, SIZE)
            for i, text in enumerate(cells, start=1):
                c.drawString(_COLUMNS[i][1], pages.y, fit(text, FONT, SIZE, _width(i)))
            c.setFont(FONT, SIZE - 0.5)
            for n, line in enumerate(notes):
                c.drawString(_COLUMNS[5][1], pages.y - n * LINE, line)
            c.setFillColorRGB(0, 0, 0)
            bottom = pages.y - (len(notes) - 1) * LINE - 1.8 * mm
            c.setStrokeColorRGB(*LIGHT)
            c.setLineWidth(0.4)
            c.line(LEFT, bottom, RIGHT, bottom)
            pages.y = bottom - LINE + 0.6 * mm
        pages.y -= 5 * mm
    pages.finish()
    return pages.page


def _render(draw, document) -> bytes:
    register_fonts()
    counting = Canvas(io.BytesIO(), pagesize=A4, invariant=1)
    total = draw(counting, document, 0)
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, invariant=1, pageCompression=1)
    canvas.setTitle(getattr(document, "title", ""))
    draw(canvas, document, total)
    canvas.save()
    return out.getvalue()


def day_sheet_pdf(sheet: DaySheet) -> bytes:
    """The day sheet as PDF bytes: one block per practitioner, the appointments by time."""
    return _render(_draw_day_sheet, sheet)


def _draw_upcoming(canvas: Canvas, doc: ClientAppointments, total_pages: int) -> int:
    lang = doc.language

    def header(c: Canvas) -> float:
        c.setFillColorRGB(0, 0, 0)
        c.setFont(BOLD, 15)
        c.drawString(LEFT, TOP - 5 * mm, fit(doc.practice_name, BOLD, 15, 170 * mm))
        c.setFont(FONT, 9)
        c.setFillColorRGB(*GREY)
        c.drawString(LEFT, TOP - 10.5 * mm, fit(doc.practice_contact, FONT, 9, 170 * mm))
        c.setFillColorRGB(0, 0, 0)
        c.setFont(BOLD, 12)
        c.drawString(LEFT, TOP - 22 * mm, label(lang, "upcoming"))
        c.setFont(FONT, 11)
        c.drawString(LEFT, TOP - 28 * mm, fit(doc.client_name, FONT, 11, 170 * mm))
        c.setLineWidth(0.8)
        c.line(LEFT, TOP - 31 * mm, RIGHT, TOP - 31 * mm)
        return TOP - 38 * mm

    def footer(c: Canvas, page: int) -> None:
        c.setFont(FONT, 7.5)
        c.setFillColorRGB(*GREY)
        c.drawString(LEFT, BOTTOM - 8 * mm, f"{label(lang, 'printed')} "
                     f"{date_text(doc.printed_at.astimezone(HELSINKI).date())}")
        c.drawRightString(RIGHT, BOTTOM - 8 * mm, f"{label(lang, 'page')} {page}/{total_pages}")
        c.setFillColorRGB(0, 0, 0)

    pages = _Pages(canvas, header, footer)
    c = canvas
    cols = (LEFT, LEFT + 55 * mm, LEFT + 80 * mm, LEFT + 130 * mm)
    if not doc.rows:
        c.setFont(FONT, 10)
        c.drawString(LEFT, pages.y, label(lang, "no_upcoming"))
        pages.y -= LINE
    else:
        def heads() -> None:
            c.setFont(BOLD, 8.5)
            c.setFillColorRGB(*GREY)
            for key, x in zip(("date", "time", "service", "practitioner"), cols):
                c.drawString(x, pages.y, label(lang, key))
            c.setFillColorRGB(0, 0, 0)
            pages.y -= LINE + 2 * mm
        heads()
        for row in doc.rows:
            pages.need(LINE + 3 * mm, repeat=heads)
            local = row.starts_at.astimezone(HELSINKI).date()
            c.setFont(FONT, 10)
            when = f"{weekday_name(local, lang)} {date_text(local)}"
            c.drawString(cols[0], pages.y, fit(when, FONT, 10, 53 * mm))
            c.drawString(cols[1], pages.y,
                         f"{time_text(row.starts_at)}\u2013{time_text(row.ends_at)}")
            c.drawString(cols[2], pages.y, fit(row.service_name, FONT, 10, 48 * mm))
            c.drawString(cols[3], pages.y, fit(row.practitioner_name, FONT, 10, 50 * mm))
            c.setStrokeColorRGB(*LIGHT)
            c.setLineWidth(0.4)
            c.line(LEFT, pages.y - 2 * mm, RIGHT, pages.y - 2 * mm)
            pages.y -= LINE + 3 * mm
    pages.need(2 * LINE)
    c.setFont(FONT, 9)
    c.setFillColorRGB(*GREY)
    c.drawString(LEFT, pages.y - 4 * mm, label(lang, "cancel_hint"))
    c.setFillColorRGB(0, 0, 0)
    pages.finish()
    return pages.page


def client_upcoming_pdf(doc: ClientAppointments) -> bytes:
    """A client's upcoming appointments as a one-or-more page PDF to hand over at the desk."""
    return _render(_draw_upcoming, doc)
