"""The marketing dialog: counts who receives and who is left out and why; sends with opt-out."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.core.booking_practice import p  # noqa: F401 - fixture
from tests.core.messaging_practice import gateway, mp, smtp  # noqa: F401 - fixtures
from ui.messages.marketing_dialog import MarketingDialog
from vastaanotto.models.clients import ConsentChannel, ConsentKind
from vastaanotto.models.messages import MessageChannel
from vastaanotto.services import clients
from vastaanotto.services import messages as svc

LEFT = Qt.MouseButton.LeftButton


def consent(mp, client_id, kind, given):
    clients.record_consent(mp.owner, client_id, kind, given, ConsentChannel.FORM)


def test_counts_and_send(qtbot, mp, db):
    consent(mp, mp.maija, ConsentKind.EMAIL_MARKETING, True)
    consent(mp, mp.sven, ConsentKind.EMAIL_MARKETING, True)
    consent(mp, mp.sven, ConsentKind.EMAIL_MARKETING, False)
    consent(mp, mp.erkki, ConsentKind.SMS_MARKETING, True)     # no phone
    published = []
    dialog = MarketingDialog(mp.owner, published.append)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.send_button.isEnabled()
    dialog.subject.setText("Joulutarjous")
    dialog.body.setPlainText("Hei {client_first_name}! Hieronnat -20 % joulukuussa.")
    qtbot.mouseClick(dialog.count_button, LEFT)
    assert dialog.counts.text().splitlines() == [
        "1 client(s) will receive this message.", "Left out: 2 client(s)",
        "  • No consent: 1", "  • Consent withdrawn: 1"]
    dialog.channel.setCurrentIndex(dialog.channel.findData(MessageChannel.SMS))
    assert dialog.counts.text() == "" and not dialog.send_button.isEnabled()
    qtbot.mouseClick(dialog.count_button, LEFT)
    assert dialog.counts.text().splitlines()[0] == "0 client(s) will receive this message."
    assert "  • No address for this channel: 1" in dialog.counts.text().splitlines()
    assert not dialog.send_button.isEnabled()
    dialog.channel.setCurrentIndex(dialog.channel.findData(MessageChannel.EMAIL))
    qtbot.mouseClick(dialog.count_button, LEFT)
    dialog.confirm = lambda count: count == 1
    qtbot.mouseClick(dialog.send_button, LEFT)
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.queued == 1
    assert published[-1].touches("messages")
    [row] = svc.list_messages(mp.reception)
    assert row.recipient == "maija@example.fi" and row.subject == "Joulutarjous"


def test_unknown_placeholder_refused(qtbot, mp):
    consent(mp, mp.maija, ConsentKind.EMAIL_MARKETING, True)
    dialog = MarketingDialog(mp.owner, lambda c: None)
    qtbot.addWidget(dialog)
    dialog.subject.setText("Tarjous")
    dialog.body.setPlainText("Hei {etunimi}!")
    qtbot.mouseClick(dialog.count_button, LEFT)
    dialog.confirm = lambda count: True
    qtbot.mouseClick(dialog.send_button, LEFT)
    assert dialog.errors.message("body") == \
        "Unknown placeholder {etunimi}. Use only the placeholders listed."
    assert svc.list_messages(mp.reception) == []


def test_opened_from_the_settings_page(qtbot, mp):
    from ui.messages.settings_page import MessageSettingsPage

    page = MessageSettingsPage(mp.owner, lambda c: None)
    qtbot.addWidget(page)
    qtbot.mouseClick(page.marketing_button, LEFT)
    dialog = page._marketing
    assert dialog.isVisible() and dialog.windowTitle() == "Marketing message"
    dialog.reject()
