"""Login, lock and unlock: argon2id hashes, per-account throttling, every attempt audited.

Throttling (RELIABILITY.md §2, OWASP): failures count within a 15-minute window (a failure more
than 15 min after the previous one starts a new window). Failures 1–4 of a window cost nothing;
from the 5th the account is locked for 30 s, doubling with each further failure up to 15 min.
The 20th consecutive failure, however spread out, locks it until an owner resets it. A lockout
never blocks other users, and a success resets both counts.
"""

from __future__ import annotations

import datetime as dt
import math

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select

from vastaanotto.clock import Clock, system_clock
from vastaanotto.context import Context
from vastaanotto.db.engine import Database
from vastaanotto.errors import AccountLocked, AuthenticationFailed
from vastaanotto.finnish import validators
from vastaanotto.models.audit import Outcome
from vastaanotto.models.staff import Staff
from vastaanotto.services.base import anonymous_context, audit

TEMP_LOCK_AFTER = 5
FAILURE_WINDOW = dt.timedelta(minutes=15)
HARD_LOCK_AFTER = 20
FIRST_DELAY_SECONDS = 30
MAX_DELAY_SECONDS = 15 * 60

_hasher = PasswordHasher()  # argon2id, t=3, m=64 MiB, p=4 (argon2-cffi 25 defaults)
_dummy_hash: str | None = None


def configure_hasher(hasher: PasswordHasher) -> None:
    """Tests use cheaper parameters; production keeps the defaults above."""
    global _hasher, _dummy_hash
    _hasher = hasher
    _dummy_hash = None


def hash_password(password: str) -> str:
    validators.password_policy(password)
    return _hasher.hash(password)


def _verify(stored_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def _burn_time(password: str) -> None:
    """Unknown user: spend the same time as a real check, so timing does not reveal names."""
    global _dummy_hash
    if _dummy_hash is None:
        _dummy_hash = _hasher.hash("not-a-real-password-but-same-cost")
    _verify(_dummy_hash, password)


def clear_lockout(staff: Staff) -> None:
    """Forget failed attempts and lift any lock (a success, or the owner's unlock or reset)."""
    staff.failed_logins = 0
    staff.recent_failed_logins = 0
    staff.locked_until = None
    staff.hard_locked = False


def lock_delay_seconds(consecutive_failures: int) -> int:
    if consecutive_failures < TEMP_LOCK_AFTER:
        return 0
    return min(FIRST_DELAY_SECONDS * 2 ** (consecutive_failures - TEMP_LOCK_AFTER),
               MAX_DELAY_SECONDS)


def _context_for(db: Database, staff: Staff, workstation: str, clock: Clock) -> Context:
    return Context(db=db, staff_id=staff.id, username=staff.username,
                   display_name=staff.display_name, roles=staff.role_set,
                   workstation=workstation, clock=clock)


def authenticate(db: Database, username: str, password: str, *, workstation: str,
                 clock: Clock = system_clock) -> Context:
    """Check a login; returns the Context of the session. Commits the login state and audit."""
    anon = anonymous_context(db, workstation, clock)
    name = (username or "").strip().lower()
    with db.session() as session:
        staff = session.scalar(select(Staff).where(func.lower(Staff.username) == name))
        now = clock()
        if staff is None or not staff.active:
            _burn_time(password)
            audit(session, anon, "login.failed", outcome=Outcome.REFUSED,
                  details={"reason": "unknown_user" if staff is None else "inactive"})
            failure: Exception = AuthenticationFailed()
        elif staff.hard_locked:
            audit(session, anon, "login.locked_out", outcome=Outcome.REFUSED,
                  entity_type="staff", entity_id=staff.id)
            failure = AccountLocked(permanent=True)
        elif staff.locked_until and staff.locked_until > now:
            wait = math.ceil((staff.locked_until - now).total_seconds())
            audit(session, anon, "login.locked_out", outcome=Outcome.REFUSED,
                  entity_type="staff", entity_id=staff.id)
            failure = AccountLocked(retry_after_seconds=wait)
        elif not _verify(staff.password_hash, password):
            previous = staff.last_failed_login_at
            if previous is None or now - previous > FAILURE_WINDOW:
                staff.recent_failed_logins = 0
            staff.failed_logins += 1
            staff.recent_failed_logins += 1
            staff.last_failed_login_at = now
            delay = lock_delay_seconds(staff.recent_failed_logins)
            if staff.failed_logins >= HARD_LOCK_AFTER:
                staff.hard_locked = True
            elif delay:
                staff.locked_until = now + dt.timedelta(seconds=delay)
            audit(session, anon, "login.failed", outcome=Outcome.REFUSED,
                  entity_type="staff", entity_id=staff.id,
                  details={"consecutive_failures": staff.failed_logins})
            if staff.hard_locked or delay:
                audit(session, anon, "account.locked", outcome=Outcome.REFUSED,
                      entity_type="staff", entity_id=staff.id,
                      details={"seconds": None if staff.hard_locked else delay})
            failure = AuthenticationFailed()
        else:
            if _hasher.check_needs_rehash(staff.password_hash):
                staff.password_hash = _hasher.hash(password)
            clear_lockout(staff)
            staff.last_login_at = now
            ctx = _context_for(db, staff, workstation, clock)
            audit(session, ctx, "login.ok", entity_type="staff", entity_id=staff.id)
            return ctx
    raise failure


def record_lock(ctx: Context, reason: str = "idle") -> None:
    with ctx.transaction() as session:
        audit(session, ctx, "session.locked", entity_type="staff", entity_id=ctx.staff_id,
              details={"reason": reason})


def unlock(ctx: Context, password: str) -> None:
    """Unlock the window of the same user. A wrong password counts towards the lockout too."""
    fresh = authenticate(ctx.db, ctx.username, password, workstation=ctx.workstation,
                         clock=ctx.clock)
    with ctx.transaction() as session:
        audit(session, fresh, "session.unlocked", entity_type="staff", entity_id=ctx.staff_id)


def record_logout(ctx: Context) -> None:
    with ctx.transaction() as session:
        audit(session, ctx, "logout", entity_type="staff", entity_id=ctx.staff_id)


def change_own_password(ctx: Context, old_password: str, new_password: str) -> None:
    with ctx.transaction() as session:
        staff = session.get(Staff, ctx.staff_id)
        if staff is None or not _verify(staff.password_hash, old_password):
            audit(session, ctx, "password.change_failed", outcome=Outcome.REFUSED,
                  entity_type="staff", entity_id=ctx.staff_id)
            failure = AuthenticationFailed()
        else:
            staff.password_hash = hash_password(new_password)
            staff.must_change_password = False
            audit(session, ctx, "password.changed", entity_type="staff", entity_id=staff.id)
            return
    raise failure
