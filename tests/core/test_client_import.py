"""CSV import (all or nothing, validated, duplicates warned) and export for Finnish Excel."""

import codecs
import datetime as dt

import pytest
from sqlalchemy import func, select

from vastaanotto.errors import PermissionDenied, ValidationError
from vastaanotto.models import AuditEvent, Client, Outcome, Role
from vastaanotto.progress import Cancelled, Progress
from vastaanotto.services import clients
from vastaanotto.services.client_import import (HEADERS, ImportRejected, export_clients_csv,
                                                import_clients, read_csv, suggest_mapping,
                                                validate_import)
from vastaanotto.services.clients import EDITABLE

FI_HEADING = "Etunimi;Sukunimi;Matkapuhelin;Sähköposti;Katuosoite;Postinumero;" \
             "Postitoimipaikka;Syntymäaika;Kieli\r\n"


def _csv(*rows, heading=FI_HEADING):
    return (heading + "".join(r + "\r\n" for r in rows)).encode("utf-8")


def _count(db):
    with db.session() as s:
        return s.scalar(select(func.count(Client.id)))


def _events(db, action):
    with db.session() as s:
        return list(s.scalars(select(AuditEvent).where(AuditEvent.action == action)))


def _import(ctx, data, **kw):
    table = read_csv(data)
    return import_clients(ctx, table, suggest_mapping(table.headers), **kw)


# --- reading files ---------------------------------------------------------------------


def test_reads_utf8_with_bom_semicolons_quotes_and_skips_blank_rows():
    data = codecs.BOM_UTF8 + _csv('Äijä;Öhman;040 123 4567;"a;b@example.fi";"Katu 1\nB 2";;;;',
                                  ";;;;;;;;", "Åsa;Berg;;;;;;;")
    table = read_csv(data)
    assert (table.encoding, table.delimiter) == ("utf-8-sig", ";")
    assert table.headers[0] == "Etunimi" and len(table.headers) == 9
    assert table.rows[0][:5] == ("Äijä", "Öhman", "040 123 4567", "a;b@example.fi",
                                 "Katu 1\nB 2")
    assert table.row_numbers == (2, 4)  # the spreadsheet rows, blank row 3 skipped
    assert table.rows[1][0] == "Åsa"


def test_reads_windows_1252_and_commas_even_with_commas_in_cells():
    data = "first name,last name,notes\nÄijä,Öhman,\"Huom; kahvi, tee\"\n".encode("cp1252")
    table = read_csv(data)
    assert (table.encoding, table.delimiter) == ("cp1252", ",")
    assert table.rows == (("Äijä", "Öhman", "Huom; kahvi, tee"),)
    semi = read_csv("Etunimi;Sukunimi;Lisätiedot\nMatti;M;\"a, b, c\"\nLiisa;L;x, y\n"
                    .encode("utf-8"))
    assert (semi.encoding, semi.delimiter) == ("utf-8", ";")
    assert semi.rows[1] == ("Liisa", "L", "x, y")


def test_rows_shorter_than_heading_are_padded():
    table = read_csv(b"Etunimi;Sukunimi;Puhelin\nMatti\n")
    assert table.rows == (("Matti", "", ""),)


@pytest.mark.parametrize("data,code", [
    (b"", "empty_file"), (b" \r\n ", "empty_file"),
    (codecs.BOM_UTF16_LE + "a\tb".encode("utf-16-le"), "unsupported_encoding"),
    (codecs.BOM_UTF8 + b"\xff\xfe", "invalid_encoding"), (b"a;b\n\x81\x8d", "invalid_encoding"),
    (b"a;b\n" + b"x" * 200_000 + b";y\n", "invalid_csv"),
])
def test_unreadable_files_are_refused_with_a_code(data, code):
    with pytest.raises(ValidationError) as info:
        read_csv(data)
    assert (info.value.field, info.value.code) == ("file", code)


def test_suggested_mapping_in_finnish_swedish_and_english():
    assert suggest_mapping(["Etunimi", "SUKUNIMI", "Matkapuhelin", "Sähköposti", "Lähiosoite",
                            "Postinumero", "Postitoimipaikka", "Syntymäaika", "Henkilötunnus",
                            "Kieli", "Asiakasnumero", "Puhelin"]) == {
        0: "first_name", 1: "last_name", 2: "phone", 3: "email", 4: "street",
        5: "postal_code", 6: "city", 7: "birth_date", 8: "personal_identity_code",
        9: "language"}  # the second phone column loses to the first; unknowns are left out
    assert suggest_mapping(["Förnamn", "Efternamn", "Telefon", "E-post", "Postnummer"]) == {
        0: "first_name", 1: "last_name", 2: "phone", 3: "email", 4: "postal_code"}
    assert suggest_mapping(["First Name", "last_name", "E-mail", "Phone number", "ZIP",
                            "Date of birth", ""]) == {
        0: "first_name", 1: "last_name", 2: "email", 3: "phone", 4: "postal_code",
        5: "birth_date"}
    assert set(HEADERS) == set(EDITABLE)
    for field, names in HEADERS.items():
        assert all(suggest_mapping([n]) == {0: field} for n in names)


