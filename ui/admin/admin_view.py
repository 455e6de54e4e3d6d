"""The Admin (Ylläpito) view: owner-only pages for staff, services, rooms, opening hours,
the business profile and settings, messages and their templates, backups and database
encryption, chosen from a list on the left.

The main window shows this view only to owners; the services refuse everyone else anyway.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QStackedWidget, QWidget

from ui.admin.common import Publish
from ui.admin.encryption_page import EncryptionPage
from ui.admin.hours_page import HoursPage
from ui.admin.profile_page import ProfilePage
from ui.admin.rooms_page import RoomsPage
from ui.admin.services_page import ServicesPage
from ui.admin.settings_page import SettingsPage
from ui.admin.staff_page import StaffPage
from ui.backup.backup_page import BackupPage
from ui.messages.settings_page import MessageSettingsPage
from ui.messages.templates_page import MessageTemplatesPage
from ui.tasks import TaskRunner
from vastaanotto.context import Context
from vastaanotto.services.base import Changes


class AdminView(QWidget):
    """``publish`` receives every Changes an admin page makes (the main window broadcasts it
    to all views); without one the view refreshes only itself."""

    def __init__(self, ctx: Context, publish: Publish | None = None,
                 parent: QWidget | None = None, qsettings: QSettings | None = None,
                 tasks: TaskRunner | None = None):
        super().__init__(parent)
        self.setObjectName("adminView")
        publish = publish or self.on_changes
        self.staff_page = StaffPage(ctx, publish, self)
        self.services_page = ServicesPage(ctx, publish, self)
        self.rooms_page = RoomsPage(ctx, publish, self)
        self.hours_page = HoursPage(ctx, publish, self)
        self.profile_page = ProfilePage(ctx, publish, self)
        self.settings_page = SettingsPage(ctx, publish, self, qsettings)
        self.messages_page = MessageSettingsPage(ctx, publish, self, tasks=tasks)
        self.templates_page = MessageTemplatesPage(ctx, publish, self)
        self.backup_page = BackupPage(ctx, publish, self, tasks=tasks)
        self.encryption_page = EncryptionPage(ctx, publish, self)
        pages = [(self.tr("Staff"), self.staff_page),
                 (self.tr("Services"), self.services_page),
                 (self.tr("Rooms"), self.rooms_page),
                 (self.tr("Opening hours"), self.hours_page),
                 (self.tr("Business profile"), self.profile_page),
                 (self.tr("Settings"), self.settings_page),
                 (self.tr("Message settings"), self.messages_page),
                 (self.tr("Message templates"), self.templates_page),
                 (self.tr("Backups"), self.backup_page),
                 (self.tr("Encryption"), self.encryption_page)]
        self.nav = QListWidget(self)
        self.nav.setObjectName("adminNav")
        self.stack = QStackedWidget(self)
        for title, page in pages:
            self.nav.addItem(title)
            self.stack.addWidget(page)
        self.nav.setMaximumWidth(self.nav.sizeHintForColumn(0) + 32)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.setCurrentRow(0)
        layout = QHBoxLayout(self)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)

    @property
    def pages(self) -> list[QWidget]:
        return [self.stack.widget(i) for i in range(self.stack.count())]

    def show_page(self, page: QWidget) -> None:
        self.nav.setCurrentRow(self.stack.indexOf(page))

    def on_changes(self, changes: Changes) -> None:
        for page in self.pages:
            page.on_changes(changes)
