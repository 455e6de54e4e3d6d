"""One free-text validator for notes and reasons, and the services that now use it."""

import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.core.booking_practice import MONDAY, at, book, p  # noqa: F401 - fixture
from vastaanotto.errors import ValidationError, ValidationErrors
from vastaanotto.finnish.validators import free_text
from vastaanotto.models import CancelledBy
from vastaanotto.services import booking, clients
from vastaanotto.services.treatment_notes import validate_note_text

BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def forbidden(ch: str, multiline: bool) -> bool:
    if multiline and ch in "\n\t":
        return False
    return ch in BIDI or unicodedata.category(ch) in ("Cc", "Cs")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60), st.booleans())
def test_free_text_either_refuses_or_returns_clean_text(value, multiline):
    try:
        out = free_text(value, "note", 50, multiline=multiline)
    except ValidationError as exc:
        assert exc.field == "note" and exc.code in ("too_long", "invalid_characters")
        cleaned = value.replace("\r\n", "\n").replace("\r", "\n").strip()
        if exc.code == "too_long":
            assert len(cleaned) > 50
        else:
            assert any(forbidden(ch, multiline) for ch in cleaned)
        assert value not in str(exc) or not value  # never the typed text in the message
        return
    assert out == out.strip() and len(out) <= 50 and "\r" not in out
    assert not any(forbidden(ch, multiline) for ch in out)


@pytest.mark.parametrize("value, multiline, expected", [
    ("  Hei\r\nmaailma \t", True, "Hei\nmaailma"),
    ("a\tb", True, "a\tb"),
    (None, True, ""),
    ("Päivä", False, "Päivä"),
])
def test_free_text_keeps_what_belongs(value, multiline, expected):
    assert free_text(value, "note", 100, multiline=multiline) == expected


@pytest.mark.parametrize("value, multiline, code", [
    ("a\nb", False, "invalid_characters"),
    ("a\tb", False, "invalid_characters"),
    ("a\x00b", True, "invalid_characters"),
    ("a\x7fb", True, "invalid_characters"),
    ("a\u202eb", True, "invalid_characters"),
    ("a\ud800b", True, "invalid_characters"),
    ("   ", True, "required"),
    ("x" * 11, True, "too_long"),
])
def test_free_text_refuses(value, multiline, code):
    with pytest.raises(ValidationError) as info:
        free_text(value, "reason", 10, required=True, multiline=multiline)
    assert (info.value.field, info.value.code) == ("reason", code)


def test_free_text_refuses_non_text():
    with pytest.raises(TypeError):
        free_text(5, "note", 10)


CONTROL = st.sampled_from([chr(c) for c in range(32) if chr(c) not in "\n\t\r"] + ["\x7f"])


# The practice fixture is shared by all examples on purpose: every call is refused before
# anything is written, so nothing carries over from one example to the next.
@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=20), CONTROL, st.text(max_size=20))
def test_booking_refuses_control_characters_in_note_and_cancel_reason(p, before, bad, after):
    # Inside the text: at either end, \x0b, \x0c and \x1c-\x1f are whitespace that
    # trimming removes anyway (nothing invisible is stored then either).
    text = "a" + before + bad + after + "b"
    with pytest.raises(ValidationError) as info:
        booking.book(p.reception, client_id=p.clients[0], practitioner_id=p.p1,
                     service_id=p.massage, starts_at=at(MONDAY, 9), note=text)
    assert (info.value.field, info.value.code) == ("note", "invalid_characters")
    with pytest.raises(ValidationError) as info:
        booking.cancel(p.reception, 1, by=CancelledBy.CLIENT, reason=text)
    assert (info.value.field, info.value.code) == ("reason", "invalid_characters")
    assert booking.appointments_between(p.reception, at(MONDAY, 0), at(MONDAY, 23)) == []


def test_booking_override_reason_is_one_line(db, p):
    with pytest.raises(ValidationError) as info:
        booking.book(p.owner, client_id=p.clients[0], practitioner_id=p.p1,
                     service_id=p.massage, starts_at=at(MONDAY, 9), override_reason="a\nb")
    assert (info.value.field, info.value.code) == ("override_reason", "invalid_characters")
    appt = book(p, at(MONDAY, 9), note="Ovikoodi\r\n1234")
    assert booking.appointments_between(p.reception, at(MONDAY, 0), at(MONDAY, 23))[0].note == \
        "Ovikoodi\n1234"
    assert appt


def test_notes_of_clients_and_treatment_notes_use_the_same_rules(p):
    assert validate_note_text(" Kipu\r\nhelpottaa ") == "Kipu\nhelpottaa"
    with pytest.raises(ValidationError) as info:
        validate_note_text("a\u2066b")
    assert (info.value.field, info.value.code) == ("text", "invalid_characters")
    with pytest.raises((ValidationError, ValidationErrors)) as info:
        clients.create_client(p.owner, {"first_name": "Aino", "last_name": "Ahola",
                                        "notes": "a\u202eb"})
    assert info.value.field == "notes" and info.value.code == "invalid_characters"
    with pytest.raises(ValidationError) as info:
        clients.create_client(p.owner, {"first_name": "Aino", "last_name": "Ahola",
                                        "notes": "x" * 5001})
    assert info.value.code == "too_long" and info.value.params == {"max": 5000}
