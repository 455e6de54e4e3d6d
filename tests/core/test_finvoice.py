"""Finvoice 3.0 export: an issued invoice and a credit note validate against the official XSD
(a copy in tests/data, from /work/shared/schemas), and the values in the XML are the
invoice's."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from lxml import etree
from sqlalchemy import select

from tests.core.billing_fixtures import TODAY, build_practice
from vastaanotto.errors import Conflict
from vastaanotto.models import AuditEvent, VatClass
from vastaanotto.services import invoicing
from vastaanotto.services.invoicing import Buyer, LineInput

ROOT = Path(__file__).resolve().parents[2]
XSD = ROOT / "tests" / "data" / "Finvoice3.0.xsd"
# The project's shared documents sit beside the repository on the team's machines and in CI;
# a clone elsewhere has only the copy in tests/data.
SHARED_XSD = ROOT.parent / "shared" / "schemas" / "Finvoice3.0.xsd"


@pytest.fixture(scope="module")
def schema():
    return etree.XMLSchema(etree.parse(str(XSD)))


def test_the_copy_of_the_schema_is_the_shared_one():
    if not SHARED_XSD.exists():
        pytest.skip("no shared/ beside this clone: validating against tests/data's copy")
    assert XSD.read_bytes() == SHARED_XSD.read_bytes()


@pytest.fixture
def p(db, owner_ctx, make_ctx):
    return build_practice(db, owner_ctx, make_ctx)


def company_invoice(p) -> int:
    buyer = Buyer("Vakuutusyhtiö Turva Oy", "PL 100", "00101", "Helsinki", "2077474-0",
                  "003720774740", "003721291126")
    inv = invoicing.create_draft(p.reception, client_id=p.matti, buyer=buyer, lines=[
        LineInput("Fysioterapia 45 min", 2, "80,00", VatClass.HEALTH_EXEMPT),
        LineInput("Hieronta 60 min", 1, "75,00", VatClass.GENERAL, Decimal("10")),
        LineInput("Kinesioteippi", 3, "4,90", VatClass.REDUCED_1)]).data
    invoicing.issue(p.reception, inv)
    return inv


def rows_vat(root):
    return [r.findtext("RowVatAmount") for r in root.findall("InvoiceRow")]


def parse(xml: bytes):
    return etree.fromstring(xml)


def test_company_invoice_validates_and_carries_the_values(p, db, schema):
    inv = company_invoice(p)
    xml = invoicing.export_finvoice(p.reception, inv)
    assert xml.startswith(b"<?xml version='1.0' encoding='UTF-8'?>")
    root = parse(xml)
    schema.assertValid(root)
    text = lambda path: root.findtext(path)  # noqa: E731
    assert text("SellerPartyDetails/SellerPartyIdentifier") == "0737546-2"
    assert text("SellerPartyDetails/SellerOrganisationName") == "Testiklinikka Oy"
    assert text("BuyerPartyDetails/BuyerPartyIdentifier") == "2077474-0"
    assert text("BuyerPartyDetails/BuyerOrganisationName") == "Vakuutusyhtiö Turva Oy"
    assert text("InvoiceRecipientOrganisationUnitNumber") == "003720774740"
    assert text("InvoiceDetails/InvoiceTypeCode") == "INV01"
    assert text("InvoiceDetails/InvoiceNumber") == "1"
    assert text("InvoiceDetails/InvoiceDate") == TODAY.strftime("%Y%m%d")
    # 160 + 67,50 + 14,70 = 242,20
    assert text("InvoiceDetails/InvoiceTotalVatIncludedAmount") == "242,20"
    vat_rows = root.findall("InvoiceDetails/VatSpecificationDetails")
    assert [(r.findtext("VatRatePercent"), r.findtext("VatCode")) for r in vat_rows] == [
        ("25,5", "S"), ("13,5", "S"), ("0", "E")]
    assert vat_rows[0].findtext("VatRateAmount") == "13,72"   # 67,50 x 25,5 / 125,5
    assert rows_vat(root) == ["0,00", "13,72", "1,75"]
    assert "AVL 34 §" in vat_rows[2].findtext("VatFreeText")
    rows = root.findall("InvoiceRow")
    assert [r.findtext("RowAmount") for r in rows] == ["160,00", "67,50", "14,70"]
    assert rows[1].findtext("RowDiscountPercent") == "10"
    epi = root.find("EpiDetails/EpiPaymentInstructionDetails")
    assert epi.findtext("EpiRemittanceInfoIdentifier") == invoicing.reference_for(1)
    assert epi.find("EpiRemittanceInfoIdentifier").get("IdentificationSchemeName") == "SPY"
    assert epi.findtext("EpiInstructedAmount") == "242,20"
    assert epi.findtext("EpiDateOptionDate") == (TODAY + dt.timedelta(14)).strftime("%Y%m%d")
    assert root.findtext("EpiDetails/EpiPartyDetails/EpiBeneficiaryPartyDetails/"
                         "EpiAccountID") == "FI2112345600000785"
    assert root.findtext("InvoiceDetails/PaymentTermsDetails/PaymentOverDueFineDetails/"
                         "PaymentOverDueFinePercent") == "9,5"
    assert len(root.findtext("VirtualBankBarcode")) == 54
    with db.session() as session:
        assert session.scalar(select(AuditEvent.details).where(
            AuditEvent.action == "invoice.exported")) == {"format": "finvoice3.0"}


def test_credit_note_validates_and_points_to_the_original(p, schema):
    inv = company_invoice(p)
    note = invoicing.credit(p.owner, inv, reason="Virheellinen rivi").data
    root = parse(invoicing.export_finvoice(p.owner, note))
    schema.assertValid(root)
    assert root.findtext("InvoiceDetails/InvoiceTypeCode") == "INV02"
    assert root.findtext("InvoiceDetails/OriginalInvoiceNumber") == "1"
    assert root.findtext("InvoiceDetails/InvoiceTotalVatIncludedAmount") == "-242,20"


def test_consumer_invoice_without_address_still_validates(p, schema):
    inv = invoicing.create_draft(p.reception, buyer={"name": "Ab"}, lines=[
        LineInput("Hieronta", 1, "75", VatClass.GENERAL)]).data
    invoicing.issue(p.reception, inv)
    schema.assertValid(parse(invoicing.export_finvoice(p.reception, inv)))


def test_a_draft_cannot_be_exported(p):
    inv = invoicing.create_draft(p.reception, client_id=p.matti, lines=[
        LineInput("Hieronta", 1, "75", VatClass.GENERAL)]).data
    with pytest.raises(Conflict) as caught:
        invoicing.export_finvoice(p.reception, inv)
    assert caught.value.code == "invoice_not_issued"
