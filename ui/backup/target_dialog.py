"""Add or edit a backup target: a folder, an SFTP server or a WebDAV folder.

One form; the rows of the other kinds are hidden. The password (or the SFTP key's passphrase)
goes to ``save_target(secret=…)`` and from there to the keyring; it is never read back into
the form: when editing, an empty field keeps the stored one.
"""

from __future__ import annotations

from PySide6.QtWidgets import (QCheckBox, QComboBox, QFileDialog, QHBoxLayout, QLineEdit,
                               QPushButton, QSpinBox, QWidget)

from ui.admin.common import EditDialog, Publish
from ui.backup.models import kind_name
from vastaanotto.context import Context
from vastaanotto.models.backup import TargetKind
from vastaanotto.services import backups
from vastaanotto.services.backups import TargetRow
from vastaanotto.services.base import Changes


def _with_browse(edit: QLineEdit, button: QPushButton) -> QWidget:
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(edit, 1)
    layout.addWidget(button)
    return box


class TargetDialog(EditDialog):
    def __init__(self, ctx: Context, publish: Publish, parent: QWidget | None,
                 row: TargetRow | None = None):
        super().__init__(ctx, publish, parent)
        self.row = row
        self.setWindowTitle(self.tr("Add backup location") if row is None
                            else self.tr("Edit backup location"))
        config = row.config if row else {}
        self.kind = QComboBox(self)
        self.kind.setObjectName("kind")
        for kind in TargetKind:
            self.kind.addItem(kind_name(kind), kind)
        self.kind.setCurrentIndex(self.kind.findData(row.kind if row else TargetKind.FOLDER))
        self.name = QLineEdit(row.name if row else "", self)
        self.name.setObjectName("name")
        self.name.setMaxLength(100)
        self.location = QLineEdit(row.location_description if row else "", self)
        self.location.setObjectName("location_description")
        self.location.setPlaceholderText(self.tr("e.g. USB disk in the office safe"))
        self.enabled = QCheckBox(self.tr("Back up to this location"), self)
        self.enabled.setChecked(row.enabled if row else True)

        self.path = QLineEdit(str(config.get("path", "")), self)
        self.path.setObjectName("path")
        self.browse_path = QPushButton(self.tr("Choose…"), self)
        self.browse_path.clicked.connect(self._choose_folder)
        self.host = QLineEdit(str(config.get("host", "")), self)
        self.host.setObjectName("host")
        self.port = QSpinBox(self)
        self.port.setObjectName("port")
        self.port.setRange(1, 65535)
        self.port.setValue(int(config.get("port", 22)))
        self.url = QLineEdit(str(config.get("url", "")), self)
        self.url.setObjectName("url")
        self.url.setPlaceholderText("https://pilvi.example.fi/remote.php/dav/files/nimi")
        self.username = QLineEdit(str(config.get("username", "")), self)
        self.username.setObjectName("username")
        self.auth = QComboBox(self)
        self.auth.setObjectName("auth")
        self.auth.addItem(self.tr("Password"), "password")
        self.auth.addItem(self.tr("Key file"), "key")
        self.auth.setCurrentIndex(max(0, self.auth.findData(config.get("auth", "password"))))
        self.key_path = QLineEdit(str(config.get("key_path", "")), self)
        self.key_path.setObjectName("key_path")
        self.browse_key = QPushButton(self.tr("Choose…"), self)
        self.browse_key.clicked.connect(self._choose_key)
        self.secret = QLineEdit(self)
        self.secret.setObjectName("secret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setMaxLength(1200)
        if row is not None and row.has_secret:
            self.secret.setPlaceholderText(self.tr("(saved; leave empty to keep it)"))
        self.remote_dir = QLineEdit(str(config.get("remote_dir", "")), self)
        self.remote_dir.setObjectName("remote_dir")
        self.remote_dir.setPlaceholderText("vastaanotto-varmuuskopiot")

        self.form.addRow(self.tr("Type"), self.kind)
        self.form.addRow(self.tr("Name"), self.name)
        self.path_box = _with_browse(self.path, self.browse_path)
        self.form.addRow(self.tr("Folder"), self.path_box)
        self.form.addRow(self.tr("Server"), self.host)
        self.form.addRow(self.tr("Port"), self.port)
        self.form.addRow(self.tr("Address (URL)"), self.url)
        self.form.addRow(self.tr("User name"), self.username)
        self.form.addRow(self.tr("Sign in with"), self.auth)
        self.key_box = _with_browse(self.key_path, self.browse_key)
        self.form.addRow(self.tr("Key file"), self.key_box)
        self.secret_row_label = self.tr("Password")
        self.form.addRow(self.secret_row_label, self.secret)
        self.form.addRow(self.tr("Folder on the server"), self.remote_dir)
        self.form.addRow(self.tr("Location"), self.location)
        self.form.addRow("", self.enabled)
        self.bind_errors({"name": self.name, "path": self.path_box, "host": self.host,
                          "port": self.port, "url": self.url, "username": self.username,
                          "auth": self.auth, "key_path": self.key_box, "secret": self.secret,
                          "remote_dir": self.remote_dir,
                          "location_description": self.location, "kind": self.kind})
        self.kind.currentIndexChanged.connect(self._show_rows)
        self.auth.currentIndexChanged.connect(self._show_rows)
        self._show_rows()
        self.resize(520, self.sizeHint().height())

    def current_kind(self) -> TargetKind:
        return TargetKind(self.kind.currentData())

    def _show_rows(self, *_args) -> None:
        kind = self.current_kind()
        sftp, webdav = kind is TargetKind.SFTP, kind is TargetKind.WEBDAV
        uses_key = sftp and self.auth.currentData() == "key"
        visible = {self.path_box: kind is TargetKind.FOLDER, self.host: sftp, self.port: sftp,
                   self.url: webdav, self.username: sftp or webdav, self.auth: sftp,
                   self.key_box: uses_key, self.secret: sftp or webdav,
                   self.remote_dir: sftp or webdav}
        for widget, shown in visible.items():
            self.form.setRowVisible(widget, shown)
        label = self.form.labelForField(self.secret)
        if label is not None:
            label.setText(self.tr("Key passphrase") if uses_key else self.tr("Password"))
        self.adjustSize()

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"),
                                                  self.path.text())
        if folder:
            self.path.setText(folder)

    def _choose_key(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("SSH key file"),
                                                    self.key_path.text())
        if path:
            self.key_path.setText(path)

    def config(self) -> dict:
        kind = self.current_kind()
        if kind is TargetKind.FOLDER:
            return {"path": self.path.text()}
        if kind is TargetKind.SFTP:
            config = {"host": self.host.text(), "port": self.port.value(),
                      "username": self.username.text(), "auth": self.auth.currentData(),
                      "key_path": self.key_path.text(), "remote_dir": self.remote_dir.text()}
            return config
        return {"url": self.url.text(), "username": self.username.text(),
                "remote_dir": self.remote_dir.text()}

    def submit(self) -> Changes:
        kind = self.current_kind()
        secret = self.secret.text() if kind is not TargetKind.FOLDER else None
        changes = backups.save_target(
            self.ctx, target_id=self.row.id if self.row else None, name=self.name.text(),
            kind=kind, config=self.config(), secret=secret or None,
            location_description=self.location.text(), enabled=self.enabled.isChecked())
        self.secret.clear()  # not kept in the widget once it is in the keyring
        return changes
