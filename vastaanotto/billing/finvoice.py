"""Finvoice 3.0 XML of an issued invoice or credit note, for company payers' e-invoicing.

Built from the same ``InvoiceDocument`` the PDF is drawn from, so the two always agree. The
element order follows the Finvoice 3.0 XSD (FINNISH_STANDARDS.md section 7); the tests
validate the output against the official schema with lxml. Format rules of the schema:
amounts with a decimal comma (``80,00``), dates ``CCYYMMDD``, the national reference in
``EpiRemittanceInfoIdentifier`` with scheme ``SPY``.

Routing: the buyer's e-invoice address goes in ``InvoiceRecipientOrganisationUnitNumber`` and
``BuyerOrganisationUnitNumber`` (where Finnish operators read it). The invoice body has no
place for the buyer's operator: it belongs in ``MessageTransmissionDetails``, which also needs
the sender's own e-invoice address and operator that this program does not have, so the
sending service adds it (with the SOAP/ebXML frame) from ``einvoice_operator``.

Pure: no database, any thread. Text is escaped by ElementTree; values longer than a field's
schema limit are cut to it, because a valid message with a shortened street beats a rejected
one (the PDF keeps the full text).
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from decimal import Decimal

from vastaanotto.billing import labels as fmt
from vastaanotto.billing import vat
from vastaanotto.billing.pdf import InvoiceDocument
from vastaanotto.models.resources import VatClass

__all__ = ["finvoice_xml", "amount", "VAT_CODE_STANDARD", "VAT_CODE_EXEMPT"]

VAT_CODE_STANDARD = "S"   # UNTDID 5305: standard or reduced rate
VAT_CODE_EXEMPT = "E"     # exempt from tax (AVL 34 § health care)
_EUR = {"AmountCurrencyIdentifier": "EUR"}
_DATE = {"Format": "CCYYMMDD"}


def amount(value: Decimal) -> str:
    """``Decimal("-1234.5")`` -> ``"-1234,50"``: the schema's amount, no thousands grouping."""
    return f"{Decimal(value):.2f}".replace(".", ",")


def _percent(value: Decimal) -> str:
    """``25.5`` -> ``"25,5"``, ``0`` -> ``"0"`` (schema pattern ``[1-9]?[0-9]{1,2}(,[0-9]{1,3})?``)."""
    text = f"{Decimal(value).normalize():f}"
    return text.replace(".", ",")


def _quantity(value: Decimal) -> str:
    return f"{Decimal(value).normalize():f}".replace(".", ",")


def _date(day: dt.date) -> str:
    return day.strftime("%Y%m%d")


def _cut(text: str, limit: int) -> str:
    return " ".join((text or "").split())[:limit]


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attrs)
    if text is not None:
        element.text = text
    return element


def _address(parent: ET.Element, prefix: str, street: str, postal_code: str,
             city: str) -> None:
    # The schema wants all three (2..35 characters each) or none.
    if len(street.strip()) < 2 or len(postal_code.strip()) < 2 or len(city.strip()) < 2:
        return
    box = _sub(parent, f"{prefix}PostalAddressDetails")
    _sub(box, f"{prefix}StreetName", _cut(street, 35))
    _sub(box, f"{prefix}TownName", _cut(city, 35))
    _sub(box, f"{prefix}PostCodeIdentifier", _cut(postal_code, 35))
    _sub(box, "CountryCode", "FI")


def _name(text: str) -> str:
    name = _cut(text, 70)
    return name if len(name) >= 2 else (name + " " * 2)[:2].strip() or "--"


def _seller(root: ET.Element, doc: InvoiceDocument) -> None:
    s = doc.seller
    party = _sub(root, "SellerPartyDetails")
    if s.business_id:
        _sub(party, "SellerPartyIdentifier", s.business_id)
    _sub(party, "SellerOrganisationName", _name(s.name))
    if s.vat_number:
        _sub(party, "SellerOrganisationTaxCode", _cut(s.vat_number, 35))
    _address(party, "Seller", s.street, s.postal_code, s.city)
    if s.phone or s.email:
        comm = _sub(root, "SellerCommunicationDetails")
        if s.phone:
            _sub(comm, "SellerPhoneNumberIdentifier", _cut(s.phone, 35))
        if s.email:
            _sub(comm, "SellerEmailaddressIdentifier", _cut(s.email, 70))
    info = _sub(root, "SellerInformationDetails")
    if s.city:
        _sub(info, "SellerHomeTownName", _cut(s.city, 35))
    if s.vat_number:
        _sub(info, "SellerVatRegistrationText", "Alv.Rek")
    if s.website:
        _sub(info, "SellerWebaddressIdentifier", _cut(s.website, 70))
    if doc.iban:
        account = _sub(info, "SellerAccountDetails")
        _sub(account, "SellerAccountID", doc.iban.replace(" ", ""),
             IdentificationSchemeName="IBAN")
        _sub(account, "SellerBic", doc.bic or "NOTPROVIDED", IdentificationSchemeName="BIC")


