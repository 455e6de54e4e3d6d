"""The write-side rules of invoices: what a line and a buyer may be, prices, numbers.

Used by ``vastaanotto.services.invoicing`` inside its transactions; nothing here checks
permissions or writes audit events. Validation raises ``ValidationError`` (per-line errors
carry ``line=index``, or the invoice line id for credits) and never puts typed values into it.

* Prices are VAT-inclusive; the rate of each line is the one valid on its delivery date: the
  visit's day, else the invoice's delivery date, else the issue date (``vastaanotto.billing.vat``).
* Invoice numbers come from the ``NumberSequence("invoice")`` row, changed in the caller's
  transaction, so the counter moves only if the issue commits: no gaps. On PostgreSQL the row
  is locked FOR UPDATE; on SQLite every transaction is BEGIN IMMEDIATE already.
* Reference: ``"1"`` + the invoice number (at least two digits) + the 7-3-1 check digit, e.g.
  invoice 7 -> ``1074``. The prefix keeps even invoice 1 above the 3-digit minimum of a base,
  leaves other leading digits free for other reference series, and lets anyone reconciling by
  eye read the invoice number straight out of the reference. The RF form is built on it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from decimal import Decimal
from typing import Any, Iterable, Mapping, Sequence

from sqlalchemy import func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from vastaanotto.billing import vat
from vastaanotto.billing.barcode import MAX_BARCODE_AMOUNT
from vastaanotto.billing.references import finnish_reference, rf_reference
from vastaanotto.clock import HELSINKI
from vastaanotto.context import Context
from vastaanotto.errors import Conflict, NotFound, ValidationError
from vastaanotto.finnish import validators
from vastaanotto.models.billing import (Invoice, InvoiceKind, InvoiceLine, InvoiceStatus,
                                        NumberSequence, PenaltyInterestRate)
from vastaanotto.models.clients import Client
from vastaanotto.models.practice import Practice
from vastaanotto.models.resources import VatClass
from vastaanotto.models.visits import Visit
from vastaanotto.services.base import FieldCollector

SEQUENCE = "invoice"
REFERENCE_PREFIX = "1"
MAX_UNIT_PRICE = Decimal("999999.99")
MAX_QUANTITY = Decimal("9999.99")
MAX_NOTES = 1000
LANGUAGES = ("fi", "sv", "en")


@dataclass(frozen=True)
class LineInput:
    """One line as the caller gives it; amounts as Decimal, int or text such as ``"80,00"``."""

    description: str
    quantity: Any
    unit_price: Any          # VAT included
    vat_class: Any
    discount_percent: Any = Decimal("0")
    service_id: int | None = None
    visit_id: int | None = None


@dataclass(frozen=True)
class Buyer:
    name: str
    street: str = ""
    postal_code: str = ""
    city: str = ""
    business_id: str = ""
    einvoice_address: str = ""
    einvoice_operator: str = ""


def reference_for(number: int) -> str:
    """The national reference of invoice ``number`` (see the module docstring)."""
    return finnish_reference(f"{REFERENCE_PREFIX}{number:02d}")


def line_error(exc: ValidationError, index: int) -> ValidationError:
    return ValidationError(exc.field, exc.code, line=index, **exc.params)


def _validate_line(f: FieldCollector, raw: LineInput | Mapping, index: int) -> LineInput | None:
    line = raw if isinstance(raw, LineInput) else LineInput(**dict(raw))
    before = len(f.errors)

    def check(func, *args, **kwargs):
        try:
            return func(*args, **kwargs)
        except ValidationError as exc:
            f.add(line_error(exc, index))
            return None

    description = check(validators.name, line.description or "", "description", max_length=300)
    quantity = check(validators.money, line.quantity, "quantity", -MAX_QUANTITY, MAX_QUANTITY)
    if quantity is not None and quantity <= 0:
        f.add(ValidationError("quantity", "zero_quantity" if quantity == 0
                              else "negative_quantity", line=index))
    price = check(validators.money, line.unit_price, "unit_price", Decimal("0"), MAX_UNIT_PRICE)
    discount = check(validators.money, line.discount_percent, "discount_percent",
                     Decimal("0"), Decimal("100"))
    try:
        vat_class = VatClass(line.vat_class)
    except ValueError:
        f.add(ValidationError("vat_class", "invalid_choice", line=index))
        vat_class = None
    if len(f.errors) > before:
        return None
    return LineInput(description, quantity, price, vat_class, discount, line.service_id,
                     line.visit_id)


def validate_lines(lines: Iterable[LineInput | Mapping]) -> list[LineInput]:
    f = FieldCollector()
    clean = [_validate_line(f, raw, i) for i, raw in enumerate(lines or ())]
    if not clean:
        f.add(ValidationError("lines", "empty_invoice"))
    f.raise_if_any()
    return clean  # type: ignore[return-value]


def validate_buyer(buyer: Buyer | Mapping) -> Buyer:
    raw = buyer if isinstance(buyer, Buyer) else Buyer(**dict(buyer))
    f = FieldCollector()
    limits = {"street": 200, "postal_code": 10, "city": 100, "einvoice_address": 35,
              "einvoice_operator": 35}
    clean = {"name": f.check(validators.name, raw.name or "", "buyer_name", max_length=200)}
    for key, limit in limits.items():
        value = getattr(raw, key) or ""
        clean[key] = (f.check(validators.name, value, f"buyer_{key}", max_length=limit)
                      if value.strip() else "")
    clean["business_id"] = (f.check(validators.business_id, raw.business_id,
                                    "buyer_business_id") if raw.business_id else "")
    f.raise_if_any()
    return Buyer(**clean)


def validate_notes(notes: str | None) -> str:
    text = (notes or "").strip()
    if len(text) > MAX_NOTES:
        raise ValidationError("notes", "too_long", max=MAX_NOTES)
    if any(ord(ch) < 32 and ch not in "\n\t" for ch in text):
        raise ValidationError("notes", "invalid_characters")
    return text


def pick_language(language: str | None, client: Client | None, session: Session) -> str:
    if language is not None:
        if language not in LANGUAGES:
            raise ValidationError("language", "invalid_choice")
        return language
    if client is not None and client.language in LANGUAGES:
        return client.language
    default = session.scalar(select(Practice.default_language).limit(1))
    return default if default in LANGUAGES else "fi"


def local_today(ctx: Context) -> dt.date:
    return ctx.now().astimezone(HELSINKI).date()


def load_invoice(session: Session, invoice_id: int, *, lock: bool = False) -> Invoice:
    invoice = session.get(Invoice, invoice_id, with_for_update=lock or None)
    if invoice is None:
        raise NotFound(entity="invoice")
    return invoice


def load_client(session: Session, client_id: int) -> Client:
    client = session.get(Client, client_id)
    if client is None or client.anonymised_at is not None:
        raise NotFound(entity="client")
    return client


def load_draft(session: Session, invoice_id: int) -> Invoice:
    invoice = load_invoice(session, invoice_id, lock=True)
    if invoice.status is not InvoiceStatus.DRAFT:
        raise Conflict("invoice_issued")
    return invoice


def _visit_days(session: Session, visit_ids: Iterable[int | None]) -> dict[int, dt.date]:
    ids = {v for v in visit_ids if v is not None}
    if not ids:
        return {}
    rows = session.execute(select(Visit.id, Visit.started_at).where(Visit.id.in_(ids)))
    return {vid: started.astimezone(HELSINKI).date() for vid, started in rows}


def price_lines(session: Session, invoice: Invoice, lines: Sequence[LineInput],
                fallback_day: dt.date) -> None:
    """Replace the invoice's lines, with rates by delivery date, and set its totals."""
    rates = vat.load_rates(session)
    days = _visit_days(session, (line.visit_id for line in lines))
    infos = [rates.on(line.vat_class, days.get(line.visit_id) or invoice.delivery_date
                      or fallback_day) for line in lines]
    store_lines(invoice, lines, infos)


