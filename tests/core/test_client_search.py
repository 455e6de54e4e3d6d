"""The search adapter on SQLite: FTS5 trigram index in step with the register, both query plans
exact, every behaviour the desk relies on, and migration 0003 up and down.

The reference for "exact" is :func:`expected`, the search's meaning written in plain Python
over every client's ``search_text``."""

from __future__ import annotations

import datetime as dt
import random
import re
from types import SimpleNamespace

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import delete, event, insert, select, text, update
from sqlalchemy.orm import Session

import vastaanotto.models  # noqa: F401 - registers every table
from vastaanotto.db import migrate
from vastaanotto.db.base import Base
from vastaanotto.db.engine import create_db_engine, sqlite_url
from vastaanotto.models import AuditEvent, Client, Role
from vastaanotto.services import client_search, clients
from vastaanotto.services.client_search import (build_search_text, find_clients,
                                                identity_code_token, search_terms)

NOW = dt.datetime(2026, 11, 21, 10, 0, tzinfo=dt.timezone.utc)
SEARCH_TRIGGERS = {"client_search_insert", "client_search_update", "client_search_delete"}


def expected(rows, query: str, *, include_archived=False, limit=50) -> list[int]:
    """What the search means, without any index: the ids it must return, in order."""
    terms = search_terms(query)
    if not terms:
        return []

    def matches(row) -> bool:
        if row.anonymised_at is not None or row.merged_into_id is not None:
            return False
        if row.archived_at is not None and not include_archived:
            return False
        if len(terms) == 1 and len(terms[0]) <= 2:  # initials: the start of the last name
            return row.last_name.lower().startswith(terms[0])
        words = " " + row.search_text
        return all((" " + t) in words if len(t) <= 2 else t in row.search_text for t in terms)

    hits = sorted((r for r in rows if matches(r)), key=lambda r: (r.last_name, r.first_name, r.id))
    return [r.id for r in hits[:limit]]


def all_clients(db) -> list:
    with db.session() as s:
        return s.execute(select(Client.id, Client.first_name, Client.last_name,
                                Client.search_text, Client.archived_at, Client.merged_into_id,
                                Client.anonymised_at)).all()


def found(db, query: str, **kw) -> list[int]:
    with db.session() as s:
        return [row.id for row in find_clients(s, query, **kw)]


def add_clients(db, people: list[dict]) -> None:
    rows = []
    for p in people:
        row = {"email": "", "phone": "", "birth_date": None, "personal_identity_code": None, **p}
        row["search_text"] = build_search_text(SimpleNamespace(**row))
        rows.append(row)
    with db.session() as s:
        s.execute(insert(Client), rows)


@pytest.fixture
def ctx(make_ctx):
    return make_ctx(Role.RECEPTION)


def _create(ctx, first, last, **extra) -> int:
    return clients.create_client(ctx, {"first_name": first, "last_name": last, **extra}).data


# --- what the desk relies on -------------------------------------------------------------

def test_sqlite_has_fts5_with_the_trigram_tokenizer(db):
    with db.engine.connect() as conn:
        conn.exec_driver_sql("CREATE VIRTUAL TABLE temp.probe USING fts5(x, tokenize='trigram')")
        assert conn.exec_driver_sql("SELECT sqlite_version()").scalar() >= "3.42"


@pytest.mark.parametrize("query", ["äijä", "ÄIJÄ", "ÖHMAN", "öhm", "040 123 4567", "+358401234567",
                                   "0401234567", "(040) 123-4567", "öh äi", "1.5.1980",
                                   "01.05.1980", "5.198", "aija@example", "öh", "Öh"])
def test_finds_by_any_part(db, ctx, query):
    cid = _create(ctx, "Äijä", "Öhman", phone="040 123 4567", email="aija@example.fi",
                  birth_date=dt.date(1980, 5, 1))
    _create(ctx, "Töhö", "Väinämöinen", phone="050 765 4321")
    _create(ctx, "Bertta", "Berg")
    assert [h.id for h in clients.search_clients(ctx, query)] == [cid]


@pytest.mark.parametrize("query", ["131052-308T", "131052-308t", " 131052-308T "])
def test_finds_an_identity_code_typed_whole(db, ctx, query):
    cid = _create(ctx, "Kalle", "Koodi", personal_identity_code="131052-308T")
    _create(ctx, "Kalle", "Toinen", personal_identity_code="131052A308T")  # 2052, not 1952
    assert [h.id for h in clients.search_clients(ctx, query)] == [cid]