def _recipient(root: ET.Element, doc: InvoiceDocument, einvoice_address: str) -> None:
    if not einvoice_address:
        return
    party = _sub(root, "InvoiceRecipientPartyDetails")
    if doc.buyer.business_id:
        _sub(party, "InvoiceRecipientPartyIdentifier", doc.buyer.business_id)
    _sub(party, "InvoiceRecipientOrganisationName", _name(doc.buyer.name)[:35])
    _sub(root, "InvoiceRecipientOrganisationUnitNumber", _cut(einvoice_address, 35))


def _buyer(root: ET.Element, doc: InvoiceDocument, einvoice_address: str) -> None:
    b = doc.buyer
    party = _sub(root, "BuyerPartyDetails")
    if b.business_id:
        _sub(party, "BuyerPartyIdentifier", b.business_id)
    _sub(party, "BuyerOrganisationName", _name(b.name))
    if b.business_id:
        _sub(party, "BuyerOrganisationTaxCode", "FI" + b.business_id.replace("-", ""))
    _address(party, "Buyer", b.street, b.postal_code, b.city)
    if einvoice_address:
        _sub(root, "BuyerOrganisationUnitNumber", _cut(einvoice_address, 35))


def _details(root: ET.Element, doc: InvoiceDocument) -> None:
    words = fmt.labels(doc.language)
    d = _sub(root, "InvoiceDetails")
    credit = doc.is_credit_note
    _sub(d, "InvoiceTypeCode", "INV02" if credit else "INV01")
    _sub(d, "InvoiceTypeCodeUN", "381" if credit else "380")
    _sub(d, "InvoiceTypeText", words["credit_note" if credit else "invoice"])
    _sub(d, "OriginCode", "Original")
    _sub(d, "InvoiceNumber", str(doc.number))
    _sub(d, "InvoiceDate", _date(doc.issue_date), **_DATE)
    if credit and doc.credit_of_number is not None:
        _sub(d, "OriginalInvoiceNumber", str(doc.credit_of_number))
        if doc.credit_of_date is not None:
            _sub(d, "OriginalInvoiceDate", _date(doc.credit_of_date), **_DATE)
    if doc.reference:
        _sub(d, "SellerReferenceIdentifier", doc.reference)
    _sub(d, "InvoiceTotalVatExcludedAmount", amount(doc.net_total), **_EUR)
    _sub(d, "InvoiceTotalVatAmount", amount(doc.vat_total), **_EUR)
    _sub(d, "InvoiceTotalVatIncludedAmount", amount(doc.total), **_EUR)
    if doc.delivery_date is not None:
        point = _sub(d, "VatPoint")
        _sub(point, "VatPointDate", _date(doc.delivery_date), **_DATE)
    for row in doc.vat_rows:
        spec = _sub(d, "VatSpecificationDetails")
        _sub(spec, "VatBaseAmount", amount(row.net), **_EUR)
        _sub(spec, "VatRatePercent", _percent(row.rate))
        _sub(spec, "VatCode", VAT_CODE_EXEMPT if row.exempt else VAT_CODE_STANDARD)
        _sub(spec, "VatRateAmount", amount(row.vat), **_EUR)
        if row.exempt:
            _sub(spec, "VatFreeText", _cut(fmt.exemption(doc.language, row.legal_basis), 70))
    if doc.notes:
        _sub(d, "InvoiceFreeText", _cut(doc.notes, 512))
    exempt = [r for r in doc.vat_rows if r.exempt]
    if exempt:
        _sub(d, "InvoiceVatFreeText", _cut(fmt.exemption(doc.language, exempt[0].legal_basis),
                                           70))
    if not credit:
        terms = _sub(d, "PaymentTermsDetails")
        _sub(terms, "PaymentTermsFreeText",
             _cut(fmt.payment_terms(doc.payment_terms_days, doc.language), 70))
        if doc.due_date is not None:
            _sub(terms, "InvoiceDueDate", _date(doc.due_date), **_DATE)
        if doc.penalty_interest_rate is not None:
            overdue = _sub(terms, "PaymentOverDueFineDetails")
            _sub(overdue, "PaymentOverDueFineFreeText",
                 _cut(f"{words['penalty_interest']} {fmt.percent(doc.penalty_interest_rate)}",
                      70))
            _sub(overdue, "PaymentOverDueFinePercent", _percent(doc.penalty_interest_rate))


