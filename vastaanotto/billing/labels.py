"""The words and number formats printed on invoices, in Finnish, Swedish and English.

This is the one place where the core writes text for people: an invoice is a legal document
that the core renders itself (the UI only shows or prints the PDF). The language is the
invoice's, chosen from the client's language when the invoice was made.

Numbers and dates are written the Finnish way in every language (``1 234,50 €``,
``21.11.2026``, ``25,5 %``): the seller is Finnish, and so are the bank and the payment form.
The bank transfer form keeps the standard bilingual Finnish/Swedish field names of the
Finnish tilisiirto form for Finnish and Swedish invoices; an English invoice names the
fields in English.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from types import MappingProxyType
from typing import Mapping

__all__ = ["LANGUAGES", "labels", "form_labels", "money", "number", "percent", "quantity", "date",
           "payment_terms", "exemption", "cite"]

LANGUAGES = ("fi", "sv", "en")

_FI = {
    "invoice": "LASKU",
    "credit_note": "HYVITYSLASKU",
    "draft": "LUONNOS",
    "page": "Sivu",
    "business_id": "Y-tunnus",
    "vat_number": "ALV-numero",
    "number": "Laskun numero",
    "issue_date": "Laskun päivämäärä",
    "delivery_date": "Toimituspäivä",
    "due_date": "Eräpäivä",
    "payment_terms": "Maksuehto",
    "reference": "Viitenumero",
    "rf_reference": "RF-viite",
    "penalty_interest": "Viivästyskorko",
    "penalty_interest_by_law": "korkolain mukainen",
    "credit_of": "Hyvitettävä lasku",
    "credit_of_text": "Hyvitys laskulle {number}, päivätty {date}.",
    "description": "Kuvaus",
    "quantity": "Määrä",
    "unit_price": "À-hinta",
    "discount": "Ale",
    "vat_percent": "Alv %",
    "total": "Yhteensä",
    "prices_include_vat": "Hinnat sisältävät arvonlisäveron.",
    "vat_breakdown": "Arvonlisäveroerittely",
    "vat_exempt_rate": "Veroton",
    "net": "Veroton",
    "vat": "Vero",
    "gross": "Verollinen",
    "net_total": "Veroton yhteensä",
    "vat_total": "Arvonlisävero yhteensä",
    "grand_total": "Maksettava yhteensä",
    "credit_total": "Hyvitys yhteensä",
    "exemption": "Arvonlisäveroton terveyden- ja sairaanhoitopalvelu ({basis}).",
    "days_net": "{days} pv netto",
    "immediately": "heti",
    "virtual_barcode": "Virtuaaliviivakoodi",
    "qr_hint": "Maksa mobiilipankissa lukemalla QR-koodi.",
    "phone": "Puh.",
}

_SV = {
    "invoice": "FAKTURA",
    "credit_note": "KREDITNOTA",
    "draft": "UTKAST",
    "page": "Sida",
    "business_id": "FO-nummer",
    "vat_number": "Momsnummer",
    "number": "Fakturanummer",
    "issue_date": "Fakturadatum",
    "delivery_date": "Leveransdatum",
    "due_date": "Förfallodag",
    "payment_terms": "Betalningsvillkor",
    "reference": "Referensnummer",
    "rf_reference": "RF-referens",
    "penalty_interest": "Dröjsmålsränta",
    "penalty_interest_by_law": "enligt räntelagen",
    "credit_of": "Krediterad faktura",
    "credit_of_text": "Kreditering av faktura {number}, daterad {date}.",
    "description": "Beskrivning",
    "quantity": "Antal",
    "unit_price": "À-pris",
    "discount": "Rabatt",
    "vat_percent": "Moms %",
    "total": "Totalt",
    "prices_include_vat": "Priserna inkluderar mervärdesskatt.",
    "vat_breakdown": "Momsspecifikation",
    "vat_exempt_rate": "Momsfri",
    "net": "Utan moms",
    "vat": "Moms",
    "gross": "Med moms",
    "net_total": "Totalt utan moms",
    "vat_total": "Moms totalt",
    "grand_total": "Att betala",
    "credit_total": "Kreditering totalt",
    "exemption": "Momsfri hälso- och sjukvårdstjänst ({basis}).",
    "days_net": "{days} dagar netto",
    "immediately": "omedelbart",
    "virtual_barcode": "Virtuell streckkod",
    "qr_hint": "Betala i mobilbanken genom att läsa QR-koden.",
    "phone": "Tfn",
}

_EN = {
    "invoice": "INVOICE",
    "credit_note": "CREDIT NOTE",
    "draft": "DRAFT",
    "page": "Page",
    "business_id": "Business ID",
    "vat_number": "VAT number",
    "number": "Invoice number",
    "issue_date": "Invoice date",
    "delivery_date": "Delivery date",
    "due_date": "Due date",
    "payment_terms": "Payment terms",
    "reference": "Reference number",
    "rf_reference": "RF reference",
    "penalty_interest": "Late payment interest",
    "penalty_interest_by_law": "statutory",
    "credit_of": "Credited invoice",
    "credit_of_text": "Credit for invoice {number} dated {date}.",
    "description": "Description",
    "quantity": "Qty",
    "unit_price": "Unit price",
    "discount": "Disc.",
    "vat_percent": "VAT %",
    "total": "Total",
    "prices_include_vat": "Prices include VAT.",
    "vat_breakdown": "VAT breakdown",
    "vat_exempt_rate": "Exempt",
    "net": "Excl. VAT",
    "vat": "VAT",
    "gross": "Incl. VAT",
    "net_total": "Total excl. VAT",
    "vat_total": "VAT total",
    "grand_total": "Total to pay",
    "credit_total": "Total credited",
    "exemption": "VAT exempt health care service, {basis}.",
    "days_net": "{days} days net",
    "immediately": "immediately",
    "virtual_barcode": "Virtual bar code",
    "qr_hint": "Pay in your mobile bank by scanning the QR code.",
    "phone": "Tel.",
}

# The Finnish bank transfer form (tilisiirto) names its fields in Finnish and Swedish.
_FORM_FI_SV = {
    "account": ("Saajan", "tilinumero", "Mottagarens", "kontonummer"),
    "recipient": ("Saaja", "Mottagare"),
    "payer": ("Maksajan", "nimi ja", "osoite", "Betalarens", "namn och", "adress"),
    "signature": ("Allekirjoitus", "Underskrift"),
    "from_account": ("Tililtä nro", "Från konto nr"),
    "reference": ("Viitenro", "Ref.nr"),
    "due_date": ("Eräpäivä", "Förfallodag"),
    "euro": ("Euro",),
}
_FORM_EN = {
    "account": ("Recipient's", "account", "(IBAN)"),
    "recipient": ("Recipient",),
    "payer": ("Payer's", "name and", "address"),
    "signature": ("Signature",),
    "from_account": ("From", "account"),
    "reference": ("Reference",),
    "due_date": ("Due date",),
    "euro": ("Euro",),
}

_LABELS = {"fi": MappingProxyType(_FI), "sv": MappingProxyType(_SV),
           "en": MappingProxyType(_EN)}
_FORMS = {"fi": MappingProxyType(_FORM_FI_SV), "sv": MappingProxyType(_FORM_FI_SV),
          "en": MappingProxyType(_FORM_EN)}


def labels(language: str) -> Mapping[str, str]:
    """The invoice texts of ``language``; an unknown language falls back to Finnish."""
    return _LABELS.get(language, _LABELS["fi"])


def form_labels(language: str) -> Mapping[str, tuple[str, ...]]:
    """Field names of the bank transfer form, one printed line per item."""
    return _FORMS.get(language, _FORMS["fi"])


def _grouped(digits: str) -> str:
    head = len(digits) % 3 or 3
    return " ".join([digits[:head]] + [digits[i:i + 3] for i in range(head, len(digits), 3)])


def number(value: Decimal, decimals: int = 2) -> str:
    """``Decimal("-1234.5")`` -> ``"-1 234,50"``: space for thousands, comma for decimals."""
    if isinstance(value, float):
        raise TypeError("never float")
    text = f"{abs(Decimal(value)):.{decimals}f}"
    whole, _, fraction = text.partition(".")
    sign = "-" if Decimal(value) < 0 and Decimal(text) != 0 else ""
    return sign + _grouped(whole) + ("," + fraction if fraction else "")


def money(value: Decimal) -> str:
    """``1 234,50 €``."""
    return number(value, 2) + " €"


def percent(value: Decimal) -> str:
    """``25,5 %``, ``10 %``, ``0 %``: as many decimals as the rate has."""
    normal = Decimal(value).normalize()
    decimals = max(0, -normal.as_tuple().exponent)
    return number(normal, decimals) + " %"


def quantity(value: Decimal) -> str:
    """``1``, ``1,5``, ``-2``: no trailing zeros."""
    normal = Decimal(value).normalize()
    return number(normal, max(0, -normal.as_tuple().exponent))


def date(day: dt.date | None) -> str:
    """``1.9.2024``: day and month without leading zeros, as Finns (and Finland-Swedes) write."""
    return "" if day is None else f"{day.day}.{day.month}.{day.year}"


def payment_terms(days: int, language: str) -> str:
    words = labels(language)
    return words["immediately"] if days <= 0 else words["days_net"].format(days=days)


_AVL_SECTION = re.compile(r"AVL (\d+ ?[a-z]?) §")


def cite(language: str, legal_basis: str) -> str:
    """A Finnish VAT Act citation in the invoice's language, short enough for a table cell:
    ``AVL 34 §`` (fi), ``ML 34 §`` (sv, mervärdesskattelagen), ``VAT Act s. 34`` (en)."""
    basis = (legal_basis or "").strip()
    if language == "sv":
        return basis.replace("AVL", "ML")
    match = _AVL_SECTION.fullmatch(basis)
    if language == "en" and match:
        return f"VAT Act s. {match.group(1)}"
    return basis


def exemption(language: str, legal_basis: str) -> str:
    """The exemption note AVL 209 e § 11 requires, e.g. for ``"AVL 34 §"``:
    ``Arvonlisäveroton terveyden- ja sairaanhoitopalvelu (AVL 34 §).``

    English names the act in full and, for section 34, the directive article it implements.
    """
    basis = legal_basis or "AVL 34 §"
    match = _AVL_SECTION.fullmatch(basis.strip())
    if language == "en" and match:
        section = match.group(1)
        basis = f"Finnish VAT Act section {section}"
        if section == "34":
            basis += " (Directive 2006/112/EC art. 132(1)(c))"
        return labels(language)["exemption"].format(basis=basis)
    return labels(language)["exemption"].format(basis=cite(language, basis))
