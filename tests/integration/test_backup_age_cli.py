"""Interop with the standard Debian ``age`` tool (B5) and SIGKILL of a backup process (B9)."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.core.test_backup_service import add_clients, folder_target
from vastaanotto.backup import catalogue, keys as backup_keys
from vastaanotto.db.sqlite_file import sqlite_module
from vastaanotto.progress import Progress
from vastaanotto.services import backups


def _need(binary: str, package: str) -> str:
    found = shutil.which(binary)
    if found is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI=true but `{binary}` is missing (apt-get install {package})",
                        pytrace=False)
        pytest.skip(f"`{binary}` not installed (apt-get install {package})")
    return found


def test_age_cli_decrypts_a_backup_into_the_same_database(owner_ctx, tmp_path):
    age = _need("age", "age")
    add_clients(owner_ctx, 40)
    target = folder_target(owner_ctx, tmp_path / "usb")
    made = backups.run_backup(owner_ctx, Progress(), target_id=target)
    key = tmp_path / "key.txt"
    key.write_text(backup_keys.load(backups._practice_uid(owner_ctx)).identity_text + "\n")
    out = tmp_path / "restored.sqlite3"
    subprocess.run([age, "-d", "-i", str(key), "-o", str(out),
                    str(tmp_path / "usb" / made.remote_name)], check=True)
    conn = sqlite_module().connect(str(out))
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM client").fetchone()[0] == 40
        assert conn.execute("SELECT uid FROM practice").fetchone()[0] == \
            backups._practice_uid(owner_ctx)
    finally:
        conn.close()
    # And the other way: a file the age tool encrypted to our recipient decrypts with pyrage.
    from vastaanotto.backup import crypto
    recipient = backup_keys.load(backups._practice_uid(owner_ctx)).recipient
    (tmp_path / "hello").write_bytes(b"hei" * 1000)
    subprocess.run([age, "-r", recipient, "-o", str(tmp_path / "hello.age"),
                    str(tmp_path / "hello")], check=True)
    crypto.decrypt_file(tmp_path / "hello.age", tmp_path / "hello.out",
                        backup_keys.load(backups._practice_uid(owner_ctx)))
    assert (tmp_path / "hello.out").read_bytes() == b"hei" * 1000


_CHILD = """
import sys, keyring
sys.path.insert(0, {root!r})
from tests.conftest import MemoryKeyring
from vastaanotto.db.engine import open_database, sqlite_url
from vastaanotto.services.base import anonymous_context
from vastaanotto.context import Context
from vastaanotto.models.staff import Role
from vastaanotto.progress import Progress
from vastaanotto.services import backups
backend = MemoryKeyring(); backend.store.update({store!r}); keyring.set_keyring(backend)
db = open_database(sqlite_url({db!r}), audit_key=b"k" * 32, migrate=False)
ctx = Context(db=db, staff_id=None, username="", display_name="t",
              roles=frozenset({{Role.OWNER}}), workstation="w")
print("go", flush=True)
backups.run_backup(ctx, Progress())
print("done", flush=True)
"""


def test_sigkill_during_backup_never_leaves_a_listed_backup(owner_ctx, tmp_path,
                                                            memory_keyring):  # B9
    add_clients(owner_ctx, 3000)
    target = folder_target(owner_ctx, tmp_path / "usb")
    backups.create_keys(owner_ctx)
    db_path = str(owner_ctx.db.engine.url.database)
    root = str(Path(__file__).resolve().parents[2])
    script = _CHILD.format(root=root, store=dict(memory_keyring.store), db=db_path)
    rng = random.Random(7)
    for trial in range(8):
        child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True)
        assert child.stdout.readline().strip() == "go"
        time.sleep(rng.uniform(0.0, 0.6))
        child.send_signal(signal.SIGKILL)
        child.wait()
        # Whatever the moment, every listed backup is complete and verifies.
        for entry in backups.list_backups(owner_ctx, target):
            preview = backups.inspect_backup(owner_ctx, Progress(), target_id=target,
                                             remote_name=entry.remote_name)
            assert preview.counts["clients"] == 3000
            preview.discard()
        # The live database is intact.
        conn = sqlite_module().connect(db_path)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
    result = backups.run_backup(owner_ctx, Progress(), target_id=target)
    assert result.ok
    leftovers = [p.name for p in catalogue.work_dir(owner_ctx.db).iterdir()
                 if p.name not in ("lock", "preview")]
    assert leftovers == []
    assert not [p for p in (tmp_path / "usb").iterdir() if p.name.startswith(".tmp-")]


_RESTORE_CHILD = """
import sys, keyring
sys.path.insert(0, {root!r})
from tests.conftest import MemoryKeyring
from vastaanotto.db.engine import open_database, sqlite_url
from vastaanotto.context import Context
from vastaanotto.models.staff import Role
from vastaanotto.progress import Progress
from vastaanotto.services import backups
backend = MemoryKeyring(); backend.store.update({store!r}); keyring.set_keyring(backend)
db = open_database(sqlite_url({db!r}), audit_key=b"k" * 32, migrate=False)
ctx = Context(db=db, staff_id=None, username="", display_name="t",
              roles=frozenset({{Role.OWNER}}), workstation="w")
preview = backups.inspect_backup(ctx, Progress(), target_id={target}, remote_name={name!r})
print("go", flush=True)
db.dispose()
backups.restore(ctx, Progress(), preview)
print("done", flush=True)
"""


def test_sigkill_during_restore_leaves_old_or_new_database(owner_ctx, tmp_path,
                                                            memory_keyring):
    add_clients(owner_ctx, 1500)
    target = folder_target(owner_ctx, tmp_path / "usb")
    made = backups.run_backup(owner_ctx, Progress(), target_id=target)
    add_clients(owner_ctx, 7, start=5000)  # the live database differs from the backup
    db_path = str(owner_ctx.db.engine.url.database)
    owner_ctx.db.dispose()
    root = str(Path(__file__).resolve().parents[2])
    script = _RESTORE_CHILD.format(root=root, store=dict(memory_keyring.store), db=db_path,
                                   target=target, name=made.remote_name)
    rng = random.Random(11)
    outcomes = set()
    for trial in range(8):
        child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True)
        assert child.stdout.readline().strip() == "go", child.stderr.read()[-2000:]
        time.sleep(rng.uniform(0.0, 0.5))
        child.send_signal(signal.SIGKILL)
        child.wait()
        conn = sqlite_module().connect(db_path)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            count = conn.execute("SELECT count(*) FROM client").fetchone()[0]
        finally:
            conn.close()
        assert count in (1500, 1507)  # all or nothing
        outcomes.add(count)
        if count == 1500:  # restored: make it differ again for the next trial
            add_clients(owner_ctx, 7, start=6000 + trial * 10)
            owner_ctx.db.dispose()
    # The next run cleans what the killed restores left in the work folder.
    assert backups.run_backup(owner_ctx, Progress(), target_id=target).ok
    assert not list(catalogue.work_dir(owner_ctx.db).glob("staged-*"))
