"""``vastaanotto-admin``: set up, migrate and check a practice database at the machine.

Exit codes: 0 success, 1 the operation failed (existing database, broken audit chain, storage
error), 2 bad usage or invalid input. Messages are English. Errors name fields and codes, never
the values typed or stored, because they may be personal data.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
import sys
import time
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from vastaanotto import paths, secrets
from vastaanotto.context import workstation_name
from vastaanotto.db.engine import Database, database_path, open_database
from vastaanotto.db.migrate import current_revision, head_revision, upgrade_to_head
from vastaanotto.errors import (Conflict, DatabaseKeyError, StorageError, ValidationError,
                                ValidationErrors, VastaanottoError)
from vastaanotto.finnish import validators
from vastaanotto.models.staff import Role
from vastaanotto.practice_db import create_practice, default_url, open_practice_database
from vastaanotto.privacy import audit_chain
from vastaanotto.progress import Progress
from vastaanotto.services.base import FieldCollector, anonymous_context, audit
from vastaanotto.services.practice import validate_profile
from vastaanotto.services.setup import is_initialized
from vastaanotto.services.staff import insert_staff, validate_username

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2
ADMIN_ACTOR = "vastaanotto-admin"
ENV_OWNER_PASSWORD = "VASTAANOTTO_OWNER_PASSWORD"
ENV_NEW_PASSWORD = "VASTAANOTTO_NEW_PASSWORD"
PROMPT_ROUNDS = 3

# (profile key, option, prompt); prompts marked optional may be left empty.
PROFILE_OPTIONS = (
    ("name", "--name", "Business name"),
    ("business_id", "--business-id", "Business ID (Y-tunnus)"),
    ("street", "--street", "Street address"),
    ("postal_code", "--postal-code", "Postal code"),
    ("city", "--city", "City"),
    ("phone", "--phone", "Business phone (optional)"),
    ("email", "--email", "Business e-mail (optional)"),
    ("register_contact_name", "--contact-name", "Contact person of the client register"),
    ("register_contact_email", "--contact-email", "Contact person's e-mail"),
    ("register_contact_phone", "--contact-phone", "Contact person's phone (optional)"),
    ("iban", "--iban", "Bank account (IBAN)"),
    ("bic", "--bic", "BIC (optional)"),
)
OWNER_OPTIONS = (
    ("owner_username", "--owner-username", "Owner's user name"),
    ("owner_name", "--owner-name", "Owner's full name"),
)


class CliError(Exception):
    """A failure with a message for the person at the terminal (no personal data in it)."""

    def __init__(self, message: str, code: int = EXIT_FAILURE):
        super().__init__(message)
        self.code = code


def _err(text: str) -> None:
    print(text, file=sys.stderr)


def _print_validation(exc: ValidationError | ValidationErrors) -> None:
    errors = exc.errors if isinstance(exc, ValidationErrors) else [exc]
    _err("Invalid input:")
    for error in errors:
        _err(f"  {error.field}: {error.code}")


def _warn_if_no_keyring() -> None:
    if not secrets.backend_is_secure():
        _err("warning: no trusted OS keyring; the audit chain is protected by plain SHA-256 "
             "instead of a secret key")


# -- locating and opening -------------------------------------------------------------------


def _url(args: argparse.Namespace) -> str:
    return getattr(args, "database_url", None) or default_url(args.data_dir)


def _require_existing_file(url: str) -> None:
    """A missing SQLite file would be created empty by opening it: refuse instead."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database \
            and parsed.database != ":memory:" and not Path(parsed.database).exists():
        raise CliError(f"no database at {parsed.database}")


def _open_current(url: str) -> Database:
    """An existing database already at head, with its audit key; never migrates it."""
    _require_existing_file(url)
    db = open_practice_database(url, migrate=False)
    if current_revision(db.engine) != head_revision():
        db.dispose()
        raise CliError("the database schema is not current; run `vastaanotto-admin migrate` "
                       "first")
    return db


# -- passwords ------------------------------------------------------------------------------


