"""Finnish bank virtual barcode (virtuaaliviivakoodi), versions 4 and 5.

Layout (54 digits, FINNISH_STANDARDS.md section 3.2):

====  ===  ==========================================================================
pos   len  content
====  ===  ==========================================================================
1     1    version: 4 = national reference, 5 = RF reference
2     16   IBAN without "FI" (check digits + 14-digit BBAN)
18    8    amount: 6 digits of euros + 2 of cents; 00000000 = not given
26    23   v4: "000" + reference zero-padded to 20 digits
           v5: RF check digits (2) + RF body zero-padded to 21 digits
49    6    due date YYMMDD; 000000 = none
====  ===  ==========================================================================
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from stdnum import iban as _iban
from stdnum.exceptions import ValidationError as _StdnumError

from vastaanotto.billing.references import (
    compact_finnish_reference,
    compact_rf_reference,
    is_valid_finnish_reference,
)
from vastaanotto.errors import ValidationError

__all__ = ["virtual_barcode", "barcode_iban_problem", "MAX_BARCODE_AMOUNT"]

MAX_BARCODE_AMOUNT = Decimal("999999.99")
_CENT = Decimal("0.01")


def _iban_digits(value: str) -> str:
    try:
        compact = _iban.validate(value) if isinstance(value, str) else ""
    except _StdnumError:
        compact = ""
    if not compact:
        raise ValidationError("iban", "invalid_iban")
    if not compact.startswith("FI"):
        raise ValidationError("iban", "iban_not_finnish")
    return compact[2:]  # 16 digits: a valid FI IBAN is FI + 2 check digits + 14 digits


def barcode_iban_problem(iban: str) -> str:
    """"" when a virtual barcode can be made for ``iban``, else the code why not:
    ``iban_not_finnish`` (the barcode has room for Finnish accounts only) or
    ``invalid_iban``. The invoice editor warns with it before anything is printed."""
    try:
        _iban_digits(iban)
    except ValidationError as exc:
        return exc.code
    return ""


def _amount_digits(amount: Decimal | int | None) -> str:
    if amount is None:
        return "00000000"
    # Floats cannot hold cents exactly; passing one is a programming error, not bad input.
    if isinstance(amount, (float, bool)) or not isinstance(amount, (Decimal, int)):
        raise TypeError("amount must be Decimal or int, never float")
    amount = Decimal(amount)
    if not amount.is_finite():
        raise ValidationError("amount", "invalid_amount")
    # Some libraries write zeros for too large amounts; refusing is safer than a barcode
    # that silently lets the payer type any amount.
    if amount < 0 or amount > MAX_BARCODE_AMOUNT:
        raise ValidationError(
            "amount", "amount_out_of_range", min=Decimal("0"), max=MAX_BARCODE_AMOUNT
        )
    cents = amount.quantize(_CENT)
    if cents != amount:  # sub-cent amounts would be rounded; refuse instead
        raise ValidationError("amount", "invalid_amount")
    return f"{int(cents * 100):08d}"


def _reference_part(reference: str) -> tuple[str, str]:
    """(version digit, 23 digits for positions 26-48)."""
    if not isinstance(reference, str):
        raise ValidationError("reference", "invalid_reference")
    compact = "".join(reference.split()).upper()
    if compact.startswith("RF"):
        rf = compact_rf_reference(compact)  # numeric only, body <= 21 digits
        # The guide builds RF on a complete national reference. Old copies of the guide carry
        # RF02 6987 5672 0834, whose body fails 7-3-1; refusing such bodies catches them.
        if not is_valid_finnish_reference(rf[4:].lstrip("0")):
            raise ValidationError("reference", "invalid_reference")
        return "5", rf[2:4] + rf[4:].rjust(21, "0")
    finnish = compact_finnish_reference(compact)
    return "4", "000" + finnish.rjust(20, "0")


def _due_digits(due: date | None) -> str:
    if due is None:
        return "000000"
    if not isinstance(due, date):
        raise TypeError("due must be a date or None")
    # Readers assume 20YY; any other century would decode to the wrong date.
    if not 2000 <= due.year <= 2099:
        raise ValidationError("due_date", "invalid_due_date")
    return due.strftime("%y%m%d")


def virtual_barcode(iban: str, amount: Decimal | None, reference: str, due: date | None) -> str:
    """The 54-digit virtual barcode for an invoice.

    ``reference`` is a national reference (version 4) or a numeric RF reference built on a
    national reference (version 5), in printed or compact form. ``amount`` ``None`` or 0
    means "not given" (00000000).
    Raises ``ValidationError`` with codes ``invalid_iban``, ``iban_not_finnish``,
    ``amount_out_of_range``, ``invalid_amount``, ``invalid_reference`` or
    ``invalid_due_date``; ``TypeError`` for a float amount.
    """
    money = _amount_digits(amount)  # first, so a float is a TypeError whatever else is wrong
    account = _iban_digits(iban)
    version, ref = _reference_part(reference)
    code = version + account + money + ref + _due_digits(due)
    assert len(code) == 54 and code.isdigit()
    return code
