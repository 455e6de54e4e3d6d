"""Admin › Message templates: an unknown placeholder is refused with its name, the preview
uses a real appointment, SMS length is shown in parts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.core.booking_practice import MONDAY, at, book, p  # noqa: F401 - fixture
from ui.messages.templates_page import MessageTemplatesPage
from vastaanotto.models.messages import MessageChannel, MessageKind
from vastaanotto.services import clients
from vastaanotto.services import messages as svc

LEFT = Qt.MouseButton.LeftButton
K, Ch = MessageKind, MessageChannel


@pytest.fixture
def page(qtbot, p):
    clients.update_client(p.owner, p.clients[0], {"first_name": "Maija",
                                                  "last_name": "Meikäläinen"})
    book(p, at(MONDAY, 10), client=0)
    published = []
    widget = MessageTemplatesPage(p.owner, published.append)
    widget.published = published
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    return widget


def test_lists_the_seeded_defaults(page):
    assert page.model.rowCount() == 30
    assert page.appointment.currentData() is not None   # a real appointment is offered


def test_unknown_placeholder_is_refused_with_its_name(qtbot, page, p):
    page.select(K.REMINDER, Ch.SMS, "fi")
    original = page.body.toPlainText()
    page.body.setPlainText("Hei {clinet_name}, aikasi on {time}.")
    qtbot.mouseClick(page.save_button, LEFT)
    assert page.errors.message("body") == \
        "Unknown placeholder {clinet_name}. Use only the placeholders listed."
    assert page.published == []
    stored = {(r.kind, r.channel, r.language): r.body for r in svc.list_templates(p.owner)}
    assert stored[(K.REMINDER, Ch.SMS, "fi")] == original


def test_preview_with_a_real_appointment_and_save(qtbot, page, p):
    page.select(K.REMINDER, Ch.SMS, "fi")
    qtbot.mouseClick(page.preview_button, LEFT)
    text = page.preview_text.toPlainText()
    assert "maanantaina 23.11.2026 klo 10.00" in text and "Hieronta" in text
    assert page.status.text() == "This SMS: 1 part(s)"
    page.body.setPlainText("Muistutus {client_first_name}: {weekday} klo {time}.")
    assert "1 SMS part(s)" in page.count.text() and "GSM-7" in page.count.text()
    qtbot.mouseClick(page.preview_button, LEFT)
    assert page.preview_text.toPlainText() == "Muistutus Maija: maanantaina klo 10.00."
    qtbot.mouseClick(page.save_button, LEFT)
    assert page.status.text() == "Template saved."
    row = next(r for r in svc.list_templates(p.owner)
               if (r.kind, r.channel, r.language) == (K.REMINDER, Ch.SMS, "fi"))
    assert row.body.startswith("Muistutus {client_first_name}") and not row.is_default


def test_sms_over_the_limit_shows_the_count(qtbot, page):
    page.select(K.CONFIRMATION, Ch.SMS, "sv")
    page.body.setPlainText("Välkommen {client_name}! " + "Šä" * 120)
    assert "UCS-2" in page.count.text()
    qtbot.mouseClick(page.save_button, LEFT)
    assert page.errors.message("body").startswith("The SMS needs 4 parts; at most 3")


def test_email_preview_has_the_subject(qtbot, page):
    page.select(K.CONFIRMATION, Ch.EMAIL, "en")
    qtbot.mouseClick(page.preview_button, LEFT)
    assert page.preview_text.toPlainText().startswith(
        "Booking confirmation 23.11.2026 at 10:00\n\nHello Maija,")