def _prompt_new_password(field: str) -> str:
    """Ask twice until both match and the policy accepts; gives up after a few rounds."""
    for _ in range(PROMPT_ROUNDS):
        first = getpass.getpass("Password: ")
        if getpass.getpass("Password again: ") != first:
            _err("The passwords differ.")
            continue
        try:
            return validators.password_policy(first, field)
        except ValidationError as exc:
            _print_validation(exc)
    raise ValidationError(field, "no_acceptable_password")


def _password_from_file(path: Path) -> str:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise CliError("cannot read the password file: "
                       f"{exc.strerror or type(exc).__name__}") from None
    # The first line is the password; only the line break (as written by echo) is dropped.
    return text.splitlines()[0] if text else ""


# -- init -----------------------------------------------------------------------------------


def _init_errors(values: dict[str, str], password: str | None) -> list[ValidationError]:
    """Every invalid field at once, checked before the database is even created."""
    fields = FieldCollector()
    fields.check(validate_profile, {key: values.get(key, "") for key, _, _ in PROFILE_OPTIONS})
    errors = fields.errors
    owner_checks = (
        ("owner_username", validate_username, values.get("owner_username", "")),
        ("owner_name", validators.name, values.get("owner_name", "")),
        ("owner_password", validators.password_policy, password),
    )
    for field, check, value in owner_checks:
        if value is None:
            errors.append(ValidationError(field, "required"))
            continue
        try:
            check(value)
        except ValidationError as exc:
            errors.append(ValidationError(field, exc.code, **exc.params))
    return errors


def _interactive_init_values() -> tuple[dict[str, str], str]:
    """Prompt for every field, then again for the fields that were not accepted."""
    values: dict[str, str] = {}
    password: str | None = None
    pending = [key for key, _, _ in PROFILE_OPTIONS + OWNER_OPTIONS] + ["owner_password"]
    prompts = {key: prompt for key, _, prompt in PROFILE_OPTIONS + OWNER_OPTIONS}
    for _ in range(PROMPT_ROUNDS):
        for key in pending:
            if key == "owner_password":
                print("Owner's password (at least 8 characters; a passphrase is best)")
                password = _prompt_new_password("owner_password")
            else:
                values[key] = input(f"{prompts[key]}: ").strip()
        errors = _init_errors(values, password)
        if not errors:
            return values, password or ""
        _print_validation(ValidationErrors(errors))
        pending = [e.field for e in errors if e.field in prompts or e.field == "owner_password"]
    raise ValidationErrors(errors)


def _choose_encryption(args: argparse.Namespace, *, interactive: bool) -> bool:
    """Encrypted whenever a trusted keyring can keep the key (issue #7). Without one the
    owner decides: --no-encryption, or a yes at the prompt; the key is never put in a file."""
    if args.no_encryption:
        return False
    if secrets.backend_is_secure():
        return True
    _err("No trusted OS keyring is available, so the database key could not be kept safely "
         "(it is never written to a file). The practice can be created unencrypted and "
         "encrypted later with `vastaanotto-admin encrypt-database`.")
    if interactive and input("Create the practice without encryption? [y/N] ").strip().lower() \
            in ("y", "yes", "k", "kyllä"):
        return False
    raise CliError("no trusted keyring; use --no-encryption to create an unencrypted practice")


def cmd_init(args: argparse.Namespace) -> int:
    given = {key: getattr(args, key) for key, _, _ in PROFILE_OPTIONS + OWNER_OPTIONS
             if getattr(args, key) is not None}
    if given or args.owner_password_file is not None:
        values = {key: given.get(key, "") for key, _, _ in PROFILE_OPTIONS + OWNER_OPTIONS}
        if args.owner_password_file is not None:
            password = _password_from_file(args.owner_password_file)
        else:
            password = os.environ.get(ENV_OWNER_PASSWORD)
        errors = _init_errors(values, password)
        if errors:
            raise ValidationErrors(errors)
    else:
        values, password = _interactive_init_values()
    encrypt = _choose_encryption(args, interactive=not given and args.owner_password_file is None)
    db = open_practice_database(_url(args))
    try:
        if is_initialized(db):
            raise CliError("this database already holds a practice")
        create_practice(db, {key: values[key] for key, _, _ in PROFILE_OPTIONS},
                        owner_username=values["owner_username"],
                        owner_display_name=values["owner_name"], owner_password=password or "",
                        workstation=workstation_name(), encrypt=encrypt)
        print(f"Practice created in {db.display_name}"
              f"{' (encrypted, key in the OS keyring)' if db.encrypted else ''}. "
              "The owner can now log in.")
    finally:
        db.dispose()
    _warn_if_no_keyring()
    return EXIT_OK