def _line_vats(doc: InvoiceDocument) -> list[Decimal]:
    """Each line's VAT as the invoice apportioned it (``vat.compute``), so the rows add up
    to the VAT breakdown to the cent."""
    basis = next((r.legal_basis for r in doc.vat_rows if r.exempt), "")
    priced = [vat.PricedLine(line.quantity, line.unit_price, line.discount_percent,
                             vat.RateInfo(VatClass.HEALTH_EXEMPT if line.exempt
                                          else VatClass.GENERAL, Decimal(line.vat_rate),
                                          basis if line.exempt else ""))
              for line in doc.lines]
    return [amounts.vat for amounts in vat.compute(priced).lines]


def _rows(root: ET.Element, doc: InvoiceDocument) -> None:
    for line, line_vat in zip(doc.lines, _line_vats(doc)):
        row = _sub(root, "InvoiceRow")
        _sub(row, "ArticleName", _cut(line.description, 100))
        _sub(row, "InvoicedQuantity", _quantity(line.quantity), QuantityUnitCodeUN="C62")
        _sub(row, "UnitPriceVatIncludedAmount", amount(line.unit_price), **_EUR)
        if line.discount_percent:
            _sub(row, "RowDiscountPercent", _percent(line.discount_percent))
        _sub(row, "RowVatRatePercent", _percent(line.vat_rate))
        _sub(row, "RowVatCode", VAT_CODE_EXEMPT if line.exempt else VAT_CODE_STANDARD)
        _sub(row, "RowVatAmount", amount(line_vat), **_EUR)
        _sub(row, "RowVatExcludedAmount", amount(line.total - line_vat), **_EUR)
        _sub(row, "RowAmount", amount(line.total), **_EUR)


def _epi(root: ET.Element, doc: InvoiceDocument) -> None:
    epi = _sub(root, "EpiDetails")
    ident = _sub(epi, "EpiIdentificationDetails")
    _sub(ident, "EpiDate", _date(doc.issue_date), **_DATE)
    _sub(ident, "EpiReference", str(doc.number))
    parties = _sub(epi, "EpiPartyDetails")
    bfi = _sub(parties, "EpiBfiPartyDetails")
    if doc.bic:
        _sub(bfi, "EpiBfiIdentifier", doc.bic, IdentificationSchemeName="BIC")
    beneficiary = _sub(parties, "EpiBeneficiaryPartyDetails")
    _sub(beneficiary, "EpiNameAddressDetails", _name(doc.seller.name)[:35])
    if doc.seller.business_id:
        _sub(beneficiary, "EpiBei", doc.seller.business_id)
    _sub(beneficiary, "EpiAccountID", doc.iban.replace(" ", ""),
         IdentificationSchemeName="IBAN")
    pay = _sub(epi, "EpiPaymentInstructionDetails")
    if doc.reference and not doc.is_credit_note:
        _sub(pay, "EpiRemittanceInfoIdentifier", doc.reference,
             IdentificationSchemeName="SPY")
    _sub(pay, "EpiInstructedAmount", amount(doc.total if not doc.is_credit_note
                                            else Decimal(0)), **_EUR)
    _sub(pay, "EpiCharge", "SLEV", ChargeOption="SLEV")
    _sub(pay, "EpiDateOptionDate", _date(doc.due_date or doc.issue_date), **_DATE)


def finvoice_xml(doc: InvoiceDocument, *, einvoice_address: str = "",
                 einvoice_operator: str = "") -> bytes:
    """The Finvoice 3.0 message of an issued ``doc`` as UTF-8 bytes with an XML declaration.

    Raises ``ValueError`` for a draft (no number): only issued invoices are sent.
    ``einvoice_operator`` is accepted for the caller's symmetry and not written (see the
    module docstring).
    """
    del einvoice_operator
    if doc.number is None or doc.issue_date is None:
        raise ValueError("a draft has no Finvoice form")
    root = ET.Element("Finvoice", {"Version": "3.0"})
    _seller(root, doc)
    _recipient(root, doc, einvoice_address)
    _buyer(root, doc, einvoice_address)
    _details(root, doc)
    if doc.virtual_barcode:
        _sub(root, "VirtualBankBarcode", doc.virtual_barcode)
    _rows(root, doc)
    _epi(root, doc)
    ET.indent(root, space="  ")
    return ET.tostring(root, encoding="UTF-8", xml_declaration=True)
