"""Normalise and validate user input.

Every function takes what a person typed and returns the canonical form to store, or raises
``ValidationError(field, code, **params)``. Parameters never contain the typed value: it may be
personal data (HETU, phone, e-mail) and exceptions end up in logs.

``None`` counts as empty text. Other non-``str`` values are programming errors (``TypeError``);
so is a ``float`` amount, because money must never go through binary floating point.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from importlib import resources

import phonenumbers
from stdnum import bic as _bic
from stdnum import iban as _iban
from stdnum.exceptions import ValidationError as _StdnumError
from stdnum.fi import hetu as _hetu
from stdnum.fi import ytunnus as _ytunnus

from vastaanotto.errors import ValidationError

__all__ = [
    "business_id",
    "iban",
    "bic",
    "personal_identity_code",
    "hetu_birth_date",
    "mask_hetu",
    "phone",
    "format_phone_fi",
    "email",
    "postal_code",
    "name",
    "free_text",
    "money",
    "positive_minutes",
    "password_policy",
]

# Anything longer than this is not an identifier someone typed; refusing early keeps the
# third-party parsers away from pathological input.
_MAX_IDENTIFIER_INPUT = 64


def _text(value: object) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return value


def _stripped(value: object) -> str:
    return _text(value).strip()


# --- Business ID (Y-tunnus) ---------------------------------------------------------------


def business_id(value: object, field: str = "business_id") -> str:
    """Y-tunnus in the canonical ``1234567-8`` form.

    The VAT form ``FI12345678`` is accepted too, because people paste it from invoices.
    python-stdnum maps Unicode digits and dashes to ASCII, so the result is always ASCII.
    """
    text = _stripped(value)
    if not text:
        raise ValidationError(field, "required")
    if len(text) > _MAX_IDENTIFIER_INPUT:
        raise ValidationError(field, "invalid_business_id")
    try:
        compact = _ytunnus.validate(text)
    except _StdnumError:
        raise ValidationError(field, "invalid_business_id") from None
    return _ytunnus.format(compact)


# --- Bank account -------------------------------------------------------------------------


def iban(value: object, field: str = "iban", *, finnish_only: bool = False) -> str:
    """IBAN in compact upper-case form, e.g. ``FI4950009420028730``."""
    text = _stripped(value)
    if not text:
        raise ValidationError(field, "required")
    if len(text) > _MAX_IDENTIFIER_INPUT:
        raise ValidationError(field, "invalid_iban")
    try:
        compact = _iban.validate(text)
    except _StdnumError:
        raise ValidationError(field, "invalid_iban") from None
    if finnish_only and not compact.startswith("FI"):
        raise ValidationError(field, "iban_not_finnish")
    return compact


def bic(value: object, field: str = "bic") -> str:
    """BIC (SWIFT code) in upper case, or ``""`` when left empty (it is optional in SEPA)."""
    text = _stripped(value)
    if not text:
        return ""
    if len(text) > _MAX_IDENTIFIER_INPUT:
        raise ValidationError(field, "invalid_bic")
    try:
        compact = _bic.validate(text)
    except _StdnumError:
        raise ValidationError(field, "invalid_bic") from None
    return compact


# --- Personal identity code (henkilötunnus) -----------------------------------------------

_HETU_SHAPE = re.compile(r"[0-9]{6}[-+A-FU-Y][0-9]{3}[0-9A-Y]", re.ASCII)
_HETU_CENTURY = {"+": 1800, **dict.fromkeys("-YXWVU", 1900), **dict.fromkeys("ABCDEF", 2000)}


def personal_identity_code(
    value: object,
    field: str = "personal_identity_code",
    *,
    required: bool = False,
    allow_temporary: bool = False,
) -> str:
    """HETU in upper case, or ``""`` when empty and not required.

    The century sign is kept exactly as given: since 2023 ``-`` and ``Y`` (etc.) denote
    different people, so it must never be normalised. Temporary codes (individual number
    900-999) are refused unless ``allow_temporary`` is set.
    """
    text = _stripped(value)
    if not text:
        if required:
            raise ValidationError(field, "required")
        return ""
    code = text.upper()
    # Our own shape check first: stdnum would also accept Unicode dashes and digits.
    if not _HETU_SHAPE.fullmatch(code):
        raise ValidationError(field, "invalid_personal_identity_code")
    try:
        return _hetu.validate(code, allow_temporary=allow_temporary)
    except _StdnumError:
        raise ValidationError(field, "invalid_personal_identity_code") from None


def hetu_birth_date(code: str) -> date:
    """Birth date encoded in a HETU (temporary codes allowed: the date is still real)."""
    valid = personal_identity_code(code, required=True, allow_temporary=True)
    year = _HETU_CENTURY[valid[6]] + int(valid[4:6])
    return date(year, int(valid[2:4]), int(valid[0:2]))


def mask_hetu(code: str) -> str:
    """``010594-****``: birth date and century sign only, for lists and printouts.

    Anything that does not look like a HETU becomes ``****`` so that masking never echoes
    arbitrary (possibly sensitive) text.
    """
    text = _text(code).strip().upper()
    if _HETU_SHAPE.fullmatch(text):
        return text[:7] + "****"
    return "****"


# --- Phone --------------------------------------------------------------------------------

# phonenumbers turns letters into digits ("vanity numbers"), so "04O" with a letter O would
# silently become a different number. Only digits and common separators are allowed.
_PHONE_CHARS = re.compile(r"\+?[0-9 ()./\-\u00a0]+", re.ASCII)
_MAX_PHONE_INPUT = 40


def phone(value: object, field: str = "phone", region: str = "FI", *, required: bool = True) -> str:
    """Phone number in E.164 (``+358401234567``); national numbers are read as ``region``."""
    text = _stripped(value)
    if not text:
        if required:
            raise ValidationError(field, "required")
        return ""
    if len(text) > _MAX_PHONE_INPUT or not _PHONE_CHARS.fullmatch(text):
        raise ValidationError(field, "invalid_phone")
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        raise ValidationError(field, "invalid_phone") from None
    if not phonenumbers.is_valid_number(number):
        raise ValidationError(field, "invalid_phone")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _group_subscriber(digits: str) -> str:
    # Finnish habit: groups of three from the left, a trailing single digit joins the last
    # group, so 1234567 -> "123 4567" and 123456 -> "123 456".
    groups = [digits[i : i + 3] for i in range(0, len(digits), 3)]
    if len(groups) > 1 and len(groups[-1]) == 1:
        last = groups.pop()
        groups[-1] += last
    return " ".join(groups)


def format_phone_fi(e164: str) -> str:
    """Display form: ``040 123 4567`` for Finnish numbers, international format otherwise.

    A display helper never fails: unparsable stored values are returned unchanged.
    """
    text = _text(e164).strip()
    try:
        number = phonenumbers.parse(text, "FI")
    except phonenumbers.NumberParseException:
        return text
    if number.country_code != 358:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    prefix, _, rest = national.partition(" ")
    if rest.isdigit():
        return f"{prefix} {_group_subscriber(rest)}"
    return national


# --- E-mail and address -------------------------------------------------------------------

_EMAIL_FORBIDDEN = set(' <>()[]\\,;:"')
_MAX_EMAIL = 254  # RFC 5321 path limit
_MAX_LOCAL_PART = 64


def _has_control_or_space(text: str) -> bool:
    return any(
        ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn") for ch in text
    )


def email(value: object, field: str = "email", *, required: bool = False) -> str:
    """E-mail address with the domain in lower case; ``""`` when empty and not required.

    Deliberately simple: the only real test of an address is sending mail to it. This catches
    typing mistakes (missing @ or dot, spaces, pasted angle brackets) and nothing more.
    """
    text = _stripped(value)
    if not text:
        if required:
            raise ValidationError(field, "required")
        return ""
    if len(text) > _MAX_EMAIL or text.count("@") != 1:
        raise ValidationError(field, "invalid_email")
    if _has_control_or_space(text) or any(ch in _EMAIL_FORBIDDEN for ch in text):
        raise ValidationError(field, "invalid_email")
    local, domain = text.split("@")
    if not local or len(local) > _MAX_LOCAL_PART:
        raise ValidationError(field, "invalid_email")
    if local.startswith(".") or local.endswith(".") or ".." in local:
        raise ValidationError(field, "invalid_email")
    labels = domain.split(".")
    if len(labels) < 2 or any(not label or label[0] == "-" or label[-1] == "-" for label in labels):
        raise ValidationError(field, "invalid_email")
    if len(labels[-1]) < 2:
        raise ValidationError(field, "invalid_email")
    return f"{local}@{domain.lower()}"


_POSTAL_CODE = re.compile(r"[0-9]{5}", re.ASCII)


def postal_code(value: object, field: str = "postal_code") -> str:
    """Finnish postal code (five digits), or ``""`` when empty."""
    text = _stripped(value)
    if not text:
        return ""
    if not _POSTAL_CODE.fullmatch(text):
        raise ValidationError(field, "invalid_postal_code")
    return text


# --- Names and free text ------------------------------------------------------------------

# Tab, newlines etc. are ordinary whitespace in pasted text and get collapsed. Other control
# and format characters are refused: they are invisible, and bidi overrides can make a name
# display as something else. ZWNJ/ZWJ are legitimate in some scripts and are kept.
_WHITESPACE_CONTROLS = set("\t\n\r\x0b\x0c")
_ALLOWED_FORMAT_CHARS = {"\u200c", "\u200d"}


def _bad_character(ch: str) -> bool:
    if ch in _WHITESPACE_CONTROLS or ch in _ALLOWED_FORMAT_CHARS:
        return False
    return unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn")


def name(value: object, field: str = "name", max_length: int = 100) -> str:
    """A person's, service's or organisation's name: trimmed, inner whitespace collapsed."""
    text = _text(value)
    if any(_bad_character(ch) for ch in text):
        raise ValidationError(field, "invalid_characters")
    collapsed = " ".join(text.split())
    if not collapsed:
        raise ValidationError(field, "required")
    if len(collapsed) > max_length:
        raise ValidationError(field, "too_long", max=max_length)
    return collapsed