# -- demo -----------------------------------------------------------------------------------


def cmd_demo(args: argparse.Namespace) -> int:
    from vastaanotto.demo import DEMO_LOGINS, create_demo_database

    data_dir = args.data_dir if args.data_dir is not None else paths.data_dir()
    target = database_path(data_dir)
    if args.if_missing and target.exists():
        return EXIT_OK
    progress = Progress(lambda done, total, label: _err(f"[{done}/{total}] {label}"))
    started = time.perf_counter()
    try:
        summary = create_demo_database(data_dir, replace=args.force, seed=args.seed,
                                       clients=args.clients, today=args.today,
                                       progress=progress)
    except Conflict as exc:
        if exc.code == "database_exists":
            raise CliError(f"{target} already exists; use --if-missing to keep it or --force "
                           "to replace it") from None
        if exc.code == "not_a_demo_database":
            raise CliError(f"{target} is not a demo practice; refusing to replace it") from None
        raise
    seconds = time.perf_counter() - started
    print(f"Demo practice created in {target} in {seconds:.1f} s: {summary.clients} clients, "
          f"{summary.appointments} appointments from {summary.first_day:%d.%m.%Y} to "
          f"{summary.last_day:%d.%m.%Y}.")
    print("Demo logins (user name, password, role):")
    width = max(len(u) for u, _, _ in DEMO_LOGINS)
    pwidth = max(len(p) for _, p, _ in DEMO_LOGINS)
    for username, password, role in DEMO_LOGINS:
        print(f"  {username:<{width}}  {password:<{pwidth}}  {role}")
    _warn_if_no_keyring()
    return EXIT_OK


# -- migrate --------------------------------------------------------------------------------


def cmd_migrate(args: argparse.Namespace) -> int:
    db = open_database(_url(args), migrate=False)
    try:
        before = current_revision(db.engine)
        upgrade_to_head(db.engine)
        after = current_revision(db.engine)
    finally:
        db.dispose()
    print(f"Revision before: {before or 'none (empty database)'}")
    print(f"Revision after:  {after}")
    return EXIT_OK


# -- create-user ----------------------------------------------------------------------------


def cmd_create_user(args: argparse.Namespace) -> int:
    password = os.environ.get(ENV_NEW_PASSWORD)
    if password is not None:
        validators.password_policy(password)
    else:
        password = _prompt_new_password("password")
    db = _open_current(_url(args))
    try:
        if not is_initialized(db):
            raise CliError("no practice in this database; run `vastaanotto-admin init` first")
        # Bootstrap at the machine: nobody is logged in, so the actor is the tool itself.
        ctx = anonymous_context(db, workstation_name(), name=ADMIN_ACTOR)
        with db.session() as session:
            staff = insert_staff(session, username=args.username, display_name=args.name,
                                 roles=[Role(r) for r in args.role], password=password,
                                 title=args.title or "", email=args.email or "")
            roles = sorted(r.value for r in staff.role_set)
            audit(session, ctx, "staff.created", entity_type="staff", entity_id=staff.id,
                  details={"roles": roles})
        print(f"User created with roles: {', '.join(roles)}.")
    finally:
        db.dispose()
    return EXIT_OK


# -- verify-audit ---------------------------------------------------------------------------


def _anchor(args: argparse.Namespace, session) -> tuple[tuple[int | None, str] | None, str]:
    """The head to hold the chain against: ``--anchor SEQ:HASH``, else the head anchored in
    the newest verified backup (a cut tail verifies on its own; only an anchor reveals it)."""
    if args.anchor:
        seq, _, digest = args.anchor.partition(":")
        return (int(seq), digest.strip().lower()), "--anchor"
    from sqlalchemy import select

    from vastaanotto.models.backup import BackupRecord, BackupStatus

    digest = session.scalar(select(BackupRecord.audit_head).where(
        BackupRecord.status == BackupStatus.VERIFIED, BackupRecord.audit_head != "")
        .order_by(BackupRecord.started_at.desc()).limit(1))
    return ((None, digest), "the newest verified backup") if digest else (None, "")