def store_lines(invoice: Invoice, lines: Sequence[LineInput],
                infos: Sequence[vat.RateInfo]) -> None:
    """Lines with the given rates (a credit note keeps the original's), amounts and totals."""
    totals = vat.compute([vat.PricedLine(line.quantity, line.unit_price, line.discount_percent,
                                         info) for line, info in zip(lines, infos)])
    if abs(totals.gross) > MAX_BARCODE_AMOUNT:
        raise ValidationError("total", "amount_too_large", max=MAX_BARCODE_AMOUNT)
    invoice.lines = [
        InvoiceLine(position=i, visit_id=line.visit_id, service_id=line.service_id,
                    description=line.description, quantity=line.quantity,
                    unit_price=line.unit_price, discount_percent=line.discount_percent,
                    vat_class=info.vat_class, vat_rate=info.rate, legal_basis=info.legal_basis,
                    line_total=amounts.gross, vat_amount=amounts.vat)
        for i, (line, info, amounts) in enumerate(zip(lines, infos, totals.lines))]
    invoice.total, invoice.vat_total = totals.gross, totals.vat


def as_input(line: InvoiceLine, quantity: Decimal | None = None) -> LineInput:
    return LineInput(line.description, line.quantity if quantity is None else quantity,
                     line.unit_price, line.vat_class, line.discount_percent, line.service_id,
                     line.visit_id)


