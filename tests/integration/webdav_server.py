"""A throwaway WsgiDAV server (PyPI ``wsgidav``) on 127.0.0.1 with basic auth and a temp root,
run as a subprocess so a test can kill it mid-upload like a network cut."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path


class WebdavUnavailable(RuntimeError):
    pass


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


_RUNNER = """
import sys
from cheroot import wsgi
from wsgidav.wsgidav_app import WsgiDAVApp
root, port, user, password = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
config = {
    "host": "127.0.0.1", "port": port,
    "provider_mapping": {"/dav": root},
    "simple_dc": {"user_mapping": {"*": {user: {"password": password}}}},
    "http_authenticator": {"domain_controller": None, "accept_basic": True,
                           "accept_digest": False, "default_to_digest": False},
    "verbose": 0, "logging": {"enable": False}, "lock_storage": True,
}
server = wsgi.Server(("127.0.0.1", port), WsgiDAVApp(config))
server.start()
"""


@dataclass
class WebdavServer:
    base: Path
    port: int
    user: str = "backup"
    password: str = "Dav-salasana-1"
    process: subprocess.Popen | None = None

    @property
    def root(self) -> Path:
        return self.base / "root"

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/dav"

    def start(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", _RUNNER, str(self.root), str(self.port), self.user,
             self.password], stdout=subprocess.DEVNULL, stderr=open(self.base / "log", "ab"))
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise WebdavUnavailable("wsgidav exited: " + (self.base / "log").read_text()[-500:])
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return
            except OSError:
                time.sleep(0.1)
        raise WebdavUnavailable("wsgidav did not start listening")

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait()

    def stop(self) -> None:
        self.kill()
        shutil.rmtree(self.base, ignore_errors=True)


def start_server() -> WebdavServer:
    try:
        import cheroot  # noqa: F401
        import wsgidav  # noqa: F401
    except ImportError:
        raise WebdavUnavailable("wsgidav/cheroot not installed: pip install wsgidav cheroot")
    base = Path(tempfile.mkdtemp(prefix="vastaanotto-dav-"))
    (base / "root").mkdir()
    server = WebdavServer(base=base, port=free_port())
    try:
        server.start()
    except BaseException:
        server.stop()
        raise
    return server