# Bidirectional overrides and isolates can make text display as something else than it says
# (in a note, a reason, a health record); refused everywhere free text is stored.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def free_text(value: object, field: str, maximum: int, *, required: bool = False,
              multiline: bool = True) -> str:
    """Notes, reasons and other typed prose: trimmed, at most ``maximum`` characters.

    Windows and old Mac line ends (pasted from Word) become ``\\n``. Multi-line text keeps
    ``\\n`` and ``\\t``; single-line text keeps neither. Any other control character, a lone
    surrogate (it cannot even be encoded to UTF-8) or a bidi override is refused with
    ``invalid_characters``: invisible, and able to disguise what the text says.
    """
    text = _text(value).replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        if required:
            raise ValidationError(field, "required")
        return ""
    if len(text) > maximum:
        raise ValidationError(field, "too_long", max=maximum)
    allowed = "\n\t" if multiline else ""
    for ch in text:
        if ch in allowed:
            continue
        if ch in _BIDI_CONTROLS or unicodedata.category(ch) in ("Cc", "Cs"):
            raise ValidationError(field, "invalid_characters")
    return text


# --- Money and durations ------------------------------------------------------------------

_CENT = Decimal("0.01")
# Spaces (including the no-break and narrow no-break spaces Finnish number formatting uses)
# are thousands separators; the decimal separator may be a comma or a point.
_AMOUNT = re.compile(r"(-?)([0-9]*)(?:[.,]([0-9]*))?", re.ASCII)
_AMOUNT_SPACES = str.maketrans("", "", " \u00a0\u202f\u2009")
_MAX_AMOUNT_INPUT = 40


