"""Settings: the practice's shared settings (in the database) and this desk's UI language.

Idle lock, session length, calendar grid, payment terms, the late-cancellation limit and the
privacy notice's promises (yearly access requests, years of inactivity before the retention
run) are business settings every workstation shares, so they go through
``practice.set_setting`` (validated, audited). The language is a preference of this
computer and lives in QSettings "ui/language", read at start-up by ``ui.app``.
"""

from __future__ import annotations

import logging
import subprocess

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QHBoxLayout, QLabel,
                               QPushButton, QSpinBox, QVBoxLayout, QWidget)

from ui import i18n
from ui.admin.common import Publish, error_banner, error_text
from ui.widgets.forms import FormErrors
from vastaanotto import settings as settings_mod
from vastaanotto.context import Context
from vastaanotto.errors import VastaanottoError
from vastaanotto.services import practice
from vastaanotto.services.base import Changes

log = logging.getLogger(__name__)

LANGUAGE_KEY = "ui/language"
# Each language is named in itself, so a person can find their own in any UI language.
LANGUAGE_NAMES = {"fi": "suomi", "sv": "svenska", "en": "English"}


class SettingsPage(QWidget):
    KINDS = ("settings",)

    def __init__(self, ctx: Context, publish: Publish, parent: QWidget | None = None,
                 qsettings: QSettings | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._publish = publish
        self._qsettings = qsettings if qsettings is not None else QSettings()
        layout = QVBoxLayout(self)
        self.banner = error_banner(self)
        layout.addWidget(self.banner)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        # The whole-number settings: (setting, label, unit suffix).
        numbers = [
            (settings_mod.IDLE_LOCK_MINUTES, self.tr("Lock the window after idle"), " min"),
            (settings_mod.SESSION_MAX_HOURS, self.tr("Log out after at most"), " h"),
            (settings_mod.PAYMENT_TERMS_DAYS, self.tr("Payment terms"), self.tr(" days")),
            (settings_mod.LATE_CANCELLATION_HOURS,
             self.tr("Late cancellation: less than"), " h"),
            (settings_mod.ACCESS_REQUESTS_PER_YEAR,
             self.tr("Free access requests per client a year"), ""),
            (settings_mod.RETENTION_INACTIVE_YEARS,
             self.tr("Retention run: clients inactive for"), self.tr(" years")),
        ]
        self.spins: dict[str, tuple[settings_mod.SettingVar, QSpinBox]] = {}
        for var, label, suffix in numbers:
            spin = QSpinBox(self)
            spin.setObjectName(var.key)
            spin.setRange(var.minimum, var.maximum)
            spin.setSuffix(suffix)
            self.spins[var.key] = (var, spin)
            self.form.addRow(label, spin)
        self.idle_minutes = self.spins[settings_mod.IDLE_LOCK_MINUTES.key][1]
        self.grid_minutes = QComboBox(self)
        for minutes in settings_mod.CALENDAR_GRID_MINUTES.choices:
            self.grid_minutes.addItem(f"{minutes} min", minutes)
        self.language = QComboBox(self)
        for code in i18n.LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.form.insertRow(1, self.tr("Calendar grid"), self.grid_minutes)
        self.form.addRow(self.tr("Language on this computer"), self.language)
        fields = {key: spin for key, (_var, spin) in self.spins.items()}
        fields[settings_mod.CALENDAR_GRID_MINUTES.key] = self.grid_minutes
        self.errors = FormErrors(self.form, fields)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("save")
        self.save_button.clicked.connect(self.save)
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.status, 1)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.load()

    def current_language(self) -> str:
        language = str(self._qsettings.value(LANGUAGE_KEY, i18n.DEFAULT_LANGUAGE))
        return language if language in i18n.LANGUAGES else i18n.DEFAULT_LANGUAGE

    def load(self) -> None:
        for var, spin in self.spins.values():
            spin.setValue(practice.get_setting(self.ctx, var))
        grid = practice.get_setting(self.ctx, settings_mod.CALENDAR_GRID_MINUTES)
        self.grid_minutes.setCurrentIndex(max(0, self.grid_minutes.findData(grid)))
        self.language.setCurrentIndex(self.language.findData(self.current_language()))
        self.errors.clear()
        self.banner.hide()

    def save(self) -> None:
        """Saves what differs from the stored values; each setting is its own audited change."""
        self.banner.hide()
        self.status.clear()
        wanted = [(var, spin.value()) for var, spin in self.spins.values()]
        wanted.append((settings_mod.CALENDAR_GRID_MINUTES, self.grid_minutes.currentData()))
        published: list[Changes] = []
        refused: VastaanottoError | None = None
        try:
            for var, value in wanted:
                if practice.get_setting(self.ctx, var) != value:
                    published.append(practice.set_setting(self.ctx, var, value))
        except VastaanottoError as exc:
            refused = exc
        for changes in published:  # reloads this page, so the messages come after
            self._publish(changes)
        if refused is not None:
            self.banner.setText(error_text(refused, self.errors))
            self.banner.show()
            return
        messages = [self.tr("Settings saved.")]
        language = self.language.currentData()
        if language != self.current_language():
            self._qsettings.setValue(LANGUAGE_KEY, language)
            self._qsettings.sync()
            try:
                i18n.install(QApplication.instance(), language)
            except (OSError, subprocess.CalledProcessError):
                # No lrelease here: the choice is stored and applies at the next start.
                log.exception("translations for %s could not be built", language)
            messages.append(self.tr("Some texts change to the new language only after the "
                                    "program is restarted."))
        self.status.setText(" ".join(messages))

    def on_changes(self, changes: Changes) -> None:
        # Another desk (or this one) changed a shared setting: show the stored values, but
        # keep an unsaved language choice, which is local to this page.
        if changes.touches(*self.KINDS):
            language = self.language.currentData()
            self.load()
            self.language.setCurrentIndex(self.language.findData(language))