def cmd_verify_audit(args: argparse.Namespace) -> int:
    db = _open_current(_url(args))
    try:
        with db.session() as session:
            anchor, source = _anchor(args, session)
            result = audit_chain.verify(session, db.audit_key, anchor=anchor)
    finally:
        db.dispose()
    if result.ok:
        print(f"OK, {result.checked} events" + (f"; anchored head from {source} found"
                                               if anchor else ""))
        return EXIT_OK
    print(f"BROKEN at seq {result.first_bad_seq}: {result.problem} "
          f"({result.checked} events before it verified)")
    if result.problem in ("truncated", "anchor"):
        print(f"The head anchored in {source} is not in the trail: events were removed from "
              "its end or the trail was rewritten.")
    if result.problem == "mac" and result.first_bad_seq == 1:
        print("The very first event fails: the audit key in this machine's keyring may not be "
              "the one this database was written with.")
    return EXIT_FAILURE


# -- encrypt-database -------------------------------------------------------------------------


def cmd_encrypt_database(args: argparse.Namespace) -> int:
    from vastaanotto.db import encryption

    url = _url(args)
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        raise CliError("only a SQLite database file can be encrypted (PostgreSQL encrypts at "
                       "the server)")
    _require_existing_file(url)
    path = Path(parsed.database)
    if encryption.is_encrypted(path):
        print("The database is already encrypted.")
        return EXIT_OK
    progress = Progress(lambda done, total, label: _err(f"[{done}/{total}] {label}"))
    report = encryption.encrypt_in_place(path, progress)
    print(f"Encrypted {path.name}: {report.tables} tables, {report.rows} rows verified; "
          "the key is in the OS keyring. Make a new backup and keep the emergency kit safe.")
    return EXIT_OK


# -- backups --------------------------------------------------------------------------------


def _admin_context(db: Database):
    """The owner's rights at the machine, audited as vastaanotto-admin (like create-user):
    whoever runs this command already holds the database file and the keyring."""
    from vastaanotto.context import Context

    return Context(db=db, staff_id=None, username="", display_name=ADMIN_ACTOR,
                   roles=frozenset({Role.OWNER}), workstation=workstation_name())


def _target_id(ctx, name: str | None) -> int | None:
    from vastaanotto.services import backups

    if name is None:
        return None
    for row in backups.list_targets(ctx):
        if row.name == name:
            return row.id
    raise CliError(f"no backup target named {name!r}", EXIT_USAGE)


def _print_progress(done: int, total: int, label: str) -> None:
    if label:
        _err(f"  [{done}/{total}] {label}")


def cmd_backup(args: argparse.Namespace) -> int:
    from vastaanotto.services import backups

    db = _open_current(_url(args))
    try:
        ctx = _admin_context(db)
        target_id = _target_id(ctx, args.target)
        result = backups.run_backup(ctx, Progress(_print_progress), target_id=target_id)
        print(f"Backup {result.seq}: {result.remote_name} ({result.size_bytes} bytes; "
              + ", ".join(f"{k} {v}" for k, v in sorted(result.counts.items())) + ")")
        for outcome in result.targets:
            state = "OK" if outcome.ok else f"FAILED ({outcome.error_code})"
            extra = f", {outcome.pruned} old backup(s) pruned" if outcome.pruned else ""
            if outcome.prune_error_code:
                extra += f", pruning skipped ({outcome.prune_error_code})"
            print(f"  {outcome.name}: {state}{extra}")
        if args.verify:
            for outcome in result.targets:
                if outcome.ok:
                    checked = backups.verify_latest(ctx, Progress(_print_progress),
                                                    target_id=outcome.target_id)
                    print(f"  {outcome.name}: verified backup {checked.seq} "
                          f"({checked.audit_events_checked} audit events)")
    finally:
        db.dispose()
    return EXIT_OK if result.ok else EXIT_FAILURE


