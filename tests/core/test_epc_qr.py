"""EPC QR payload (EPC069-12): field order, limits and the examples of FINNISH_STANDARDS.md §4."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from segno import helpers as segno_helpers

from vastaanotto.billing.epc_qr import MAX_PAYLOAD_BYTES, epc_payload, make_qr
from vastaanotto.errors import ValidationError

D = Decimal
FI_IBAN = "FI4950009420028730"


def test_epc_example_1_exactly():
    payload = epc_payload(name="Franz Mustermänn", iban="DE71110220330123456789",
                          bic="BHBLDEHHXXX", amount=D("12.30"), purpose="GDDS",
                          reference="RF18539007547034", version="002")
    assert payload == ("BCD\n002\n1\nSCT\nBHBLDEHHXXX\nFranz Mustermänn\n"
                       "DE71110220330123456789\nEUR12.3\nGDDS\nRF18539007547034")
    assert len(payload.encode("utf-8")) == 96


def test_epc_example_2_field_positions_with_text_and_no_bic():
    # The spec's example 2 uses charset 2 (ISO 8859-1); we always write UTF-8 (charset 1).
    payload = epc_payload(name="François D'Alsace S.A.", iban="FR1420041010050500013M02606",
                          amount=D("12.30"), text="Client:Marie Louise La Lune")
    assert payload.split("\n") == [
        "BCD", "002", "1", "SCT", "", "François D'Alsace S.A.", "FR1420041010050500013M02606",
        "EUR12.3", "", "", "Client:Marie Louise La Lune"]


def test_same_payload_as_segno_helper():
    ours = epc_payload(name="Testi Terapia Oy", iban=FI_IBAN, bic="OKOYFIHH", amount=D("80.00"),
                       reference="RF341234561", version="002")
    theirs = segno_helpers._make_epc_qr_data(name="Testi Terapia Oy", iban=FI_IBAN,
                                             amount=D("80.00"), reference="RF341234561",
                                             bic="OKOYFIHH", encoding=1)
    assert ours == (theirs.decode("utf-8") if isinstance(theirs, bytes) else theirs)


def test_finnish_invoice_payload_with_due_date():
    payload = epc_payload(name="Testi Terapia Oy", iban="FI49 5000 9420 0287 30",
                          bic="OKOYFIHH", amount=D("80.00"), reference="RF34 1234 561",
                          due_date=dt.date(2026, 1, 29))
    assert payload.split("\n") == [
        "BCD", "001", "1", "SCT", "OKOYFIHH", "Testi Terapia Oy", FI_IBAN, "EUR80", "",
        "RF341234561", "", "ReqdExctnDt/2026-01-29"]


def test_version_follows_bic_and_nothing_trails_the_last_element():
    payload = epc_payload(name="Klinikka", iban=FI_IBAN, amount=D("1234.56"))
    assert payload == f"BCD\n002\n1\nSCT\n\nKlinikka\n{FI_IBAN}\nEUR1234.56"
    assert not payload.endswith("\n")
    with pytest.raises(ValidationError) as caught:
        epc_payload(name="Klinikka", iban=FI_IBAN, version="001")
    assert (caught.value.field, caught.value.code) == ("bic", "required")


@pytest.mark.parametrize("kwargs, field, code", [
    ({"name": "x" * 71}, "name", "too_long"),
    ({"name": " "}, "name", "required"),
    ({"name": "Rivi\nvaihto"}, "name", "invalid_characters"),
    ({"iban": "FI4950009420028731"}, "iban", "invalid_iban"),
    ({"bic": "OKOYFI"}, "bic", "invalid_bic"),
    ({"bic": "OKOYFIHH1"}, "bic", "invalid_bic"),
    ({"amount": D("0")}, "amount", "amount_out_of_range"),
    ({"amount": D("0.004")}, "amount", "invalid_amount"),
    ({"amount": D("999999999.999")}, "amount", "invalid_amount"),
    ({"amount": D("9999999990.99")}, "amount", "amount_out_of_range"),
    ({"reference": "RF" + "1" * 34}, "reference", "too_long"),
    ({"reference": "RF341234561", "text": "Lasku 1"}, "text", "reference_and_text"),
    ({"text": "t" * 141}, "text", "too_long"),
    ({"information": "i" * 71}, "information", "too_long"),
    ({"purpose": "gdds"}, "purpose", "invalid_purpose"),
    ({"information": "x", "due_date": dt.date(2026, 1, 1)}, "information",
     "information_and_due_date"),
])
def test_limits(kwargs, field, code):
    args = {"name": "Klinikka", "iban": FI_IBAN, "amount": D("10.00"), **kwargs}
    with pytest.raises(ValidationError) as caught:
        epc_payload(**args)
    assert (caught.value.field, caught.value.code) == (field, code)
    assert "Rivi" not in str(caught.value)


def test_payload_byte_limit():
    # 70 + 140 two-byte characters: within the character limits, over 331 bytes.
    with pytest.raises(ValidationError) as caught:
        epc_payload(name="ä" * 70, iban=FI_IBAN, amount=D("1.00"), text="ö" * 140)
    assert (caught.value.field, caught.value.code) == ("payload", "too_long")
    assert caught.value.params["max"] == MAX_PAYLOAD_BYTES


def test_float_amount_is_a_programming_error():
    with pytest.raises(TypeError):
        epc_payload(name="Klinikka", iban=FI_IBAN, amount=12.3)


def test_qr_symbol_uses_level_m_and_fits_version_13():
    # Every field at its maximum would exceed 331 bytes; trim the text to exactly the limit.
    fields = dict(name="N" * 70, iban="FR1420041010050500013M02606", bic="BHBLDEHHXXX",
                  amount=D("999999999.99"), purpose="GDDS", information="I" * 70)
    spare = MAX_PAYLOAD_BYTES - len(epc_payload(**fields, text="T").encode()) + 1
    biggest = epc_payload(**fields, text="T" * spare)
    assert len(biggest.encode()) == MAX_PAYLOAD_BYTES
    for payload in (biggest, epc_payload(name="Klinikka", iban=FI_IBAN, amount=D("80.00"),
                                         reference="RF341234561")):
        qr = make_qr(payload)
        assert qr.error == "M"
        assert qr.mode == "byte"
        assert qr.version <= 13
