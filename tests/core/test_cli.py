"""``vastaanotto-admin``: run in-process through ``main`` and once as a real subprocess."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.conftest import OWNER_PASSWORD, PROFILE
from vastaanotto.cli import ENV_NEW_PASSWORD, ENV_OWNER_PASSWORD, main
from vastaanotto.db.engine import database_path
from vastaanotto.db.migrate import head_revision
from vastaanotto.demo import DEMO_LOGINS
from vastaanotto.models import AuditEvent, Practice, Role
from vastaanotto.practice_db import default_url, open_practice_database
from vastaanotto.services import auth
from vastaanotto.services.setup import is_initialized

TODAY = "2026-01-15"
INIT_FLAGS = {
    "--name": PROFILE["name"], "--business-id": PROFILE["business_id"],
    "--street": PROFILE["street"], "--postal-code": PROFILE["postal_code"],
    "--city": PROFILE["city"], "--contact-name": PROFILE["register_contact_name"],
    "--contact-email": PROFILE["register_contact_email"], "--iban": PROFILE["iban"],
    "--owner-username": "olli", "--owner-name": "Olli Omistaja",
}


def _init_args(data_dir: Path, **overrides: str) -> list[str]:
    flags = {**INIT_FLAGS, **overrides}
    return ["init", "--data-dir", str(data_dir), *[x for kv in flags.items() for x in kv]]


@pytest.fixture
def practice_dir(tmp_path, monkeypatch):
    monkeypatch.setenv(ENV_OWNER_PASSWORD, OWNER_PASSWORD)
    assert main(_init_args(tmp_path)) == 0
    return tmp_path


def _open(data_dir: Path):
    return open_practice_database(default_url(data_dir))


@pytest.mark.parametrize("command", [[], ["init"], ["demo"], ["migrate"], ["create-user"],
                                     ["verify-audit"]])
def test_every_command_has_help(command, capsys):
    assert main([*command, "--help"]) == 0
    assert "usage: vastaanotto-admin" in capsys.readouterr().out


def test_usage_errors_exit_2(capsys):
    assert main([]) == 2
    assert main(["demo", "--clients", "0"]) == 2
    assert main(["create-user", "--username", "x", "--name", "X", "--role", "boss"]) == 2


def test_init_non_interactive_creates_the_practice(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv(ENV_OWNER_PASSWORD, OWNER_PASSWORD)
    assert main(_init_args(tmp_path)) == 0
    assert "Practice created" in capsys.readouterr().out
    db = _open(tmp_path)
    try:
        assert is_initialized(db) and db.audit_key is not None
        ctx = auth.authenticate(db, "olli", OWNER_PASSWORD, workstation="test")
        assert ctx.roles == {Role.OWNER}
        with db.session() as s:
            practice = s.scalar(select(Practice))
            assert (practice.business_id, practice.iban, practice.is_demo) == \
                ("0737546-2", "FI2112345600000785", False)
    finally:
        db.dispose()
    # Keyed from the first event on, so the whole chain verifies with the keyring's key.
    assert main(["verify-audit", "--data-dir", str(tmp_path)]) == 0
    assert capsys.readouterr().out.strip() == "OK, 3 events"  # setup's two and the login


def test_init_refuses_a_second_practice(practice_dir, capsys):
    assert main(_init_args(practice_dir)) == 1
    assert "already holds a practice" in capsys.readouterr().err


def test_bad_business_id_exits_2_and_writes_nothing(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv(ENV_OWNER_PASSWORD, OWNER_PASSWORD)
    assert main(_init_args(tmp_path, **{"--business-id": "1234567-8",
                                        "--contact-email": "olli(at)example"})) == 2
    err = capsys.readouterr().err
    assert "business_id: invalid_business_id" in err
    assert "register_contact_email: invalid_email" in err
    assert "1234567-8" not in err and "olli(at)" not in err  # codes, never the values
    assert not database_path(tmp_path).exists()


def test_init_password_from_file_or_refused(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv(ENV_OWNER_PASSWORD, raising=False)
    assert main(_init_args(tmp_path / "none")) == 2
    assert "owner_password: required" in capsys.readouterr().err
    secret = tmp_path / "password.txt"
    secret.write_text("short\n", encoding="utf-8")
    assert main([*_init_args(tmp_path / "weak"), "--owner-password-file", str(secret)]) == 2
    assert "owner_password: password_too_short" in capsys.readouterr().err
    secret.write_text(OWNER_PASSWORD + "\n", encoding="utf-8")
    assert main([*_init_args(tmp_path / "ok"), "--owner-password-file", str(secret)]) == 0
    db = _open(tmp_path / "ok")
    try:
        auth.authenticate(db, "olli", OWNER_PASSWORD, workstation="test")
    finally:
        db.dispose()


def test_init_interactive_asks_again_for_bad_fields(tmp_path, monkeypatch, capsys):
    answers = iter([
        PROFILE["name"], PROFILE["business_id"], PROFILE["street"], PROFILE["postal_code"],
        PROFILE["city"], "", "", PROFILE["register_contact_name"],
        PROFILE["register_contact_email"], "", "FI00 0000", "", "olli", "Olli Omistaja",
        "FI21 1234 5600 0007 85",  # the second round asks only for the IBAN
    ])
    prompts: list[str] = []

    def fake_input(prompt: str) -> str:
        prompts.append(prompt)
        return next(answers)

    monkeypatch.setattr("builtins.input", fake_input)
    monkeypatch.setattr("getpass.getpass", lambda prompt="": OWNER_PASSWORD)
    assert main(["init", "--data-dir", str(tmp_path)]) == 0
    assert prompts[-1] == "Bank account (IBAN): " and len(prompts) == 15
    assert "iban: invalid_iban" in capsys.readouterr().err
    db = _open(tmp_path)
    try:
        auth.authenticate(db, "olli", OWNER_PASSWORD, workstation="test")
    finally:
        db.dispose()


def test_demo_if_missing_is_idempotent(tmp_path, capsys):
    args = ["demo", "--data-dir", str(tmp_path), "--clients", "30", "--today", TODAY]
    assert main([*args, "--if-missing"]) == 0
    out = capsys.readouterr().out
    for username, password, _ in DEMO_LOGINS:
        assert username in out and password in out
    first = database_path(tmp_path).read_bytes()
    assert main([*args, "--if-missing"]) == 0
    assert capsys.readouterr().out == ""
    assert database_path(tmp_path).read_bytes() == first
    assert main(args) == 1
    assert "already exists" in capsys.readouterr().err
    assert main([*args, "--force"]) == 0
    assert database_path(tmp_path).read_bytes() != first
    assert main([*args, "--force", "--if-missing"]) == 2


def test_demo_force_never_replaces_a_real_practice(practice_dir, capsys):
    before = database_path(practice_dir).read_bytes()
    assert main(["demo", "--data-dir", str(practice_dir), "--force", "--clients", "5"]) == 1
    assert "not a demo practice" in capsys.readouterr().err
    assert database_path(practice_dir).read_bytes() == before


def test_create_user_then_login(practice_dir, monkeypatch, capsys):
    monkeypatch.setenv(ENV_NEW_PASSWORD, "Uusi hoitaja 2026")
    assert main(["create-user", "--data-dir", str(practice_dir), "--username", "Hanna",
                 "--name", "Hanna Hoitaja", "--role", "practitioner", "--role", "reception",
                 "--title", "fysioterapeutti"]) == 0
    assert "practitioner, reception" in capsys.readouterr().out
    db = _open(practice_dir)
    try:
        ctx = auth.authenticate(db, "hanna", "Uusi hoitaja 2026", workstation="test")
        assert ctx.roles == {Role.PRACTITIONER, Role.RECEPTION}
        with db.session() as s:
            event = s.scalar(select(AuditEvent).where(AuditEvent.action == "staff.created")
                             .order_by(AuditEvent.seq.desc()))
            assert (event.actor_id, event.actor_name, event.entity_id) == \
                (None, "vastaanotto-admin", ctx.staff_id)
            assert event.details == {"roles": ["practitioner", "reception"]}
    finally:
        db.dispose()
    assert main(["verify-audit", "--data-dir", str(practice_dir)]) == 0
    # The same name again is a validation error, not a crash.
    assert main(["create-user", "--data-dir", str(practice_dir), "--username", "hanna",
                 "--name", "Toinen", "--role", "reception"]) == 2
    assert "username: username_taken" in capsys.readouterr().err


def test_create_user_prompts_until_the_passwords_match(practice_dir, monkeypatch):
    monkeypatch.delenv(ENV_NEW_PASSWORD, raising=False)
    typed = iter(["Eka salasana 1", "Toka salasana 2", "Oikea salasana 3", "Oikea salasana 3"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(typed))
    assert main(["create-user", "--data-dir", str(practice_dir), "--username", "vo",
                 "--name", "Vilma Vastaanotto", "--role", "reception"]) == 0
    db = _open(practice_dir)
    try:
        auth.authenticate(db, "vo", "Oikea salasana 3", workstation="test")
    finally:
        db.dispose()


def test_create_user_needs_an_existing_practice(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv(ENV_NEW_PASSWORD, "Uusi hoitaja 2026")
    args = ["create-user", "--data-dir", str(tmp_path), "--username", "x1", "--name", "X",
            "--role", "owner"]
    assert main(args) == 1
    assert "no database" in capsys.readouterr().err
    assert not database_path(tmp_path).exists()  # a check never creates an empty database
    database_path(tmp_path).touch()
    assert main(args) == 1
    assert "schema is not current; run `vastaanotto-admin migrate`" in capsys.readouterr().err
    assert main(["migrate", "--data-dir", str(tmp_path)]) == 0
    assert main(args) == 1
    assert "run `vastaanotto-admin init` first" in capsys.readouterr().err


def test_verify_audit_detects_a_tampered_row(practice_dir, capsys):
    from vastaanotto.db import encryption

    path = database_path(practice_dir)
    # `init` encrypted the database (issue #7): this attacker has the file and its key.
    conn = encryption.connect(path, encryption.find_key(path))
    try:
        # The append-only trigger stops an honest mistake; an attacker with the file drops it.
        conn.execute("DROP TRIGGER audit_event_no_update")
        conn.execute("UPDATE audit_event SET reason = 'edited' WHERE seq = 2")
        conn.commit()
    finally:
        conn.close()
    assert main(["verify-audit", "--data-dir", str(practice_dir)]) == 1
    assert capsys.readouterr().out.startswith("BROKEN at seq 2: mac (1 events before it verified)")


def test_migrate_a_fresh_folder(tmp_path, capsys):
    assert main(["migrate", "--data-dir", str(tmp_path / "new")]) == 0
    out = capsys.readouterr().out
    assert "Revision before: none (empty database)" in out
    assert f"Revision after:  {head_revision()}" in out
    assert main(["migrate", "--database-url", default_url(tmp_path / "new")]) == 0
    assert f"Revision before: {head_revision()}" in capsys.readouterr().out


def test_as_a_real_subprocess(tmp_path):
    """How `make run` calls it: `python -m vastaanotto.cli demo ... --if-missing`."""
    env = {**os.environ, "HOME": str(tmp_path / "home"),
           # No keyring of the developer's is touched: the null backend is refused as
           # untrusted, so the chain uses plain SHA-256 and says so.
           "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    env.pop("VASTAANOTTO_DATA_DIR", None)
    data = tmp_path / "demo-data"

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "vastaanotto.cli", *args], env=env,
                              capture_output=True, text=True, timeout=120)

    created = run("demo", "--data-dir", str(data), "--if-missing", "--clients", "50")
    assert created.returncode == 0, created.stderr
    assert "Demo-omistaja-2026" in created.stdout
    assert "no trusted OS keyring" in created.stderr
    again = run("demo", "--data-dir", str(data), "--if-missing")
    assert (again.returncode, again.stdout) == (0, "")
    verified = run("verify-audit", "--data-dir", str(data))
    assert verified.returncode == 0, verified.stdout + verified.stderr
    # Practice set-up, the owner, the generated data, then the demo's invoices, payments,
    # waitlist, series and requests, each made through the services and audited.
    assert re.fullmatch(r"OK, \d{3,} events", verified.stdout.strip()), verified.stdout
