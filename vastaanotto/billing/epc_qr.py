"""EPC QR code ("BCD", SEPA credit transfer, EPC069-12) for the invoice's payment form.

Payload (FINNISH_STANDARDS.md §4.1): one element per line, LF-separated, in this order, and
nothing after the last element present::

    1 BCD   2 version 001|002   3 charset 1 (UTF-8)   4 SCT   5 BIC   6 beneficiary name
    7 IBAN  8 EUR<amount>       9 purpose             10 structured reference (RF)
    11 unstructured text        12 beneficiary-to-originator information

Decisions:

* Version ``001`` when the BIC is known and ``002`` when it is not: 001 is what the 2015
  Finnish guideline and older Finnish readers expect, but it makes the BIC mandatory; 002
  allows an empty BIC inside the EEA.
* Charset 1 (UTF-8) always: names with ä, ö and å need no transliteration, and every reader
  must support it.
* The amount is written as segno and the EPC examples do (``EUR12.3``, ``EUR5``): a decimal
  point and no trailing zeros.
* Either a structured reference or a text, never both (EPC069-12 says use one of them).
* The due date, if given, goes into element 12 as ``ReqdExctnDt/YYYY-MM-DD``: Finnish bank
  apps read it as the due date (§4.2) and readers that do not know it show or ignore it.

Fields are validated strictly and raise ``ValidationError(field, code)``; the values never
appear in the error. ``make_qr`` encodes with error correction M and refuses anything needing
a symbol larger than version 13, the EPC limit (331 bytes).
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import segno
from stdnum import bic as _bic
from stdnum import iban as _iban
from stdnum.exceptions import ValidationError as _StdnumError

from vastaanotto.errors import ValidationError

__all__ = ["epc_payload", "make_qr", "MAX_EPC_AMOUNT", "MAX_PAYLOAD_BYTES", "MAX_VERSION"]

MAX_EPC_AMOUNT = Decimal("999999999.99")
MIN_EPC_AMOUNT = Decimal("0.01")
MAX_PAYLOAD_BYTES = 331
MAX_VERSION = 13
_LIMITS = {"name": 70, "reference": 35, "text": 140, "information": 70}
_PURPOSE = re.compile(r"[A-Z]{4}", re.ASCII)


def _field(value: str | None, field: str, *, required: bool = False) -> str:
    text = (value or "").strip()
    if required and not text:
        raise ValidationError(field, "required")
    # A line break would shift every following element into the wrong position.
    if any(ch in text for ch in "\r\n") or any(ord(ch) < 32 for ch in text):
        raise ValidationError(field, "invalid_characters")
    if len(text) > _LIMITS[field]:
        raise ValidationError(field, "too_long", max=_LIMITS[field])
    return text


def _iban_text(value: str) -> str:
    try:
        compact = _iban.validate(value) if isinstance(value, str) and value.strip() else ""
    except _StdnumError:
        compact = ""
    if not compact:
        raise ValidationError("iban", "invalid_iban")
    return compact


def _bic_text(value: str | None) -> str:
    text = (value or "").strip()
    if not text:
        return ""
    try:
        compact = _bic.validate(text)
    except _StdnumError:
        raise ValidationError("bic", "invalid_bic") from None
    if len(compact) not in (8, 11):
        raise ValidationError("bic", "invalid_bic")
    return compact


def _amount_text(amount: Decimal | None) -> str:
    if amount is None:
        return ""
    if isinstance(amount, (float, bool)) or not isinstance(amount, (Decimal, int)):
        raise TypeError("amount must be Decimal or int, never float")
    amount = Decimal(amount)
    if not amount.is_finite() or amount != amount.quantize(Decimal("0.01")):
        raise ValidationError("amount", "invalid_amount")
    if not MIN_EPC_AMOUNT <= amount <= MAX_EPC_AMOUNT:
        raise ValidationError("amount", "amount_out_of_range", min=MIN_EPC_AMOUNT,
                              max=MAX_EPC_AMOUNT)
    return "EUR" + format(amount.normalize(), "f")


def epc_payload(*, name: str, iban: str, amount: Decimal | None = None, bic: str = "",
                reference: str = "", text: str = "", purpose: str = "",
                information: str = "", due_date: dt.date | None = None,
                version: str | None = None) -> str:
    """The EPC069-12 payload text (LF line ends, no trailing newline).

    ``reference`` is a creditor reference such as ``RF341234561`` (spaces are removed);
    ``due_date`` becomes ``ReqdExctnDt/YYYY-MM-DD`` in element 12 and cannot be combined with
    ``information``. ``version`` defaults to 001 with a BIC and 002 without.
    """
    bic_text = _bic_text(bic)
    if version is None:
        version = "001" if bic_text else "002"
    if version not in ("001", "002"):
        raise ValueError("EPC version must be 001 or 002")
    if version == "001" and not bic_text:
        raise ValidationError("bic", "required")
    name_text = _field(name, "name", required=True)
    iban_text = _iban_text(iban)
    amount_text = _amount_text(amount)
    if purpose and not _PURPOSE.fullmatch(purpose):
        raise ValidationError("purpose", "invalid_purpose")
    ref_text = _field("".join((reference or "").split()), "reference")
    free_text = _field(text, "text")
    if ref_text and free_text:
        raise ValidationError("text", "reference_and_text")
    info_text = _field(information, "information")
    if due_date is not None:
        if info_text:
            raise ValidationError("information", "information_and_due_date")
        info_text = f"ReqdExctnDt/{due_date.isoformat()}"
    elements = ["BCD", version, "1", "SCT", bic_text, name_text, iban_text, amount_text,
                purpose or "", ref_text, free_text, info_text]
    while elements and not elements[-1]:
        elements.pop()
    payload = "\n".join(elements)
    if len(payload.encode("utf-8")) > MAX_PAYLOAD_BYTES:
        raise ValidationError("payload", "too_long", max=MAX_PAYLOAD_BYTES)
    return payload


def make_qr(payload: str) -> segno.QRCode:
    """The QR symbol: error correction M exactly (EPC), byte mode, no ECI header.

    ``matrix`` of the result is what the PDF draws; keep the 4-module quiet zone clear.
    """
    qr = segno.make_qr(payload, error="m", boost_error=False, encoding="utf-8")
    if qr.version > MAX_VERSION:  # pragma: no cover - epc_payload caps the length first
        raise ValidationError("payload", "too_long", max=MAX_PAYLOAD_BYTES)
    return qr