@pytest.mark.parametrize("query", ["308T", "308t", "-308t", "052-308t", "131052", "hetu:1310"])
def test_no_part_of_an_identity_code_finds_it(db, ctx, query):
    _create(ctx, "Kalle", "Koodi", personal_identity_code="131052-308T")
    assert clients.search_clients(ctx, query) == []


def test_short_words_match_the_start_of_a_word_and_alone_the_last_name(db, ctx):
    ohman = _create(ctx, "Äijä", "Öhman")
    tohoa = _create(ctx, "Töhö", "Väinämöinen")
    ville = _create(ctx, "Ville", "Aalto")
    virta = _create(ctx, "Anna", "Virta")
    assert [h.id for h in clients.search_clients(ctx, "v")] == [virta, tohoa]  # i < ä
    assert [h.id for h in clients.search_clients(ctx, "VI")] == [virta]
    assert [h.id for h in clients.search_clients(ctx, "öh äi")] == [ohman]
    assert [h.id for h in clients.search_clients(ctx, "aalto vi")] == [ville]
    assert [h.id for h in clients.search_clients(ctx, "ä")] == []  # nobody's last name
    assert [h.id for h in clients.search_clients(ctx, "hö")] == []  # inside Töhö only


@pytest.mark.parametrize("query", ['"', '""', 'a"b', "vir*", "NEAR(a b)", "a OR b", "NOT x",
                                   "col:vir", "^vir", "%", "_", "\\", "(", "+-", "'; DROP",
                                   "x" * 300, "a b c d e f g h i j", "🙂🙂🙂", "\x00",
                                   "vir\x00ta", "\ud800", "\ud7ff", "\U0010ffff", "ß"])
def test_any_typed_text_is_searched_literally(db, ctx, query):
    odd = _create(ctx, "Ann-Mari", 'O"Neil')  # a quote in a name: the FTS query must escape it
    _create(ctx, "Matti", "Virtanen", email="matti.v@example.fi")
    assert [h.id for h in clients.search_clients(ctx, query)] == \
        expected(all_clients(ctx.db), query)
    assert [h.id for h in clients.search_clients(ctx, 'o"ne')] == [odd]


def test_order_limit_archived_merged_and_anonymised(db, ctx):
    bo, aa, virta, virtala = (_create(ctx, first, last) for first, last in
                              [("Bo", "Virtanen"), ("Aa", "Virtanen"), ("Cc", "Virta"),
                               ("Dd", "Virtala")])
    assert [h.id for h in clients.search_clients(ctx, "virta")] == [virta, virtala, aa, bo]
    assert [h.id for h in clients.search_clients(ctx, "virta", limit=2)] == [virta, virtala]
    clients.set_archived(ctx, virta, True)
    assert [h.id for h in clients.search_clients(ctx, "virta")] == [virtala, aa, bo]
    shown = clients.search_clients(ctx, "virta", include_archived=True)
    assert [(h.id, h.archived) for h in shown][:2] == [(virta, True), (virtala, False)]
    with db.session() as s:
        s.execute(update(Client).where(Client.id == virtala).values(merged_into_id=virta))
        s.execute(update(Client).where(Client.id.in_([aa, bo])).values(anonymised_at=NOW))
    assert [h.id for h in clients.search_clients(ctx, "virta", include_archived=True)] == [virta]
    assert clients.search_clients(ctx, "virta") == []


def test_hits_show_only_what_picks_the_person_and_the_search_is_audited(db, ctx):
    cid = _create(ctx, "Äijä", "Öhman", phone="040 123 4567", birth_date=dt.date(1952, 10, 13),
                  personal_identity_code="131052-308T")
    [hit] = clients.search_clients(ctx, "öhman")
    assert (hit.id, hit.name, hit.phone, hit.birth_date, hit.identity_code_masked) == \
        (cid, "Äijä Öhman", "040 123 4567", dt.date(1952, 10, 13), "131052-****")
    with db.session() as s:
        searched = s.scalars(select(AuditEvent).where(AuditEvent.action == "client.searched")
                             .order_by(AuditEvent.seq.desc())).first()
    assert searched.details == {"hits": 1} and "öhman" not in str(searched.details).lower()


# --- the index stays exact -------------------------------------------------------------------

FIRST = ["Äijä", "Matti", "Anna-Liisa", "Åsa", "Ville", "Öljy", "Mari", "Jussi", "Ann", "Eero"]
LAST = ["Öhman", "Virtanen", "Virta", "Mäkelä", "Mäki", "Åkerman", "Korhonen", "Laine",
        "O'Brien", "Väinämöinen", "Ekholm", "Ahola", "de la Cruz", "Nieminen", "Ylä-Mononen"]


