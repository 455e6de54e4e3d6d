"""The rules every payment follows: tenders, amounts, references, balances, who sees what.

Used inside the transactions of ``payments`` (money in and out), ``payment_queries`` (reading),
``receipts`` and ``vastaanotto.billing.bank_statements``. Validation is pure and raises
``ValidationError`` without the typed value in it; the session helpers check no permission and
write no audit event (their callers do both).

* Money is Decimal with two places; text such as ``"1 234,50"`` is accepted and parsed by
  ``vastaanotto.finnish.validators.money``; floats are refused (TypeError). One amount is at
  most 999 999,99 € (``amount_too_large``).
* The balance of an invoice is its total, plus its credit notes (negative), minus its payments
  (refunds count back). An invoice with balance <= 0 is PAID; a refund that reopens a balance
  makes it ISSUED again. Credited invoices keep their status.
* Cash is rounded to 5 cents (``vastaanotto.billing.cash_rounding``). The few cents are stored
  as a payment row of their own, so the invoice's balance ends at zero while the cash rows hold
  exactly the money in the drawer: method CASH, ``note == ROUNDING_NOTE``, no ``refund_of_id``,
  amount = the cash part paid off the debt minus the cash received (+0,02 when 12,37 is paid
  with 12,35). ``is_rounding`` tells such a row; it is never refunded.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Iterable

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from vastaanotto.billing.cash_rounding import cash_part
from vastaanotto.billing.references import (compact_finnish_reference, compact_rf_reference,
                                            is_valid_finnish_reference, is_valid_rf_reference)
from vastaanotto.clock import HELSINKI
from vastaanotto.context import Context
from vastaanotto.errors import Conflict, ValidationError
from vastaanotto.finnish import validators
from vastaanotto.models.billing import (Invoice, InvoiceKind, InvoiceLine, InvoiceStatus,
                                        Payment, PaymentMethod)
from vastaanotto.models.visits import Visit
from vastaanotto.permissions import Action, allowed
from vastaanotto.services import invoice_rules as rules
from vastaanotto.services.base import FieldCollector, require

__all__ = ["Tender", "CleanTenders", "Balance", "MAX_AMOUNT", "MAX_CODE", "MAX_REASON",
           "DESK_METHODS", "PAYABLE_KINDS", "ROUNDING_NOTE", "validate_tenders", "clean_amount",
           "clean_gift_card_code", "clean_reason", "clean_reference", "is_rounding",
           "day_to_moment", "balance_of", "settle", "open_invoices", "load_payable",
           "require_view", "own_invoice", "sees_invoice"]

KINDS = ("payments", "invoices")
MAX_AMOUNT = Decimal("999999.99")
CENT = Decimal("0.01")
ZERO = Decimal("0.00")
MAX_CODE = 35          # Payment.bank_reference
MAX_REASON = 500
DESK_METHODS = (PaymentMethod.CASH, PaymentMethod.CARD, PaymentMethod.MOBILEPAY,
                PaymentMethod.GIFT_CARD)
PAYABLE_KINDS = (InvoiceKind.INVOICE, InvoiceKind.RECEIPT)
ROUNDING_NOTE = "cash_rounding"


@dataclass(frozen=True)
class Tender:
    """One way of paying part of the sum: ``Tender("cash", "20,00")``. ``reference`` is the
    gift card's code (required for a gift card, ignored otherwise)."""

    method: Any
    amount: Any
    reference: str = ""


@dataclass(frozen=True)
class CleanTenders:
    """Checked tenders. The cash tenders are merged into one of ``cash``, placed last."""

    tenders: tuple[Tender, ...]    # methods as PaymentMethod, amounts as Decimal
    total: Decimal                 # what they pay off the balance
    cash: Decimal                  # the cash part of ``total``
    cash_received: Decimal         # ``cash`` rounded to 5 cents: the money handed over
    change: Decimal                # cash to hand back
    given: Decimal | None          # cash given, None when not typed (exact money)

    @property
    def rounding(self) -> Decimal:
        """``cash_received - cash``: -0,02 when 12,37 is paid with 12,35."""
        return self.cash_received - self.cash


@dataclass(frozen=True)
class Balance:
    invoice_id: int
    total: Decimal
    credited: Decimal              # credit notes, as a positive amount
    paid: Decimal                  # payments less refunds (a cash rounding counts as paid)
    balance: Decimal               # > 0 open, 0 paid, < 0 overpaid