def _parse_amount(text: str, field: str) -> Decimal:
    cleaned = text.translate(_AMOUNT_SPACES).replace("\u2212", "-").removesuffix("€")
    match = _AMOUNT.fullmatch(cleaned)
    if not match or not (match.group(2) or match.group(3)):
        raise ValidationError(field, "invalid_amount")
    sign, whole, fraction = match.groups()
    return Decimal(f"{sign}{whole or '0'}.{fraction or '0'}")


def money(
    value: object,
    field: str = "price",
    minimum: Decimal = Decimal("0"),
    maximum: Decimal = Decimal("999999.99"),
) -> Decimal:
    """Euro amount as a ``Decimal`` with exactly two decimals.

    Accepts ``Decimal``, ``int`` and text such as ``"1 234,50"``, ``"12.5"`` or ``"12,50 €"``.
    More than two decimals is refused rather than rounded: silently changing a price is worse
    than asking again.
    """
    if isinstance(value, (float, bool)):
        raise TypeError("money must be Decimal, int or str, never float or bool")
    if value is None or isinstance(value, str):
        text = _stripped(value)
        if not text:
            raise ValidationError(field, "required")
        if len(text) > _MAX_AMOUNT_INPUT:
            raise ValidationError(field, "invalid_amount")
        amount = _parse_amount(text, field)
    elif isinstance(value, int):
        amount = Decimal(value)
    elif isinstance(value, Decimal):
        amount = value
    else:
        raise TypeError(f"money must be Decimal, int or str, got {type(value).__name__}")
    if not amount.is_finite():
        raise ValidationError(field, "invalid_amount")
    if amount > maximum:
        raise ValidationError(field, "amount_too_large", max=maximum)
    if amount < minimum:
        code = "negative_amount" if amount < 0 <= minimum else "amount_too_small"
        raise ValidationError(field, code, min=minimum)
    try:
        quantized = amount.quantize(_CENT)
    except InvalidOperation:  # beyond Decimal precision: a caller passed an absurd maximum
        raise ValidationError(field, "invalid_amount") from None
    if quantized != amount:
        raise ValidationError(field, "invalid_amount")
    return quantized + Decimal("0.00")  # turns -0.00 into 0.00