def buyer_of(client: Client) -> Buyer:
    """Who pays, from the client card: a payer company, else the billing name; the billing
    address when one is given, else the home address."""
    billing = (client.billing_street, client.billing_postal_code, client.billing_city)
    street, postal_code, city = billing if any(billing) else (
        client.street, client.postal_code, client.city)
    name = client.payer_company_name or client.billing_name or client.full_name
    return Buyer(name=name, street=street, postal_code=postal_code, city=city,
                 business_id=client.payer_business_id if client.payer_company_name else "",
                 einvoice_address=client.payer_einvoice_address,
                 einvoice_operator=client.payer_einvoice_operator)


def snapshot_buyer(invoice: Invoice, buyer: Buyer) -> None:
    for f in fields(Buyer):
        setattr(invoice, f"buyer_{f.name}", getattr(buyer, f.name))


def take_number(session: Session) -> int:
    """The next invoice number; the counter moves only if the caller's transaction commits."""
    stmt = select(NumberSequence).where(NumberSequence.name == SEQUENCE).with_for_update()
    seq = session.scalar(stmt)
    if seq is None:
        # First invoice ever: create the row without racing another desk doing the same.
        dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
        session.execute(dialect.insert(NumberSequence).values(name=SEQUENCE, next_value=1)
                        .on_conflict_do_nothing())
        seq = session.scalar(stmt.execution_options(populate_existing=True))
    number = seq.next_value
    seq.next_value = number + 1
    return number


def penalty_rate(session: Session, day: dt.date) -> Decimal | None:
    return session.scalar(select(PenaltyInterestRate.rate)
                          .where(PenaltyInterestRate.valid_from <= day)
                          .order_by(PenaltyInterestRate.valid_from.desc()).limit(1))


def assign_number(session: Session, ctx: Context, invoice: Invoice, day: dt.date) -> None:
    invoice.issue_date = day
    invoice.number = take_number(session)
    invoice.reference = reference_for(invoice.number)
    invoice.rf_reference = rf_reference(invoice.reference)
    invoice.status = InvoiceStatus.ISSUED
    invoice.issued_by_id = ctx.staff_id


def remaining_quantities(session: Session, original: Invoice) -> dict[int, Decimal]:
    """Per line id of ``original``: the quantity not yet credited by earlier credit notes.

    A credit note's lines keep the positions of the lines they credit (``InvoiceLine`` has no
    column linking them), so earlier credits are matched by position.
    """
    rows = session.execute(
        select(InvoiceLine.position, func.sum(InvoiceLine.quantity))
        .join(Invoice, InvoiceLine.invoice_id == Invoice.id)
        .where(Invoice.credit_of_id == original.id, Invoice.kind == InvoiceKind.CREDIT_NOTE)
        .group_by(InvoiceLine.position))
    credited = {position: -Decimal(total) for position, total in rows}
    return {line.id: line.quantity - credited.get(line.position, Decimal(0))
            for line in original.lines}


def credit_quantities(remaining: dict[int, Decimal],
                      lines: Mapping[int, Any] | None) -> dict[int, Decimal]:
    """Validated ``{line id: quantity to credit}``; None means everything still open."""
    if lines is None:
        return {line_id: qty for line_id, qty in remaining.items() if qty > 0}
    f = FieldCollector()
    wanted: dict[int, Decimal] = {}
    for line_id, raw in lines.items():
        if line_id not in remaining:
            f.add(ValidationError("lines", "unknown_line", line=line_id))
            continue
        try:
            qty = validators.money(raw, "quantity", Decimal("0.01"), MAX_QUANTITY)
        except ValidationError as exc:
            f.add(line_error(exc, line_id))
            continue
        if qty > remaining[line_id]:
            f.add(ValidationError("quantity", "credit_exceeds_line", line=line_id,
                                  max=remaining[line_id]))
        wanted[line_id] = qty
    f.raise_if_any()
    return wanted
