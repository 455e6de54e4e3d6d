"""Print the day sheet (or a client's upcoming appointments), or save it as a PDF.

Two outputs from the same data (``schedule_print.day_sheet``, which checks the role and audits
the print): "Save as PDF…" writes the core's reportlab PDF (the same file on every machine),
and "Print…" lays the sheet out as rich text in a ``QTextDocument`` and prints that through
the chosen ``QPrinter``. The printer route cannot reuse the PDF: PySide6-Essentials has no
QtPdf to rasterise it, and sending PDF files to printers is not portable; Qt's text document
paginates by itself and repeats nothing a reader needs (each row is self-contained).
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QDate, QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFileDialog,
                               QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget)

from ui import formatting
from ui.admin.common import error_banner
from ui.errors import message_for
from vastaanotto.clock import HELSINKI
from vastaanotto.context import Context
from vastaanotto.errors import VastaanottoError
from vastaanotto.models.staff import Role
from vastaanotto.paths import write_atomically
from vastaanotto.scheduling import day_sheet as sheet_mod
from vastaanotto.scheduling.day_sheet import ClientAppointments, DaySheet
from vastaanotto.services import schedule_print, staff

GREY = "#666666"
# Language names are written in the language itself, as language menus do.
LANGUAGES = (("fi", "Suomi"), ("sv", "Svenska"), ("en", "English"))


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def sheet_html(sheet: DaySheet) -> str:
    """The sheet as Qt rich text: the PDF's layout in HTML tables (names escaped)."""
    lang = sheet.language
    L = lambda key: _e(sheet_mod.label(lang, key))  # noqa: E731 - short local helper
    heading = f"{sheet_mod.weekday_name(sheet.day, lang)} {sheet_mod.date_text(sheet.day)}"
    heading = heading[0].upper() + heading[1:]
    parts = [
        '<table width="100%" cellspacing="0" cellpadding="0"><tr>'
        f'<td><span style="font-size:15pt; font-weight:bold">{_e(sheet.practice_name)}'
        f'</span></td><td align="right" style="color:{GREY}; font-size:11pt">'
        f'{L("day_sheet")}</td></tr></table>',
        f'<p style="font-size:12pt; font-weight:bold; margin-top:4px">{_e(heading)}</p>',
        '<hr/>',
    ]
    cells = ("time", "client", "phone", "service", "status", "notes")
    # Times, phones and states never wrap; names, services and notes take what is left.
    nowrap = {0, 2, 4}
    for block in sheet.practitioners:
        noun = sheet_mod.label(lang, "appointment" if len(block.rows) == 1 else "appointments")
        parts.append(f'<p style="font-size:11pt; font-weight:bold; margin-top:10px">'
                     f'{_e(block.name)} <span style="font-size:8pt; font-weight:normal; '
                     f'color:{GREY}">&nbsp;&nbsp;{len(block.rows)} {_e(noun)}</span></p>')
        if not block.rows:
            parts.append(f'<p style="font-size:9pt">{L("no_appointments")}</p>')
            continue
        parts.append('<table width="100%" cellspacing="0" cellpadding="3" '
                     'style="border-collapse:collapse; font-size:8.5pt">')
        heads = []
        for c in cells:
            width = ' width="28%"' if c == "notes" else ""
            heads.append(f'<th align="left"{width} style="color:{GREY}; font-size:8pt; '
                         f'border-bottom:1px solid #cccccc">{L(c)}</th>')
        parts.append("<tr>" + "".join(heads) + "</tr>")
        for row in block.rows:
            values = (f"{sheet_mod.time_text(row.starts_at)}\u2013"
                      f"{sheet_mod.time_text(row.ends_at)}", row.client_name, row.phone,
                      row.service_name, sheet_mod.status_name(row.status, lang), row.note)
            tds = []
            for i, value in enumerate(values):
                style = "border-bottom:1px solid #dddddd"
                if i == 0:
                    style += "; font-weight:bold"
                text = _e(value).replace("\n", "<br/>")
                if i in nowrap:
                    text = text.replace(" ", "&nbsp;")
                tds.append(f'<td valign="top" style="{style}">{text}</td>')
            parts.append("<tr>" + "".join(tds) + "</tr>")
        parts.append("</table><p>&nbsp;</p>")
    printed = sheet.printed_at.astimezone(HELSINKI)
    parts.append(f'<p style="color:{GREY}; font-size:7.5pt; margin-top:16px">'
                 f'{L("printed")} {sheet_mod.date_text(printed.date())} '
                 f'{sheet_mod.time_text(printed)}</p>')
    return "".join(parts)


def print_sheet(sheet: DaySheet, printer: QPrinter) -> None:
    """Lay out ``sheet`` and print it on ``printer`` (A4 portrait, 2 cm margins).

    See :func:`print_html` for the margins.
    """
    print_html(sheet_html(sheet), printer)


