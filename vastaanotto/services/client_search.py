"""Search-as-you-type over the register: one normalised text per client, matched by parts.

A person types a name part, a phone number in any format (``040 123 4567``,
``+358401234567``), an email, a birth date (``1.5.1980``) or an identity code. Each typed word
must occur in the client's search text (case-insensitive; ä, ö and å kept as such): a word of
three or more characters anywhere, a word of one or two characters at the start of a word
("öh äi" finds Äijä Öhman, not Töhö Väinämöinen). The identity code is matched only as a
whole (the text holds a digest of it), so no part of it fishes for codes. Results are in the
register's order: last name, first name, id.

A query of one or two characters and nothing else ("v", "ko") is the start of a last name,
as in a phone book. Said alone, those characters start some word of most clients' texts (a
first name, an e-mail address, a birth date): a slow way to an unhelpful list.

This module is the search adapter of DESIGN.md "Scale", the only code that knows how each
database indexes ``client.search_text`` (migration 0003):

* PostgreSQL (and any other database): plain ``LIKE`` conditions on ``search_text``, which
  pg_trgm's GIN index serves, and the database orders and limits.
* SQLite: an FTS5 trigram index (``client_search``) finds exactly the matching clients, and
  one of two plans turns them into the first page. *Candidates first* sorts the matches by
  name through ``ix_client_search_order``, a narrow index (id, names, state) that stays in the
  page cache, and then reads only the page's rows from the table: ~0.5 µs a match, where
  reading every matching row (~1 µs, and ~18 µs when the file is encrypted and each page must
  be decrypted) would not do. *Register order* walks the name index from the top and stops at
  the page size: fast when matches are everywhere (``040``, ``example``), hopeless when they
  cluster late in the alphabet. A capped count of the matches picks the plan; a walk is
  bounded, and a walk that reaches its bound without a full page hands over to the first plan,
  so the answer is always exact.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import re
import unicodedata
from typing import Any, Iterable, Sequence

from sqlalchemy import ColumnElement, Integer, Row, column, func, or_, select, text, tuple_
from sqlalchemy.orm import Session

from vastaanotto.finnish import validators
from vastaanotto.models.clients import Client

_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_PHONEISH = re.compile(r"^\+?[\d\s\-()]{4,}$")
_HETU = re.compile(r"\d{6}[-+a-fu-y]\d{3}[0-9a-z]")
_LIKE_SPECIAL = str.maketrans({"%": r"\%", "_": r"\_", "\\": r"\\"})
WORD_START = 2  # typed words up to this long match the start of a word, longer ones anywhere

# What a search returns: enough to pick the right person, nothing more.
HIT_COLUMNS = (Client.id, Client.first_name, Client.last_name, Client.phone, Client.email,
               Client.birth_date, Client.personal_identity_code, Client.archived_at)
ORDER = (Client.last_name, Client.first_name, Client.id)

# Formatting a number with phonenumbers takes ~22 µs, over 1 ms for a page of 50, and the
# next keystroke mostly shows the same clients again.
display_phone = functools.lru_cache(maxsize=4096)(validators.format_phone_fi)

# Up to this many matches are sorted (≤ ~6 ms); beyond it the walk is tried first. A walk
# expects to visit limit × clients / matches rows and gives up at WALK_SLACK times that.
CANDIDATE_CAP = 12_000
WALK_SLACK = 4

# The index's schema objects outside the ORM metadata (migration 0003): the FTS5 table and
# its shadow tables on SQLite, SQLite's sort index and PostgreSQL's trigram index.
FTS_TABLE = "client_search"
_OUTSIDE_THE_MODELS = {
    "table": {FTS_TABLE, *(f"{FTS_TABLE}_{shadow}"
                           for shadow in ("data", "idx", "content", "docsize", "config"))},
    "index": {"ix_client_search_order", "ix_client_search_text_trgm"},
}

_MATCHES = (f"SELECT count(*) FROM (SELECT 1 FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :fts "
            "LIMIT :cap)")
# INDEXED BY: the planner would otherwise read each match's whole row through the primary key.
_PAGE_IDS = (f"SELECT s.id FROM {FTS_TABLE} JOIN client AS s INDEXED BY ix_client_search_order "
             f"ON s.id = {FTS_TABLE}.rowid WHERE {FTS_TABLE} MATCH :fts "
             "AND s.anonymised_at IS NULL AND s.merged_into_id IS NULL {archived}"
             "ORDER BY s.last_name, s.first_name, s.id LIMIT :limit")


def include_name(name: str | None, type_: str, parent_names: Any = None) -> bool:
    """Alembic's ``include_name`` hook: leave the search index out of schema comparisons.

    Without it autogenerate would offer to drop the index, and a comparison of the migrated
    schema with the models would report it as a difference.
    """
    return name not in _OUTSIDE_THE_MODELS.get(type_, ())


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


def identity_code_token(code: str) -> str:
    """What the search text holds for an identity code: a digest, which only the whole code
    reproduces. The code itself would let any part of it ("308T") match as a substring."""
    return "hetu:" + hashlib.sha256(code.strip().upper().encode()).hexdigest()[:16]


def build_search_text(client: Client) -> str:
    parts = [client.first_name, client.last_name, client.email,
             *_phones(client.phone), *_dates(client)]
    if client.personal_identity_code:
        parts.append(identity_code_token(client.personal_identity_code))
    return " ".join(p for p in parts if p).lower()


def _printable(query: str) -> str:
    """Control characters become spaces (a NUL would end SQLite's LIKE pattern early) and lone
    surrogates go (no database encoding can carry them)."""
    return "".join(" " if unicodedata.category(ch) == "Cc" else ch for ch in query
                   if not "\ud800" <= ch <= "\udfff")


def search_terms(query: str) -> list[str]:
    """The typed query as lower-case terms, each of which a client's text must contain."""
    query = _printable((query or "")[:400]).strip()[:200]
    if not query:
        return []
    if _HETU.fullmatch(query.lower()):  # before the phone test: "010580-1239" looks like one
        return [identity_code_token(query)]
    if _PHONEISH.match(query):  # "040 123 4567" is one phone number, not three words
        digits = re.sub(r"\D", "", query)
        return [digits] if len(digits) >= 3 else []
    terms = []
    for word in query.lower().split():
        if _DATE.match(word):
            terms.append(word)
        elif _HETU.fullmatch(word):
            terms.append(identity_code_token(word))
        else:
            terms.append(word)
    return list(dict.fromkeys(terms))[:8]


def _is_initials(terms: Sequence[str]) -> bool:
    return len(terms) == 1 and len(terms[0]) <= WORD_START


def _case_variants(prefix: str) -> list[str]:
    """Every spelling of a lower-case prefix: "ko" -> KO, Ko, kO, ko. Only spellings that
    lower-case back to it ("ß" is not "SS" here), so that a hit's text contains the term."""
    letters = [sorted({c} | {u for u in (c.upper(), c.title()) if len(u) == 1 and u.lower() == c})
               for c in prefix]
    return sorted({"".join(p) for p in itertools.product(*letters)})


def _term_condition(term: str) -> ColumnElement[bool]:
    literal_term = term.translate(_LIKE_SPECIAL)
    if len(term) > WORD_START:
        return Client.search_text.like(f"%{literal_term}%", escape="\\")
    return or_(Client.search_text.like(f"{literal_term}%", escape="\\"),
               Client.search_text.like(f"% {literal_term}%", escape="\\"))


def _conditions(terms: Sequence[str]) -> list[ColumnElement[bool]]:
    if _is_initials(terms):
        return [or_(*(Client.last_name.like(v.translate(_LIKE_SPECIAL) + "%", escape="\\")
                      for v in _case_variants(terms[0])))]
    return [_term_condition(t) for t in terms]


def search_conditions(query: str) -> list[ColumnElement[bool]]:
    """SQL conditions for the typed query; an empty list means "nothing to search"."""
    terms = search_terms(query)
    return _conditions(terms) if terms else []


def _phrases(terms: Sequence[str], exact: bool) -> Iterable[str]:
    for t in terms:
        if len(t) <= WORD_START:
            yield " " * (WORD_START + 1 - len(t)) + t
        elif exact or len(t) <= 4:
            yield t
        else:  # trigrams that cover it, each a phrase of one: no positions to compare
            yield from (t[i:i + 3] for i in range(0, len(t) - 3, 3))
            yield t[-3:]


def fts_query(terms: Sequence[str], *, exact: bool = True) -> str:
    """The FTS5 MATCH expression: every phrase quoted, so that nothing the person typed
    (quotes, stars, colons, AND/OR/NOT) is read as query syntax.

    The index holds each word as "  word" (migration 0003), so a short term looks for the
    start of a word: "v" -> "  v", "vi" -> " vi". With positions in the index a phrase of
    trigrams matches exactly where ``LIKE '%term%'`` would. Not ``exact``, the expression finds
    a few more clients, faster: enough to estimate how many match.
    """
    return " AND ".join('"' + p.replace('"', '""') + '"'
                        for p in dict.fromkeys(_phrases(terms, exact)))


def _filters(include_archived: bool) -> list[ColumnElement[bool]]:
    # A restricted client (GDPR art. 18, after an erasure request) is never found: on SQLite
    # its emptied search text is gone from the FTS5 index too.
    out = [Client.anonymised_at.is_(None), Client.merged_into_id.is_(None),
           Client.restricted.is_(False)]
    if not include_archived:
        out.append(Client.archived_at.is_(None))
    return out


def find_clients(session: Session, query: str, *, limit: int = 50,
                 include_archived: bool = False) -> list[Row[Any]]:
    """Rows of :data:`HIT_COLUMNS` for the query, first page only, in the register's order."""
    terms = search_terms(query)
    if not terms or limit <= 0:
        return []
    filters = _filters(include_archived)
    if session.get_bind().dialect.name != "sqlite":
        stmt = (select(*HIT_COLUMNS).where(*_conditions(terms), *filters)
                .order_by(*ORDER).limit(limit))
        return list(session.execute(stmt))
    if _is_initials(terms):
        return _sqlite_initials(session, terms[0], filters, limit)
    fts = fts_query(terms)
    matches = session.scalar(text(_MATCHES), {"fts": fts_query(terms, exact=False),
                                              "cap": CANDIDATE_CAP + 1})
    if matches <= CANDIDATE_CAP:  # (an estimate from above: at most this many match)
        return _candidates_first(session, fts, include_archived, limit)
    rows = _register_order(session, _conditions(terms) + filters, limit, matches)
    if rows is None:  # the walk reached its bound without a full page
        return _candidates_first(session, fts, include_archived, limit)
    return rows


def _sqlite_initials(session: Session, term: str, filters, limit: int) -> list[Row[Any]]:
    """Each spelling is a range of the name index, read in order up to one page; the pages
    are merged here. (SQLite's LIKE ignores case for ASCII only, so it cannot use the
    case-sensitive index; a range can.) Python orders strings by code point, as SQLite's
    BINARY collation orders UTF-8."""
    rows: list[Row[Any]] = []
    for variant in _case_variants(term):
        stmt = (select(*HIT_COLUMNS).where(Client.last_name >= variant, *filters)
                .order_by(*ORDER).limit(limit))
        following = ord(variant[-1]) + 1
        following += 0x800 if 0xD800 <= following <= 0xDFFF else 0  # no surrogates in UTF-8
        if following <= 0x10FFFF:
            stmt = stmt.where(Client.last_name < variant[:-1] + chr(following))
        rows.extend(session.execute(stmt))
    rows.sort(key=lambda r: (r.last_name, r.first_name, r.id))
    return rows[:limit]


def _candidates_first(session: Session, fts: str, include_archived: bool,
                      limit: int) -> list[Row[Any]]:
    page_ids = (text(_PAGE_IDS.format(archived="" if include_archived
                                      else "AND s.archived_at IS NULL "))
                .bindparams(fts=fts, limit=limit).columns(column("id", Integer)))
    stmt = select(*HIT_COLUMNS).where(Client.id.in_(page_ids)).order_by(*ORDER)
    return list(session.execute(stmt))


def _register_order(session: Session, conditions, limit: int,
                    matches: int) -> list[Row[Any]] | None:
    """The first page in name-index order, or None when the rows that the spread of the
    matches promises did not fill it (the matches cluster somewhere later)."""
    clients = session.scalar(select(func.max(Client.id))) or 0
    walk = int(WALK_SLACK * limit * clients / max(matches, 1))
    bound = session.execute(select(*ORDER).order_by(*ORDER).offset(walk).limit(1)).first()
    stmt = select(*HIT_COLUMNS).where(*conditions).order_by(*ORDER).limit(limit)
    if bound is not None:
        # Everything up to the bound comes before the rest of the register, so a full page
        # found there is the true first page.
        stmt = stmt.where(tuple_(*ORDER) <= tuple_(*bound))
    rows = list(session.execute(stmt))
    if len(rows) < limit and bound is not None:
        return None
    return rows


__all__ = ["build_search_text", "identity_code_token", "search_terms", "search_conditions",
           "fts_query", "find_clients", "include_name", "display_phone", "HIT_COLUMNS",
           "WORD_START"]