def positive_minutes(value: object, field: str = "duration", maximum: int = 24 * 60) -> int:
    """A duration in whole minutes, 1..maximum."""
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise TypeError("minutes must be int or str")
    if isinstance(value, str):
        text = value.strip()
        if not text.isascii() or not text.isdigit() or len(text) > 6:
            raise ValidationError(field, "invalid_duration", max=maximum)
        value = int(text)
    if not 1 <= value <= maximum:
        raise ValidationError(field, "invalid_duration", max=maximum)
    return value


# --- Passwords ----------------------------------------------------------------------------

PASSWORD_MIN_LENGTH = 8
# Long enough for any passphrase, short enough that hashing it is not a denial of service.
PASSWORD_MAX_LENGTH = 1024


# RELIABILITY.md §2: refuse the top 3,000 of a real leaked-password frequency list. zxcvbn
# ships one (30,000 entries, most common first); our own file adds Finnish favourites.
COMMON_PASSWORDS_TOP = 3000


@lru_cache(maxsize=1)
def _common_passwords() -> frozenset[str]:
    from zxcvbn.frequency_lists import FREQUENCY_LISTS

    text = resources.files(__package__).joinpath("common_passwords.txt").read_text("utf-8")
    ours = (line.strip().lower() for line in text.splitlines()
            if line.strip() and not line.startswith("#"))
    return frozenset(ours).union(FREQUENCY_LISTS["passwords"][:COMMON_PASSWORDS_TOP])


def password_policy(password: str, field: str = "password") -> str:
    """Return the password unchanged if acceptable.

    Following NIST SP 800-63B: length and a blocklist only, no composition rules, no
    trimming or normalisation (the password is hashed exactly as typed).
    """
    if not isinstance(password, str):
        raise TypeError("password must be str")
    if len(password) < PASSWORD_MIN_LENGTH:
        raise ValidationError(field, "password_too_short", min=PASSWORD_MIN_LENGTH)
    if len(password) > PASSWORD_MAX_LENGTH:
        raise ValidationError(field, "password_too_long", max=PASSWORD_MAX_LENGTH)
    if password.lower() in _common_passwords():
        raise ValidationError(field, "password_too_common")
    return password
