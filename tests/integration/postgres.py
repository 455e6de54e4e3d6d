"""A throwaway PostgreSQL server for the integration tests.

Finds ``initdb``/``pg_ctl`` (``$PG_BIN``, then ``/usr/lib/postgresql/<newest>/bin``, then
``PATH``), creates a cluster in a temporary directory with trust authentication, listens on
127.0.0.1 on a free port and on a private unix-socket directory, and removes everything on
``stop()``. ``initdb`` refuses to run as root, so as root the directory is given to the
``postgres`` system user and the binaries run through ``runuser -u postgres --`` (or ``su``).

Debian: ``apt-get install postgresql``. Nothing here touches the system's own clusters.
"""

from __future__ import annotations

import atexit
import glob
import os
import pwd
import shlex
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path


class PostgresUnavailable(RuntimeError):
    """No PostgreSQL server binaries, or the server would not start: the reason is the text."""


def _version_key(path: str) -> tuple[int, ...]:
    name = Path(path).parent.name
    return tuple(int(p) for p in name.split(".") if p.isdigit()) or (0,)


def find_bin_dir() -> Path:
    candidates = []
    if os.environ.get("PG_BIN"):
        candidates.append(Path(os.environ["PG_BIN"]))
    candidates += [Path(p) for p in sorted(glob.glob("/usr/lib/postgresql/*/bin"),
                                           key=_version_key, reverse=True)]
    on_path = shutil.which("pg_ctl")
    if on_path:
        candidates.append(Path(on_path).resolve().parent)
    for folder in candidates:
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
            return folder
    raise PostgresUnavailable(
        "PostgreSQL server binaries (initdb, pg_ctl) not found: install the Debian package "
        "'postgresql' or set PG_BIN")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class PostgresServer:
    bin_dir: Path
    base_dir: Path
    port: int = 0
    user: str = "postgres"
    _run_as: list[str] = field(default_factory=list)
    _started: bool = False

    @property
    def data_dir(self) -> Path:
        return self.base_dir / "data"

    @property
    def socket_dir(self) -> Path:
        return self.base_dir / "sock"

    @property
    def log_file(self) -> Path:
        return self.base_dir / "server.log"

    def url(self, database: str = "postgres", driver: str = "postgresql+psycopg") -> str:
        return f"{driver}://{self.user}@127.0.0.1:{self.port}/{database}"

    # --- running the binaries ---------------------------------------------------------------

    def _command(self, *args: str) -> list[str]:
        if self._run_as and self._run_as[-1] == "-c":  # su -c takes one shell string
            return [*self._run_as, shlex.join(args)]
        return [*self._run_as, *args]

    def _run(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
        cmd = self._command(*args)
        result = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout,
                                cwd=self.base_dir)
        if result.returncode != 0:
            log = self.log_file.read_text(errors="replace")[-2000:] if self.log_file.exists() \
                else ""
            raise PostgresUnavailable(
                f"{Path(args[0]).name} failed ({result.returncode}): "
                f"{result.stderr.strip()[-2000:]}\n{log}")
        return result

    def _prepare_user(self) -> None:
        if os.geteuid() != 0:
            return
        try:
            account = pwd.getpwnam("postgres")
        except KeyError:
            raise PostgresUnavailable("running as root and there is no 'postgres' system user "
                                      "to run initdb as") from None
        os.chown(self.base_dir, account.pw_uid, account.pw_gid)
        os.chmod(self.base_dir, 0o700)
        runuser = shutil.which("runuser")
        if runuser:
            self._run_as = [runuser, "-u", "postgres", "--"]
        elif shutil.which("su"):
            self._run_as = [shutil.which("su"), "postgres", "-s", "/bin/sh", "-c"]
        else:
            raise PostgresUnavailable("running as root without runuser or su")

    # --- life cycle --------------------------------------------------------------------------

    def start(self) -> "PostgresServer":
        self._prepare_user()
        self.socket_dir.mkdir()
        if self._run_as:
            account = pwd.getpwnam("postgres")
            os.chown(self.socket_dir, account.pw_uid, account.pw_gid)
        self._run(str(self.bin_dir / "initdb"), "-D", str(self.data_dir), "-U", self.user,
                  "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync")
        last_error: Exception | None = None
        for _attempt in range(3):  # the free port may be taken between probe and bind
            self.port = free_port()
            options = " ".join([
                "-c listen_addresses=127.0.0.1", f"-p {self.port}",
                f"-c unix_socket_directories={self.socket_dir}",
                "-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off",
                "-c max_connections=200", "-c shared_buffers=32MB",
            ])
            try:
                self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data_dir), "-l",
                          str(self.log_file), "-o", options, "-w", "-t", "60", "start")
                self._started = True
                return self
            except PostgresUnavailable as exc:
                last_error = exc
        raise PostgresUnavailable(f"PostgreSQL did not start: {last_error}")

    def stop(self) -> None:
        try:
            if self._started:
                self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data_dir), "-m", "fast",
                          "-w", "stop", timeout=60)
        finally:
            self._started = False
            shutil.rmtree(self.base_dir, ignore_errors=True)

    # --- databases ---------------------------------------------------------------------------

    def _admin(self):
        import psycopg

        return psycopg.connect(host="127.0.0.1", port=self.port, user=self.user,
                               dbname="postgres", autocommit=True, connect_timeout=10)

    def create_database(self, name: str | None = None) -> str:
        name = name or f"t_{uuid.uuid4().hex[:12]}"
        with self._admin() as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return name

    def drop_database(self, name: str) -> None:
        with self._admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def server_version(self) -> str:
        with self._admin() as conn:
            return conn.execute("SHOW server_version").fetchone()[0]


def start_server() -> PostgresServer:
    """Start a fresh cluster; raises PostgresUnavailable with the reason when it cannot."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        raise PostgresUnavailable("the psycopg driver is not installed "
                                  "(pip install 'psycopg[binary]')") from None
    bin_dir = find_bin_dir()
    base = Path(tempfile.mkdtemp(prefix="vastaanotto-pg-"))
    server = PostgresServer(bin_dir=bin_dir, base_dir=base)
    try:
        server.start()
    except BaseException:
        server.stop()
        raise
    atexit.register(server.stop)  # a crashed test run still leaves no server behind
    deadline = time.monotonic() + 30
    while True:  # pg_ctl -w waited already; this is belt and braces for slow CI machines
        try:
            server.server_version()
            return server
        except Exception as exc:  # noqa: BLE001
            if time.monotonic() > deadline:
                server.stop()
                raise PostgresUnavailable(f"PostgreSQL started but refuses connections: {exc}")
            time.sleep(0.2)
