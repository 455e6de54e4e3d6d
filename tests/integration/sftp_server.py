"""A throwaway OpenSSH ``sshd`` on 127.0.0.1 for the SFTP backup target tests.

Its own config, host key and authorized key in a temp dir; ``StrictModes no`` and
``UsePAM no`` so it runs as root in a container; ``internal-sftp``.

Who logs in: run as root (CI), the server creates a throwaway system user
``vastaanotto-sftp-<random>`` with a random password (``useradd`` + ``chpasswd``), owns the
files folder by it, and removes it again (``userdel``) when it stops — the machine's own
accounts, root's password above all, are never touched. Both key and password login use that
user. Run as anyone else, the user is the one running the tests, key login only
(``password`` is None and the password test skips, or fails under ``CI=true``).
Debian: ``apt-get install openssh-server``.
"""

from __future__ import annotations

import atexit
import getpass
import os
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path


class SshdUnavailable(RuntimeError):
    """No sshd binary, or it would not start: the reason is the text."""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class SftpServer:
    base: Path
    port: int
    user: str
    process: subprocess.Popen | None = None
    password: str | None = None
    throwaway_user: bool = False  # created by start_server, removed by stop()

    @property
    def client_key(self) -> Path:
        return self.base / "client_key"

    @property
    def root(self) -> Path:
        return self.base / "files"

    def start(self) -> None:
        sshd = shutil.which("sshd") or "/usr/sbin/sshd"
        self.process = subprocess.Popen([sshd, "-D", "-e", "-f", str(self.base / "sshd_config")],
                                        stdout=subprocess.DEVNULL,
                                        stderr=open(self.base / "sshd.log", "ab"))
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                log = (self.base / "sshd.log").read_text()
                raise SshdUnavailable("sshd exited: " + log[-500:])
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return
            except OSError:
                time.sleep(0.1)
        raise SshdUnavailable("sshd did not start listening")

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait()

    def cut(self) -> None:
        """A network cut: kill the listener and the per-connection sshd processes it forked
        (found through /proc, by parent id: only processes this server started)."""
        if self.process is None:
            return
        pending = [self.process.pid]
        victims = []
        while pending:
            pid = pending.pop()
            victims.append(pid)
            try:
                children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
            except OSError:
                children = []
            pending.extend(int(c) for c in children)
        for pid in reversed(victims):
            try:
                os.kill(pid, 9)
            except ProcessLookupError:
                pass
        self.process.wait()

    def new_host_key(self) -> None:
        """Replace the host key (the 'changed host key' attack) and restart."""
        self.kill()
        (self.base / "host_key").unlink()
        (self.base / "host_key.pub").unlink()
        _keygen(self.base / "host_key")
        self.start()

    def make_dir(self, path: Path) -> Path:
        """A folder under :attr:`root` the login user may write into."""
        path.mkdir(exist_ok=True)
        if self.throwaway_user:
            shutil.chown(path, self.user, self.user)
        return path

    def stop(self) -> None:
        self.kill()
        if self.throwaway_user:
            _remove_user(self.user)
            self.throwaway_user = False
        shutil.rmtree(self.base, ignore_errors=True)


def _create_user() -> tuple[str, str]:
    """A throwaway system user with a random password; only called as root."""
    if shutil.which("useradd") is None or shutil.which("chpasswd") is None:
        raise SshdUnavailable("useradd/chpasswd not found: apt-get install passwd")
    user = "vastaanotto-sftp-" + os.urandom(4).hex()
    password = "Sftp-" + os.urandom(12).hex()
    made = subprocess.run(["useradd", "--system", "--no-create-home", "--home-dir", "/nonexistent",
                           "--shell", "/bin/sh", "--user-group", user],
                          capture_output=True, text=True)
    if made.returncode != 0:
        raise SshdUnavailable("useradd failed: " + made.stderr.strip()[-300:])
    # Removed even if the test process ends without stop() (an interrupted run).
    atexit.register(_remove_user, user)
    try:
        subprocess.run(["chpasswd"], input=f"{user}:{password}", text=True, check=True,
                       capture_output=True)
    except subprocess.CalledProcessError as exc:
        _remove_user(user)
        raise SshdUnavailable("chpasswd failed: " + exc.stderr.strip()[-300:]) from None
    return user, password


def _remove_user(user: str) -> None:
    # Only ever a name _create_user made (the prefix is checked so a bug cannot remove another).
    if not user.startswith("vastaanotto-sftp-"):
        return
    subprocess.run(["userdel", user], capture_output=True)
    # --user-group made a group of the same name; userdel removes it with the user on Debian
    # (USERGROUPS_ENAB), this catches systems where it does not.
    subprocess.run(["groupdel", user], capture_output=True)


def _keygen(path: Path) -> None:
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(path)],
                   check=True, stdout=subprocess.DEVNULL)


def start_server() -> SftpServer:
    sshd = shutil.which("sshd") or ("/usr/sbin/sshd" if Path("/usr/sbin/sshd").exists() else None)
    if sshd is None or shutil.which("ssh-keygen") is None:
        raise SshdUnavailable("OpenSSH server not found: apt-get install openssh-server")
    base = Path(tempfile.mkdtemp(prefix="vastaanotto-sshd-"))
    os.chmod(base, 0o755)
    if os.geteuid() == 0:
        Path("/run/sshd").mkdir(mode=0o755, exist_ok=True)  # privilege separation directory
    _keygen(base / "host_key")
    _keygen(base / "client_key")
    (base / "authorized_keys").write_text((base / "client_key.pub").read_text())
    (base / "files").mkdir()
    port = free_port()
    throwaway = os.geteuid() == 0
    if throwaway:
        try:
            user, password = _create_user()
        except BaseException:
            shutil.rmtree(base, ignore_errors=True)
            raise
        shutil.chown(base / "files", user, user)
    else:
        user, password = getpass.getuser(), None
    (base / "sshd_config").write_text(f"""\
Port {port}
ListenAddress 127.0.0.1
HostKey {base / 'host_key'}
PidFile {base / 'sshd.pid'}
AuthorizedKeysFile {base / 'authorized_keys'}
StrictModes no
UsePAM no
PermitRootLogin no
AllowUsers {user}
PasswordAuthentication {'yes' if password else 'no'}
KbdInteractiveAuthentication no
PubkeyAuthentication yes
Subsystem sftp internal-sftp
LogLevel ERROR
""")
    server = SftpServer(base=base, port=port, user=user, password=password,
                        throwaway_user=throwaway)
    try:
        server.start()
    except BaseException:
        server.stop()
        raise
    return server
