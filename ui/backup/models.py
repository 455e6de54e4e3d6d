"""Thin table models of the backup page: the targets and one target's backups."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ui import formatting
from ui.widgets.rows_model import RowsModel
from vastaanotto.models.backup import TargetKind

if TYPE_CHECKING:  # the services are loaded by whoever fetched the rows
    from vastaanotto.services.backups import BackupEntry, TargetRow

# Called by this name so that pyside6-lupdate finds the texts (a wrapper would hide them).
translate = QCoreApplication.translate


def kind_name(kind: TargetKind) -> str:
    return {TargetKind.FOLDER: translate("backup", "Folder or disk"),
            TargetKind.SFTP: translate("backup", "SFTP server"),
            TargetKind.WEBDAV: translate("backup", "WebDAV (Nextcloud)")}[TargetKind(kind)]


def size_text(size_bytes: int) -> str:
    """``1,5 MB``: decimal units with a Finnish decimal comma."""
    value, unit = float(size_bytes), "B"
    for unit in ("B", "kB", "MB", "GB", "TB"):
        if value < 1000 or unit == "TB":
            break
        value /= 1000
    text = f"{value:.0f}" if unit == "B" or value >= 100 else f"{value:.1f}".replace(".", ",")
    return f"{text} {unit}"


def where(row: TargetRow) -> str:
    """The place a target writes to, without credentials."""
    config = row.config
    if row.kind is TargetKind.FOLDER:
        return str(config.get("path", ""))
    if row.kind is TargetKind.SFTP:
        port = config.get("port", 22)
        host = f"{config.get('host', '')}{'' if port == 22 else f':{port}'}"
        return f"{config.get('username', '')}@{host}/{config.get('remote_dir', '')}".rstrip("/.")
    return f"{config.get('url', '')}/{config.get('remote_dir', '')}".rstrip("/")


def status_name(status: str) -> str:
    return {"verified": translate("backup", "Verified"),
            "running": translate("backup", "Running"),
            "failed": translate("backup", "Failed"),
            "pruned": translate("backup", "Removed by retention"),
            "unknown": translate("backup", "Not made here")}.get(status, status)


class TargetsModel(RowsModel["TargetRow"]):
    class Column(enum.IntEnum):
        NAME = 0
        KIND = 1
        WHERE = 2
        LAST_SUCCESS = 3
        STATE = 4

    def header(self, column):
        C = self.Column
        return {C.NAME: translate("backup", "Name"),
                C.KIND: translate("backup", "Type"),
                C.WHERE: translate("backup", "Where"),
                C.LAST_SUCCESS: translate("backup", "Last backup"),
                C.STATE: translate("backup", "State")}[column]

    def display(self, row: TargetRow, column):
        C = self.Column
        if column == C.NAME:
            return row.name
        if column == C.KIND:
            return kind_name(row.kind)
        if column == C.WHERE:
            return where(row)
        if column == C.LAST_SUCCESS:
            return formatting.date_time(row.last_success_at) or translate("backup", "Never")
        if not row.enabled:
            return translate("backup", "Off")
        if row.last_error_code:
            return translate("backup", "Last run failed")
        return translate("backup", "On")



class BackupsModel(RowsModel["BackupEntry"]):
    class Column(enum.IntEnum):
        CREATED = 0
        SEQ = 1
        SIZE = 2
        STATUS = 3

    RIGHT_ALIGNED = frozenset({Column.SEQ, Column.SIZE})

    def header(self, column):
        C = self.Column
        return {C.CREATED: translate("backup", "Made"),
                C.SEQ: translate("backup", "No."),
                C.SIZE: translate("backup", "Size"),
                C.STATUS: translate("backup", "Status")}[column]

    def display(self, row: BackupEntry, column):
        C = self.Column
        if column == C.CREATED:
            return formatting.date_time(row.created_at)
        if column == C.SEQ:
            return str(row.seq)
        if column == C.SIZE:
            return size_text(row.size_bytes)
        return status_name(row.status)

