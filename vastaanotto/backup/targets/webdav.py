"""WebDAV (Nextcloud, ownCloud, a NAS): PUT to a temporary name, MOVE into place, GET it back.

Plain ``http`` is accepted only on the loopback interface (a local test server or an SSH
tunnel); anywhere else the password would cross the network in clear.
"""

from __future__ import annotations

import ipaddress
from xml.etree.ElementTree import ParseError
from typing import Any, BinaryIO, Iterator
from urllib.parse import quote, unquote, urlsplit

import requests
from defusedxml import ElementTree as ET  # the server's XML is not trusted

from vastaanotto.backup.targets.base import RemoteFile, Target
from vastaanotto.errors import BackupError, ValidationError, ValidationErrors

CHUNK = 1024 * 1024
TIMEOUT = (10.0, 60.0)  # connect, read
_PROPFIND = (b'<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:"><d:prop>'
             b'<d:getcontentlength/><d:resourcetype/></d:prop></d:propfind>')


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _status_error(status: int) -> BackupError:
    if status in (401, 403):
        return BackupError("backup_target_auth_failed")
    if status == 507:
        return BackupError("backup_target_full")
    if status in (404, 409):
        return BackupError("backup_target_missing_folder")
    return BackupError("backup_target_unreachable", status=status)


class WebdavTarget(Target):
    _session: requests.Session | None = None

    @classmethod
    def clean_config(cls, config: dict[str, Any]) -> dict[str, Any]:
        errors = []
        url = str(config.get("url") or "").strip()
        parts = urlsplit(url)
        if not url:
            errors.append(ValidationError("url", "required"))
        elif parts.scheme not in ("https", "http") or not parts.hostname:
            errors.append(ValidationError("url", "invalid_url"))
        elif parts.scheme == "http" and not _is_loopback(parts.hostname):
            errors.append(ValidationError("url", "https_required"))
        username = str(config.get("username") or "").strip()
        if not username:
            errors.append(ValidationError("username", "required"))
        remote_dir = str(config.get("remote_dir") or "").strip().strip("/")
        if ".." in remote_dir.split("/"):
            errors.append(ValidationError("remote_dir", "invalid_path"))
        if errors:
            raise ValidationErrors(errors) if len(errors) > 1 else errors[0]
        return {"url": url.rstrip("/"), "username": username, "remote_dir": remote_dir}

    def _url(self, name: str = "") -> str:
        base = self.config["url"].rstrip("/")
        folder = self.config.get("remote_dir", "").strip("/")
        path = "/".join(quote(p) for p in folder.split("/") if p)
        return f"{base}/{path + '/' if path else ''}{quote(name)}"

    def connect(self) -> None:
        self._session = requests.Session()
        self._session.auth = (self.config["username"], self.secret or "")

    def close(self) -> None:
        if self._session is not None:
            self._session.close()
        self._session = None

    def _request(self, method: str, url: str, ok: tuple[int, ...], **kwargs) -> requests.Response:
        if self._session is None:
            self.connect()
        assert self._session is not None
        try:
            response = self._session.request(method, url, timeout=TIMEOUT, **kwargs)
        except requests.RequestException:
            raise BackupError("backup_target_unreachable") from None
        if response.status_code not in ok:
            response.close()
            raise _status_error(response.status_code)
        return response

    def _put(self, source: BinaryIO, name: str) -> None:
        # A file object, not a generator: requests then sends a Content-Length, which some
        # servers require (no chunked uploads), and still streams it.
        self._request("PUT", self._url(name), (200, 201, 204), data=source).close()

    def _rename(self, old: str, new: str) -> None:
        self._request("MOVE", self._url(old), (201, 204),
                      headers={"Destination": self._url(new), "Overwrite": "T"}).close()

    def _list(self) -> list[RemoteFile]:
        response = self._request("PROPFIND", self._url(), (207,), data=_PROPFIND,
                                 headers={"Depth": "1", "Content-Type": "application/xml"})
        try:
            root = ET.fromstring(response.content)
        except (ParseError, ValueError):
            raise BackupError("backup_target_unreachable") from None
        ns = {"d": "DAV:"}
        files = []
        for item in root.findall("d:response", ns):
            href = item.findtext("d:href", default="", namespaces=ns)
            if item.find(".//d:resourcetype/d:collection", ns) is not None:
                continue  # the folder itself and subfolders
            name = unquote(href.rstrip("/").rsplit("/", 1)[-1])
            length = item.findtext(".//d:getcontentlength", default="0", namespaces=ns)
            files.append(RemoteFile(name, int(length or 0)))
        return files

    def _read(self, name: str) -> Iterator[bytes]:
        response = self._request("GET", self._url(name), (200,), stream=True)
        try:
            yield from response.iter_content(CHUNK)
        except requests.RequestException:
            raise BackupError("backup_target_unreachable") from None
        finally:
            response.close()

    def _delete(self, name: str) -> None:
        self._request("DELETE", self._url(name), (200, 204, 404)).close()

    def make_dir(self) -> None:
        """Create the backup folder (one level) when it is missing."""
        try:
            self._request("PROPFIND", self._url(), (207,), data=_PROPFIND,
                          headers={"Depth": "0"}).close()
        except BackupError as exc:
            if exc.code != "backup_target_missing_folder":
                raise
            self._request("MKCOL", self._url(), (201,)).close()