class _PrintDialog(QDialog):
    """What the day sheet's and the upcoming list's dialogs share: the error banner, the
    Print… / Save as PDF… / Close buttons, the printer question and the atomic PDF write.
    Translated texts come from the subclasses (their own translation context)."""

    def _add_buttons(self, layout: QVBoxLayout, print_text: str, pdf_text: str) -> None:
        buttons = QDialogButtonBox(self)
        self.print_button = QPushButton(print_text, self)
        self.print_button.setObjectName("print")
        self.pdf_button = QPushButton(pdf_text, self)
        self.pdf_button.setObjectName("savePdf")
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.print_button.clicked.connect(lambda: self.print_())
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        self.print_button.setDefault(True)

    def _show_error(self, exc: Exception) -> None:
        self.banner.setText(message_for(exc))
        self.banner.show()

    def _ask_printer(self, printer: QPrinter | None) -> QPrinter | None:
        """``printer`` if given (as tests do), else the one chosen; None when cancelled."""
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
                return None
        return printer

    def _write_pdf(self, path: str, make_pdf: Callable[[], bytes],
                   unwritable: str) -> Path | None:
        """``make_pdf()`` written atomically to ``path`` (".pdf" added when missing); the
        path written, or None with the reason in the banner."""
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        self.banner.hide()
        try:
            write_atomically(target, make_pdf())
        except VastaanottoError as exc:
            self._show_error(exc)
            return None
        except OSError:
            self.banner.setText(unwritable)
            self.banner.show()
            return None
        return target


class PrintDayDialog(_PrintDialog):
    """Day, practitioner (or everyone), language of the sheet; Print… or Save as PDF…."""

    def __init__(self, ctx: Context, day: dt.date, practitioner_id: int | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Print day sheet"))
        layout = QVBoxLayout(self)
        self.banner = error_banner(self)
        layout.addWidget(self.banner)
        form = QFormLayout()
        layout.addLayout(form)
        self.day_edit = QDateEdit(QDate(day.year, day.month, day.day), self)
        self.day_edit.setObjectName("day")
        self.day_edit.setDisplayFormat(formatting.DATE_EDIT_FORMAT)
        self.day_edit.setCalendarPopup(True)
        form.addRow(self.tr("&Day"), self.day_edit)
        self.practitioner_combo = QComboBox(self)
        self.practitioner_combo.setObjectName("practitioner")
        self.practitioner_combo.addItem(self.tr("All practitioners"), None)
        try:
            people = staff.list_staff(self.ctx, include_inactive=False)
        except VastaanottoError as exc:
            self._show_error(exc)
            people = []
        for person in sorted(people, key=lambda s: s.display_name):
            if Role.PRACTITIONER in person.roles:
                self.practitioner_combo.addItem(person.display_name, person.id)
        index = self.practitioner_combo.findData(practitioner_id)
        self.practitioner_combo.setCurrentIndex(max(index, 0))
        form.addRow(self.tr("&Practitioner"), self.practitioner_combo)
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("language")
        for code, name in LANGUAGES:
            self.language_combo.addItem(name, code)
        form.addRow(self.tr("&Language of the sheet"), self.language_combo)
        self._add_buttons(layout, self.tr("&Print…"), self.tr("&Save as PDF…"))

    def day(self) -> dt.date:
        d = self.day_edit.date()
        return dt.date(d.year(), d.month(), d.day())

    def practitioner_id(self) -> int | None:
        return self.practitioner_combo.currentData()

    def language(self) -> str:
        return self.language_combo.currentData()

    def print_(self, printer: QPrinter | None = None) -> bool:
        """Ask for the printer (unless one is given, as tests do), then read and print.

        The data is read after the printer dialog so that a cancelled print is not audited.
        """
        printer = self._ask_printer(printer)
        if printer is None:
            return False
        self.banner.hide()
        try:
            sheet = schedule_print.day_sheet(self.ctx, self.day(), self.practitioner_id(),
                                             language=self.language())
        except VastaanottoError as exc:
            self._show_error(exc)
            return False
        print_sheet(sheet, printer)
        return True

    def default_file_name(self) -> str:
        return f"{sheet_mod.label(self.language(), 'day_sheet').lower()}-" \
               f"{self.day().isoformat()}.pdf".replace(" ", "-")

    def save_pdf(self, path: str | None = None) -> Path | None:
        """Ask where (unless given), write the reportlab PDF atomically; the path written."""
        if path is None:
            path, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Save day sheet as PDF"), self.default_file_name(),
                self.tr("PDF documents (*.pdf)"))
            if not path:
                return None
        return self._write_pdf(
            path, lambda: schedule_print.day_sheet_pdf(self.ctx, self.day(),
                                                       self.practitioner_id(),
                                                       language=self.language()),
            self.tr("The file could not be written. Choose another folder."))


def print_day_sheet(ctx: Context, parent: QWidget | None, day: dt.date,
                    practitioner_id: int | None = None) -> PrintDayDialog:
    """Opens the print dialog (window-modal, not blocking) for ``day``; returns it."""
    dialog = PrintDayDialog(ctx, day, practitioner_id, parent)
    dialog.open()
    return dialog


# -- a client's upcoming appointments (the appointment panel's "Print upcoming…") -----------

