"""The audit chain (RELIABILITY L1, L2, L4): append-only triggers, canonical encoding, keyed MACs,
and the verifier pointing at the first bad ``seq`` after each kind of tampering."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import delete, select, text, update
from sqlalchemy import exc as sa_exc

from vastaanotto.clock import fixed_clock
from vastaanotto.db.engine import open_database, sqlite_url
from vastaanotto.models.audit import AuditEvent, Outcome
from vastaanotto.privacy import audit_chain
from vastaanotto.services.base import anonymous_context, audit

KEY = b"K" * 32
EVENTS = 300
T0 = dt.datetime(2026, 11, 21, 8, 0, tzinfo=dt.timezone.utc)
COLUMNS = ["at", "actor_id", "actor_name", "workstation", "action", "outcome", "entity_type",
           "entity_id", "client_id", "fields", "reason", "details", "prev_hash", "hash"]


class Ticking:
    def __init__(self):
        self.now = T0

    def __call__(self):
        self.now += dt.timedelta(seconds=7, microseconds=123)
        return self.now


@pytest.fixture
def chain_db(tmp_path):
    db = open_database(sqlite_url(tmp_path / "audit.sqlite3"), audit_key=KEY)
    ctx = anonymous_context(db, "desk-1", Ticking(), name="Testaaja")
    for batch in range(3):
        with db.session() as session:
            for i in range(EVENTS // 3):
                n = batch * (EVENTS // 3) + i
                audit(session, ctx, f"probe.{n % 5}", entity_type="client", entity_id=n,
                      client_id=n % 17, fields=["name", "phone"][: n % 3],
                      reason="syy ääkkösin" if n % 4 == 0 else "",
                      outcome=Outcome.REFUSED if n % 11 == 0 else Outcome.OK,
                      details={"n": n, "text": "rivi\nvaihto ja \"lainaus\""})
    yield db
    db.dispose()


def verify(db, key=KEY):
    with db.session() as session:
        return audit_chain.verify(session, key)


def drop_triggers(db):
    with db.engine.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER audit_event_no_update")
        conn.exec_driver_sql("DROP TRIGGER audit_event_no_delete")


def tamper(db, *statements):
    drop_triggers(db)
    with db.engine.begin() as conn:
        for sql, params in statements:
            conn.execute(text(sql), params)


def row(db, seq) -> dict:
    with db.engine.connect() as conn:
        return dict(conn.execute(text(f"SELECT {', '.join(COLUMNS)} FROM audit_event "
                                      "WHERE seq = :s"), {"s": seq}).mappings().one())


def test_untouched_chain_verifies(chain_db):
    result = verify(chain_db)
    assert result == audit_chain.VerifyResult(True, EVENTS)
    with chain_db.session() as session:
        seqs = list(session.scalars(select(AuditEvent.seq).order_by(AuditEvent.seq)))
        assert audit_chain.head(session)[0] == EVENTS
    assert seqs == list(range(1, EVENTS + 1))


def test_empty_chain_verifies(db):
    assert verify(db) == audit_chain.VerifyResult(True, 0)
    with db.session() as session:
        assert audit_chain.head(session) == (0, audit_chain.GENESIS)


# --- L4: the database itself refuses UPDATE and DELETE ----------------------------------------

@pytest.mark.parametrize("sql", [
    "UPDATE audit_event SET actor_name = 'Mallory' WHERE seq = 10",
    "UPDATE audit_event SET hash = hash",
    "DELETE FROM audit_event WHERE seq = 300",
    "DELETE FROM audit_event",
])
def test_triggers_block_update_and_delete(chain_db, sql):
    with pytest.raises(sa_exc.DBAPIError, match="append-only"):
        with chain_db.engine.begin() as conn:
            conn.exec_driver_sql(sql)
    assert verify(chain_db).ok and verify(chain_db).checked == EVENTS


def test_triggers_block_orm_update_and_delete(chain_db):
    with pytest.raises(sa_exc.DBAPIError, match="append-only"):
        with chain_db.session() as session:
            session.execute(update(AuditEvent).where(AuditEvent.seq == 5)
                            .values(reason="muutettu"))
    with pytest.raises(sa_exc.DBAPIError, match="append-only"):
        with chain_db.session() as session:
            session.execute(delete(AuditEvent).where(AuditEvent.seq > 250))
    with pytest.raises(sa_exc.DBAPIError, match="append-only"):
        with chain_db.session() as session:
            session.get(AuditEvent, 7).reason = "muutettu"
    assert verify(chain_db).checked == EVENTS


# --- L1: tampering directly in the database -----------------------------------------------

@pytest.mark.parametrize("column, value", [
    ("actor_name", "Mallory"),
    ("workstation", "desk-2"),
    ("action", "probe.x"),
    ("outcome", "ok"),
    ("entity_id", 9999),
    ("client_id", None),
    ("reason", "syy ääkkösin "),
    ("fields", '["phone"]'),
    ("details", '{"n": 137, "text": "toinen"}'),
    ("at", "2026-11-21 08:16:00.016851"),
])
def test_modified_field_is_found_at_its_seq(chain_db, column, value):
    original = row(chain_db, 137)
    if column == "outcome":
        value = "ok" if original["outcome"] == "refused" else "refused"
    assert str(original[column]) != str(value)
    tamper(chain_db, (f"UPDATE audit_event SET {column} = :v WHERE seq = 137", {"v": value}))
    result = verify(chain_db)
    assert (result.ok, result.first_bad_seq, result.problem) == (False, 137, "mac")
    assert result.checked == 136


def test_deleted_row_is_found(chain_db):
    tamper(chain_db, ("DELETE FROM audit_event WHERE seq = 200", {}))
    result = verify(chain_db)
    assert (result.ok, result.first_bad_seq, result.problem) == (False, 200, "gap")


def test_deleted_first_row_is_found(chain_db):
    tamper(chain_db, ("DELETE FROM audit_event WHERE seq = 1", {}))
    assert verify(chain_db).first_bad_seq == 1


def test_deleted_and_renumbered_rows_are_found(chain_db):
    """Closing the gap by renumbering does not help: the links no longer match."""
    tamper(chain_db,
           ("DELETE FROM audit_event WHERE seq = 200", {}),
           ("UPDATE audit_event SET seq = -(seq - 1) WHERE seq > 200", {}),
           ("UPDATE audit_event SET seq = -seq WHERE seq < 0", {}))
    result = verify(chain_db)
    assert (result.ok, result.first_bad_seq) == (False, 200)


def test_two_rows_with_swapped_content_are_found(chain_db):
    before = (row(chain_db, 50), row(chain_db, 60))
    # Move whole rows (content, links and MACs) to each other's seq.
    tamper(chain_db,
           ("UPDATE audit_event SET seq = -1 WHERE seq = 50", {}),
           ("UPDATE audit_event SET seq = 50 WHERE seq = 60", {}),
           ("UPDATE audit_event SET seq = 60 WHERE seq = -1", {}))
    assert (row(chain_db, 50), row(chain_db, 60)) == (before[1], before[0])
    result = verify(chain_db)
    assert (result.ok, result.first_bad_seq) == (False, 50)


def test_swapped_payloads_with_hashes_left_in_place_are_found(chain_db):
    payload = [c for c in COLUMNS if c not in ("prev_hash", "hash", "at")]
    a, b = row(chain_db, 80), row(chain_db, 120)
    statements = []
    for seq, source in ((80, b), (120, a)):
        sets = ", ".join(f"{c} = :{c}" for c in payload)
        statements.append((f"UPDATE audit_event SET {sets} WHERE seq = {seq}",
                           {c: source[c] for c in payload}))
    tamper(chain_db, *statements)
    result = verify(chain_db)
    assert (result.ok, result.first_bad_seq, result.problem) == (False, 80, "mac")


def _forge(db, seq: int, prev_hash: str, key: bytes | None) -> dict:
    """An event that an attacker without our key builds as well as they can."""
    forged = AuditEvent(seq=seq, at=T0 + dt.timedelta(hours=5), actor_id=None,
                        actor_name="Testaaja", workstation="desk-1", action="probe.0",
                        outcome=Outcome.OK, entity_type="client", entity_id=1, client_id=1,
                        fields=[], reason="", details={}, prev_hash=prev_hash)
    forged.hash = audit_chain.mac(forged, key)
    return {"seq": seq, "at": forged.at.replace(tzinfo=None).isoformat(sep=" "),
            "actor_name": "Testaaja", "workstation": "desk-1", "action": "probe.0",
            "outcome": "ok", "entity_type": "client", "entity_id": 1, "client_id": 1,
            "fields": "[]", "reason": "", "details": "{}", "prev_hash": prev_hash,
            "hash": forged.hash}


INSERT = ("INSERT INTO audit_event (seq, at, actor_name, workstation, action, outcome, "
          "entity_type, entity_id, client_id, fields, reason, details, prev_hash, hash) VALUES "
          "(:seq, :at, :actor_name, :workstation, :action, :outcome, :entity_type, :entity_id, "
          ":client_id, :fields, :reason, :details, :prev_hash, :hash)")


@pytest.mark.parametrize("attacker_key", [None, b"guessed-key-000000000000000000000"],
                         ids=["unkeyed", "wrong-key"])
def test_forged_row_appended_at_the_end_is_found(chain_db, attacker_key):
    last_hash = row(chain_db, EVENTS)["hash"]
    forged = _forge(chain_db, EVENTS + 1, last_hash, attacker_key)
    with chain_db.engine.begin() as conn:   # INSERT is allowed: the trail is append-only
        conn.execute(text(INSERT), forged)
    result = verify(chain_db)
    assert (result.ok, result.first_bad_seq, result.problem) == (False, EVENTS + 1, "mac")


def test_forged_row_inserted_in_the_middle_is_found(chain_db):
    prev = row(chain_db, 149)["hash"]
    tamper(chain_db,
           ("UPDATE audit_event SET seq = -(seq + 1) WHERE seq >= 150", {}),
           ("UPDATE audit_event SET seq = -seq WHERE seq < 0", {}),
           (INSERT, _forge(chain_db, 150, prev, None)))
    result = verify(chain_db)
    assert (result.ok, result.first_bad_seq, result.problem) == (False, 150, "mac")
    assert result.checked == 149


def test_reordered_rows_are_found(chain_db):
    tamper(chain_db,
           ("UPDATE audit_event SET seq = -1 WHERE seq = 222", {}),
           ("UPDATE audit_event SET seq = 222 WHERE seq = 223", {}),
           ("UPDATE audit_event SET seq = 223 WHERE seq = -1", {}))
    result = verify(chain_db)
    assert (result.ok, result.first_bad_seq) == (False, 222)


def test_rewritten_tail_without_the_key_is_found(chain_db):
    """An attacker who edits row 100 and recomputes every later MAC without our key fails."""
    with chain_db.session() as session:
        events = list(session.scalars(select(AuditEvent).where(AuditEvent.seq >= 99)
                                      .order_by(AuditEvent.seq)))
        session.expunge_all()
    events[1].reason = "peitelty"
    statements = []
    prev = events[0].hash
    for event in events[1:]:
        event.prev_hash = prev
        event.hash = audit_chain.mac(event, None)
        prev = event.hash
        statements.append(("UPDATE audit_event SET reason = :r, prev_hash = :p, hash = :h "
                           "WHERE seq = :s", {"r": event.reason, "p": event.prev_hash,
                                              "h": event.hash, "s": event.seq}))
    tamper(chain_db, *statements)
    result = verify(chain_db)
    assert (result.ok, result.first_bad_seq, result.problem) == (False, 100, "mac")
    # The tail is consistent with itself: only the key gives the rewrite away.
    assert verify(chain_db, key=None).first_bad_seq == 1


def test_truncated_tail_is_only_visible_against_an_anchored_head(chain_db):
    """Cutting the tail leaves a valid shorter chain (L1): the backup manifest's anchored head
    is what reveals it, so the head must change when the tail is cut."""
    with chain_db.session() as session:
        anchored = audit_chain.head(session)
    tamper(chain_db, ("DELETE FROM audit_event WHERE seq > 250", {}))
    result = verify(chain_db)
    assert result.ok and result.checked == 250
    with chain_db.session() as session:
        assert audit_chain.head(session) != anchored


def test_truncated_tail_is_caught_against_the_anchored_head(chain_db):
    """L1's last row: the head anchored in a backup manifest reveals a cut tail, naming the
    first missing seq, with the seq kept or with the hash alone (as BackupRecord keeps it)."""
    with chain_db.session() as session:
        anchored = audit_chain.head(session)
    assert verify_anchored(chain_db, anchored) == audit_chain.VerifyResult(True, EVENTS)
    assert verify_anchored(chain_db, (None, anchored[1])).ok
    tamper(chain_db, ("DELETE FROM audit_event WHERE seq > 250", {}))
    result = verify_anchored(chain_db, anchored)
    assert (result.ok, result.first_bad_seq, result.problem) == (False, 251, "truncated")
    assert result.checked == 250
    assert not verify_anchored(chain_db, (None, anchored[1])).ok


def test_whole_trail_emptied_is_caught_against_the_anchor(chain_db):
    with chain_db.session() as session:
        anchored = audit_chain.head(session)
    tamper(chain_db, ("DELETE FROM audit_event", {}))
    assert verify(chain_db).ok  # an empty trail verifies on its own ...
    result = verify_anchored(chain_db, anchored)
    assert (result.ok, result.first_bad_seq, result.problem) == (False, 1, "truncated")


def test_tail_rewritten_with_the_key_is_caught_against_the_anchor(chain_db):
    """An insider holding the key can recompute every MAC after an edit; the anchored head
    (taken before the edit, kept outside the database) no longer matches."""
    with chain_db.session() as session:
        anchored = audit_chain.head(session)
        events = list(session.scalars(select(AuditEvent).where(AuditEvent.seq >= 199)
                                      .order_by(AuditEvent.seq)))
        session.expunge_all()
    events[1].reason = "peitelty"
    statements, prev = [], events[0].hash
    for event in events[1:]:
        event.prev_hash = prev
        event.hash = audit_chain.mac(event, KEY)
        prev = event.hash
        statements.append(("UPDATE audit_event SET reason = :r, prev_hash = :p, hash = :h "
                           "WHERE seq = :s", {"r": event.reason, "p": event.prev_hash,
                                              "h": event.hash, "s": event.seq}))
    tamper(chain_db, *statements)
    assert verify(chain_db).ok  # with the key, the rewrite is self-consistent ...
    result = verify_anchored(chain_db, anchored)
    assert (result.ok, result.first_bad_seq, result.problem) == (False, EVENTS, "anchor")


def verify_anchored(db, anchor):
    with db.session() as session:
        return audit_chain.verify(session, KEY, anchor=anchor)


# --- verify-audit on the command line ---------------------------------------------------------

@pytest.fixture
def practice_dir(tmp_path, monkeypatch):
    from vastaanotto.cli import ENV_OWNER_PASSWORD, main
    from tests.conftest import OWNER_PASSWORD, PROFILE

    monkeypatch.setenv(ENV_OWNER_PASSWORD, OWNER_PASSWORD)
    args = ["init", "--data-dir", str(tmp_path), "--no-encryption"]
    from vastaanotto.cli import OWNER_OPTIONS, PROFILE_OPTIONS

    known = {key: option for key, option, _ in PROFILE_OPTIONS + OWNER_OPTIONS}
    values = {**PROFILE, "owner_username": "olli", "owner_name": "Olli Omistaja"}
    for key, option in known.items():
        if values.get(key):
            args += [option, values[key]]
    assert main(args) == 0
    return tmp_path


def _cli_db(practice_dir):
    from vastaanotto.practice_db import default_url, open_practice_database

    return open_practice_database(default_url(practice_dir))


def _add_events(db, n):
    ctx = anonymous_context(db, "desk-9", Ticking(), name="Testaaja")
    with db.session() as session:
        for i in range(n):
            audit(session, ctx, "probe", details={"i": i})


@pytest.mark.parametrize("attack, first_bad, problem", [
    ("UPDATE audit_event SET actor_name = 'Mallory' WHERE seq = 3", 3, "mac"),
    ("DELETE FROM audit_event WHERE seq = 4", 4, "gap"),
    ("UPDATE audit_event SET seq = -1 WHERE seq = 5; UPDATE audit_event SET seq = 5 WHERE "
     "seq = 6; UPDATE audit_event SET seq = 6 WHERE seq = -1", 5, "link"),
])
def test_cli_names_the_first_broken_link(practice_dir, capsys, attack, first_bad, problem):
    import sqlite3

    from vastaanotto.cli import main
    from vastaanotto.db.engine import database_path

    db = _cli_db(practice_dir)
    try:
        _add_events(db, 10)
    finally:
        db.dispose()
    assert main(["verify-audit", "--data-dir", str(practice_dir)]) == 0
    assert capsys.readouterr().out.startswith("OK, ")
    conn = sqlite3.connect(database_path(practice_dir))
    try:
        conn.execute("DROP TRIGGER audit_event_no_update")
        conn.execute("DROP TRIGGER audit_event_no_delete")
        conn.executescript(attack)
        conn.commit()
    finally:
        conn.close()
    assert main(["verify-audit", "--data-dir", str(practice_dir)]) == 1
    assert capsys.readouterr().out.startswith(f"BROKEN at seq {first_bad}: {problem}")


def test_cli_catches_a_cut_tail_through_the_backup_anchor_and_the_option(practice_dir,
                                                                          capsys):
    import sqlite3

    from vastaanotto.cli import main
    from vastaanotto.db.engine import database_path
    from vastaanotto.models.backup import BackupRecord, BackupStatus

    db = _cli_db(practice_dir)
    try:
        _add_events(db, 10)
        with db.session() as session:
            seq, digest = audit_chain.head(session)
            # What a verified backup leaves in the catalogue (services/backups.py).
            session.add(BackupRecord(seq=1, started_at=T0, audit_head=digest,
                                     status=BackupStatus.VERIFIED))
    finally:
        db.dispose()
    assert main(["verify-audit", "--data-dir", str(practice_dir)]) == 0
    assert "anchored head from the newest verified backup found" in capsys.readouterr().out
    conn = sqlite3.connect(database_path(practice_dir))
    try:
        conn.execute("DROP TRIGGER audit_event_no_delete")
        conn.execute("DELETE FROM audit_event WHERE seq > ?", (seq - 3,))
        conn.commit()
    finally:
        conn.close()
    assert main(["verify-audit", "--data-dir", str(practice_dir)]) == 1
    out = capsys.readouterr().out
    assert out.startswith("BROKEN at seq") and "anchor" in out
    assert main(["verify-audit", "--data-dir", str(practice_dir),
                 "--anchor", f"{seq}:{digest}"]) == 1
    assert capsys.readouterr().out.startswith(f"BROKEN at seq {seq - 2}: truncated")
    assert main(["verify-audit", "--data-dir", str(practice_dir), "--anchor", "x"]) == 2


# --- keys ------------------------------------------------------------------------------------

def test_wrong_key_fails_at_the_first_event(chain_db):
    for key in (b"x" * 32, None, KEY[:-1]):
        result = verify(chain_db, key)
        assert (result.ok, result.first_bad_seq, result.problem) == (False, 1, "mac")


def test_unkeyed_chain_verifies_without_a_key(tmp_path):
    db = open_database(sqlite_url(tmp_path / "nokey.sqlite3"), audit_key=None)
    ctx = anonymous_context(db, "desk")
    with db.session() as session:
        for n in range(5):
            audit(session, ctx, "probe", details={"n": n})
    try:
        assert verify(db, None) == audit_chain.VerifyResult(True, 5)
        assert verify(db, KEY).first_bad_seq == 1
    finally:
        db.dispose()


# --- L2: canonical encoding ------------------------------------------------------------------

def _event(**overrides) -> AuditEvent:
    values = dict(seq=1, at=T0, actor_id=3, actor_name="ab", workstation="c", action="x",
                  outcome=Outcome.OK, entity_type="client", entity_id=5, client_id=5,
                  fields=["name"], reason="", details={"a": 1}, prev_hash=audit_chain.GENESIS)
    values.update(overrides)
    return AuditEvent(**values)


def test_field_boundaries_are_part_of_the_encoding():
    a = _event(actor_name="ab", workstation="c")
    b = _event(actor_name="a", workstation="bc")
    assert audit_chain.canonical(a) != audit_chain.canonical(b)
    assert audit_chain.mac(a, KEY) != audit_chain.mac(b, KEY)
    assert audit_chain.mac(a, None) != audit_chain.mac(b, None)
    c = _event(fields=["ab", "c"])
    d = _event(fields=["a", "bc"])
    assert audit_chain.mac(c, KEY) != audit_chain.mac(d, KEY)
    e = _event(entity_id=12, client_id=3)
    f = _event(entity_id=1, client_id=23)
    assert audit_chain.mac(e, KEY) != audit_chain.mac(f, KEY)
    g = _event(entity_id=None, reason="")
    h = _event(entity_id=None, reason="None")
    assert audit_chain.mac(g, KEY) != audit_chain.mac(h, KEY)


def test_canonical_encoding_is_deterministic_json():
    one = _event(details={"b": 2, "a": [1, "ä"]})
    two = _event(details={"a": [1, "ä"], "b": 2})
    assert audit_chain.canonical(one) == audit_chain.canonical(two)
    decoded = json.loads(audit_chain.canonical(one))
    assert decoded[0] == 1 and decoded[3] == "ab" and decoded[4] == "c"


def test_keyed_and_unkeyed_macs_differ_and_keyed_is_hmac_sha256():
    event = _event()
    keyed, unkeyed = audit_chain.mac(event, KEY), audit_chain.mac(event, None)
    assert keyed != unkeyed
    assert keyed != audit_chain.mac(event, b"L" * 32)
    assert keyed == hmac.new(KEY, audit_chain.canonical(event), hashlib.sha256).hexdigest()
    assert unkeyed == hashlib.sha256(audit_chain.canonical(event)).hexdigest()


def test_time_zone_of_the_clock_does_not_break_the_chain(tmp_path):
    """A clock in Helsinki time must give the same MAC as the UTC value read back."""
    db = open_database(sqlite_url(tmp_path / "tz.sqlite3"), audit_key=KEY)
    helsinki = dt.datetime(2026, 3, 29, 3, 30, 0, 123456, tzinfo=ZoneInfo("Europe/Helsinki"))
    ctx = anonymous_context(db, "desk", fixed_clock(helsinki))
    try:
        with db.session() as session:
            audit(session, ctx, "probe")
            audit(session, ctx, "probe")
        assert verify(db) == audit_chain.VerifyResult(True, 2)
        assert _event(at=helsinki).at.utcoffset() != dt.timedelta(0)
        assert audit_chain.mac(_event(at=helsinki), KEY) == audit_chain.mac(
            _event(at=helsinki.astimezone(dt.timezone.utc)), KEY)
    finally:
        db.dispose()
