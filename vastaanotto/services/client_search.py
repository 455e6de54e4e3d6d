"""Search-as-you-type over the register: one normalised text per client, matched by parts.

A person types a name part, a phone number in any format (``040 123 4567``,
``+358401234567``), an email, a birth date (``1.5.1980``) or an identity code. Each typed word
must occur somewhere in the client's search text (case-insensitive; ä, ö and å kept as such).
The identity code is matched only as a whole, so partial digits never fish for codes.
"""

from __future__ import annotations

import re

from sqlalchemy import ColumnElement

from vastaanotto.models.clients import Client

_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_PHONEISH = re.compile(r"^\+?[\d\s\-()]{4,}$")
_LIKE_SPECIAL = str.maketrans({"%": r"\%", "_": r"\_", "\\": r"\\"})


def _dates(client: Client) -> list[str]:
    d = client.birth_date
    if d is None:
        return []
    return [f"{d.day}.{d.month}.{d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}"]


def _phones(e164: str) -> list[str]:
    if not e164:
        return []
    digits = e164.lstrip("+")
    forms = [digits]
    if digits.startswith("358"):
        forms.append("0" + digits[3:])  # how Finns type it: 0401234567
    return forms


def build_search_text(client: Client) -> str:
    parts = [client.first_name, client.last_name, client.email,
             *_phones(client.phone), *_dates(client)]
    if client.personal_identity_code:
        parts.append("hetu:" + client.personal_identity_code)
    return " ".join(p for p in parts if p).lower()


def _terms(query: str) -> list[str]:
    query = (query or "").strip()[:200]
    if not query:
        return []
    if _PHONEISH.match(query):  # "040 123 4567" is one phone number, not three words
        digits = re.sub(r"\D", "", query)
        return [digits] if len(digits) >= 3 else []
    terms = []
    for word in query.lower().split():
        if _DATE.match(word):
            terms.append(word)
        elif re.fullmatch(r"\d{6}[-+a-fu-y]\d{3}[0-9a-z]", word):
            terms.append("hetu:" + word)
        else:
            terms.append(word)
    return terms[:8]


def search_conditions(query: str) -> list[ColumnElement[bool]]:
    """SQL conditions for the typed query; an empty list means "nothing to search"."""
    return [Client.search_text.like(f"%{t.translate(_LIKE_SPECIAL)}%", escape="\\")
            for t in _terms(query)]