# --- validating and importing ----------------------------------------------------------


def test_validation_reports_every_bad_row_with_its_line_and_duplicates(db, owner_ctx):
    existing = clients.create_client(owner_ctx, {"first_name": "Vanha", "last_name": "Asiakas",
                                                 "email": "Vanha@Example.fi"}).data
    data = _csv("Matti;Meikäläinen;040 123 4567;;Katu 1;100;Helsinki;1.5.1980;suomi",
                "Maija;Meikäläinen;+358 40 123 4567;;;;;01.05.1981;sv",
                ";Virhe;12;not-mail;;123456;;31.2.1980;saksa",
                "Vanha;Kaksoiskappale;;vanha@example.fi;;;;1980-05-01;EN")
    table = read_csv(data)
    report = validate_import(owner_ctx, table, suggest_mapping(table.headers))
    assert (report.total, report.valid_count, report.invalid_count) == (4, 3, 1)
    first, second, bad, old = report.rows
    assert first.ok and first.warnings == ()
    assert second.warnings == ("duplicate_in_file",) and second.duplicate_of_line == 2
    assert old.warnings == ("duplicate_in_register",) and old.register_matches == (existing,)
    assert bad.line == 4
    assert {(e.field, e.code) for e in bad.errors} == {
        ("birth_date", "invalid_date"), ("first_name", "required"), ("phone", "invalid_phone"),
        ("email", "invalid_email"), ("postal_code", "invalid_postal_code"),
        ("language", "invalid_choice")}
    assert report.clean[0]["postal_code"] == "00100"  # Excel had dropped the zeros
    assert report.clean[0]["birth_date"] == dt.date(1980, 5, 1)
    assert [c["language"] for c in report.clean] == ["fi", "sv", "en"]
    checked = _events(db, "clients.import_checked")[-1]
    assert checked.details == {"rows": 4, "invalid": 1, "warnings": 2}


def test_one_bad_row_rejects_the_whole_file(db, owner_ctx):
    before = _count(db)
    rows = [f"Asiakas{i};Testinen;;a{i}@example.fi;;;;;" for i in range(300)]
    rows[250] = "Asiakas;Testinen;;;;;;32.13.1999;"
    with pytest.raises(ImportRejected) as info:
        _import(owner_ctx, _csv(*rows))
    assert info.value.report.invalid_count == 1
    assert [r.line for r in info.value.report.rows if not r.ok] == [252]
    assert "Asiakas" not in str(info.value) and "1999" not in str(info.value)
    assert _count(db) == before
    assert _events(db, "clients.imported") == []
    assert _events(db, "clients.import_rejected")[-1].details == {"rows": 300, "invalid": 1}


def test_import_writes_all_rows_with_search_text_and_one_summary_event(db, owner_ctx):
    seen = []
    progress = Progress(lambda done, total, label: seen.append((done, total, label)))
    rows = [f"Asiakas{i};Testinen;;a{i}@example.fi;;;;1.5.1980;" for i in range(450)]
    rows[7] = "Äijä;Öhman;040 123 4567;;Katu 1;00100;Helsinki;01.05.1980;sv"
    changes = _import(owner_ctx, _csv(*rows), progress=progress)
    assert changes.data == 450 and len(changes.ids) == 450 and changes.touches("clients")
    [hit] = clients.search_clients(owner_ctx, "öhman 040 123")
    assert hit.id == changes.ids[7] and hit.birth_date == dt.date(1980, 5, 1)
    with db.session() as s:
        aija = s.get(Client, hit.id)
        assert (aija.phone, aija.language, aija.created_by_id) == (
            "+358401234567", "sv", owner_ctx.staff_id)
    [imported] = _events(db, "clients.imported")
    assert imported.details == {"count": 450, "warnings": 0}
    assert _events(db, "client.created") == []
    assert [s for s in seen if s[2] == "validate"] == [(0, 450, "validate"),
                                                       (200, 450, "validate"),
                                                       (400, 450, "validate")]
    assert seen[-1] == (450, 450, "import")


def test_cancel_during_import_writes_nothing(db, owner_ctx):
    before = _count(db)
    progress = Progress(lambda done, total, label: progress.cancel() if label == "import"
                        and done >= 200 else None)
    rows = [f"Asiakas{i};Testinen;;;;;;;" for i in range(500)]
    with pytest.raises(Cancelled):
        _import(owner_ctx, _csv(*rows), progress=progress)
    assert _count(db) == before
    assert _events(db, "clients.imported") == []