def cmd_list_backups(args: argparse.Namespace) -> int:
    from vastaanotto.services import backups

    db = _open_current(_url(args))
    try:
        ctx = _admin_context(db)
        wanted = _target_id(ctx, args.target)
        for row in backups.list_targets(ctx):
            if wanted is not None and row.id != wanted:
                continue
            print(f"{row.name} ({row.kind.value}):")
            for entry in backups.list_backups(ctx, row.id):
                print(f"  {entry.remote_name}  seq {entry.seq}  {entry.size_bytes} bytes  "
                      f"{entry.status}")
    finally:
        db.dispose()
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from vastaanotto.services import backups

    if (args.file is None) == (args.target is None or args.name is None):
        raise CliError("give either --file PATH or both --target NAME and --name REMOTE",
                       EXIT_USAGE)
    recovery_key = None
    if args.recovery_key_file is not None:
        try:
            recovery_key = args.recovery_key_file.read_text(encoding="utf-8")
        except OSError:
            raise CliError("cannot read the recovery key file", EXIT_USAGE) from None
    # A lost or damaged database: restore into a fresh file at the same place.
    try:
        db = open_practice_database(_url(args), migrate=True)
    except (DatabaseKeyError, StorageError) as exc:
        if isinstance(exc, StorageError) and exc.code != "not_a_database":
            raise
        return _restore_unreadable(args, recovery_key, exc)
    try:
        ctx = _admin_context(db)
        target_id = _target_id(ctx, args.target)
        preview = backups.inspect_backup(
            ctx, Progress(_print_progress), target_id=target_id, remote_name=args.name,
            path=str(args.file) if args.file else None, recovery_key=recovery_key)
        print(f"Backup {preview.seq} of {preview.practice_name}, made "
              f"{preview.created_at.astimezone().strftime('%d.%m.%Y %H.%M')}, "
              f"{preview.size_bytes} bytes: "
              + ", ".join(f"{k} {v}" for k, v in sorted(preview.counts.items())))
        if "older_than_newest" in preview.warnings:
            print("warning: a newer verified backup exists")
        if not args.yes:
            answer = input("Replace the current database with this backup? [y/N] ")
            if answer.strip().lower() not in ("y", "yes", "k", "kyllä"):
                preview.discard()
                print("Nothing was changed.")
                return EXIT_FAILURE
        db.dispose()
        result = backups.restore(ctx, Progress(_print_progress), preview)
        kept = result.kept_aside_path
        print(f"Restored backup {result.seq}." + (f" The previous database was kept as {kept}."
                                                  if kept else ""))
    finally:
        db.dispose()
    return EXIT_OK


def _restore_unreadable(args: argparse.Namespace, recovery_key: str | None,
                        exc: VastaanottoError) -> int:
    """The live database cannot be opened (its key went with the keyring, or it is damaged):
    restore the backup file with the kit's recovery key without reading the old file."""
    from vastaanotto.services import backups

    parsed = make_url(_url(args))
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        raise exc
    _err(f"The database cannot be opened ({exc.code}); restoring without it.")
    if args.file is None:
        raise CliError("the backup targets are listed inside the database that cannot be "
                       "opened: copy the backup (.age and .age.manifest) from the target and "
                       "give it with --file PATH --recovery-key-file FILE", EXIT_USAGE)
    if recovery_key is None:
        raise CliError("the backup keys cannot be found without the database: give the "
                       "recovery key from the emergency kit with --recovery-key-file FILE",
                       EXIT_USAGE)
    if not args.yes:
        answer = input("Restore this backup in place of the database that cannot be opened? "
                       "(the old file is kept aside as it is) [y/N] ")
        if answer.strip().lower() not in ("y", "yes", "k", "kyllä"):
            print("Nothing was changed.")
            return EXIT_FAILURE
    result = backups.restore_lost_database(
        Path(parsed.database), args.file, recovery_key, Progress(_print_progress),
        actor=ADMIN_ACTOR, workstation=workstation_name())
    kept = result.kept_aside_path
    print(f"Restored backup {result.seq}: "
          + ", ".join(f"{k} {v}" for k, v in sorted(result.counts.items())) + "."
          + (f" The unreadable database was kept as it was in {kept}." if kept else ""))
    if result.encrypted_at_rest:
        print("The restored database is encrypted with a new key kept in the OS keyring. "
              "Make a new backup and print a new emergency kit.")
    else:
        print("No trusted OS keyring: the restored database is NOT encrypted. Encrypt it with "
              "`vastaanotto-admin encrypt-database` once a keyring is available.")
    db = open_practice_database(_url(args), migrate=False)
    try:
        with db.session() as session:
            check = audit_chain.verify(session, db.audit_key)
    finally:
        db.dispose()
    if check.ok:
        print(f"Audit trail: OK, {check.checked} events.")
    else:
        # A backup made before the manifest carried the audit key: the restored trail was
        # written with the lost key, and the keyring now holds another.
        _err(f"warning: the audit trail does not verify (seq {check.first_bad_seq}: "
             f"{check.problem}); this backup did not carry the audit key lost with the keyring")
    print("Backup target passwords were in the lost keyring: enter them again in "
          "Administration → Backups.")
    return EXIT_OK


