"""SFTP (real OpenSSH sshd) and WebDAV (real WsgiDAV) targets end to end, with faults:
wrong password, changed host key, server killed mid-upload (B11), full disk on a folder (B10)."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

import pytest

from tests.core.test_backup_service import add_clients, client_count
from vastaanotto.backup import catalogue
from vastaanotto.errors import BackupError
from vastaanotto.models.backup import TargetKind
from vastaanotto.progress import Progress
from vastaanotto.services import backups


def _unavailable(what: str, reason: str):
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"CI=true but {what} is unavailable: {reason}", pytrace=False)
    pytest.skip(f"{what} unavailable: {reason}")


@pytest.fixture(scope="module")
def sshd():
    from tests.integration.sftp_server import SshdUnavailable, start_server
    try:
        server = start_server()
    except SshdUnavailable as exc:
        _unavailable("OpenSSH sshd", str(exc))
    yield server
    server.stop()


@pytest.fixture
def dav():
    from tests.integration.webdav_server import WebdavUnavailable, start_server
    try:
        server = start_server()
    except WebdavUnavailable as exc:
        _unavailable("WsgiDAV", str(exc))
    yield server
    server.stop()


def _sftp(ctx, server, remote: Path, *, auth="key", secret=None, name="NAS"):
    server.make_dir(remote)
    config = {"host": "127.0.0.1", "port": server.port, "username": server.user,
              "remote_dir": str(remote), "auth": auth,
              "key_path": str(server.client_key) if auth == "key" else ""}
    return backups.save_target(ctx, target_id=None, name=name, kind=TargetKind.SFTP,
                               config=config, secret=secret).data


def _round_trip(ctx, target_id):
    add_clients(ctx, 12)
    backups.test_target(ctx, target_id)
    made = backups.run_backup(ctx, Progress(), target_id=target_id)
    assert made.ok
    assert [e.remote_name for e in backups.list_backups(ctx, target_id)] == [made.remote_name]
    assert backups.verify_latest(ctx, Progress(), target_id=target_id).counts["clients"] == 12
    add_clients(ctx, 3, start=50)
    preview = backups.inspect_backup(ctx, Progress(), target_id=target_id,
                                     remote_name=made.remote_name)
    ctx.db.dispose()
    backups.restore(ctx, Progress(), preview)
    assert client_count(ctx) == 12
    return made


def test_sftp_key_auth_round_trip_and_host_key_pinning(owner_ctx, sshd, tmp_path):
    import pwd  # POSIX only, like sshd itself
    target = _sftp(owner_ctx, sshd, sshd.root / "a")
    made = _round_trip(owner_ctx, target)
    uploaded = sshd.root / "a" / made.remote_name
    # Written by the login user: as root that is the throwaway user, never root itself.
    assert uploaded.stat().st_uid == pwd.getpwnam(sshd.user).pw_uid
    assert os.geteuid() != 0 or sshd.user != "root"
    row = {r.id: r for r in backups.list_targets(owner_ctx)}[target]
    assert row.config["host_key"].startswith("ssh-ed25519 ")  # pinned on first use
    sshd.new_host_key()
    try:
        with pytest.raises(BackupError) as err:
            backups.test_target(owner_ctx, target)
        assert err.value.code == "backup_host_key_changed"
        with pytest.raises(BackupError) as err:
            backups.run_backup(owner_ctx, Progress(), target_id=target)
        assert err.value.code == "backup_host_key_changed"
    finally:
        pass
    assert not [p for p in (sshd.root / "a").iterdir() if "000002" in p.name]


def test_sftp_password_auth_and_wrong_password(owner_ctx, sshd, tmp_path):
    if sshd.password is None:
        _unavailable("SFTP password login", "needs root to create a throwaway user with a "
                     "password (sftp_server.py); as another user only key login is tested")
    good = _sftp(owner_ctx, sshd, sshd.root / "p", auth="password", secret=sshd.password,
                 name="pw")
    backups.test_target(owner_ctx, good)
    assert backups.run_backup(owner_ctx, Progress(), target_id=good).ok
    bad = _sftp(owner_ctx, sshd, sshd.root / "q", auth="password", secret="wrong", name="bad")
    with pytest.raises(BackupError) as err:
        backups.test_target(owner_ctx, bad)
    assert err.value.code == "backup_target_auth_failed"


def test_webdav_round_trip_and_wrong_password(owner_ctx, dav):
    target = backups.save_target(owner_ctx, target_id=None, name="Nextcloud",
                                 kind=TargetKind.WEBDAV,
                                 config={"url": dav.url, "username": dav.user,
                                         "remote_dir": "varmuuskopiot"},
                                 secret=dav.password).data
    made = _round_trip(owner_ctx, target)
    assert (dav.root / "varmuuskopiot" / made.remote_name).exists()
    backups.save_target(owner_ctx, target_id=target, name="Nextcloud", kind=TargetKind.WEBDAV,
                        config={"url": dav.url, "username": dav.user,
                                "remote_dir": "varmuuskopiot"}, secret="wrong-password")
    with pytest.raises(BackupError) as err:
        backups.test_target(owner_ctx, target)
    assert err.value.code == "backup_target_auth_failed"


def test_webdav_server_killed_mid_upload_leaves_no_backup(owner_ctx, dav, monkeypatch):
    """The server dies during the upload (a network cut): no backup is listed, the record is
    FAILED, and the next run after the server is back succeeds (B11)."""
    target = backups.save_target(owner_ctx, target_id=None, name="dav", kind=TargetKind.WEBDAV,
                                 config={"url": dav.url, "username": dav.user},
                                 secret=dav.password).data
    add_clients(owner_ctx, 2000)  # a backup big enough to be cut
    from vastaanotto.backup.targets import base
    monkeypatch.setattr(base.Target, "retry_delays", (0.1, 0.1))
    original_put = None
    from vastaanotto.backup.targets.webdav import WebdavTarget
    original_put = WebdavTarget._put

    reads = []

    def cut_put(self, source, name):
        class Cutting:  # the server dies after the first 256 KiB of the backup file
            def __init__(self, inner):
                self.inner = inner

            def read(self, n=-1):
                reads.append(1)
                if len(reads) == 4 and ".age" in name:
                    dav.kill()
                return self.inner.read(min(n if n > 0 else 65536, 65536))

            def __len__(self):
                return os.fstat(self.inner.fileno()).st_size if hasattr(self.inner, "fileno") \
                    else len(self.inner.getvalue())
        return original_put(self, Cutting(source), name)

    monkeypatch.setattr(WebdavTarget, "_put", cut_put)
    with pytest.raises(BackupError) as err:
        backups.run_backup(owner_ctx, Progress(), target_id=target)
    assert len(reads) >= 4
    assert err.value.code in ("backup_target_unreachable", "backup_upload_failed")
    assert not [p for p in dav.root.rglob("*.manifest")]
    dav.start()
    monkeypatch.setattr(WebdavTarget, "_put", original_put)
    assert backups.list_backups(owner_ctx, target) == []
    assert backups.run_backup(owner_ctx, Progress(), target_id=target).ok


@pytest.fixture
def tiny_disk(tmp_path):
    """A 3 MB tmpfs (root only): a USB stick that fills up."""
    mount = tmp_path / "tiny"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount)],
                          capture_output=True)
    if done.returncode:
        _unavailable("a tmpfs mount", "needs root: " + done.stderr.decode()[-200:])
    yield mount
    subprocess.run(["umount", str(mount)])


def test_full_folder_target_fails_cleanly_and_keeps_previous(owner_ctx, tiny_disk):  # B10
    from tests.core.test_backup_service import folder_target
    target = folder_target(owner_ctx, tiny_disk)
    first = backups.run_backup(owner_ctx, Progress(), target_id=target)
    before = sorted(p.name for p in tiny_disk.iterdir())
    (tiny_disk / "filler").write_bytes(b"\0" * (3 * 1024 * 1024 - first.size_bytes * 2 - 8192))
    add_clients(owner_ctx, 3000)
    with pytest.raises(BackupError) as err:
        backups.run_backup(owner_ctx, Progress(), target_id=target)
    assert err.value.code == "backup_target_full"
    after = sorted(p.name for p in tiny_disk.iterdir())
    assert after == before + ["filler"] or after == sorted(before + ["filler"])
    assert not list(catalogue.work_dir(owner_ctx.db).glob("snap-*"))
    assert backups.backup_status(owner_ctx).last_error_code == "backup_target_full"


def test_sftp_connection_cut_mid_upload_leaves_no_backup(owner_ctx, tmp_path, monkeypatch):
    """sshd and its session processes die during the upload: no backup is listed, the run
    fails with a target error, and the next run succeeds (B11)."""
    from tests.integration.sftp_server import SshdUnavailable, start_server
    from vastaanotto.backup.targets import base
    from vastaanotto.backup.targets.sftp import SftpTarget
    try:
        server = start_server()
    except SshdUnavailable as exc:
        _unavailable("OpenSSH sshd", str(exc))
    try:
        target = _sftp(owner_ctx, server, server.root / "cut")
        backups.test_target(owner_ctx, target)
        add_clients(owner_ctx, 2000)
        monkeypatch.setattr(base.Target, "retry_delays", (0.1, 0.1))
        original_put = SftpTarget._put

        sent = []

        def cut_put(self, source, name):
            class Cutting:  # the line goes down after the first 128 KiB of the backup file
                def read(self, n=-1):
                    block = source.read(min(n if n > 0 else 65536, 16384))
                    sent.append(len(block))
                    if len(sent) == 8 and name.endswith(".age"):
                        server.cut()
                        time.sleep(0.2)
                    return block
            return original_put(self, Cutting(), name)

        monkeypatch.setattr(SftpTarget, "_put", cut_put)
        with pytest.raises(BackupError) as err:
            backups.run_backup(owner_ctx, Progress(), target_id=target)
        assert err.value.code in ("backup_target_unreachable", "backup_upload_failed")
        assert not list((server.root / "cut").glob("*.manifest"))
        # The cut came mid-file: a partial temp file is there, never under a backup's name.
        partial = [p for p in (server.root / "cut").iterdir() if p.name.startswith(".tmp-")]
        assert partial and not list((server.root / "cut").glob("vastaanotto-*"))
        monkeypatch.setattr(SftpTarget, "_put", original_put)
        server.start()
        assert backups.list_backups(owner_ctx, target) == []
        made = backups.run_backup(owner_ctx, Progress(), target_id=target)
        assert made.ok
        assert not [p for p in (server.root / "cut").iterdir() if p.name.startswith(".tmp-")]
    finally:
        server.stop()