# --- validation (pure) -----------------------------------------------------------------------


def clean_amount(value: Any, field: str, **params) -> Decimal:
    """A positive amount of at most ``MAX_AMOUNT``; ``zero_amount`` for a typed zero."""
    try:
        return validators.money(value, field, CENT, MAX_AMOUNT)
    except ValidationError as exc:
        code = exc.code
        if code == "amount_too_small" and _is_zero(value):
            code = "zero_amount"
        raise ValidationError(field, code, **params, **exc.params) from None


def _is_zero(value: Any) -> bool:
    try:
        return validators.money(value, "x", Decimal("-1"), MAX_AMOUNT) == 0
    except (ValidationError, TypeError):
        return False


def clean_gift_card_code(value: Any, field: str = "gift_card_code") -> str:
    """The code as printed on the card, spaces folded: required, ``too_long``,
    ``invalid_characters``."""
    return validators.name(value, field, MAX_CODE)


def clean_reason(value: Any) -> str:
    """Why money is given back: one line, required, at most ``MAX_REASON`` characters."""
    return validators.free_text(value, "reason", MAX_REASON, required=True, multiline=False)


def validate_tenders(tenders: Iterable[Tender], cash_given: Any = None,
                     balance: Decimal | None = None) -> CleanTenders:
    """Checked tenders, the cash rounding and the change. Errors name the tender
    (``tender=index``): ``amount``: invalid_amount / zero_amount / negative_amount /
    amount_too_large; ``method``: invalid_choice (bank transfers are recorded, not tendered at
    the desk); ``gift_card_code``: required / too_long / invalid_characters; ``tenders``:
    required, amount_too_large (sum), payment_exceeds_balance (param ``balance``, only when
    ``balance`` is given); ``cash_given``: cash_given_too_small (param ``cash``: the cash to
    hand over, rounded), no_cash_tender.

    With ``balance`` known, a cash part that rounds to the same 5 cents as the rest of the
    balance closes it (``cash_rounding.cash_part``): 12,35 typed against 12,37 open pays it."""
    f = FieldCollector()
    clean: list[Tender] = []
    for i, raw in enumerate(tenders or ()):
        before = len(f.errors)
        try:
            method = PaymentMethod(raw.method)
        except ValueError:
            method = None
        if method not in DESK_METHODS:
            f.add(ValidationError("method", "invalid_choice", tender=i))
        value = f.check(clean_amount, raw.amount, "amount", tender=i)
        code = ""
        if method is PaymentMethod.GIFT_CARD:
            try:
                code = clean_gift_card_code(raw.reference)
            except ValidationError as exc:
                f.add(ValidationError(exc.field, exc.code, tender=i, **exc.params))
        if len(f.errors) == before:
            clean.append(Tender(method, value, code))
    if not clean and not f.errors:
        f.add(ValidationError("tenders", "required"))
    f.raise_if_any()
    typed = sum((t.amount for t in clean), ZERO)
    if typed > MAX_AMOUNT:
        raise ValidationError("tenders", "amount_too_large", max=MAX_AMOUNT)
    others = [t for t in clean if t.method is not PaymentMethod.CASH]
    cash_typed = typed - sum((t.amount for t in others), ZERO)
    part = cash_part(cash_typed, balance - typed if balance is not None else ZERO)
    total = typed - cash_typed + part.debt
    if balance is not None and total > balance:
        raise ValidationError("tenders", "payment_exceeds_balance", balance=balance)
    if part.debt:
        others.append(Tender(PaymentMethod.CASH, part.debt))
    given, change = None, ZERO
    if cash_given is not None and cash_given != "":
        given = validators.money(cash_given, "cash_given", ZERO, MAX_AMOUNT)
        if cash_typed == 0:
            raise ValidationError("cash_given", "no_cash_tender")
        if given < part.received:
            raise ValidationError("cash_given", "cash_given_too_small", cash=part.received)
        change = given - part.received
    return CleanTenders(tuple(others), total, part.debt, part.received, change, given)


