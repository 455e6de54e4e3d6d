"""The invoice editor: a draft's buyer, dates and lines with live totals; issuing; printing,
PDF, Finvoice XML and email of an issued invoice; the door to a credit note.

A draft is saved with two service calls (header, then lines) and every refusal is shown
where it is fixed: header fields under the field (``FormErrors``), a refused line as a red
cell with the message in the banner ("Line 2: …"). Issuing asks first, because the number
is taken and the content fixed for good. An issued invoice opens read-only.

``confirm`` and ``printing.ask_printer`` are the only places a modal question opens, so the
tests replace them. GUI thread only.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialog, QFileDialog, QFormLayout,
                               QGroupBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox,
                               QPlainTextEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from ui import formatting
from ui.admin.common import Publish, error_banner, row_button
from ui.billing import printing
from ui.billing.lines_table import LinesTable
from ui.errors import code_message, field_errors, field_label, message_for
from ui.widgets.forms import FormErrors
from vastaanotto.context import Context
from vastaanotto.errors import ValidationError, ValidationErrors, VastaanottoError
from vastaanotto.permissions import Action, allowed
from vastaanotto.services import invoicing
from vastaanotto.services.base import Changes
from vastaanotto.services.invoicing import Buyer, InvoiceDetail, UninvoicedVisit

BUYER_FIELDS = ("name", "business_id", "street", "postal_code", "city", "einvoice_address",
                "einvoice_operator")


def email_sender():
    """H5's ``queue_invoice_email(ctx, invoice_id)`` when that service exists, else None (the
    button is hidden)."""
    try:
        from vastaanotto.services.messages import queue_invoice_email
    except ImportError:
        return None
    return queue_invoice_email


class InvoiceEditor(QDialog):
    """Open with ``invoice_id`` (an existing invoice) or ``client_id`` / a buyer typed in (a
    new draft, created on the first save). ``publish`` receives every Changes."""

    def __init__(self, ctx: Context, publish: Publish, parent: QWidget | None = None, *,
                 invoice_id: int | None = None, client_id: int | None = None):
        super().__init__(parent)
        self.setObjectName("invoiceEditor")
        self.ctx = ctx
        self._publish = publish
        self.invoice_id = invoice_id
        self.client_id = client_id
        self.detail: InvoiceDetail | None = None
        self.missed: list[UninvoicedVisit] = []
        self.setWindowTitle(self.tr("Invoice"))
        self.resize(920, 720)
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        layout.addWidget(self.heading)
        self.banner = error_banner(self)
        layout.addWidget(self.banner)
        # A standing warning, not an error: the invoice is valid, but the payer gets no bank
        # barcode to scan and must type the account and reference by hand.
        self.barcode_warning = QLabel(self)
        self.barcode_warning.setObjectName("barcode_warning")
        self.barcode_warning.setWordWrap(True)
        self.barcode_warning.setStyleSheet(
            "QLabel { background: #fff4ce; color: #5c4400; border: 1px solid #e0c060;"
            " padding: 4px; }")
        self.barcode_warning.hide()
        layout.addWidget(self.barcode_warning)
        top = QHBoxLayout()
        layout.addLayout(top)
        top.addWidget(self._buyer_box(), 3)
        top.addWidget(self._terms_box(), 2)
        layout.addWidget(self._lines_box(), 1)
        layout.addLayout(self._buttons())
        self.load()

    # -- construction ------------------------------------------------------------------------

    def _buyer_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Buyer"), self)
        self.buyer_form = QFormLayout(box)
        self.buyer_edits: dict[str, QLineEdit] = {}
        labels = {"name": self.tr("Name"), "business_id": self.tr("Business ID (Y-tunnus)"),
                  "street": self.tr("Street address"), "postal_code": self.tr("Postal code"),
                  "city": self.tr("City"), "einvoice_address": self.tr("E-invoice address"),
                  "einvoice_operator": self.tr("E-invoice operator")}
        for key in BUYER_FIELDS:
            edit = QLineEdit(box)
            edit.setObjectName(f"buyer_{key}")
            self.buyer_edits[key] = edit
            self.buyer_form.addRow(labels[key], edit)
        self.buyer_edits["business_id"].setPlaceholderText(self.tr("for a company payer"))
        self.buyer_errors = FormErrors(self.buyer_form, {
            f"buyer_{k}": e for k, e in self.buyer_edits.items()})
        return box

    def _terms_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Terms"), self)
        form = QFormLayout(box)
        self.language_combo = QComboBox(box)
        self.language_combo.setObjectName("language")
        for code, name in (("fi", self.tr("Finnish")), ("sv", self.tr("Swedish")),
                           ("en", self.tr("English"))):
            self.language_combo.addItem(name, code)
        self.delivery_edit = QDateEdit(box)
        self.delivery_edit.setObjectName("delivery_date")
        self.delivery_edit.setCalendarPopup(True)
        self.delivery_edit.setDisplayFormat(formatting.DATE_EDIT_FORMAT)
        self.delivery_edit.dateChanged.connect(lambda _d: self._load_rates())
        self.terms_spin = QSpinBox(box)
        self.terms_spin.setObjectName("payment_terms_days")
        self.terms_spin.setRange(0, 120)
        self.terms_spin.setSuffix(self.tr(" days"))
        self.due_edit = QDateEdit(box)
        self.due_edit.setObjectName("due_date")
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat(formatting.DATE_EDIT_FORMAT)
        self.terms_spin.valueChanged.connect(self._terms_to_due)
        self.notes_edit = QPlainTextEdit(box)
        self.notes_edit.setObjectName("notes")
        self.notes_edit.setMaximumHeight(60)
        form.addRow(self.tr("Language"), self.language_combo)
        form.addRow(self.tr("Delivery date"), self.delivery_edit)
        form.addRow(self.tr("Payment terms"), self.terms_spin)
        form.addRow(self.tr("Due date"), self.due_edit)
        form.addRow(self.tr("Notes on the invoice"), self.notes_edit)
        self.terms_errors = FormErrors(form, {"due_date": self.due_edit,
                                              "notes": self.notes_edit})
        return box

    def _lines_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Lines"), self)
        layout = QVBoxLayout(box)
        self.lines = LinesTable(box)
        self.lines.totals_changed.connect(self._show_totals)
        layout.addWidget(self.lines, 1)
        row = QHBoxLayout()
        self.add_line_button = self._button(self.tr("Add line"), "add_line",
                                            lambda: self.lines.add_line(), row)
        self.remove_line_button = self._button(self.tr("Remove line"), "remove_line",
                                               self.lines.remove_selected, row)
        self.fee_combo = QComboBox(box)
        self.fee_combo.setObjectName("missed_visits")
        row.addWidget(self.fee_combo)
        self.fee_button = self._button(self.tr("Add no-show fee"), "add_fee", self.add_fee, row)
        row.addStretch(1)
        self.totals_label = QLabel(box)
        self.totals_label.setObjectName("totals")
        self.totals_label.setTextFormat(Qt.TextFormat.RichText)
        row.addWidget(self.totals_label)
        layout.addLayout(row)
        return box

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.save_button = self._button(self.tr("Save draft"), "save", self.save, row)
        self.issue_button = self._button(self.tr("Issue…"), "issue", self.issue, row)
        self.delete_button = self._button(self.tr("Delete draft"), "delete", self.delete, row)
        self.print_button = self._button(self.tr("Print…"), "print", self.print_invoice, row)
        self.pdf_button = self._button(self.tr("Save PDF…"), "save_pdf", self.save_pdf, row)
        self.finvoice_button = self._button(self.tr("Save Finvoice XML…"), "save_finvoice",
                                            self.save_finvoice, row)
        self.email_button = self._button(self.tr("Send by email"), "send_email",
                                         self.send_email, row)
        self.credit_button = self._button(self.tr("Credit note…"), "credit", self.open_credit,
                                          row)
        row.addStretch(1)
        self._button(self.tr("Close"), "close", self.reject, row)
        return row

    def _button(self, text: str, name: str, slot, row: QHBoxLayout) -> QPushButton:
        return row_button(self, text, name, slot, row)

    # -- loading -----------------------------------------------------------------------------

    def load(self) -> None:
        today = invoicing.rules.local_today(self.ctx)
        if self.invoice_id is not None:
            self.detail = invoicing.get_invoice(self.ctx, self.invoice_id)
            self.client_id = self.detail.client_id
            self._fill(self.detail)
        else:
            self.delivery_edit.setDate(QDate(today.year, today.month, today.day))
            self.terms_spin.setValue(14)
            self._terms_to_due()
            if self.client_id is not None:
                self._fill_buyer(self._client_buyer())
        self._load_missed()
        self._load_rates()
        self._load_barcode_warning()
        self._update_state()

    def _load_barcode_warning(self) -> None:
        try:
            problem = invoicing.barcode_problem(self.ctx)
        except VastaanottoError:
            problem = ""
        if problem == "iban_not_finnish":
            text = self.tr(
                "The practice's bank account is not Finnish, so no bank barcode "
                "(virtuaaliviivakoodi) is printed on the invoice: the payer types the IBAN and "
                "the reference by hand.")
        elif problem:
            text = self.tr(
                "The practice's bank account (IBAN) is not valid, so no bank barcode is "
                "printed on the invoice. Correct it in the practice settings.")
        else:
            text = ""
        self.barcode_warning.setText(("⚠ " + text) if text else "")
        self.barcode_warning.setVisible(bool(text))

    def _client_buyer(self) -> Buyer:
        return invoicing.buyer_for_client(self.ctx, self.client_id)

    def _fill_buyer(self, buyer: Buyer) -> None:
        for key, edit in self.buyer_edits.items():
            edit.setText(getattr(buyer, key) or "")

    def _fill(self, d: InvoiceDetail) -> None:
        self._fill_buyer(d.buyer)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(d.language)))
        day = d.delivery_date or d.issue_date or invoicing.rules.local_today(self.ctx)
        self.delivery_edit.setDate(QDate(day.year, day.month, day.day))
        self.terms_spin.setValue(d.payment_terms_days)
        if d.due_date is not None:
            self.due_edit.setDate(QDate(d.due_date.year, d.due_date.month, d.due_date.day))
        else:
            self._terms_to_due()
        self.notes_edit.setPlainText(d.notes)
        self.lines.clear_lines()
        for line in d.lines:
            self.lines.add_line(line.description, line.quantity, line.unit_price,
                                line.discount_percent, line.vat_class, line.service_id,
                                line.visit_id)

    def _load_missed(self) -> None:
        self.fee_combo.clear()
        self.missed = []
        if self.client_id is None or self.is_issued:
            return
        try:
            rows = invoicing.uninvoiced_visits(self.ctx, self.client_id)
        except VastaanottoError:
            return
        self.missed = [r for r in rows if r.kind != "visit"]
        for r in self.missed:
            kind = (self.tr("No-show") if r.kind == "no_show"
                    else self.tr("Late cancellation"))
            self.fee_combo.addItem(f"{kind} {formatting.date(r.day)} {r.service_name}", r.id)

    def _load_rates(self) -> None:
        try:
            rates = invoicing.vat_rates_on(self.ctx, self.delivery_date())
        except VastaanottoError:
            rates = {}
        self.lines.set_rates(rates)

    # -- state -------------------------------------------------------------------------------

    @property
    def is_issued(self) -> bool:
        return self.detail is not None and self.detail.status != "draft"

    def delivery_date(self) -> dt.date:
        return self.delivery_edit.date().toPython()

    def _terms_to_due(self) -> None:
        today = invoicing.rules.local_today(self.ctx)
        due = today + dt.timedelta(days=self.terms_spin.value())
        self.due_edit.setDate(QDate(due.year, due.month, due.day))

    def _update_state(self) -> None:
        issued = self.is_issued
        d = self.detail
        if d is None:
            self.heading.setText("<h3>%s</h3>" % self.tr("New invoice"))
        elif not issued:
            self.heading.setText("<h3>%s</h3>" % self.tr("Draft invoice"))
        else:
            title = (self.tr("Credit note %1") if d.kind == "credit_note"
                     else self.tr("Receipt %1") if d.kind == "receipt"
                     else self.tr("Invoice %1")).replace("%1", str(d.number))
            facts = self.tr("Issued %1 · due %2 · balance %3").replace(
                "%1", formatting.date(d.issue_date)).replace(
                "%2", formatting.date(d.due_date) if d.due_date else "–").replace(
                "%3", formatting.money(d.balance))
            self.heading.setText(f"<h3>{title}</h3>{facts}")
        for edit in self.buyer_edits.values():
            edit.setReadOnly(issued)
        for widget in (self.language_combo, self.delivery_edit, self.terms_spin,
                       self.due_edit):
            widget.setEnabled(not issued)
        self.notes_edit.setReadOnly(issued)
        self.lines.set_read_only(issued)
        for button in (self.save_button, self.issue_button, self.add_line_button,
                       self.remove_line_button):
            button.setVisible(not issued)
        self.delete_button.setVisible(d is not None and not issued)
        has_missed = bool(self.missed) and not issued
        self.fee_combo.setVisible(has_missed)
        self.fee_button.setVisible(has_missed)
        for button in (self.print_button, self.pdf_button):
            button.setEnabled(d is not None)
        self.finvoice_button.setVisible(issued)
        self.email_button.setVisible(issued and email_sender() is not None)
        self.credit_button.setVisible(issued and d.kind in ("invoice", "receipt")
                                      and d.status != "credited"
                                      and allowed(self.ctx.roles, Action.INVOICE_MANAGE))

    def _show_totals(self) -> None:
        totals = self.lines.totals()
        if totals is None:
            self.totals_label.setText(self.tr("Totals appear when every line is valid."))
            return
        self.totals_label.setText(
            self.tr("Excl. VAT %1 · VAT %2 · <b>Total %3</b>")
            .replace("%1", formatting.money(totals.net))
            .replace("%2", formatting.money(totals.vat))
            .replace("%3", formatting.money(totals.gross)))

    # -- actions -----------------------------------------------------------------------------

    def add_fee(self) -> None:
        chosen = self.fee_combo.currentData()
        row = next((r for r in self.missed if r.id == chosen), None)
        if row is None:
            return
        text = (self.tr("No-show fee %1") if row.kind == "no_show"
                else self.tr("Late cancellation fee %1")).replace("%1", formatting.date(row.day))
        self.lines.add_line(f"{text} ({row.service_name})", "1", row.price, "0", row.vat_class,
                            row.service_id, None)

    def buyer(self) -> Buyer:
        return Buyer(**{k: e.text().strip() for k, e in self.buyer_edits.items()})

    def save(self) -> bool:
        """Create or update the draft; True when saved. Refusals are shown in place."""
        self.banner.hide()
        self.buyer_errors.clear()
        self.terms_errors.clear()
        self.lines.mark_errors({})
        buyer = self.buyer()
        has_buyer = bool(buyer.name)
        try:
            if self.invoice_id is None:
                changes = invoicing.create_draft(
                    self.ctx, client_id=self.client_id, buyer=buyer if has_buyer else None,
                    language=self.language_combo.currentData(), lines=self.lines.line_inputs(),
                    delivery_date=self.delivery_date(), notes=self.notes_edit.toPlainText(),
                    payment_terms_days=self.terms_spin.value())
                self.invoice_id = changes.data
            else:
                invoicing.update_draft(
                    self.ctx, self.invoice_id, buyer=buyer if has_buyer else None,
                    language=self.language_combo.currentData(),
                    delivery_date=self.delivery_date(), notes=self.notes_edit.toPlainText(),
                    payment_terms_days=self.terms_spin.value())
                changes = invoicing.update_draft_lines(self.ctx, self.invoice_id,
                                                       self.lines.line_inputs())
        except VastaanottoError as exc:
            self.show_problem(exc)
            return False
        self._publish(changes)
        self.detail = invoicing.get_invoice(self.ctx, self.invoice_id)
        self._update_state()
        return True

    def show_problem(self, exc: Exception) -> None:
        """Header fields under the field, line errors on the cells, the rest in the banner."""
        errors = exc.errors if isinstance(exc, ValidationErrors) else [exc]
        line_errors: dict[tuple[int, str], str] = {}
        texts: list[str] = []
        header: dict[str, str] = {}
        for e in errors:
            if isinstance(e, ValidationError) and "line" in e.params and e.field != "invoice_ids":
                message = code_message(e.code, e.params)
                line_errors[(int(e.params["line"]), e.field)] = message
                texts.append(self.tr("Line %1: %2: %3").replace("%1", str(e.params["line"] + 1))
                             .replace("%2", field_label(e.field)).replace("%3", message))
            elif isinstance(e, ValidationError):
                header.update(field_errors(e))
            else:
                texts.append(message_for(e))
        self.lines.mark_errors(line_errors)
        leftover = self.terms_errors.set_errors(self.buyer_errors.set_errors(header))
        texts += [f"{field_label(f)}: {m}" for f, m in leftover.items()]
        if header and not leftover:
            texts.append(self.tr("Check the fields marked in red."))
        self.banner.setText("\n".join(texts))
        self.banner.show()

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def issue(self) -> bool:
        if not self.save():
            return False
        if not self.confirm(self.tr("Issue the invoice"), self.tr(
                "The invoice gets its number and its content is fixed for good: later "
                "corrections need a credit note. Issue it now?")):
            return False
        due = self.due_edit.date().toPython()
        try:
            changes = invoicing.issue(self.ctx, self.invoice_id, due_date=due)
        except VastaanottoError as exc:
            self.show_problem(exc)
            return False
        self._publish(changes)
        self.detail = invoicing.get_invoice(self.ctx, self.invoice_id)
        self._fill(self.detail)
        self._update_state()
        return True

    def delete(self) -> None:
        if self.invoice_id is None or not self.confirm(
                self.tr("Delete draft"), self.tr("Delete this draft invoice?")):
            return
        try:
            changes = invoicing.delete_draft(self.ctx, self.invoice_id)
        except VastaanottoError as exc:
            self.show_problem(exc)
            return
        self._publish(changes)
        self.accept()

    def _pdf(self) -> bytes | None:
        if self.detail is not None and not self.is_issued and not self.save():
            return None
        try:
            return invoicing.render_pdf(self.ctx, self.invoice_id)
        except VastaanottoError as exc:
            self.show_problem(exc)
            return None

    def _file_stem(self) -> str:
        d = self.detail
        return f"lasku-{d.number}" if d and d.number else "laskuluonnos"

    def print_invoice(self) -> bool:
        pdf = self._pdf()
        if pdf is None or not printing.print_pdf(self, pdf, title=self._file_stem()):
            return False
        self._mark_sent("print")
        return True

    def save_pdf(self) -> Path | None:
        pdf = self._pdf()
        if pdf is None:
            return None
        return printing.save_pdf(self, pdf, f"{self._file_stem()}.pdf")

    def save_finvoice(self, path: Path | None = None) -> Path | None:
        try:
            xml = invoicing.export_finvoice(self.ctx, self.invoice_id)
        except VastaanottoError as exc:
            self.show_problem(exc)
            return None
        if path is None:
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Save Finvoice XML"),
                                                  f"{self._file_stem()}.xml",
                                                  self.tr("Finvoice XML (*.xml)"))
            if not name:
                return None
            path = Path(name)
        printing.write_atomically(path, xml)
        self._mark_sent("finvoice")
        return path

    def send_email(self) -> None:
        sender = email_sender()
        if sender is None:
            return
        try:
            result = sender(self.ctx, self.invoice_id)
        except VastaanottoError as exc:
            self.show_problem(exc)
            return
        if isinstance(result, Changes):
            self._publish(result)
        self._mark_sent("email")

    def _mark_sent(self, via: str) -> None:
        if not self.is_issued:
            return
        try:
            self._publish(invoicing.mark_sent(self.ctx, [self.invoice_id], via=via))
        except VastaanottoError:
            return  # printed anyway; the mark is a convenience for the unsent list

    def open_credit(self) -> QDialog:
        from ui.billing.credit_dialog import CreditDialog

        dialog = CreditDialog(self.ctx, self._publish, self.detail, self)
        dialog.accepted.connect(self._credited)
        dialog.open()
        self.credit_dialog = dialog
        return dialog

    def _credited(self) -> None:
        self.detail = invoicing.get_invoice(self.ctx, self.invoice_id)
        self._update_state()