@pytest.mark.parametrize("mapping,code", [
    ({0: "first_name"}, "missing_required"),
    ({0: "first_name", 1: "last_name", 9: "phone"}, "invalid_column"),
    ({0: "first_name", 1: "last_name", 2: "search_text"}, "invalid_choice"),
    ({0: "first_name", 1: "last_name", 2: "phone", 3: "phone"}, "duplicate_field"),
])
def test_bad_mapping_is_refused(db, owner_ctx, mapping, code):
    table = read_csv(_csv("Matti;M;;;;;;;"))
    with pytest.raises(ValidationError) as info:
        import_clients(owner_ctx, table, mapping)
    assert (info.value.field, info.value.code) == ("mapping", code)
    if code in ("missing_required", "duplicate_field"):
        assert info.value.params["target"] in ("last_name", "phone")


def test_reception_may_neither_import_nor_export_and_both_are_audited(db, make_ctx):
    desk = make_ctx(Role.RECEPTION)
    table = read_csv(_csv("Matti;M;;;;;;;"))
    with pytest.raises(PermissionDenied):
        import_clients(desk, table, suggest_mapping(table.headers))
    with pytest.raises(PermissionDenied):
        validate_import(desk, table, suggest_mapping(table.headers))
    with pytest.raises(PermissionDenied):
        export_clients_csv(desk)
    refused = [e for e in _events(db, "permission.refused") if e.actor_id == desk.staff_id]
    assert [e.details["action"] for e in refused] == ["settings.manage", "settings.manage",
                                                     "client.export"]
    assert all(e.outcome is Outcome.REFUSED for e in refused)


# --- exporting -------------------------------------------------------------------------


def _people(owner_ctx):
    ids = [clients.create_client(owner_ctx, data).data for data in (
        {"first_name": "Äijä", "last_name": "Öhman", "phone": "040 123 4567",
         "email": "aija@example.fi", "street": "Katu 1", "postal_code": "00100",
         "city": "Helsinki", "personal_identity_code": "131052-308T", "language": "sv",
         "gender": "female", "notes": "Rivi 1\nRivi 2; pilkku, \"lainaus\""},
        {"first_name": "=HYPERLINK(\"x\")", "last_name": "-Miinus", "phone": "+46 70 123 45 67",
         "billing_name": "@Yritys", "birth_date": dt.date(2001, 12, 9)},
        {"first_name": "Arkistoitu", "last_name": "Asiakas"})]
    clients.set_archived(owner_ctx, ids[2], True)
    return ids


def test_export_is_excel_friendly_without_identity_codes(db, owner_ctx):
    _people(owner_ctx)
    data = export_clients_csv(owner_ctx)
    assert data.startswith(codecs.BOM_UTF8)
    text = data[3:].decode("utf-8")
    lines = text.split("\r\n")
    assert lines[0].startswith("Etunimi;Sukunimi;Puhelin;Sähköposti;")
    assert "Henkilötunnus" not in text and "308T" not in text and "Arkistoitu" not in text
    assert "'=HYPERLINK" in text and ";'-Miinus;" in text and "'@Yritys" in text
    assert "0046 70 123 45 67" in text and "040 123 4567" in text and "9.12.2001" in text
    exported = _events(db, "clients.exported")[-1]
    assert exported.details == {"count": 2, "archived": False, "identity_codes": False}
    assert "personal_identity_code" not in exported.fields
    assert "Öhman" not in str(exported.details)
    assert b"Efternamn" in export_clients_csv(owner_ctx, header_language="sv")
    with pytest.raises(ValidationError):
        export_clients_csv(owner_ctx, header_language="de")


def test_identity_codes_only_for_who_may_see_them(db, owner_ctx, monkeypatch):
    _people(owner_ctx)
    text = export_clients_csv(owner_ctx, include_identity_codes=True,
                              include_archived=True).decode("utf-8-sig")
    assert "Henkilötunnus" in text and "131052-308T" in text and "Arkistoitu" in text
    from vastaanotto.permissions import ROLE_ACTIONS, Action
    monkeypatch.setitem(ROLE_ACTIONS, Role.OWNER, ROLE_ACTIONS[Role.OWNER] - {Action.HETU_VIEW_ANY})
    with pytest.raises(PermissionDenied):
        export_clients_csv(owner_ctx, include_identity_codes=True)


def test_export_imports_back_to_the_same_values(db, owner_ctx):
    originals = _people(owner_ctx)
    data = export_clients_csv(owner_ctx, include_identity_codes=True, include_archived=True)
    table = read_csv(data)
    assert suggest_mapping(table.headers) == {i: f for i, f in enumerate(HEADERS)}
    changes = _import(owner_ctx, data)
    with db.session() as s:
        def values(cid):
            c = s.get(Client, cid)
            return {f: getattr(c, f) for f in EDITABLE}
        before = sorted((values(c) for c in originals), key=lambda v: v["last_name"])
        after = sorted((values(c) for c in changes.ids), key=lambda v: v["last_name"])
    assert after == before
