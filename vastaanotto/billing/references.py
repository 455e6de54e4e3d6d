"""Payment references: the Finnish national reference (7-3-1) and the RF creditor reference.

See FINNISH_STANDARDS.md sections 1 and 2. python-stdnum has no module for the national
reference; the RF check uses its ISO 7064 MOD 97-10 implementation.

Canonical (stored) forms are compact: digits only for the national reference, ``RFnn...``
for RF. Leading zeros of a national reference are dropped everywhere: they are never printed
and do not change the check digit (the weights start from the right).
"""

from __future__ import annotations

from stdnum.iso7064 import mod_97_10

from vastaanotto.errors import ValidationError

__all__ = [
    "finnish_reference",
    "is_valid_finnish_reference",
    "format_finnish_reference",
    "rf_reference",
    "is_valid_rf_reference",
    "format_rf_reference",
]

_WEIGHTS = (7, 3, 1)
_ASCII_DIGITS = frozenset("0123456789")

# Finanssiala: base 3..19 digits, so the full reference is 4..20 digits.
_MIN_BASE, _MAX_BASE = 3, 19
_MAX_REFERENCE = 20
# The virtual barcode has room for 21 digits after the RF check digits.
_MAX_RF_BODY = 21


def _digits(text: object) -> str | None:
    """The text without whitespace if it is ASCII digits only, else ``None``."""
    if not isinstance(text, str):
        return None
    compact = "".join(text.split())
    if not compact or not set(compact) <= _ASCII_DIGITS:
        return None
    return compact


def _check_digit(base: str) -> str:
    total = sum(int(d) * _WEIGHTS[i % 3] for i, d in enumerate(reversed(base)))
    return str(-total % 10)


def finnish_reference(base: str) -> str:
    """Append the 7-3-1 check digit: ``finnish_reference("123456") == "1234561"``."""
    digits = _digits(base)
    if digits is None or len(digits) > _MAX_BASE:
        raise ValidationError("reference", "invalid_reference_base")
    significant = digits.lstrip("0")
    if len(significant) < _MIN_BASE:
        raise ValidationError("reference", "invalid_reference_base")
    return significant + _check_digit(significant)


def _compact_finnish(ref: object) -> str | None:
    """Compact national reference without leading zeros, or ``None`` if invalid."""
    digits = _digits(ref)
    # The 20-digit zero-padded machine form is the longest legitimate way to write one.
    if digits is None or len(digits) > _MAX_REFERENCE:
        return None
    significant = digits.lstrip("0")
    if len(significant) < _MIN_BASE + 1:
        return None
    if _check_digit(significant[:-1]) != significant[-1]:
        return None
    return significant


def is_valid_finnish_reference(ref: str) -> bool:
    """True for a national reference of 4..20 digits with a correct check digit."""
    return _compact_finnish(ref) is not None


def compact_finnish_reference(ref: str) -> str:
    """Canonical stored form (digits, no leading zeros); raises ``invalid_reference``."""
    significant = _compact_finnish(ref)
    if significant is None:
        raise ValidationError("reference", "invalid_reference")
    return significant


def format_finnish_reference(ref: str) -> str:
    """Printed form: groups of five from the right, e.g. ``12 34561``."""
    digits = compact_finnish_reference(ref)
    head = len(digits) % 5
    groups = ([digits[:head]] if head else []) + [
        digits[i : i + 5] for i in range(head, len(digits), 5)
    ]
    return " ".join(groups)


def _rf_check_digits(body: str) -> str:
    # ISO 11649: body + "RF00", letters as numbers (R=27, F=15), 98 - (n mod 97).
    return f"{98 - int(body + '271500') % 97:02d}"


def rf_reference(finnish_reference: str) -> str:
    """RF reference built on a complete national reference: ``"2348236"`` -> ``"RF332348236"``."""
    significant = _compact_finnish(finnish_reference)
    if significant is None:
        raise ValidationError("reference", "invalid_reference")
    return f"RF{_rf_check_digits(significant)}{significant}"


def _compact_rf(ref: object) -> str | None:
    if not isinstance(ref, str):
        return None
    compact = "".join(ref.split()).upper()
    if not compact.startswith("RF") or not set(compact[2:]) <= _ASCII_DIGITS:
        return None
    check, body = compact[2:4], compact[4:]
    if len(check) != 2 or not 1 <= len(body) <= _MAX_RF_BODY:
        return None
    # MOD 97-10 cannot tell 01 from 98 or 00 from 97 (they differ by 97), but only 02..98
    # can ever be computed, so the others are refused explicitly.
    if not 2 <= int(check) <= 98:
        return None
    if not mod_97_10.is_valid(body + "2715" + check):
        return None
    return compact


def is_valid_rf_reference(ref: str) -> bool:
    """True for a valid ISO 11649 reference usable in Finnish payments.

    Only numeric references are accepted: the bank barcode (version 5) carries digits only,
    and every RF this program creates is built on a national reference.
    """
    return _compact_rf(ref) is not None


def compact_rf_reference(ref: str) -> str:
    """Canonical stored form ``RFnn...`` in upper case; raises ``invalid_reference``."""
    compact = _compact_rf(ref)
    if compact is None:
        raise ValidationError("reference", "invalid_reference")
    return compact


def format_rf_reference(ref: str) -> str:
    """Printed form: groups of four from the left, e.g. ``RF33 2348 236``."""
    compact = compact_rf_reference(ref)
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