def clean_reference(reference: Any) -> str:
    """A Finnish or RF reference in its compact form; "" for none; ``invalid_reference``."""
    text = "".join(str(reference or "").split())
    if not text:
        return ""
    if is_valid_rf_reference(text):
        return compact_rf_reference(text)
    if is_valid_finnish_reference(text):
        return compact_finnish_reference(text)
    raise ValidationError("reference", "invalid_reference")


def is_rounding(payment) -> bool:
    """True for the cash rounding row of a payment (a ``Payment`` or a row with its columns)."""
    return (payment.method is PaymentMethod.CASH and payment.refund_of_id is None
            and payment.note == ROUNDING_NOTE)


def day_to_moment(day: dt.date) -> dt.datetime:
    """A bank day as a moment: noon in Helsinki, so it stays on that day in every report."""
    return dt.datetime.combine(day, dt.time(12), tzinfo=HELSINKI).astimezone(dt.timezone.utc)


# --- balances (in the caller's transaction) --------------------------------------------------


def _credited(session: Session, invoice_id: int) -> Decimal:
    total = session.scalar(select(func.sum(Invoice.total)).where(
        Invoice.credit_of_id == invoice_id, Invoice.kind == InvoiceKind.CREDIT_NOTE))
    return -Decimal(total or 0) + ZERO


def _paid(session: Session, invoice_id: int) -> Decimal:
    total = session.scalar(select(func.sum(Payment.amount)).where(Payment.invoice_id ==
                                                                 invoice_id))
    return Decimal(total or 0) + ZERO


def balance_of(session: Session, invoice: Invoice) -> Balance:
    """The invoice's balance in the caller's transaction (no permission check, no audit)."""
    credited = _credited(session, invoice.id)
    paid = _paid(session, invoice.id)
    return Balance(invoice.id, invoice.total, credited, paid, invoice.total - credited - paid)


def settle(session: Session, invoice: Invoice) -> Decimal:
    """Set PAID/ISSUED from the balance (flush first); returns the balance."""
    session.flush()
    balance = balance_of(session, invoice).balance
    if invoice.status in (InvoiceStatus.ISSUED, InvoiceStatus.PAID):
        invoice.status = InvoiceStatus.PAID if balance <= 0 else InvoiceStatus.ISSUED
    return balance


def open_invoices(session: Session, client_id: int) -> list[Invoice]:
    """The client's issued invoices with something open, oldest due first, locked."""
    rows = session.scalars(
        select(Invoice).where(Invoice.client_id == client_id, Invoice.kind.in_(PAYABLE_KINDS),
                              Invoice.status == InvoiceStatus.ISSUED)
        .order_by(Invoice.due_date, Invoice.number).with_for_update()).all()
    return [inv for inv in rows if balance_of(session, inv).balance > 0]


def load_payable(session: Session, invoice_id: int) -> Invoice:
    """An issued invoice or receipt that can take money, locked."""
    invoice = rules.load_invoice(session, invoice_id, lock=True)
    if invoice.kind not in PAYABLE_KINDS:
        raise Conflict("invoice_not_payable")
    if invoice.status is InvoiceStatus.DRAFT:
        raise Conflict("invoice_not_issued")
    if invoice.status is InvoiceStatus.CREDITED:
        raise Conflict("invoice_credited")
    return invoice


# --- who sees what ---------------------------------------------------------------------------


def require_view(ctx: Context, **where) -> bool:
    """True if the caller sees every payment, False if only those of invoices with a line from
    their own visits (``INVOICE_VIEW_OWN``); refused (audited) otherwise."""
    if allowed(ctx.roles, Action.PAYMENT_TAKE) or allowed(ctx.roles, Action.INVOICE_MANAGE):
        return True
    require(ctx, Action.INVOICE_VIEW_OWN, **where)
    return False


def own_invoice(invoice_id_column, staff_id: int | None):
    """SQL condition: the invoice in ``invoice_id_column`` has a line from a visit of
    ``staff_id``."""
    return exists(select(InvoiceLine.id).join(Visit, InvoiceLine.visit_id == Visit.id)
                  .where(InvoiceLine.invoice_id == invoice_id_column,
                         Visit.practitioner_id == staff_id))


def sees_invoice(session: Session, ctx: Context, sees_all: bool, invoice: Invoice) -> bool:
    return sees_all or bool(session.scalar(select(own_invoice(invoice.id, ctx.staff_id))))
