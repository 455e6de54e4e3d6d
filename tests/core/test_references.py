"""Finnish national reference (7-3-1) and RF creditor reference: FINNISH_STANDARDS.md §1, §2."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum import iso11649

from vastaanotto.billing.references import (
    compact_finnish_reference,
    compact_rf_reference,
    finnish_reference,
    format_finnish_reference,
    format_rf_reference,
    is_valid_finnish_reference,
    is_valid_rf_reference,
    rf_reference,
)
from vastaanotto.errors import ValidationError

# --- §1.3: base -> reference (-> printed form) ---------------------------------------------

BASE_VECTORS = [
    # base, reference, printed (None = the document gives none)
    ("123456", "1234561", "12 34561"),
    ("12345", "123453", "1 23453"),
    ("1234567", "12345672", "123 45672"),
    ("1234", "12344", None),
    ("666666", "6666668", None),
    ("123", "1232", None),
    ("100", "1009", None),
    ("1111", "11112", None),
    ("12131295", "121312952", None),
    ("86851625961989", "868516259619897", "86851 62596 19897"),
    ("55958224329467", "559582243294671", "55958 22432 94671"),
    ("6987567208343536", "69875672083435364", "69 87567 20834 35364"),
    ("775847479064748", "7758474790647489", "7 75847 47906 47489"),
    ("7877767965662868", "78777679656628687", "78 77767 96566 28687"),
    ("86862", "868624", "8 68624"),
    ("9212537425253989773", "92125374252539897737", "92125 37425 25398 97737"),
    ("59073839", "590738390", "5907 38390"),
    ("135791", "1357914", "13 57914"),
    ("3228722205", "32287222051", None),  # printed form: see test_sikteeri_grouping_is_not_ours
]


@pytest.mark.parametrize(("base", "reference", "printed"), BASE_VECTORS)
def test_check_digit_vectors(base, reference, printed):
    assert finnish_reference(base) == reference
    assert is_valid_finnish_reference(reference)
    if printed is not None:
        assert format_finnish_reference(reference) == printed
        assert is_valid_finnish_reference(printed)
        assert compact_finnish_reference(printed) == reference


def test_maximum_length_reference_is_twenty_digits():
    ref = finnish_reference("9212537425253989773")
    assert len(ref) == 20


def test_sikteeri_grouping_is_not_ours():
    # sikteeri prints this one from the left ("32287 22205 1"); every official example groups
    # from the right, so we do. The left-grouped text is still read as the same reference.
    assert format_finnish_reference("32287222051") == "3 22872 22051"
    assert compact_finnish_reference("32287 22205 1") == "32287222051"


@pytest.mark.parametrize(
    "reference",
    [
        "1511890656",
        "3222190631525115",
        "1231180652526617",
        "3004101416423555",
        "77584747906474893225",
        "01030100067175800018",
    ],
)
def test_more_valid_references(reference):
    assert is_valid_finnish_reference(reference)


def test_leading_zero_reference_is_valid_and_printed_without_zero():
    assert is_valid_finnish_reference("01030100067175800018")
    assert format_finnish_reference("01030100067175800018") == "1030 10006 71758 00018"
    assert compact_finnish_reference("01030100067175800018") == "1030100067175800018"


def test_zero_padded_machine_form_is_valid():
    assert is_valid_finnish_reference("00000000000001234561")
    assert format_finnish_reference("00000000000001234561") == "12 34561"


@pytest.mark.parametrize(
    ("given_", "printed"),
    [
        ("1234561", "12 34561"),
        ("3222190631525115", "3 22219 06315 25115"),
        ("123 118 065 252 661 7", "1 23118 06525 26617"),
        ("77584747906474893225", "77584 74790 64748 93225"),
    ],
)
def test_formatting_vectors(given_, printed):
    assert format_finnish_reference(given_) == printed


@pytest.mark.parametrize(
    "reference",
    [
        "1234560",
        "86851 62596 19890",
        "32287 22205 0",
        "7758474790647480",
        "43",
        "123",  # too short by the standard (3 digits)
        "123456789012345678901",  # 21 digits
        "",
        "   ",
        "12345a1",
        "RF332348236",
        "１２３４５６１",  # full-width digits are not ASCII digits
        "0000",
        "0000232",  # only three significant digits
    ],
)
def test_invalid_references(reference):
    assert is_valid_finnish_reference(reference) is False
    with pytest.raises(ValidationError) as exc:
        format_finnish_reference(reference)
    assert (exc.value.field, exc.value.code) == ("reference", "invalid_reference")


@pytest.mark.parametrize("value", [None, 1234561, b"1234561"])
def test_non_text_is_not_a_reference(value):
    assert is_valid_finnish_reference(value) is False
    assert is_valid_rf_reference(value) is False


@pytest.mark.parametrize(
    "base",
    [
        "",
        "12",
        "1 2",
        "12345678901234567890",
        "12a4",
        "-123",
        "12.3",
        "００１２３",
        "000",
        "0012",
        None,
        123456,
    ],
)
def test_invalid_bases(base):
    with pytest.raises(ValidationError) as exc:
        finnish_reference(base)
    assert (exc.value.field, exc.value.code) == ("reference", "invalid_reference_base")


def test_base_spaces_are_removed_and_leading_zeros_dropped():
    assert finnish_reference(" 123 456 ") == "1234561"
    assert finnish_reference("0123") == "1232"
    longest = finnish_reference("1234567890123456789")
    assert len(longest) == 20 and longest.startswith("1234567890123456789")


# --- §2.2: RF references -------------------------------------------------------------------

RF_VECTORS = [
    ("2348236", "RF332348236", "RF33 2348 236"),
    ("1234561", "RF341234561", "RF34 1234 561"),
    ("11112", "RF9811112", None),
    ("1511890656", "RF601511890656", None),
    ("01030100067175800018", "RF031030100067175800018", None),
    ("77584747906474893225", "RF7677584747906474893225", None),
    ("868516259619897", "RF09868516259619897", "RF09 8685 1625 9619 897"),
    ("559582243294671", "RF06559582243294671", "RF06 5595 8224 3294 671"),
    ("7758474790647489", "RF847758474790647489", None),
    ("78777679656628687", "RF6078777679656628687", None),
    ("868624", "RF10868624", None),
    ("92125374252539897737", "RF7192125374252539897737", None),
    ("590738390", "RF66590738390", None),
    ("1357914", "RF951357914", None),
]


@pytest.mark.parametrize(("finnish", "rf", "printed"), RF_VECTORS)
def test_rf_vectors(finnish, rf, printed):
    assert rf_reference(finnish) == rf
    assert is_valid_rf_reference(rf)
    assert iso11649.is_valid(rf)  # independent implementation agrees
    if printed is not None:
        assert format_rf_reference(rf) == printed
        assert is_valid_rf_reference(printed)
        assert compact_rf_reference(printed) == rf


def test_rf_accepts_printed_finnish_reference_input():
    assert rf_reference("86851 62596 19897") == "RF09868516259619897"


def test_rf_check_digits_ignore_leading_zeros():
    assert rf_reference("1030100067175800018") == "RF031030100067175800018"


def test_iso_example_is_valid_rf_but_base_is_not_finnish():
    assert is_valid_rf_reference("RF18539007547034")
    assert is_valid_rf_reference("RF18 5390 0754 7034")
    assert format_rf_reference("RF18539007547034") == "RF18 5390 0754 7034"
    assert not is_valid_finnish_reference("539007547034")
    with pytest.raises(ValidationError) as exc:
        rf_reference("539007547034")
    assert (exc.value.field, exc.value.code) == ("reference", "invalid_reference")


def test_lower_case_rf_is_normalised():
    assert compact_rf_reference("rf33 2348 236") == "RF332348236"


@pytest.mark.parametrize(
    "rf",
    [
        "RF17 5390 0754 7034",
        "RF99 9991",
        "RF97C2H5OH",  # valid ISO 11649 but alphanumeric: not usable in Finnish barcodes
        "RF03SW3EZRUFBK",
        "RF72YW",
        "RF08P",
        # MOD 97-10 accepts 01 wherever 98 is right, but 01 can never be computed.
        "RF0111112",
        "RF9811113",
        "RF98",
        "RF9",
        "RF",
        "",
        "2348236",
        "XX332348236",
        "RF33" + "0" * 22,  # body longer than the 21 digits the barcode can carry
    ],
)
def test_invalid_rf(rf):
    assert is_valid_rf_reference(rf) is False
    with pytest.raises(ValidationError) as exc:
        format_rf_reference(rf)
    assert (exc.value.field, exc.value.code) == ("reference", "invalid_reference")


def test_alphanumeric_rf_is_iso_valid_but_refused_by_us():
    # Documents the deliberate difference from python-stdnum.
    for rf in ("RF97C2H5OH", "RF03SW3EZRUFBK", "RF72YW", "RF08P"):
        assert iso11649.is_valid(rf)
        assert not is_valid_rf_reference(rf)


@pytest.mark.parametrize("finnish", ["1234560", "123", "", "abc", "RF332348236"])
def test_rf_reference_requires_valid_finnish_reference(finnish):
    with pytest.raises(ValidationError) as exc:
        rf_reference(finnish)
    assert (exc.value.field, exc.value.code) == ("reference", "invalid_reference")


# --- Properties ----------------------------------------------------------------------------

bases = st.text(alphabet="0123456789", min_size=3, max_size=19).filter(lambda s: s[0] != "0")


# No wall-clock deadline in property tests: the first call loads library metadata, and
# timing-based failures would make CI flaky.
@settings(deadline=None)
@given(bases)
def test_reference_is_base_plus_one_check_digit(base):
    ref = finnish_reference(base)
    assert ref[:-1] == base
    assert is_valid_finnish_reference(ref)
    assert compact_finnish_reference(ref) == ref


@settings(deadline=None)
@given(bases, st.data())
def test_any_single_digit_error_is_detected(base, data):
    # Weights 7, 3 and 1 are all coprime with 10, so changing one digit always changes the sum.
    ref = finnish_reference(base)
    pos = data.draw(st.integers(0, len(ref) - 1))
    new = data.draw(st.sampled_from([d for d in "0123456789" if d != ref[pos]]))
    changed = ref[:pos] + new + ref[pos + 1 :]
    if changed[0] != "0":
        assert not is_valid_finnish_reference(changed)


@settings(deadline=None)
@given(bases)
def test_format_round_trip(base):
    ref = finnish_reference(base)
    printed = format_finnish_reference(ref)
    groups = printed.split(" ")
    assert "".join(groups) == ref
    assert all(len(g) == 5 for g in groups[1:])
    assert 1 <= len(groups[0]) <= 5
    assert format_finnish_reference(printed) == printed
    assert is_valid_finnish_reference(ref.rjust(20, "0"))


@settings(deadline=None)
@given(bases)
def test_rf_round_trip(base):
    ref = finnish_reference(base)
    rf = rf_reference(ref)
    assert rf.startswith("RF") and rf[4:] == ref
    assert is_valid_rf_reference(rf)
    assert iso11649.is_valid(rf)
    assert 2 <= int(rf[2:4]) <= 98
    printed = format_rf_reference(rf)
    assert printed.replace(" ", "") == rf
    assert all(len(g) == 4 for g in printed.split(" ")[:-1])
    assert compact_rf_reference(printed) == rf


@settings(deadline=None)
@given(bases, st.data())
def test_rf_detects_single_digit_errors(base, data):
    rf = rf_reference(finnish_reference(base))
    pos = data.draw(st.integers(2, len(rf) - 1))
    new = data.draw(st.sampled_from([d for d in "0123456789" if d != rf[pos]]))
    assert not is_valid_rf_reference(rf[:pos] + new + rf[pos + 1 :])


@settings(deadline=None)
@given(st.text(max_size=40))
def test_random_text_never_crashes(text):
    assert is_valid_finnish_reference(text) in (True, False)
    assert is_valid_rf_reference(text) in (True, False)
    for func in (finnish_reference, format_finnish_reference, rf_reference, format_rf_reference):
        try:
            func(text)
        except ValidationError as exc:
            assert exc.field == "reference"
            assert exc.code in ("invalid_reference", "invalid_reference_base")


@settings(deadline=None)
@given(st.text(alphabet="0123456789 ", max_size=30))
def test_digit_text_validity_matches_definition(text):
    digits = text.replace(" ", "")
    significant = digits.lstrip("0")
    expected = (
        len(digits) <= 20
        and len(significant) >= 4
        and finnish_reference(significant[:-1]) == significant
    )
    assert is_valid_finnish_reference(text) == expected
