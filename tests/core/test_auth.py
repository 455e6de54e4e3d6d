"""Login (RELIABILITY A1, A3, A4): argon2id parameters and rehash, throttling and lockout with an
injected clock, audit of every attempt, password policy, unlock, and no secrets in exceptions."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from vastaanotto.clock import fixed_clock
from vastaanotto.errors import AccountLocked, AuthenticationFailed, ValidationError
from vastaanotto.models.audit import AuditEvent, Outcome
from vastaanotto.models.staff import Role, Staff
from vastaanotto.privacy import audit_chain
from vastaanotto.services import auth
from vastaanotto.services import staff as staff_service
from tests.conftest import OWNER_PASSWORD

T0 = dt.datetime(2026, 11, 21, 10, 0, tzinfo=dt.timezone.utc)
USERNAME = "maija"
PASSWORD = "Kesäpäivä järvellä 7"
DESK = "desk-7"
# RELIABILITY.md §2 and the auth module contract: failures 1-4 free, the 5th locks 30 s,
# doubling per further failure, capped at 15 min; the 20th consecutive failure is a hard lock.
DELAY_AFTER_FAILURE = {5: 30, 6: 60, 7: 120, 8: 240, 9: 480,
                       **{n: 900 for n in range(10, 20)}}


class MutableClock:
    def __init__(self, start: dt.datetime):
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += dt.timedelta(seconds=seconds)


@pytest.fixture
def clk():
    return MutableClock(T0)


@pytest.fixture
def maija(db, owner_ctx):
    changes = staff_service.create_staff(owner_ctx, username=USERNAME,
                                         display_name="Maija Meikäläinen",
                                         roles=[Role.RECEPTION], password=PASSWORD)
    return changes.data


@pytest.fixture
def verify_calls(monkeypatch):
    """Counts real password verifications (the expensive argon2 step)."""
    calls = []
    original = auth._verify

    def spy(stored_hash, password):
        calls.append(stored_hash)
        return original(stored_hash, password)

    monkeypatch.setattr(auth, "_verify", spy)
    return calls


def login(db, password, clock, username=USERNAME, workstation=DESK):
    return auth.authenticate(db, username, password, workstation=workstation, clock=clock)


def staff_row(db, staff_id) -> Staff:
    with db.session() as session:
        return session.get(Staff, staff_id)


def last_seq(db) -> int:
    with db.session() as session:
        return audit_chain.head(session)[0]


def events_after(db, seq: int) -> list[AuditEvent]:
    with db.session() as session:
        return list(session.scalars(select(AuditEvent).where(AuditEvent.seq > seq)
                                    .order_by(AuditEvent.seq)))


# --- A1: hashing ------------------------------------------------------------------------------

@pytest.mark.production_hasher
def test_production_hash_uses_argon2id_owasp_parameters_and_rehashes_on_login(db, owner_ctx, clk):
    with db.session() as session:
        stored = session.scalar(select(Staff.password_hash).where(Staff.username == "olli"))
    assert "$argon2id$v=19$m=65536,t=3,p=4$" in stored
    assert PasswordHasher().check_needs_rehash(stored) is False

    bumped = PasswordHasher(time_cost=4)
    assert bumped.check_needs_rehash(stored) is True
    auth.configure_hasher(bumped)

    # A wrong password never rewrites the hash.
    with pytest.raises(AuthenticationFailed):
        login(db, "not the password", clk, username="olli")
    with db.session() as session:
        assert session.scalar(select(Staff.password_hash).where(Staff.username == "olli")) \
            == stored

    login(db, OWNER_PASSWORD, clk, username="olli")
    with db.session() as session:
        rehashed = session.scalar(select(Staff.password_hash).where(Staff.username == "olli"))
    assert rehashed != stored
    assert "$argon2id$v=19$m=65536,t=4,p=4$" in rehashed
    assert bumped.check_needs_rehash(rehashed) is False
    assert bumped.verify(rehashed, OWNER_PASSWORD)
    login(db, OWNER_PASSWORD, clk, username="olli")  # the new hash works


def test_hash_is_not_rewritten_when_parameters_are_current(db, maija, clk):
    before = staff_row(db, maija).password_hash
    login(db, PASSWORD, clk)
    login(db, PASSWORD, clk)
    assert staff_row(db, maija).password_hash == before


def test_password_is_never_stored_in_clear(db, maija):
    stored = staff_row(db, maija).password_hash
    assert stored.startswith("$argon2id$")
    assert PASSWORD not in stored


# --- A3: throttling ---------------------------------------------------------------------------

def test_first_four_failures_do_not_lock(db, maija, clk):
    for n in range(1, 5):
        with pytest.raises(AuthenticationFailed):
            login(db, "väärä salasana", clk)
        row = staff_row(db, maija)
        assert row.failed_logins == n
        assert row.locked_until is None and not row.hard_locked
    login(db, PASSWORD, clk)  # still allowed straight away
    assert staff_row(db, maija).failed_logins == 0


def test_lockout_schedule_doubles_to_fifteen_minutes_then_hard_locks_at_twenty(db, maija, clk):
    for _ in range(4):
        with pytest.raises(AuthenticationFailed):
            login(db, "väärä", clk)

    for failure, delay in DELAY_AFTER_FAILURE.items():
        with pytest.raises(AuthenticationFailed):
            login(db, "väärä", clk)
        row = staff_row(db, maija)
        assert row.failed_logins == failure
        assert row.locked_until == clk.now + dt.timedelta(seconds=delay), failure
        assert not row.hard_locked

        with pytest.raises(AccountLocked) as info:
            login(db, PASSWORD, clk)  # the right password while locked
        assert info.value.retry_after_seconds == delay and not info.value.permanent

        clk.advance(delay - 1)
        with pytest.raises(AccountLocked) as info:
            login(db, PASSWORD, clk)
        assert info.value.retry_after_seconds == 1
        clk.advance(1)  # the lock has just expired

    with pytest.raises(AuthenticationFailed):
        login(db, "väärä", clk)  # 20th consecutive failure
    row = staff_row(db, maija)
    assert row.failed_logins == 20 and row.hard_locked

    clk.advance(365 * 24 * 3600)
    with pytest.raises(AccountLocked) as info:
        login(db, PASSWORD, clk)
    assert info.value.permanent is True


def test_attempts_while_locked_are_refused_without_checking_the_password(db, maija, clk,
                                                                        verify_calls):
    for _ in range(5):
        with pytest.raises(AuthenticationFailed):
            login(db, "väärä", clk)
    assert len(verify_calls) == 5
    locked_until = staff_row(db, maija).locked_until

    clk.advance(10)
    for password in (PASSWORD, "väärä"):
        with pytest.raises(AccountLocked):
            login(db, password, clk)
    assert len(verify_calls) == 5, "a locked account must not verify (or leak) the password"
    row = staff_row(db, maija)
    assert row.failed_logins == 5 and row.locked_until == locked_until


def test_after_the_lock_expires_the_right_password_works_and_resets(db, maija, clk):
    for _ in range(6):
        if staff_row(db, maija).locked_until:
            clk.now = staff_row(db, maija).locked_until
        with pytest.raises(AuthenticationFailed):
            login(db, "väärä", clk)
    row = staff_row(db, maija)
    assert row.failed_logins == 6
    clk.now = row.locked_until

    ctx = login(db, PASSWORD, clk)
    assert ctx.staff_id == maija and ctx.roles == frozenset({Role.RECEPTION})
    row = staff_row(db, maija)
    assert row.failed_logins == 0 and row.locked_until is None
    assert row.last_login_at == clk.now

    # The count really restarted: four new failures lock nothing.
    for _ in range(4):
        with pytest.raises(AuthenticationFailed):
            login(db, "väärä", clk)
    assert staff_row(db, maija).locked_until is None


def test_a_lockout_never_blocks_another_user(db, maija, clk):
    for _ in range(20):
        if staff_row(db, maija).locked_until:
            clk.now = staff_row(db, maija).locked_until
        with pytest.raises(AuthenticationFailed):
            login(db, "väärä", clk)
    assert staff_row(db, maija).hard_locked

    ctx = login(db, OWNER_PASSWORD, clk, username="olli")   # same desk, same moment
    assert ctx.username == "olli"
    with db.session() as session:
        olli = session.scalar(select(Staff).where(Staff.username == "olli"))
        assert olli.failed_logins == 0 and olli.locked_until is None and not olli.hard_locked


def test_owner_unlock_lifts_a_hard_lock(db, owner_ctx, maija, clk):
    for _ in range(20):
        if staff_row(db, maija).locked_until:
            clk.now = staff_row(db, maija).locked_until
        with pytest.raises(AuthenticationFailed):
            login(db, "väärä", clk)
    staff_service.unlock_account(owner_ctx, maija)
    row = staff_row(db, maija)
    assert (row.failed_logins, row.locked_until, row.hard_locked) == (0, None, False)
    assert login(db, PASSWORD, clk).staff_id == maija


# --- audit of every attempt -----------------------------------------------------------------

def test_every_login_failure_and_lockout_is_audited_with_the_workstation(db, maija, clk):
    start = last_seq(db)
    for _ in range(5):
        with pytest.raises(AuthenticationFailed):
            login(db, "väärä", clk)
    with pytest.raises(AccountLocked):
        login(db, PASSWORD, clk)
    clk.advance(30)
    login(db, PASSWORD, clk)

    got = [(e.action, e.outcome, e.entity_id, e.actor_id) for e in events_after(db, start)]
    refused = Outcome.REFUSED
    assert got == [("login.failed", refused, maija, None)] * 5 + [
        ("account.locked", refused, maija, None),
        ("login.locked_out", refused, maija, None),
        ("login.ok", Outcome.OK, maija, maija),
    ]
    events = events_after(db, start)
    assert {e.workstation for e in events} == {DESK}
    assert [e.details["consecutive_failures"] for e in events[:5]] == [1, 2, 3, 4, 5]
    assert events[5].details == {"seconds": 30}
    assert events[-1].at == clk.now
    with db.session() as session:
        assert audit_chain.verify(session, db.audit_key).ok


def test_hard_lock_is_audited(db, maija, clk):
    for _ in range(19):
        if staff_row(db, maija).locked_until:
            clk.now = staff_row(db, maija).locked_until
        with pytest.raises(AuthenticationFailed):
            login(db, "väärä", clk)
    clk.now = staff_row(db, maija).locked_until
    start = last_seq(db)
    with pytest.raises(AuthenticationFailed):
        login(db, "väärä", clk)
    actions = [(e.action, e.details) for e in events_after(db, start)]
    assert actions == [("login.failed", {"consecutive_failures": 20}),
                       ("account.locked", {"seconds": None})]


# --- unknown users ----------------------------------------------------------------------------

def test_unknown_user_fails_exactly_like_a_wrong_password(db, maija, clk, verify_calls):
    with pytest.raises(AuthenticationFailed) as wrong_password:
        login(db, "väärä salasana", clk)
    with pytest.raises(AuthenticationFailed) as unknown:
        login(db, "väärä salasana", clk, username="eiole.olemassa")
    assert type(unknown.value) is type(wrong_password.value)
    assert str(unknown.value) == str(wrong_password.value)
    assert unknown.value.params == wrong_password.value.params
    assert len(verify_calls) == 2, "an unknown user must cost one hash check too (timing)"

    event = events_after(db, last_seq(db) - 1)[0]
    assert (event.action, event.outcome, event.entity_id) == ("login.failed", Outcome.REFUSED,
                                                              None)
    assert event.workstation == DESK
    assert "eiole.olemassa" not in audit_chain.canonical(event).decode()


def test_inactive_user_cannot_log_in(db, owner_ctx, maija, clk):
    staff_service.set_active(owner_ctx, maija, False)
    with pytest.raises(AuthenticationFailed) as info:
        login(db, PASSWORD, clk)
    assert type(info.value) is AuthenticationFailed
    staff_service.set_active(owner_ctx, maija, True)
    assert login(db, PASSWORD, clk).staff_id == maija


def test_username_is_case_and_space_insensitive(db, maija, clk):
    assert login(db, PASSWORD, clk, username="  MAIJA ").staff_id == maija


# --- A4: password policy -----------------------------------------------------------------------

LONG_UNICODE = "Äänekosken kesämökillä 🦊 sauna lämpiää ja järvi välkkyy, ωμέγα – 漢字 " * 2


def test_long_unicode_password_is_accepted_exactly_as_typed(db, owner_ctx, clk):
    assert len(LONG_UNICODE) >= 128 and len(LONG_UNICODE.encode()) > 128
    staff_id = staff_service.create_staff(owner_ctx, username="pitka", display_name="Pitkä",
                                          roles=[Role.PRACTITIONER],
                                          password=LONG_UNICODE).data
    assert login(db, LONG_UNICODE, clk, username="pitka").staff_id == staff_id
    # Not trimmed, not truncated: a change in the last character or the trailing space counts.
    for variant in (LONG_UNICODE.strip(), LONG_UNICODE[:-2] + "X ", LONG_UNICODE[:72]):
        with pytest.raises(AuthenticationFailed):
            login(db, variant, clk, username="pitka")
        clk.advance(3600)  # stay clear of the lockout


@pytest.mark.parametrize("password, code", [
    ("password123", "password_too_common"),
    ("PassWord123", "password_too_common"),   # the blocklist ignores case
    ("qwerty123", "password_too_common"),
    ("Lyhyt1!", "password_too_short"),        # 7 characters
    ("", "password_too_short"),
])
def test_weak_passwords_are_refused_and_nothing_is_written(db, owner_ctx, password, code):
    with db.session() as session:
        before = session.scalar(select(Staff.id).order_by(Staff.id.desc()))
    start = last_seq(db)
    with pytest.raises(ValidationError) as info:
        staff_service.create_staff(owner_ctx, username="heikko", display_name="Heikko",
                                   roles=[Role.RECEPTION], password=password)
    assert (info.value.field, info.value.code) == ("password", code)
    with db.session() as session:
        assert session.scalar(select(Staff.id).order_by(Staff.id.desc())) == before
    assert events_after(db, start) == []


def test_eight_characters_are_enough(db, owner_ctx, clk):
    staff_service.create_staff(owner_ctx, username="kahdeksan", display_name="Kahdeksan",
                               roles=[Role.RECEPTION], password="kuusi#42")
    assert login(db, "kuusi#42", clk, username="kahdeksan").username == "kahdeksan"


# --- window lock and unlock -------------------------------------------------------------------

def test_unlock_with_right_and_wrong_password(db, maija, clk):
    ctx = login(db, PASSWORD, clk)
    start = last_seq(db)
    auth.record_lock(ctx, "idle")
    with pytest.raises(AuthenticationFailed):
        auth.unlock(ctx, "väärä")
    assert staff_row(db, maija).failed_logins == 1
    auth.unlock(ctx, PASSWORD)
    assert staff_row(db, maija).failed_logins == 0

    got = [(e.action, e.outcome, e.entity_id, e.workstation) for e in events_after(db, start)]
    assert got == [
        ("session.locked", Outcome.OK, maija, DESK),
        ("login.failed", Outcome.REFUSED, maija, DESK),
        ("login.ok", Outcome.OK, maija, DESK),
        ("session.unlocked", Outcome.OK, maija, DESK),
    ]
    assert events_after(db, start)[0].details == {"reason": "idle"}


def test_unlock_of_a_locked_account_is_refused(db, maija, clk):
    ctx = login(db, PASSWORD, clk)
    for _ in range(5):
        with pytest.raises(AuthenticationFailed):
            auth.unlock(ctx, "väärä")
    with pytest.raises(AccountLocked):
        auth.unlock(ctx, PASSWORD)


def test_change_own_password(db, maija, clk):
    ctx = login(db, PASSWORD, clk)
    start = last_seq(db)
    with pytest.raises(AuthenticationFailed):
        auth.change_own_password(ctx, "väärä vanha", "Uusi hyvä salasana 9")
    with pytest.raises(ValidationError) as info:
        auth.change_own_password(ctx, PASSWORD, "password1")
    assert info.value.code == "password_too_common"
    auth.change_own_password(ctx, PASSWORD, "Uusi hyvä salasana 9")
    assert not staff_row(db, maija).must_change_password
    with pytest.raises(AuthenticationFailed):
        login(db, PASSWORD, clk)
    login(db, "Uusi hyvä salasana 9", clk)
    actions = [e.action for e in events_after(db, start)]
    assert actions[:2] == ["password.change_failed", "password.changed"]


# --- no personal data in exceptions ---------------------------------------------------------

def test_no_exception_text_contains_the_username_or_password(db, owner_ctx, maija, clk):
    secret_name, secret_password = "salainen.nimi", "Salainen Sana 123"
    staff_service.create_staff(owner_ctx, username=secret_name, display_name="S",
                               roles=[Role.RECEPTION], password=secret_password)
    raised: list[Exception] = []

    def collect(fn, *args, **kwargs):
        try:
            fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001 - collecting on purpose
            raised.append(exc)
        else:
            pytest.fail(f"{fn.__name__} did not raise")

    collect(login, db, secret_password + "x", clk, username=secret_name)
    collect(login, db, secret_password, clk, username=secret_name + "x")
    for _ in range(4):
        collect(login, db, secret_password + "x", clk, username=secret_name)
    collect(login, db, secret_password, clk, username=secret_name)   # locked
    collect(staff_service.create_staff, owner_ctx, username=secret_name, display_name="T",
            roles=[Role.RECEPTION], password="Toinen Sana 123")        # username taken
    collect(staff_service.create_staff, owner_ctx, username="uusi", display_name="U",
            roles=[Role.RECEPTION], password="qwerty123")              # common password
    collect(auth.hash_password, "Lyhyt1!")
    assert {type(e).__name__ for e in raised} >= {"AuthenticationFailed", "AccountLocked",
                                                  "ValidationError"}
    for exc in raised:
        for text in (str(exc), repr(exc), json.dumps([str(a) for a in exc.args]),
                     json.dumps(getattr(exc, "params", {}), default=str)):
            for secret in (secret_name, secret_password, "qwerty123", "Lyhyt1!"):
                assert secret not in text, (type(exc).__name__, text)


def test_fixed_clock_login_records_last_login(db, maija):
    moment = dt.datetime(2026, 3, 29, 1, 0, tzinfo=dt.timezone.utc)
    login(db, PASSWORD, fixed_clock(moment))
    assert staff_row(db, maija).last_login_at == moment


def test_failures_spread_over_time_do_not_lock_temporarily(db, owner_ctx):
    """'5 failures in 15 min' (RELIABILITY §2): a mistype now and then never adds up to a lock,
    but the consecutive count still reaches the hard lock at 20."""
    moment = [dt.datetime(2026, 11, 21, 8, 0, tzinfo=dt.timezone.utc)]
    for i in range(19):
        moment[0] += dt.timedelta(minutes=16)
        with pytest.raises(AuthenticationFailed):
            auth.authenticate(db, "olli", "väärä salasana", workstation="w",
                               clock=lambda: moment[0])
    moment[0] += dt.timedelta(minutes=16)
    with pytest.raises(AuthenticationFailed):
        auth.authenticate(db, "olli", "väärä salasana", workstation="w",
                           clock=lambda: moment[0])
    with pytest.raises(AccountLocked) as info:
        auth.authenticate(db, "olli", OWNER_PASSWORD, workstation="w", clock=lambda: moment[0])
    assert info.value.permanent
