"""How many SMS parts a text needs: GSM 03.38 7-bit (160 / 153 per part) or UCS-2 (70 / 67).

Finnish and Swedish letters ä ö å Ä Ö Å are in the GSM-7 basic table, so most texts stay
7-bit; one character outside it (š, emoji, a typographic quote) turns the whole text into
UCS-2 and cuts a part from 160 to 70 characters. A long text is split into concatenated parts
whose user-data header takes 7 septets (GSM-7) or 3 UTF-16 units (UCS-2). An escape pair
(€, [, ] …) and a surrogate pair are never split across parts, as handsets require.
"""

from __future__ import annotations

from dataclasses import dataclass

from vastaanotto.errors import ValidationError

GSM7_BASIC = set(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà")
GSM7_EXTENSION = set("^{}\\[~]|€\f")

SINGLE = {"gsm7": 160, "ucs2": 70}
PER_PART = {"gsm7": 153, "ucs2": 67}


@dataclass(frozen=True)
class SegmentCount:
    encoding: str      # "gsm7" or "ucs2"
    units: int         # septets (GSM-7) or UTF-16 code units (UCS-2)
    parts: int


def is_gsm7(text: str) -> bool:
    return all(ch in GSM7_BASIC or ch in GSM7_EXTENSION for ch in text)


def _unit_sizes(text: str, encoding: str) -> list[int]:
    if encoding == "gsm7":
        return [2 if ch in GSM7_EXTENSION else 1 for ch in text]
    return [2 if ord(ch) > 0xFFFF else 1 for ch in text]


def count(text: str) -> SegmentCount:
    encoding = "gsm7" if is_gsm7(text) else "ucs2"
    sizes = _unit_sizes(text, encoding)
    units = sum(sizes)
    if units == 0:
        return SegmentCount(encoding, 0, 0)
    if units <= SINGLE[encoding]:
        return SegmentCount(encoding, units, 1)
    limit, parts, used = PER_PART[encoding], 1, 0
    for size in sizes:  # greedy, never splitting a character's units
        if used + size > limit:
            parts += 1
            used = 0
        used += size
    return SegmentCount(encoding, units, parts)


def check(text: str, max_parts: int, field: str = "body") -> SegmentCount:
    """The count, or ``ValidationError(field, "sms_too_long", parts=, maximum=, encoding=)``."""
    result = count(text)
    if result.parts > max_parts:
        raise ValidationError(field, "sms_too_long", parts=result.parts, maximum=max_parts,
                              encoding=result.encoding)
    return result
