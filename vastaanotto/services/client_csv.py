"""The CSV format of the client register: reading spreadsheet files, recognising headings,
and turning cells into form values and back. No database, no permissions: the services that
use it are in ``vastaanotto.services.client_import``.

Files come from Excel more often than from anything else, so the quirks handled here are
Excel's: ``;`` as the delimiter in Finnish locales, Windows-1252 from older versions, leading
zeros dropped from postal codes, numbers that look like formulas.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import re
from dataclasses import dataclass
from typing import Any, Iterable, Mapping

from vastaanotto.errors import ValidationError
from vastaanotto.finnish import validators

__all__ = ["CsvTable", "HEADERS", "MAX_BYTES", "MAX_ROWS", "read_csv", "suggest_mapping",
           "row_values", "export_value"]

MAX_BYTES = 50 * 1024 * 1024
MAX_ROWS = 100_000

# Heading per field in Finnish, Swedish and English: export writes one of them, and
# suggest_mapping recognises all of them (so an exported file imports back as it was).
HEADERS: dict[str, tuple[str, str, str]] = {
    "first_name": ("Etunimi", "Förnamn", "First name"),
    "last_name": ("Sukunimi", "Efternamn", "Last name"),
    "phone": ("Puhelin", "Telefon", "Phone"),
    "email": ("Sähköposti", "E-post", "Email"),
    "street": ("Lähiosoite", "Gatuadress", "Street address"),
    "postal_code": ("Postinumero", "Postnummer", "Postal code"),
    "city": ("Postitoimipaikka", "Postort", "City"),
    "gender": ("Sukupuoli", "Kön", "Gender"),
    "birth_year": ("Syntymävuosi", "Födelseår", "Birth year"),
    "birth_date": ("Syntymäaika", "Födelsedatum", "Date of birth"),
    "personal_identity_code": ("Henkilötunnus", "Personbeteckning", "Personal identity code"),
    "language": ("Kieli", "Språk", "Language"),
    "billing_name": ("Laskutusnimi", "Faktureringsnamn", "Billing name"),
    "billing_street": ("Laskutusosoite", "Faktureringsadress", "Billing address"),
    "billing_postal_code": ("Laskutuksen postinumero", "Faktureringspostnummer",
                            "Billing postal code"),
    "billing_city": ("Laskutuksen postitoimipaikka", "Faktureringspostort", "Billing city"),
    "payer_company_name": ("Maksajayritys", "Betalande företag", "Payer company"),
    "payer_business_id": ("Maksajan Y-tunnus", "Betalarens FO-nummer", "Payer business ID"),
    "payer_einvoice_address": ("Verkkolaskuosoite", "E-fakturaadress", "E-invoice address"),
    "payer_einvoice_operator": ("Verkkolaskuoperaattori", "E-fakturaoperatör",
                                "E-invoice operator"),
    "notes": ("Lisätiedot", "Anteckningar", "Notes"),
}
_SYNONYMS = {
    "first_name": ("etunimet", "kutsumanimi", "firstname", "givenname", "forename"),
    "last_name": ("lastname", "surname", "familyname"),
    "phone": ("matkapuhelin", "puhelinnumero", "puh", "gsm", "matkapuh", "kännykkä",
              "telefonnummer", "mobil", "mobiltelefon", "mobile", "mobilephone",
              "phonenumber", "tel", "telephone"),
    "email": ("sähköpostiosoite", "sposti", "email", "emailaddress", "epost", "epostadress",
              "mail"),
    "street": ("katuosoite", "osoite", "postiosoite", "adress", "address", "street"),
    "postal_code": ("postinro", "zip", "zipcode", "postcode"),
    "city": ("kaupunki", "paikkakunta", "kotikunta", "ort", "stad", "town"),
    "gender": ("sex",),
    "birth_date": ("syntymäpäivä", "birthdate", "dateofbirth", "dob", "birthday"),
    "personal_identity_code": ("hetu", "henkilötunnus", "personnummer", "ssn"),
    "language": ("asiointikieli", "äidinkieli"),
    "notes": ("huomiot", "muistiinpanot", "kommentit", "comments"),
}
_LANGUAGES = {"fi": "fi", "suomi": "fi", "finska": "fi", "finnish": "fi",
              "sv": "sv", "ruotsi": "sv", "svenska": "sv", "swedish": "sv",
              "en": "en", "englanti": "en", "engelska": "en", "english": "en"}
_GENDERS = {"female": "female", "nainen": "female", "n": "female", "kvinna": "female",
            "f": "female", "k": "female", "male": "male", "mies": "male", "m": "male",
            "man": "male", "other": "other", "muu": "other", "annan": "other",
            "unspecified": "unspecified"}
_DMY = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", re.ASCII)
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})", re.ASCII)
# Spreadsheets run a cell that starts with one of these as a formula (CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _key(heading: str) -> str:
    return "".join(ch for ch in heading.casefold() if ch.isalnum())


_KNOWN = {_key(h): f for f, names in HEADERS.items() for h in names}
_KNOWN.update({_key(s): f for f, names in _SYNONYMS.items() for s in names})


@dataclass(frozen=True)
class CsvTable:
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    row_numbers: tuple[int, ...]   # the spreadsheet row of each row (the heading is row 1)
    encoding: str                  # "utf-8-sig", "utf-8" or "cp1252"
    delimiter: str                 # ";" or ","


def _decode(data: bytes) -> tuple[str, str]:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # Excel's "Unicode text" is tab-separated UTF-16: the UI asks for "CSV UTF-8" instead.
        raise ValidationError("file", "unsupported_encoding")
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data.decode("utf-8-sig"), "utf-8-sig"
        except UnicodeDecodeError:
            raise ValidationError("file", "invalid_encoding") from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        raise ValidationError("file", "invalid_encoding") from None


def _delimiter(text: str) -> str:
    first = text.split("\n", 1)[0]
    try:
        found = csv.Sniffer().sniff(text[:65536], delimiters=";,").delimiter
    except csv.Error:
        found = ";" if first.count(";") >= first.count(",") else ","
    other = "," if found == ";" else ";"
    # The heading row rarely quotes anything, so it settles a sniff that the data confused.
    if found not in first and other in first:
        return other
    return found


def read_csv(data: bytes) -> CsvTable:
    """Decodes and splits a CSV file. Raises ``ValidationError("file", code)``: empty_file,
    file_too_large, too_many_rows, unsupported_encoding, invalid_encoding, invalid_csv."""
    if len(data) > MAX_BYTES:
        raise ValidationError("file", "file_too_large", max=MAX_BYTES)
    text, encoding = _decode(data)
    if not text.strip():
        raise ValidationError("file", "empty_file")
    delimiter = _delimiter(text)
    headers: list[str] | None = None
    rows, numbers = [], []
    try:
        for number, record in enumerate(csv.reader(io.StringIO(text, newline=""),
                                                   delimiter=delimiter), start=1):
            if headers is None:
                headers = [h.strip() for h in record]
                continue
            if not any(cell.strip() for cell in record):
                continue
            if len(rows) >= MAX_ROWS:
                raise ValidationError("file", "too_many_rows", max=MAX_ROWS)
            rows.append(tuple(record) + ("",) * (len(headers) - len(record)))
            numbers.append(number)
    except csv.Error:
        raise ValidationError("file", "invalid_csv") from None
    return CsvTable(tuple(headers or ()), tuple(rows), tuple(numbers), encoding, delimiter)


def suggest_mapping(headers: Iterable[str]) -> dict[int, str]:
    """``{column index: field}`` for the headings recognised; the first column wins a field."""
    mapping: dict[int, str] = {}
    for index, heading in enumerate(headers):
        name = _KNOWN.get(_key(heading or ""))
        if name is not None and name not in mapping.values():
            mapping[index] = name
    return mapping


def _cell(value: str) -> str:
    value = value.strip()
    # Our own export guards formula-like cells with an apostrophe; take it off again.
    if value.startswith("'") and value[1:].startswith(_FORMULA_START):
        return value[1:]
    return value


def _date(value: str) -> dt.date:
    """``1.5.1980``, ``01.05.1980`` (as Finns and Excel write) or ``1980-05-01`` (ISO)."""
    if match := _DMY.fullmatch(value):
        day, month, year = match.groups()
    elif match := _ISO.fullmatch(value):
        year, month, day = match.groups()
    else:
        raise ValidationError("birth_date", "invalid_date")
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        raise ValidationError("birth_date", "invalid_date") from None


def row_values(row: tuple[str, ...], mapping: Mapping[int, str],
               errors: list[ValidationError]) -> dict[str, Any]:
    """Form values of one row for ``clients.validate_client``; conversion failures (dates,
    years) go to ``errors`` and leave the field empty, so the other fields are still checked."""
    data: dict[str, Any] = {}
    for column, name in mapping.items():
        value = _cell(row[column]) if column < len(row) else ""
        if name == "birth_date":
            try:
                value = _date(value) if value else None
            except ValidationError as exc:
                errors.append(exc)
                value = None
        elif name == "birth_year":
            if value and not (value.isascii() and value.isdigit() and len(value) == 4):
                errors.append(ValidationError("birth_year", "invalid_number"))
                value = ""
            value = int(value) if value else None
        elif name == "language":
            value = _LANGUAGES.get(value.casefold(), value) if value else ""
        elif name == "gender":
            value = _GENDERS.get(value.casefold(), value) if value else None
        elif name in ("postal_code", "billing_postal_code") and value.isascii() \
                and value.isdigit() and len(value) < 5:
            value = value.zfill(5)  # Excel drops the leading zeros of 00100
        data[name] = value
    return data


def export_value(name: str, value: Any) -> str:
    """One stored value as a cell that Excel shows as it is and that imports back."""
    if value is None:
        return ""
    if name == "birth_date":
        return f"{value.day}.{value.month}.{value.year}"
    if name == "phone" and value:
        # "040 123 4567" stays text in Excel; "+358401234567" would become a number.
        shown = validators.format_phone_fi(value)
        return "00" + shown[1:] if shown.startswith("+") else shown
    text = value.value if hasattr(value, "value") else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text
