"""First start: create the practice, its owner and the reference data, in one transaction."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from vastaanotto import secrets
from vastaanotto import settings as settings_mod
from vastaanotto.clock import Clock, system_clock
from vastaanotto.context import Context
from vastaanotto.db.engine import Database
from vastaanotto.errors import Conflict, VastaanottoError
from vastaanotto.models.audit import Outcome
from vastaanotto.models.billing import PenaltyInterestRate, VatRate
from vastaanotto.models.practice import Practice, Setting
from vastaanotto.models.resources import OpeningHours, VatClass
from vastaanotto.models.staff import Role
from vastaanotto.permissions import Action
from vastaanotto.services.base import FieldCollector, audit, require
from vastaanotto.services.practice import validate_profile
from vastaanotto.services.staff import insert_staff

if TYPE_CHECKING:
    from vastaanotto.db.encryption import EncryptionReport
    from vastaanotto.progress import Progress

# Rates as data with validity dates (FINNISH_STANDARDS.md §6.1, §6.5). Later changes are rows.
DEFAULT_VAT_RATES = [
    (VatClass.GENERAL, Decimal("24"), dt.date(2013, 1, 1), dt.date(2024, 8, 31), ""),
    (VatClass.GENERAL, Decimal("25.5"), dt.date(2024, 9, 1), None, ""),
    (VatClass.REDUCED_1, Decimal("14"), dt.date(2013, 1, 1), dt.date(2025, 12, 31), ""),
    (VatClass.REDUCED_1, Decimal("13.5"), dt.date(2026, 1, 1), None, ""),
    (VatClass.REDUCED_2, Decimal("10"), dt.date(2013, 1, 1), None, "AVL 85 a §"),
    (VatClass.HEALTH_EXEMPT, Decimal("0"), dt.date(1994, 6, 1), None, "AVL 34 §"),
]
DEFAULT_PENALTY_INTEREST = [
    (dt.date(2024, 1, 1), Decimal("11.5")),
    (dt.date(2024, 7, 1), Decimal("11.5")),
    (dt.date(2026, 1, 1), Decimal("9.5")),
]
DEFAULT_OPENING_HOURS = [(d, dt.time(8, 0), dt.time(18, 0)) for d in range(5)]


def is_initialized(db: Database) -> bool:
    with db.session() as session:
        return session.scalar(select(Practice.id).limit(1)) is not None


def initialize_practice(db: Database, profile: dict[str, Any], *, owner_username: str,
                        owner_display_name: str, owner_password: str, workstation: str,
                        clock: Clock = system_clock, is_demo: bool = False) -> Context:
    """Validates everything first (all errors together), then writes it all or nothing.

    Returns the owner's Context, so the wizard can go straight into the main window.

    The audit key is named by the practice uid, so it is attached here, before the first audit
    event, unless the caller already gave ``db`` a key (tests do). Without a trusted keyring the
    chain falls back to SHA-256 (``secrets.audit_key`` returns None).
    """
    fields = FieldCollector()
    clean = fields.check(validate_profile, profile)
    previous_key = db.audit_key
    try:
        return _initialize(db, clean, fields, owner_username=owner_username,
                           owner_display_name=owner_display_name, owner_password=owner_password,
                           workstation=workstation, clock=clock, is_demo=is_demo)
    except BaseException:
        db.audit_key = previous_key  # the new uid's key must not outlive a failed setup
        raise


def _initialize(db: Database, clean, fields: FieldCollector, *, owner_username: str,
                owner_display_name: str, owner_password: str, workstation: str, clock: Clock,
                is_demo: bool) -> Context:
    with db.session() as session:
        if session.scalar(select(Practice.id).limit(1)) is not None:
            raise Conflict("already_initialized")
        owner = fields.check(insert_staff, session, username=owner_username,
                             display_name=owner_display_name, roles=[Role.OWNER],
                             password=owner_password)
        fields.raise_if_any()
        uid = str(uuid.uuid4())
        if db.audit_key is None:
            db.audit_key = secrets.audit_key(uid)
        practice = Practice(uid=uid, is_demo=is_demo,
                            **{k: getattr(clean, k) for k in clean.__dataclass_fields__})
        session.add(practice)
        session.add_all(VatRate(vat_class=c, rate=r, valid_from=f, valid_until=u, legal_basis=b)
                        for c, r, f, u, b in DEFAULT_VAT_RATES)
        session.add_all(PenaltyInterestRate(valid_from=f, rate=r)
                        for f, r in DEFAULT_PENALTY_INTEREST)
        session.add_all(OpeningHours(weekday=d, opens=o, closes=c)
                        for d, o, c in DEFAULT_OPENING_HOURS)
        session.add_all(Setting(key=v.key, value=v.default) for v in settings_mod.ALL.values())
        owner.last_login_at = clock()
        ctx = Context(db=db, staff_id=owner.id, username=owner.username,
                      display_name=owner.display_name, roles=owner.role_set,
                      workstation=workstation, clock=clock)
        session.flush()
        audit(session, ctx, "practice.initialized", entity_type="practice", entity_id=practice.id,
              details={"demo": is_demo})
        audit(session, ctx, "staff.created", entity_type="staff", entity_id=owner.id,
              details={"roles": ["owner"]})
        return ctx


# -- the database at rest (issue #7) ----------------------------------------------------------


@dataclass(frozen=True)
class StorageProtection:
    """How the practice's database is kept, for the status bar and the Encryption page."""

    sqlite: bool  # a file on this computer (PostgreSQL encrypts at the server)
    encrypted: bool
    demo: bool
    keyring_available: bool  # a new database key could be kept here


def storage_protection(ctx: Context) -> StorageProtection:
    """Readable by every role: it describes the storage, not anybody's data."""
    with ctx.transaction() as session:
        demo = bool(session.scalar(select(Practice.is_demo).limit(1)))
    return StorageProtection(sqlite=ctx.db.sqlite_path is not None, encrypted=ctx.db.encrypted,
                             demo=demo, keyring_available=secrets.backend_is_secure())


def encrypt_database(ctx: Context, progress: Progress | None = None) -> EncryptionReport:
    """Owner: encrypt the practice's plain SQLite database in place (SQLCipher, key in the
    keyring) and reopen ``ctx.db`` on it; audited as ``database.encrypted`` (or failed).

    GUI thread, with no other view using the database meanwhile: the engine is disposed and
    the file replaced (``practice_db.encrypt_database``). Errors are typed: see there.
    """
    from vastaanotto.practice_db import encrypt_database as encrypt_in_place

    require(ctx, Action.SETTINGS_MANAGE, entity_type="database")
    try:
        report = encrypt_in_place(ctx.db, progress)
    except VastaanottoError as exc:
        with ctx.transaction() as session:
            audit(session, ctx, "database.encrypted", outcome=Outcome.FAILED,
                  entity_type="database", details={"error": exc.code})
        raise
    with ctx.transaction() as session:
        audit(session, ctx, "database.encrypted", entity_type="database",
              details={"tables": report.tables, "rows": report.rows})
    return report