def random_people(rng: random.Random, count: int) -> list[dict]:
    people = []
    for i in range(count):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        birth = dt.date(1930, 1, 1) + dt.timedelta(days=rng.randrange(30_000))
        people.append({"first_name": first, "last_name": last + rng.choice(["", "", "nen"]),
                       "phone": f"+35840{rng.randrange(1_000_000, 9_999_999)}"
                       if rng.random() < 0.8 else "",
                       "email": f"{first[:3].lower()}.{i}@example.fi" if rng.random() < 0.6
                       else "", "birth_date": birth if rng.random() < 0.7 else None,
                       "archived_at": NOW if rng.random() < 0.1 else None})
    return people


def random_queries(rng: random.Random, rows, count: int) -> list[str]:
    out = ["v", "ä", "Ö", "vi", "öh äi", "040", "0401", "nen", "example", "1.1", "mä ko",
           "virta", "ann", "-", "'"]
    rows = [r for r in rows if r.search_text]
    for _ in range(count):
        text_ = rng.choice(rows).search_text
        start = rng.randrange(len(text_))
        out.append(text_[start:start + rng.randrange(1, 9)].upper() if rng.random() < 0.3
                   else text_[start:start + rng.randrange(1, 9)])
        if rng.random() < 0.3:
            out[-1] += " " + rng.choice(rows).search_text.split()[0][:rng.randrange(1, 6)]
    return out


PLANS = {"as chosen": {}, "register order": {"CANDIDATE_CAP": 0},
         "bounded walk": {"CANDIDATE_CAP": 0, "WALK_SLACK": 0.01},  # bound at 200 or 28 rows
         "walk gives up": {"CANDIDATE_CAP": 0, "WALK_SLACK": 0}}


@pytest.mark.parametrize("plan", PLANS)
def test_every_plan_returns_exactly_the_matches_in_order(db, owner_ctx, monkeypatch, plan):
    for name, value in PLANS[plan].items():
        monkeypatch.setattr(client_search, name, value)
    rng = random.Random(7)
    add_clients(db, random_people(rng, 400))
    rows = all_clients(db)
    for query in random_queries(rng, rows, 150):
        for limit, archived in ((50, False), (7, True)):
            assert found(db, query, limit=limit, include_archived=archived) == \
                expected(rows, query, include_archived=archived, limit=limit), query


WALK = "SEARCH client USING INDEX ix_client_last_first ((last_name,first_name)<"
SORT = "SEARCH s USING COVERING INDEX ix_client_search_order (id=?)"


@pytest.mark.parametrize("plan, uses", [
    ({}, [SORT]), ({"CANDIDATE_CAP": 0, "WALK_SLACK": 0.01}, [WALK]),
    ({"CANDIDATE_CAP": 0, "WALK_SLACK": 0}, [WALK, SORT])])
def test_plans_read_through_their_indexes(db, owner_ctx, monkeypatch, plan, uses):
    """The sort reads the narrow index, not the rows; a walk stops at its bound; nothing
    scans the register except in name order (the walk, and finding its bound)."""
    for name, value in plan.items():
        monkeypatch.setattr(client_search, name, value)
    add_clients(db, random_people(random.Random(5), 300))
    seen = []

    def record(conn, cursor, sql, params, context, executemany):
        seen.append((sql, params))

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        assert found(db, "virta", limit=3)
    finally:
        event.remove(db.engine, "before_cursor_execute", record)
    steps = []
    with db.engine.connect() as conn:
        for sql, params in seen:
            if sql.lstrip().upper().startswith("SELECT"):
                steps += [row[3] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql,
                                                                  params)]
    for step in uses:
        assert any(s.startswith(step) for s in steps), (step, steps)
    scans = [s for s in steps if re.match(r"SCAN (client|s)\b", s)]
    assert all("INDEX ix_client_last_first" in s for s in scans), steps