def upcoming_html(doc: ClientAppointments) -> str:
    """The client's list as Qt rich text, the PDF's layout (names escaped)."""
    lang = doc.language
    L = lambda key: _e(sheet_mod.label(lang, key))  # noqa: E731 - short local helper
    parts = [f'<p style="font-size:15pt; font-weight:bold">{_e(doc.practice_name)}</p>',
             f'<p style="color:{GREY}; font-size:9pt">{_e(doc.practice_contact)}</p>',
             f'<p style="font-size:12pt; font-weight:bold; margin-top:12px">{L("upcoming")}</p>',
             f'<p style="font-size:11pt">{_e(doc.client_name)}</p><hr/>']
    if not doc.rows:
        parts.append(f'<p style="font-size:10pt">{L("no_upcoming")}</p>')
    else:
        parts.append('<table width="100%" cellspacing="0" cellpadding="3" '
                     'style="border-collapse:collapse; font-size:10pt">')
        parts.append("<tr>" + "".join(
            f'<th align="left" style="color:{GREY}; font-size:8.5pt; '
            f'border-bottom:1px solid #cccccc">{L(key)}</th>'
            for key in ("date", "time", "service", "practitioner")) + "</tr>")
        for row in doc.rows:
            local = row.starts_at.astimezone(HELSINKI).date()
            values = (f"{sheet_mod.weekday_name(local, lang)} {sheet_mod.date_text(local)}",
                      f"{sheet_mod.time_text(row.starts_at)}\u2013"
                      f"{sheet_mod.time_text(row.ends_at)}",
                      row.service_name, row.practitioner_name)
            parts.append("<tr>" + "".join(
                f'<td style="border-bottom:1px solid #dddddd">{_e(v)}</td>' for v in values)
                + "</tr>")
        parts.append("</table>")
    parts.append(f'<p style="font-size:9pt; margin-top:12px">{L("cancel_hint")}</p>')
    printed = doc.printed_at.astimezone(HELSINKI)
    parts.append(f'<p style="color:{GREY}; font-size:7.5pt; margin-top:16px">'
                 f'{L("printed")} {sheet_mod.date_text(printed.date())}</p>')
    return "".join(parts)


def print_html(text: str, printer: QPrinter) -> None:
    """A4 portrait through ``QTextDocument``.

    The printer's own margins are set to nothing (a printer clamps them to what it can
    reach): ``QTextDocument.print_`` adds 2 cm of its own on every side and numbers the pages.
    """
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                      QPageLayout.Orientation.Portrait,
                                      QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter))
    document = QTextDocument()
    document.setDefaultFont(QFont("DejaVu Sans", 9))
    document.setHtml(text)
    document.print_(printer)


class PrintUpcomingDialog(_PrintDialog):
    """One client's upcoming appointments, to hand over: Print… or Save as PDF…, in the
    client's own language unless another is chosen."""

    def __init__(self, ctx: Context, client_id: int, client_name: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.client_id = client_id
        self.setObjectName("printUpcomingDialog")
        self.setWindowTitle(self.tr("Print upcoming appointments"))
        layout = QVBoxLayout(self)
        self.banner = error_banner(self)
        layout.addWidget(self.banner)
        form = QFormLayout()
        layout.addLayout(form)
        form.addRow(self.tr("Client"), QLabel(client_name, self))
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("language")
        self.language_combo.addItem(self.tr("The client's language"), None)
        for code, name in LANGUAGES:
            self.language_combo.addItem(name, code)
        form.addRow(self.tr("&Language"), self.language_combo)
        self._add_buttons(layout, self.tr("&Print…"), self.tr("&Save as PDF…"))

    def language(self) -> str | None:
        return self.language_combo.currentData()

    def print_(self, printer: QPrinter | None = None) -> bool:
        """Ask for the printer (unless given), then read (audited) and print."""
        printer = self._ask_printer(printer)
        if printer is None:
            return False
        self.banner.hide()
        try:
            doc = schedule_print.client_upcoming(self.ctx, self.client_id,
                                                 language=self.language())
        except VastaanottoError as exc:
            self._show_error(exc)
            return False
        print_html(upcoming_html(doc), printer)
        return True

    def save_pdf(self, path: str | None = None) -> Path | None:
        """Ask where (unless given), write the core's PDF atomically; the path written."""
        if path is None:
            name = f"{sheet_mod.label(self.language() or 'fi', 'upcoming')}.pdf"
            path, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Save upcoming appointments as PDF"),
                name.lower().replace(" ", "-"), self.tr("PDF documents (*.pdf)"))
            if not path:
                return None
        return self._write_pdf(
            path, lambda: schedule_print.client_upcoming_pdf(self.ctx, self.client_id,
                                                             language=self.language()),
            self.tr("The file could not be written. Choose another folder."))


def print_client_upcoming(ctx: Context, parent: QWidget | None, client_id: int,
                          client_name: str = "") -> PrintUpcomingDialog:
    """Opens (window-modal, not blocking) the print dialog of the client's upcoming list."""
    dialog = PrintUpcomingDialog(ctx, client_id, client_name, parent)
    dialog.open()
    return dialog
