"""The Privacy (Tietosuoja) view: the owner's desk for the audit log, data-protection requests,
the retention run and the privacy notice, chosen from a list on the left (as the Admin view).

Owner only: the main window shows it to owners, and the services refuse everyone else anyway.
Pages read their data when first shown, because reading the log or the register is itself
an audited act.
"""

from __future__ import annotations

from PySide6.QtWidgets import (QHBoxLayout, QListWidget, QPushButton, QStackedWidget,
                               QVBoxLayout, QWidget)

from ui.admin.common import Publish
from ui.privacy.audit_page import AuditLogPage
from ui.privacy.common import translate
from ui.privacy.dialogs import AccessReportDialog, ErasureDialog, ExportDialog
from ui.privacy.notice_page import NoticePage
from ui.privacy.requests_page import RequestsPage
from ui.privacy.retention_page import RetentionPage
from ui.tasks import TaskRunner
from vastaanotto.context import Context
from vastaanotto.services.base import Changes


class PrivacyView(QWidget):
    """``publish`` receives every Changes the pages make (the main window broadcasts it);
    without one the view refreshes only itself. ``tasks`` runs the retention run."""

    def __init__(self, ctx: Context, publish: Publish | None = None,
                 parent: QWidget | None = None, tasks: TaskRunner | None = None):
        super().__init__(parent)
        self.setObjectName("privacyView")
        self.ctx = ctx
        self._publish = publish or self.on_changes
        self.audit_page = AuditLogPage(ctx, self._publish, self)
        self.requests_page = RequestsPage(ctx, self._publish, self)
        self.retention_page = RetentionPage(ctx, self._publish, self, tasks)
        self.notice_page = NoticePage(ctx, self._publish, self)
        pages = [(translate("privacy", "Audit log"), self.audit_page),
                 (translate("privacy", "Requests"), self.requests_page),
                 (translate("privacy", "Retention"), self.retention_page),
                 (translate("privacy", "Privacy notice"), self.notice_page)]
        self.nav = QListWidget(self)
        self.nav.setObjectName("privacyNav")
        self.stack = QStackedWidget(self)
        for title, page in pages:
            self.nav.addItem(title)
            self.stack.addWidget(page)
        self.nav.setMaximumWidth(self.nav.sizeHintForColumn(0) + 40)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        # The client-specific tools, for a request that came by letter or phone.
        self.export_button = QPushButton(translate("privacy", "Export client data…"), self)
        self.export_button.setObjectName("exportClient")
        self.export_button.clicked.connect(lambda: self._open(ExportDialog))
        self.erasure_button = QPushButton(translate("privacy", "Erasure request…"), self)
        self.erasure_button.setObjectName("erasureClient")
        self.erasure_button.clicked.connect(lambda: self._open(ErasureDialog))
        self.report_button = QPushButton(translate("privacy", "Access report…"), self)
        self.report_button.setObjectName("accessReportClient")
        self.report_button.clicked.connect(lambda: self._open(AccessReportDialog))
        left = QVBoxLayout()
        left.addWidget(self.nav, 1)
        for b in (self.export_button, self.erasure_button, self.report_button):
            left.addWidget(b)
        layout = QHBoxLayout(self)
        layout.addLayout(left)
        layout.addWidget(self.stack, 1)
        self.dialog = None
        self.nav.setCurrentRow(0)

    @property
    def pages(self) -> list[QWidget]:
        return [self.stack.widget(i) for i in range(self.stack.count())]

    def show_page(self, page: QWidget) -> None:
        self.nav.setCurrentRow(self.stack.indexOf(page))

    def _open(self, dialog_class) -> None:
        self.dialog = dialog_class(self.ctx, self._publish, parent=self)
        self.dialog.open()

    def on_changes(self, changes: Changes) -> None:
        for page in self.pages:
            page.on_changes(changes)
