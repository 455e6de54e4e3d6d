"""SMS length: GSM-7 (ä ö å included) vs UCS-2, concatenated parts, the sender-ID rule."""

import pytest
from hypothesis import given, strategies as st

from vastaanotto.errors import ValidationError
from vastaanotto.messaging import segments
from vastaanotto.messaging.sms.base import validate_sender


def test_finnish_and_swedish_letters_stay_gsm7():
    result = segments.count("Hyvää päivää, Åsa! Öljyä ja äyriäisiä.")
    assert result.encoding == "gsm7" and result.parts == 1


@pytest.mark.parametrize("text, encoding, units, parts", [
    ("a" * 160, "gsm7", 160, 1),
    ("a" * 161, "gsm7", 161, 2),
    ("a" * 306, "gsm7", 306, 2),
    ("a" * 307, "gsm7", 307, 3),
    ("€" * 80, "gsm7", 160, 1),            # extension characters take two septets
    ("€" * 81, "gsm7", 162, 2),
    ("a" * 152 + "€", "gsm7", 154, 1),
    ("a" * 160 + "€" + "a", "gsm7", 163, 2),
    ("š" * 70, "ucs2", 70, 1),             # one non-GSM letter makes the whole text UCS-2
    ("š" * 71, "ucs2", 71, 2),
    ("a" * 134 + "š", "ucs2", 135, 3),
    ("😀" * 35, "ucs2", 70, 1),            # surrogate pairs count two units
    ("", "gsm7", 0, 0),
])
def test_counts(text, encoding, units, parts):
    assert segments.count(text) == segments.SegmentCount(encoding, units, parts)


def test_escape_pair_is_not_split_between_parts():
    # 152 septets then "€" (2) fills part one to 154 > 153: the pair moves to part two.
    text = "a" * 152 + "€" + "a" * 152
    assert segments.count(text).parts == 3


def test_check_refuses_with_the_count():
    with pytest.raises(ValidationError) as caught:
        segments.check("š" * 200, 2)
    err = caught.value
    assert (err.field, err.code) == ("body", "sms_too_long")
    assert err.params == {"parts": 3, "maximum": 2, "encoding": "ucs2"}
    assert segments.check("a" * 300, 2).parts == 2


@given(st.text(max_size=700))
def test_parts_bound_units(text):
    result = segments.count(text)
    single = segments.SINGLE[result.encoding]
    per_part = segments.PER_PART[result.encoding]
    if result.units <= single:
        assert result.parts == (1 if text else 0)
    else:
        # Greedy packing never needs more than one extra part per split character.
        assert -(-result.units // per_part) <= result.parts <= result.units // (per_part - 1) + 1
    assert segments.count(text + "a").parts >= result.parts


@pytest.mark.parametrize("sender", ["Testiklin", "ABC", "Klinikka123", "+358401234567"])
def test_valid_sender_ids(sender):
    assert validate_sender(sender) == sender


@pytest.mark.parametrize("sender", ["AB", "Testiklinikka", "Klinikka Oy", "Hyvä", "12345",
                                    "", "Testi-Oy", "0401234567"])
def test_invalid_sender_ids(sender):
    with pytest.raises(ValidationError) as caught:
        validate_sender(sender)
    assert caught.value.code in ("invalid_sender_id", "required")


@given(st.text(max_size=20))
def test_sender_rule_fuzz(text):
    try:
        clean = validate_sender(text)
    except ValidationError:
        return
    assert 3 <= len(clean) <= 16 and clean.isascii() and " " not in clean
