"""The privacy notice page: choose the language, read the generated notice, save it as PDF or
text. The notice is built from the business profile and the settings each time, so it says
what the program does today (the core's ``privacy_notice``)."""

from __future__ import annotations

from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
                               QVBoxLayout, QWidget)

from ui.admin.common import Publish
from ui.errors import show_error
from ui.privacy import common
from ui.privacy.common import translate
from ui.privacy.dialogs import LANGUAGES
from vastaanotto.context import Context
from vastaanotto.errors import VastaanottoError
from vastaanotto.services import privacy as privacy_service
from vastaanotto.services.base import Changes

# Changes after which the notice may say something else.
_NOTICE_KINDS = ("settings", "practice", "profile", "backup_targets", "backups", "messaging")


class NoticePage(QWidget):
    def __init__(self, ctx: Context, publish: Publish, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("noticePage")
        self.ctx = ctx
        self.language = QComboBox(self)
        self.language.setObjectName("noticeLanguage")
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.currentIndexChanged.connect(lambda _i: self.refresh())
        self.preview = QPlainTextEdit(self)
        self.preview.setObjectName("noticePreview")
        self.preview.setReadOnly(True)
        self.save_pdf = QPushButton(translate("privacy", "Save PDF…"), self)
        self.save_pdf.setObjectName("saveNoticePdf")
        self.save_pdf.clicked.connect(lambda: self.save("pdf"))
        self.save_text = QPushButton(translate("privacy", "Save text…"), self)
        self.save_text.setObjectName("saveNoticeText")
        self.save_text.clicked.connect(lambda: self.save("text"))
        info = QLabel(translate("privacy", "Generated from the business profile, the settings, "
                                "the backup targets and the message providers. Publish it where "
                                "clients see it, and save it again after changing them."), self)
        info.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("privacy", "Language"), self))
        top.addWidget(self.language)
        top.addStretch(1)
        top.addWidget(self.save_pdf)
        top.addWidget(self.save_text)
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addLayout(top)
        layout.addWidget(self.preview, 1)
        self._stale = True
        self.saved_path: str | None = None

    def showEvent(self, event) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        self._stale = False
        try:
            text = privacy_service.privacy_notice(self.ctx, self.language.currentData(), "text")
        except VastaanottoError as exc:
            show_error(self, exc, translate("privacy", "Cannot make the notice"))
            return
        self.preview.setPlainText(text)

    def save(self, fmt: str) -> None:
        language = self.language.currentData()
        try:
            data = privacy_service.privacy_notice(self.ctx, language, fmt)
        except VastaanottoError as exc:
            show_error(self, exc, translate("privacy", "Cannot make the notice"))
            return
        pdf = fmt == "pdf"
        self.saved_path = common.save_with_dialog(
            self, translate("privacy", "Save the privacy notice"),
            f"tietosuojaseloste-{language}.{'pdf' if pdf else 'txt'}",
            translate("privacy", "PDF files (*.pdf)") if pdf
            else translate("privacy", "Text files (*.txt)"), data)

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(*_NOTICE_KINDS):
            self._stale = True
            if self.isVisible():
                self.refresh()
