"""What the client dialogs share: the people's names of the register's codes (gender, language,
consent kinds and channels), reading a typed birth date, and the two small questions a client
card asks before an audited or recorded act: "why?" and "through which channel?".

Both questions are dialogs with a ``@classmethod ask()`` returning the answer or None, so tests
replace ``ask`` instead of driving a modal loop.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QLabel, QLineEdit,
                               QVBoxLayout, QWidget)

from vastaanotto.models.clients import ConsentChannel, ConsentKind, Gender

# Called by this name so that pyside6-lupdate finds the texts (a wrapper would hide them).
translate = QCoreApplication.translate

# Every client search is an audit event: typing runs one search this long after the last
# key, not one per key.
DEBOUNCE_MS = 150

_FINNISH_DATE = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$")

# Staff record what the client said at the desk, on the phone, on a paper form or by email;
# "online" is reserved for the client's own web booking, so staff never choose it.
STAFF_CHANNELS = (ConsentChannel.PHONE, ConsentChannel.IN_PERSON, ConsentChannel.FORM,
                  ConsentChannel.EMAIL)
# The consents a card shows and toggles; treatment-data acceptance lives with each note.
CARD_CONSENTS = (ConsentKind.REMINDERS, ConsentKind.EMAIL_MARKETING, ConsentKind.SMS_MARKETING)


def parse_date(text: str) -> dt.date | str | None:
    """``21.11.2026`` -> a date; empty -> None. Anything else is returned as typed, so that the
    core refuses it with its own code (``invalid_date``) and the form shows that message."""
    if not text.strip():
        return None
    match = _FINNISH_DATE.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        try:
            return dt.date(year, month, day)
        except ValueError:
            pass
    return text


def parse_year(text: str) -> int | str | None:
    """A birth year typed as digits becomes an int for the core to range-check; other text is
    returned as typed, for the form to call it "not a number"."""
    text = text.strip()
    if not text:
        return None
    return int(text) if text.isdigit() else text


def gender_name(gender: Gender | None) -> str:
    if gender is None:
        return translate("clients", "Not recorded")
    return {Gender.FEMALE: translate("clients", "Female"),
            Gender.MALE: translate("clients", "Male"),
            Gender.OTHER: translate("clients", "Other"),
            Gender.UNSPECIFIED: translate("clients", "Does not want to say")}[gender]


def language_name(code: str) -> str:
    return {"fi": translate("clients", "Finnish"),
            "sv": translate("clients", "Swedish"),
            "en": translate("clients", "English")}.get(code, code)


def consent_name(kind: ConsentKind) -> str:
    return {ConsentKind.REMINDERS: translate("clients", "Appointment reminders"),
            ConsentKind.EMAIL_MARKETING: translate("clients", "Marketing by email"),
            ConsentKind.SMS_MARKETING: translate("clients", "Marketing by SMS"),
            ConsentKind.TREATMENT_DATA: translate("clients", "Storing treatment data")}[kind]


def channel_name(channel: ConsentChannel) -> str:
    return {ConsentChannel.PHONE: translate("clients", "By phone"),
            ConsentChannel.IN_PERSON: translate("clients", "In person"),
            ConsentChannel.FORM: translate("clients", "On a form"),
            ConsentChannel.EMAIL: translate("clients", "By email"),
            ConsentChannel.ONLINE: translate("clients", "Online")}[channel]


class _Question(QDialog):
    def __init__(self, parent: QWidget | None, title: str, prompt: str, field: QWidget):
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        label = QLabel(prompt, self)
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addWidget(field)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)


class ReasonDialog(_Question):
    """Asks why personal data is opened; the reason goes into the audit trail. OK stays
    disabled until something is written: an empty reason documents nothing."""

    def __init__(self, parent: QWidget | None, title: str, prompt: str):
        self.reason = QLineEdit()
        self.reason.setMaxLength(500)  # what the audit trail keeps
        super().__init__(parent, title, prompt, self.reason)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.reason.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, prompt: str) -> str | None:
        dialog = cls(parent, title, prompt)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.reason.text().strip()
            return None
        finally:
            dialog.deleteLater()


class ChannelDialog(_Question):
    """Asks how the client gave or withdrew a consent: the ledger records the channel."""

    def __init__(self, parent: QWidget | None, title: str, prompt: str):
        self.channel = QComboBox()
        for channel in STAFF_CHANNELS:
            self.channel.addItem(channel_name(channel), channel)
        super().__init__(parent, title, prompt, self.channel)

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, prompt: str) -> ConsentChannel | None:
        dialog = cls(parent, title, prompt)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.channel.currentData()
            return None
        finally:
            dialog.deleteLater()
