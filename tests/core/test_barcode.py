"""Bank virtual barcode, versions 4 and 5: FINNISH_STANDARDS.md §3."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vastaanotto.billing.barcode import MAX_BARCODE_AMOUNT, virtual_barcode
from vastaanotto.billing.references import finnish_reference, rf_reference
from vastaanotto.errors import ValidationError

D = Decimal

# §3.3: (iban, amount, reference, due, barcode)
V4_VECTORS = [
    pytest.param(
        "FI79 4405 2020 0360 82",
        D("4883.15"),
        "86851 62596 19897",
        date(2010, 6, 12),
        "479440520200360820048831500000000868516259619897100612",
        id="opas1",
    ),
    pytest.param(
        "FI58 1017 1000 0001 22",
        D("482.99"),
        "55958 22432 94671",
        date(2012, 1, 31),
        "458101710000001220004829900000000559582243294671120131",
        id="opas2",
    ),
    pytest.param(
        "FI02 5000 4640 0013 02",
        D("693.80"),
        "69 87567 20834 35364",
        date(2011, 7, 24),
        "402500046400013020006938000000069875672083435364110724",
        id="opas3",
    ),
    pytest.param(
        "FI16 8000 1400 0502 67",
        D("935.85"),
        "78 77767 96566 28687",
        None,
        "416800014000502670009358500000078777679656628687000000",
        id="opas5-no-due-date",
    ),
    pytest.param(
        "FI37 1590 3000 0007 76",
        D("12.25"),
        "11112",
        date(2016, 12, 21),
        "437159030000007760000122500000000000000000011112161221",
        id="npm-readme",
    ),
    pytest.param(
        "FI37 1590 3000 0007 76",
        None,
        "11112",
        None,
        "437159030000007760000000000000000000000000011112000000",
        id="npm-no-amount",
    ),
    pytest.param(
        "FI16 5741 3620 4069 56",
        D("35.00"),
        "32287 22205 1",
        date(2011, 3, 12),
        "416574136204069560000350000000000000032287222051110312",
        id="sikteeri",
    ),
    pytest.param(
        # The nocfo README passes date(2022, 12, 12) but prints a code ending in 201212, i.e.
        # 12.12.2020: the README contradicts itself (its test suite uses 2020-12-12). The code
        # string is the vector; see test_nocfo_readme_date_inconsistency.
        "FI49 5000 9420 0287 30",
        D("100.20"),
        "12345 67907",
        date(2020, 12, 12),
        "449500094200287300001002000000000000001234567907201212",
        id="nocfo-readme",
    ),
    pytest.param(
        "FI49 5000 9420 0287 30",
        D("124.12"),
        "12 34561",
        date(2022, 2, 2),
        "449500094200287300001241200000000000000001234561220202",
        id="nocfo",
    ),
    pytest.param(
        "FI49 5000 9420 0287 30",
        D("999999.99"),
        "12 34561",
        date(2022, 2, 2),
        "449500094200287309999999900000000000000001234561220202",
        id="nocfo-max-amount",
    ),
    pytest.param(
        "FI4950009420028730",
        D("2222.55"),
        "7777776",
        date(2020, 12, 12),
        "449500094200287300022225500000000000000007777776201212",
        id="nocfo-tests",
    ),
    pytest.param(
        "FI48 1950 3000 0000 10",
        D("1116.00"),
        "91901000011",
        date(2019, 1, 28),
        "448195030000000100011160000000000000091901000011190128",
        id="visma-finvoice",
    ),
]

# §3.4
V5_VECTORS = [
    pytest.param(
        "FI79 4405 2020 0360 82",
        D("4883.15"),
        "RF09 8685 1625 9619 897",
        date(2010, 6, 12),
        "579440520200360820048831509000000868516259619897100612",
        id="opas1",
    ),
    pytest.param(
        # The guide's v5 invoice 2 is due 31.1.2010 although v4 invoice 2 is 2012: reproduced.
        "FI58 1017 1000 0001 22",
        D("482.99"),
        "RF06 5595 8224 3294 671",
        date(2010, 1, 31),
        "558101710000001220004829906000000559582243294671100131",
        id="opas2",
    ),
    pytest.param(
        # The corrected guide (RF61); the RF02 variant is tested below as refused.
        "FI02 5000 4640 0013 02",
        D("693.80"),
        "RF61 6987 5672 0839",
        date(2011, 7, 24),
        "502500046400013020006938061000000000698756720839110724",
        id="opas3-rf61",
    ),
    pytest.param(
        "FI37 1590 3000 0007 76",
        D("1.10"),
        "RF9811112",
        date(2017, 1, 1),
        "537159030000007760000011098000000000000000011112170101",
        id="npm-readme",
    ),
    pytest.param(
        "FI49 5000 9420 0287 30",
        D("2222.55"),
        "RF92 1234 2345",
        date(2020, 12, 12),
        "549500094200287300022225592000000000000012342345201212",
        id="nocfo",
    ),
    pytest.param(
        "FI4950009420028730",
        D("999999.99"),
        "RF92 1234 2345",
        date(2020, 12, 12),
        "549500094200287309999999992000000000000012342345201212",
        id="nocfo-max-amount",
    ),
    pytest.param(
        "FI49 5000 9420 0287 30",
        D("0"),
        "RF07999999999993",
        date(2020, 12, 12),
        "549500094200287300000000007000000000999999999993201212",
        id="nocfo-zero-amount",
    ),
]


@pytest.mark.parametrize(
    ("iban", "amount", "reference", "due", "expected"), V4_VECTORS + V5_VECTORS
)
def test_vectors(iban, amount, reference, due, expected):
    code = virtual_barcode(iban, amount, reference, due)
    assert code == expected
    assert len(code) == 54 and code.isdigit()


def test_nocfo_readme_date_inconsistency():
    # With the README's stated due date 12.12.2022 the last six digits must be 221212.
    code = virtual_barcode("FI49 5000 9420 0287 30", D("100.20"), "12345 67907", date(2022, 12, 12))
    assert code == "449500094200287300001002000000000000001234567907221212"
    assert code[:48] == "449500094200287300001002000000000000001234567907201212"[:48]


def test_compact_inputs_give_same_code():
    assert (
        virtual_barcode("FI7944052020036082", D("4883.15"), "868516259619897", date(2010, 6, 12))
        == "479440520200360820048831500000000868516259619897100612"
    )
    assert (
        virtual_barcode(
            "fi79 4405 2020 0360 82", D("4883.15"), "rf09868516259619897", date(2010, 6, 12)
        )
        == "579440520200360820048831509000000868516259619897100612"
    )


def test_int_amount_and_zero_amount():
    base = ("FI37 1590 3000 0007 76", "11112", None)
    assert virtual_barcode(base[0], 12, base[1], None)[17:25] == "00001200"
    assert virtual_barcode(base[0], D("0.00"), base[1], None)[17:25] == "00000000"
    assert virtual_barcode(base[0], D("-0"), base[1], None)[17:25] == "00000000"


def test_leading_zero_reference_in_both_versions():
    v4 = virtual_barcode("FI49 5000 9420 0287 30", D("1"), "01030100067175800018", None)
    assert v4[25:48] == "000" + "01030100067175800018"
    rf = rf_reference("01030100067175800018")
    v5 = virtual_barcode("FI49 5000 9420 0287 30", D("1"), rf, None)
    assert v5[0] == "5" and v5[25:48] == "03" + "001030100067175800018"


def test_old_guide_rf02_vector_is_refused():
    # §3.4: RF02 6987 5672 0834 is arithmetically a valid RF, but its body is not a valid
    # national reference (uncorrected 2012 edition). We follow the corrected guide.
    with pytest.raises(ValidationError) as exc:
        virtual_barcode(
            "FI02 5000 4640 0013 02", D("693.80"), "RF02 6987 5672 0834", date(2011, 7, 24)
        )
    assert (exc.value.field, exc.value.code) == ("reference", "invalid_reference")


def test_iso_rf_with_non_finnish_body_is_refused():
    with pytest.raises(ValidationError) as exc:
        virtual_barcode("FI49 5000 9420 0287 30", D("1"), "RF18 5390 0754 7034", None)
    assert exc.value.code == "invalid_reference"


@pytest.mark.parametrize(
    "iban",
    [
        "DE71110220330123456789",
        "FR1420041010050500013M02606",
        "SE4550000000058398257466",
        "BE72000000001616",
    ],
)
def test_non_finnish_iban_refused(iban):
    with pytest.raises(ValidationError) as exc:
        virtual_barcode(iban, D("1"), "11112", None)
    assert (exc.value.field, exc.value.code) == ("iban", "iban_not_finnish")


def test_non_finnish_iban_with_surrounding_spaces_refused():  # nocfo test case
    with pytest.raises(ValidationError) as exc:
        virtual_barcode(
            "   SE45 5000 0000 0583 9825 7466", D("124.12"), "12 34561", date(2022, 2, 2)
        )
    assert exc.value.code == "iban_not_finnish"


@pytest.mark.parametrize(
    "iban", ["FI4950009420028731", "FI495000942002XXXX", "", "FI49", "not an iban", None, 1234567]
)
def test_invalid_iban_refused(iban):
    with pytest.raises(ValidationError) as exc:
        virtual_barcode(iban, D("1"), "11112", None)
    assert (exc.value.field, exc.value.code) == ("iban", "invalid_iban")


@pytest.mark.parametrize("amount", [D("-0.01"), D("-100"), D("1000000.00"), D("999999.999"), 10**7])
def test_amount_out_of_range(amount):
    # Some libraries write 00000000 for too large amounts (§3.2); a barcode that lets the
    # payer type any amount is worse than an error, so we refuse.
    with pytest.raises(ValidationError) as exc:
        virtual_barcode("FI49 5000 9420 0287 30", amount, "11112", None)
    assert (exc.value.field, exc.value.code) == ("amount", "amount_out_of_range")
    assert exc.value.params["max"] == MAX_BARCODE_AMOUNT


@pytest.mark.parametrize("amount", [D("0.001"), D("12.345"), D("NaN"), D("Infinity")])
def test_inexact_or_non_finite_amount(amount):
    with pytest.raises(ValidationError) as exc:
        virtual_barcode("FI49 5000 9420 0287 30", amount, "11112", None)
    assert (exc.value.field, exc.value.code) == ("amount", "invalid_amount")


@pytest.mark.parametrize("amount", [12.25, 0.0, True, "12.25"])
def test_float_and_other_amount_types_are_type_errors(amount):
    with pytest.raises(TypeError):
        virtual_barcode("FI49 5000 9420 0287 30", amount, "11112", None)


@pytest.mark.parametrize(
    "reference",
    [
        "1234560",  # check digit
        "RF97C2H5OH",  # letters after RF
        "RF17 5390 0754 7034",  # RF checksum
        "12a45",
        "ABC",
        "RF",
        "",
        "123",
        "123456789012345678901",
        "RF33" + "0" * 22,
        "RF0111112",
    ],
)
def test_invalid_reference_refused(reference):
    with pytest.raises(ValidationError) as exc:
        virtual_barcode("FI49 5000 9420 0287 30", D("1"), reference, None)
    assert (exc.value.field, exc.value.code) == ("reference", "invalid_reference")


@pytest.mark.parametrize("due", [date(1999, 12, 31), date(2100, 1, 1)])
def test_due_date_outside_20yy_refused(due):
    # Decoders assume 20YY, so any other century would silently decode to a wrong date.
    with pytest.raises(ValidationError) as exc:
        virtual_barcode("FI49 5000 9420 0287 30", D("1"), "11112", due)
    assert (exc.value.field, exc.value.code) == ("due_date", "invalid_due_date")


def test_due_date_must_be_a_date():
    with pytest.raises(TypeError):
        virtual_barcode("FI49 5000 9420 0287 30", D("1"), "11112", "2020-12-12")


# --- Properties: a reference decoder written from the layout table -------------------------


def _decode(code: str) -> dict:
    assert len(code) == 54 and code.isdigit()
    version = code[0]
    assert version in "45"
    euros, cents = int(code[17:23]), int(code[23:25])
    if version == "4":
        assert code[25:28] == "000"
        reference = code[28:48].lstrip("0")
    else:
        reference = "RF" + code[25:27] + code[27:48].lstrip("0")
    due = (
        None
        if code[48:] == "000000"
        else date(2000 + int(code[48:50]), int(code[50:52]), int(code[52:54]))
    )
    return {
        "version": version,
        "iban": "FI" + code[1:17],
        "amount": Decimal(euros) + Decimal(cents) / 100,
        "reference": reference,
        "due": due,
    }


def _fi_iban(bban: str) -> str:
    # ISO 13616: BBAN + "FI00" as digits (F=15, I=18), check = 98 - n mod 97.
    return f"FI{98 - int(bban + '151800') % 97:02d}{bban}"


ibans = st.text(alphabet="0123456789", min_size=14, max_size=14).map(_fi_iban)
amounts = st.integers(0, 99_999_999).map(lambda c: Decimal(c) / 100)
references = (
    st.text(alphabet="0123456789", min_size=3, max_size=19)
    .filter(lambda s: s[0] != "0")
    .map(finnish_reference)
)
dues = st.none() | st.dates(date(2000, 1, 1), date(2099, 12, 31))


# No wall-clock deadline in property tests: the first call loads library metadata, and
# timing-based failures would make CI flaky.
@settings(deadline=None)
@given(ibans, amounts, references, dues, st.booleans())
def test_round_trip_through_decoder(iban, amount, reference, due, use_rf):
    ref = rf_reference(reference) if use_rf else reference
    decoded = _decode(virtual_barcode(iban, amount, ref, due))
    assert decoded == {
        "version": "5" if use_rf else "4",
        "iban": iban,
        "amount": amount,
        "reference": ref,
        "due": due,
    }


@settings(deadline=None)
@given(st.text(max_size=30), st.text(max_size=30))
def test_random_text_only_raises_validation_error(iban, reference):
    try:
        code = virtual_barcode(iban, D("1.00"), reference, None)
    except ValidationError as exc:
        assert exc.code in ("invalid_iban", "iban_not_finnish", "invalid_reference")
    else:
        assert len(code) == 54 and code.isdigit()


@settings(deadline=None)
@given(st.decimals(allow_nan=True, allow_infinity=True))
def test_any_decimal_amount_is_encoded_or_refused(amount):
    try:
        code = virtual_barcode("FI49 5000 9420 0287 30", amount, "11112", None)
    except ValidationError as exc:
        assert exc.code in ("amount_out_of_range", "invalid_amount")
        assert not (
            amount.is_finite()
            and 0 <= amount <= MAX_BARCODE_AMOUNT
            and amount == amount.quantize(D("0.01"))
        )
    else:
        assert _decode(code)["amount"] == amount