def test_index_follows_inserts_updates_deletes_merges_and_erasure(db, ctx):
    rng = random.Random(11)
    add_clients(db, random_people(rng, 150))
    cid = _create(ctx, "Zelda", "Quist", phone="044 555 1212")
    clients.update_client(ctx, cid, {"last_name": "Quorn", "phone": "045 777 1313"})
    with db.session() as s:
        ids = s.scalars(select(Client.id).order_by(Client.id)).all()
        s.execute(delete(Client).where(Client.id.in_(ids[:20])))
        s.execute(update(Client).where(Client.id.in_(ids[20:40]))
                  .values(merged_into_id=ids[41]))
        s.execute(update(Client).where(Client.id.in_(ids[40:45]))
                  .values(first_name="", last_name="", search_text="", anonymised_at=NOW))
        s.execute(update(Client).where(Client.id.in_(ids[45:50])).values(archived_at=NOW))
        for row in s.scalars(select(Client).where(Client.id.in_(ids[50:80]))):
            row.last_name = row.last_name[::-1]  # renamed through the ORM, text rebuilt
            row.search_text = build_search_text(row)
    assert found(db, "quist") == [] and found(db, "1212") == []
    assert found(db, "quorn") == found(db, "045 777 1313") == [cid]
    rows = all_clients(db)
    for query in random_queries(random.Random(3), rows, 120) + ["nenoh", "renietniv"]:
        assert found(db, query) == expected(rows, query), query
    with db.engine.connect() as conn:  # FTS5's own consistency check of its structures
        conn.exec_driver_sql("INSERT INTO client_search(client_search) VALUES ('integrity-check')")


def test_erased_text_does_not_linger_in_the_index(tmp_path):
    """secure-delete: FTS5 removes a changed client's old trigrams from the file at once."""
    from vastaanotto.db.engine import open_database

    path = tmp_path / "erase.sqlite3"

    def file_has(token: bytes) -> bool:
        return any(token in p.read_bytes() for p in tmp_path.iterdir() if p.is_file())

    db = open_database(sqlite_url(path))
    add_clients(db, [{"first_name": "Qzxqzx", "last_name": "Jzxjzx"},
                     *({"first_name": f"Etu{i}", "last_name": "Suku"} for i in range(300))])
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT v FROM client_search_config "
                                    "WHERE k = 'secure-delete'").scalar() == 1
    db.dispose()
    assert file_has(b"qzx") and file_has(b"jzx")
    db = open_database(sqlite_url(path))
    with db.session() as s:
        s.execute(update(Client).where(Client.first_name == "Qzxqzx")
                  .values(first_name="Poistettu", last_name="", search_text="poistettu"))
    db.dispose()
    assert not file_has(b"qzx") and not file_has(b"jzx")


# --- migration 0003 ---------------------------------------------------------------------------

def _search_objects(conn) -> set[str]:
    return set(conn.execute(text(
        "SELECT name FROM sqlite_master WHERE name LIKE 'client_search%' "
        "OR name = 'ix_client_search_order'")).scalars())


def test_migration_0003_indexes_existing_clients_and_goes_back(tmp_path):
    engine = create_db_engine(sqlite_url(tmp_path / "m.sqlite3"))
    cfg = migrate.alembic_config(engine)
    command.upgrade(cfg, "0002")
    old_text = "kalle koodi 13.10.1952 13.10.1952 hetu:131052-308t"
    with engine.begin() as conn:
        conn.execute(insert(Client), [
            {"first_name": "Kalle", "last_name": "Koodi", "personal_identity_code": "131052-308T",
             "birth_date": dt.date(1952, 10, 13), "search_text": old_text},
            {"first_name": "Liisa", "last_name": "Laine", "personal_identity_code": None,
             "birth_date": None, "search_text": "liisa laine"}])
    command.upgrade(cfg, "0003")
    with Session(engine) as s:
        kalle = s.scalars(select(Client).where(Client.last_name == "Koodi")).one()
        assert kalle.search_text == build_search_text(kalle)
        assert identity_code_token("131052-308T") in kalle.search_text
        assert [r.last_name for r in find_clients(s, "131052-308t")] == ["Koodi"]
        assert [r.last_name for r in find_clients(s, "aine")] == ["Laine"]
        assert find_clients(s, "308t") == []
    with engine.connect() as conn:
        assert {"client_search", "ix_client_search_order"} | SEARCH_TRIGGERS <= \
            _search_objects(conn)
        ctx = MigrationContext.configure(conn, opts={
            "compare_type": True, "include_name": client_search.include_name})
        assert compare_metadata(ctx, Base.metadata) == []

    command.downgrade(cfg, "0002")
    with engine.connect() as conn:
        assert _search_objects(conn) == set()
        assert conn.execute(text("SELECT search_text FROM client WHERE last_name = 'Koodi'")
                            ).scalar() == old_text
    command.upgrade(cfg, "0003")
    with Session(engine) as s:
        assert [r.last_name for r in find_clients(s, "kalle")] == ["Koodi"]
    engine.dispose()