def cmd_emergency_kit(args: argparse.Namespace) -> int:
    from vastaanotto.services import backups

    db = _open_current(_url(args))
    try:
        path = backups.emergency_kit_pdf(_admin_context(db), args.path, language=args.language)
    finally:
        db.dispose()
    print(f"Emergency kit written to {path}. Print it and keep it locked away; then delete "
          "the file.")
    return EXIT_OK


# -- messages -------------------------------------------------------------------------------


def _use_local_smtp(ctx, address: str) -> None:
    from vastaanotto.services import messages, practice

    host, _, port = address.rpartition(":")
    if host not in ("127.0.0.1", "localhost") or not port.isdigit():
        raise CliError("--local-smtp takes 127.0.0.1:PORT or localhost:PORT", EXIT_USAGE)
    profile = practice.get_profile(ctx)
    current = messages.get_settings(ctx).__dict__
    messages.save_settings(ctx, {**current, "email_enabled": True, "smtp_host": host,
                                 "smtp_port": int(port), "smtp_security": "none",
                                 "smtp_username": "",
                                 "smtp_sender": current["smtp_sender"] or profile.email
                                 or profile.register_contact_email
                                 or "vastaanotto@localhost.localdomain",
                                 "smtp_sender_name": current["smtp_sender_name"]
                                 or profile.name})


def cmd_send_messages(args: argparse.Namespace) -> int:
    from vastaanotto.services import messages

    db = _open_current(_url(args))
    try:
        ctx = _admin_context(db)
        if args.local_smtp:
            _use_local_smtp(ctx, args.local_smtp)
        while True:
            planned = messages.plan(ctx)
            report = messages.send_due(ctx, limit=500)
            print(f"{dt.datetime.now():%H.%M.%S} queued {planned.queued}, sent {report.sent}, "
                  f"retrying {report.retrying}, failed {report.failed + planned.failed}, unknown "
                  f"{report.unknown}, waiting for the morning {report.deferred}", flush=True)
            if args.once:
                failed = report.failed + report.unknown + planned.failed
                return EXIT_FAILURE if failed else EXIT_OK
            time.sleep(args.interval)
    finally:
        db.dispose()


