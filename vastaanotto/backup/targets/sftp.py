"""SFTP (paramiko): password or key login; the server's host key is pinned on first use and a
changed key is refused as a possible man-in-the-middle, never silently accepted."""

from __future__ import annotations

import base64
import socket
from typing import Any, BinaryIO, Iterator

import paramiko

from vastaanotto.backup.targets.base import RemoteFile, Target
from vastaanotto.errors import BackupError, ValidationError, ValidationErrors

CHUNK = 256 * 1024
TIMEOUT = 20.0


def _remote_error(exc: Exception) -> BackupError:
    if isinstance(exc, OSError) and getattr(exc, "errno", None) is None and "Failure" in str(exc):
        # OpenSSH's sftp-server reports a full disk only as a generic SSH_FX_FAILURE.
        return BackupError("backup_upload_failed")
    if isinstance(exc, PermissionError):
        return BackupError("backup_target_auth_failed")
    return BackupError("backup_target_unreachable")


class SftpTarget(Target):
    _transport: paramiko.Transport | None = None
    _sftp: paramiko.SFTPClient | None = None

    @classmethod
    def clean_config(cls, config: dict[str, Any]) -> dict[str, Any]:
        errors = []
        host = str(config.get("host") or "").strip()
        if not host or any(c.isspace() for c in host) or "/" in host:
            errors.append(ValidationError("host", "required" if not host else "invalid_host"))
        try:
            port = int(config.get("port") or 22)
            if not 1 <= port <= 65535:
                raise ValueError
        except (TypeError, ValueError):
            errors.append(ValidationError("port", "invalid_port"))
            port = 22
        username = str(config.get("username") or "").strip()
        if not username:
            errors.append(ValidationError("username", "required"))
        remote_dir = str(config.get("remote_dir") or "").strip() or "."
        auth = str(config.get("auth") or "password")
        if auth not in ("password", "key"):
            errors.append(ValidationError("auth", "invalid_choice"))
        key_path = str(config.get("key_path") or "").strip()
        if auth == "key" and not key_path:
            errors.append(ValidationError("key_path", "required"))
        if errors:
            raise ValidationErrors(errors) if len(errors) > 1 else errors[0]
        cleaned = {"host": host, "port": port, "username": username, "remote_dir": remote_dir,
                   "auth": auth, "key_path": key_path if auth == "key" else ""}
        if config.get("host_key"):
            cleaned["host_key"] = str(config["host_key"])
        return cleaned

    def _path(self, name: str) -> str:
        return f"{self.config['remote_dir'].rstrip('/')}/{name}"

    def connect(self) -> None:
        cfg = self.config
        try:
            sock = socket.create_connection((cfg["host"], int(cfg["port"])), timeout=TIMEOUT)
            transport = paramiko.Transport(sock)
            transport.banner_timeout = TIMEOUT
            transport.start_client(timeout=TIMEOUT)
        except (OSError, paramiko.SSHException, EOFError):
            raise BackupError("backup_target_unreachable") from None
        self._transport = transport
        key = transport.get_remote_server_key()
        seen = f"{key.get_name()} {key.get_base64()}"
        pinned = cfg.get("host_key")
        if pinned and pinned != seen:
            self.close()
            raise BackupError("backup_host_key_changed",
                              fingerprint=base64.b64encode(key.get_fingerprint()).decode())
        if not pinned:
            self.config["host_key"] = seen
            self.config_updates["host_key"] = seen
        try:
            if cfg.get("auth") == "key":
                pkey = paramiko.PKey.from_path(cfg["key_path"], (self.secret or "").encode() or None)
                transport.auth_publickey(cfg["username"], pkey)
            else:
                transport.auth_password(cfg["username"], self.secret or "")
            self._sftp = paramiko.SFTPClient.from_transport(transport)
            self._sftp.get_channel().settimeout(TIMEOUT)
        except paramiko.AuthenticationException:
            self.close()
            raise BackupError("backup_target_auth_failed") from None
        except (OSError, paramiko.SSHException, ValueError):
            self.close()
            raise BackupError("backup_target_auth_failed"
                              if cfg.get("auth") == "key" else "backup_target_unreachable") from None

    def close(self) -> None:
        for thing in (self._sftp, self._transport):
            try:
                if thing is not None:
                    thing.close()
            except Exception:
                pass
        self._sftp = self._transport = None

    @property
    def sftp(self) -> paramiko.SFTPClient:
        if self._sftp is None:
            raise BackupError("backup_target_unreachable")
        return self._sftp

    def _put(self, source: BinaryIO, name: str) -> None:
        try:
            with self.sftp.open(self._path(name), "wb") as out:
                out.set_pipelined(True)
                while block := source.read(CHUNK):
                    out.write(block)
        except (OSError, paramiko.SSHException, EOFError) as exc:
            raise _remote_error(exc) from None

    def _rename(self, old: str, new: str) -> None:
        try:
            self.sftp.posix_rename(self._path(old), self._path(new))
        except (OSError, paramiko.SSHException, EOFError) as exc:
            raise _remote_error(exc) from None

    def _list(self) -> list[RemoteFile]:
        try:
            return [RemoteFile(a.filename, a.st_size or 0)
                    for a in self.sftp.listdir_attr(self.config["remote_dir"])
                    if a.st_mode is None or not (a.st_mode & 0o040000)]
        except (OSError, paramiko.SSHException, EOFError) as exc:
            raise _remote_error(exc) from None

    def _read(self, name: str) -> Iterator[bytes]:
        try:
            with self.sftp.open(self._path(name), "rb") as handle:
                handle.prefetch()
                while block := handle.read(CHUNK):
                    yield block
        except (OSError, paramiko.SSHException, EOFError) as exc:
            raise _remote_error(exc) from None

    def _delete(self, name: str) -> None:
        try:
            self.sftp.remove(self._path(name))
        except FileNotFoundError:
            pass
        except (OSError, paramiko.SSHException, EOFError) as exc:
            raise _remote_error(exc) from None

    def make_dir(self) -> None:
        try:
            self.sftp.stat(self.config["remote_dir"])
        except FileNotFoundError:
            try:
                self.sftp.mkdir(self.config["remote_dir"])
            except (OSError, paramiko.SSHException) as exc:
                raise _remote_error(exc) from None
        except (OSError, paramiko.SSHException) as exc:
            raise _remote_error(exc) from None