# -- the parser -----------------------------------------------------------------------------


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError("not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _anchor_arg(text: str) -> str:
    seq, sep, digest = text.partition(":")
    if not sep or not seq.isdigit() or len(digest) != 64 or not all(
            c in "0123456789abcdefABCDEF" for c in digest):
        raise argparse.ArgumentTypeError("expected SEQ:HASH (64 hex digits)")
    return text


def _iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError("expected YYYY-MM-DD") from None


def _add_location(parser: argparse.ArgumentParser, *, url: bool = True) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--data-dir", type=Path, metavar="DIR",
                       help="folder of vastaanotto.sqlite3 (default: the user data folder, or "
                            "$VASTAANOTTO_DATA_DIR)")
    if url:
        group.add_argument("--database-url", metavar="URL",
                           help="SQLAlchemy URL instead of a folder, e.g. "
                                "postgresql+psycopg://host/vastaanotto")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vastaanotto-admin",
        description="Administer a Vastaanotto practice database.",
        epilog="Exit codes: 0 success, 1 failure, 2 invalid usage or input.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    init = commands.add_parser(
        "init", help="create the practice and its owner",
        description="Create the practice and its owner account. Without the options below the "
                    "details are asked interactively. Non-interactively the owner's password "
                    f"comes from ${ENV_OWNER_PASSWORD} or --owner-password-file.")
    _add_location(init)
    for key, option, prompt in PROFILE_OPTIONS + OWNER_OPTIONS:
        init.add_argument(option, dest=key, metavar="TEXT", help=prompt)
    init.add_argument("--owner-password-file", type=Path, metavar="FILE",
                      help="file whose first line is the owner's password")
    init.add_argument("--no-encryption", action="store_true",
                      help="do not encrypt the database (default: encrypted with a key kept "
                           "in the OS keyring, when one is available)")
    init.set_defaults(func=cmd_init)

    demo = commands.add_parser(
        "demo", help="create the demo practice",
        description="Create the fictional demo practice (Kuntoutusklinikka Koivu Oy) with "
                    "clients and six months of appointments, and print its logins.")
    _add_location(demo, url=False)
    existing = demo.add_mutually_exclusive_group()
    existing.add_argument("--if-missing", action="store_true",
                          help="do nothing (exit 0) when the database already exists")
    existing.add_argument("--force", action="store_true",
                          help="replace an existing demo database (never a real practice)")
    demo.add_argument("--clients", type=_positive_int, default=2000, metavar="N",
                      help="number of clients (default 2000)")
    demo.add_argument("--seed", type=int, default=2026, metavar="N",
                      help="random seed; the same seed and day give the same demo")
    demo.add_argument("--today", type=_iso_date, default=None, metavar="YYYY-MM-DD",
                      help="the day the calendar is centred on (default: today)")
    demo.set_defaults(func=cmd_demo)

    migrate = commands.add_parser(
        "migrate", help="upgrade the database schema to the newest version",
        description="Upgrade the schema to the newest revision (a SQLite file is copied to "
                    "pre-migration/ first) and print the revision before and after.")
    _add_location(migrate)
    migrate.set_defaults(func=cmd_migrate)

    user = commands.add_parser(
        "create-user", help="add a staff account at the machine",
        description="Add a staff account without logging in, e.g. when the only owner has "
                    f"lost access. The password comes from ${ENV_NEW_PASSWORD} or is asked "
                    "twice. Audited as staff.created by vastaanotto-admin.")
    _add_location(user)
    user.add_argument("--username", required=True, help="login name (a-z, 0-9, . _ -)")
    user.add_argument("--name", required=True, help="full name as shown in the program")
    user.add_argument("--role", required=True, action="append",
                      choices=[r.value for r in Role],
                      help="role; repeat for several roles")
    user.add_argument("--title", help="professional title, e.g. fysioterapeutti")
    user.add_argument("--email", help="work e-mail")
    user.set_defaults(func=cmd_create_user)

    verify = commands.add_parser(
        "verify-audit", help="check the audit trail's hash chain",
        description="Recompute the audit trail's chain. Prints 'OK, N events', or the first "
                    "broken sequence number and the problem (gap, link, mac; truncated or "
                    "anchor against an anchored head) and exits 1. The head anchored in the "
                    "newest verified backup is checked unless --anchor is given.")
    _add_location(verify)
    verify.add_argument("--anchor", metavar="SEQ:HASH", type=_anchor_arg,
                        help="a head recorded earlier (e.g. from a backup manifest) that the "
                             "trail must still contain")
    verify.set_defaults(func=cmd_verify_audit)

    backup = commands.add_parser(
        "backup", help="make an encrypted backup now",
        description="Snapshot the database, encrypt it (age), upload it to every enabled "
                    "backup target (or one) and read it back; then prune old backups.")
    _add_location(backup)
    backup.add_argument("--target", metavar="NAME", help="only this target")
    backup.add_argument("--verify", action="store_true",
                        help="afterwards download, decrypt and check the newest backup")
    backup.set_defaults(func=cmd_backup)

    listing = commands.add_parser("list-backups", help="list the backups on the targets")
    _add_location(listing)
    listing.add_argument("--target", metavar="NAME", help="only this target")
    listing.set_defaults(func=cmd_list_backups)

    restore = commands.add_parser(
        "restore", help="replace the database with a backup",
        description="Check a backup (signature, decryption, integrity), show what it holds and "
                    "replace the database with it. The current database is kept aside first. "
                    "Close the program on every workstation before restoring. When the "
                    "database cannot be opened at all (its key was lost with the keyring), "
                    "only --file with --recovery-key-file works (the targets are listed inside "
                    "the lost database): the unreadable file is kept aside as it is, and the "
                    "backup becomes the database, encrypted under a new key in the OS keyring "
                    "when one is available, else a plain file to encrypt later with "
                    "encrypt-database. The audit key and backup keys are put back in the "
                    "keyring; target passwords must be entered again in the program.")
    _add_location(restore)
    restore.add_argument("--target", metavar="NAME",
                         help="target holding the backup (not when the database cannot be "
                              "opened: use --file)")
    restore.add_argument("--name", metavar="REMOTE", help="backup file name on the target")
    restore.add_argument("--file", type=Path, metavar="PATH",
                         help="a backup file (.age) with its .manifest beside it")
    restore.add_argument("--recovery-key-file", type=Path, metavar="FILE",
                         help="the recovery key from the emergency kit (when the keyring is "
                              "lost)")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    restore.set_defaults(func=cmd_restore)

    kit = commands.add_parser("emergency-kit", help="write the backup emergency kit PDF")
    _add_location(kit)
    kit.add_argument("path", type=Path, metavar="PATH", help="the PDF file to write")
    kit.add_argument("--language", choices=("fi", "sv", "en"), default="fi")
    kit.set_defaults(func=cmd_emergency_kit)

    encrypt = commands.add_parser(
        "encrypt-database", help="encrypt a plain database in place (SQLCipher)",
        description="Encrypt the practice's SQLite database with a new key kept in the OS "
                    "keyring. The encrypted copy is verified (integrity, schema, row counts) "
                    "before it replaces the plain file atomically; an interruption leaves a "
                    "working database. Close the program first.")
    _add_location(encrypt, url=False)
    encrypt.set_defaults(func=cmd_encrypt_database)

    send = commands.add_parser(
        "send-messages", help="plan and send due confirmations, reminders and emails",
        description="Plan the due appointment messages and send what the queue holds, every "
                    "minute until interrupted (or once with --once). The program's desks do "
                    "the same in the background; running both is safe. --local-smtp points "
                    "email at a test server on this machine first (e.g. `python -m aiosmtpd "
                    "-n -l 127.0.0.1:8025`).")
    _add_location(send)
    send.add_argument("--once", action="store_true", help="one round, then exit")
    send.add_argument("--interval", type=_positive_int, default=60, metavar="SECONDS")
    send.add_argument("--local-smtp", metavar="HOST:PORT",
                      help="use a plain SMTP test server on 127.0.0.1/localhost for email")
    send.set_defaults(func=cmd_send_messages)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help (0) and usage errors (2) as return values
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    try:
        return args.func(args)
    except CliError as exc:
        _err(f"error: {exc}")
        return exc.code
    except (ValidationError, ValidationErrors) as exc:
        _print_validation(exc)
        return EXIT_USAGE
    except VastaanottoError as exc:
        _err(f"error: {exc}")  # the code and parameter names only, never values
        return EXIT_FAILURE
    except SQLAlchemyError as exc:
        # The exception text would quote SQL parameters, which may be personal data.
        _err(f"error: database error ({type(exc).__name__})")
        return EXIT_FAILURE
    except EOFError:
        _err("error: the input ended before every detail was given")
        return EXIT_USAGE
    except KeyboardInterrupt:
        _err("interrupted")
        return EXIT_FAILURE


if __name__ == "__main__":
    sys.exit(main())
