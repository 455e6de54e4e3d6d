"""Bringing a register in from a spreadsheet (CSV) and taking it out again, for the owner.

Import is all or nothing. ``read_csv`` decodes the file (UTF-8 with or without BOM, else
Windows-1252 as older Excel writes) and finds the delimiter (``;`` as Finnish Excel writes, or
``,``); ``suggest_mapping`` proposes which column is which field from Finnish, Swedish or
English headings; ``validate_import`` checks every row with ``clients.validate_client`` and
warns about duplicates within the file and with the register (by phone and email);
``import_clients`` writes every row in ONE transaction, or raises ``ImportRejected(report)``
and writes nothing if any row is invalid. Duplicates are warnings, not errors: they are
imported as separate cards, which ``client_merge.merge_clients`` can join later.

Permissions: importing changes the whole register at once, so it is the owner's setting-level
work (``Action.SETTINGS_MANAGE``), not reception's ``CLIENT_EDIT``. Export needs
``CLIENT_EXPORT``; identity codes are left out unless asked for, which also needs
``HETU_VIEW_ANY``.

Audit: one summary event per import ("clients.imported" with the count; each card carries
``created_by_id`` and ``created_at`` itself), "clients.import_checked" / "clients.import_rejected"
for checks, "clients.exported" with the count. Never a value from the file.

Long work: ``progress.step`` every 200 rows (labels ``"validate"``, ``"import"``); a cancel
there rolls the whole import back. Runs on a worker thread that owns its Context.

The file format itself (decoding, headings, cell conversions) is ``client_csv``; its public
names are re-exported here.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
from dataclasses import dataclass, field
from typing import Any, Mapping

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vastaanotto.context import Context
from vastaanotto.errors import ValidationError, VastaanottoError
from vastaanotto.models.clients import Client
from vastaanotto.permissions import Action
from vastaanotto.progress import Progress
from vastaanotto.services.base import Changes, FieldCollector, audit, require
from vastaanotto.services.client_csv import (HEADERS, CsvTable, export_value, read_csv,
                                             row_values, suggest_mapping)
from vastaanotto.services.client_search import build_search_text
from vastaanotto.services.clients import EDITABLE, validate_client

__all__ = ["CsvTable", "RowResult", "ImportReport", "ImportRejected", "HEADERS", "read_csv",
           "suggest_mapping", "validate_import", "import_clients", "export_clients_csv"]

STEP = 200
_CHUNK = 500  # bound parameters per IN (...) query, well under every database's limit


@dataclass(frozen=True)
class RowResult:
    line: int                                  # spreadsheet row number
    errors: tuple[ValidationError, ...] = ()
    warnings: tuple[str, ...] = ()             # "duplicate_in_file", "duplicate_in_register"
    duplicate_of_line: int | None = None       # the earlier row with the same phone or email
    register_matches: tuple[int, ...] = ()     # client ids with the same phone or email

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass(frozen=True)
class ImportReport:
    rows: tuple[RowResult, ...]
    clean: tuple[dict[str, Any], ...] = field(default=(), repr=False, compare=False)

    @property
    def total(self) -> int:
        return len(self.rows)

    @property
    def invalid_count(self) -> int:
        return sum(1 for r in self.rows if r.errors)

    @property
    def valid_count(self) -> int:
        return self.total - self.invalid_count

    @property
    def warning_count(self) -> int:
        return sum(1 for r in self.rows if r.warnings)

    @property
    def ok(self) -> bool:
        return self.invalid_count == 0


class ImportRejected(VastaanottoError):
    """At least one row is invalid; nothing was written. ``report`` says which and why."""

    code = "import_rejected"

    def __init__(self, report: ImportReport):
        self.report = report
        super().__init__(invalid_rows=report.invalid_count)


def _check_mapping(mapping: Mapping[int, str], width: int) -> None:
    seen: set[str] = set()
    for column, name in mapping.items():
        if not isinstance(column, int) or not 0 <= column < width:
            raise ValidationError("mapping", "invalid_column")
        if name not in EDITABLE:
            raise ValidationError("mapping", "invalid_choice")
        if name in seen:
            raise ValidationError("mapping", "duplicate_field", target=name)
        seen.add(name)
    for needed in ("first_name", "last_name"):
        if needed not in seen:
            raise ValidationError("mapping", "missing_required", target=needed)


def _register_matches(session: Session, phones: set[str], emails: set[str]
                      ) -> tuple[dict[str, set[int]], dict[str, set[int]]]:
    by_phone: dict[str, set[int]] = {}
    by_email: dict[str, set[int]] = {}
    live = (Client.anonymised_at.is_(None), Client.merged_into_id.is_(None))
    for values, column, target in ((sorted(phones), Client.phone, by_phone),
                                   (sorted(emails), func.lower(Client.email), by_email)):
        for start in range(0, len(values), _CHUNK):
            chunk = values[start:start + _CHUNK]
            for cid, value in session.execute(select(Client.id, column)
                                              .where(column.in_(chunk), *live)):
                target.setdefault(value.lower(), set()).add(cid)
    return by_phone, by_email


def _check(session: Session, table: CsvTable, mapping: Mapping[int, str], today: dt.date,
           progress: Progress | None) -> ImportReport:
    _check_mapping(mapping, len(table.headers))
    checked: list[tuple[int, list[ValidationError], dict[str, Any] | None]] = []
    for index, (row, line) in enumerate(zip(table.rows, table.row_numbers)):
        if progress is not None and index % STEP == 0:
            progress.step(index, len(table.rows), "validate")
        fields = FieldCollector()
        data = row_values(row, mapping, fields.errors)
        clean = fields.check(validate_client, data, today)
        checked.append((line, fields.errors, None if fields.errors else clean))
    keys = [c for _, _, c in checked if c is not None]
    by_phone, by_email = _register_matches(
        session, {c["phone"] for c in keys if c["phone"]},
        {c["email"].lower() for c in keys if c["email"]})
    first_seen: dict[str, int] = {}
    results = []
    for line, errors, clean in checked:
        if clean is None:
            results.append(RowResult(line, tuple(errors)))
            continue
        contact = [k for k in (clean["phone"], clean["email"].lower()) if k]
        earlier = next((first_seen[k] for k in contact if k in first_seen), None)
        for k in contact:
            first_seen.setdefault(k, line)
        matches = sorted(set().union(by_phone.get(clean["phone"], set()) if clean["phone"]
                                     else set(),
                                     by_email.get(clean["email"].lower(), set())
                                     if clean["email"] else set()))
        warnings = (("duplicate_in_file",) if earlier else ()) + (
            ("duplicate_in_register",) if matches else ())
        results.append(RowResult(line, (), warnings, earlier, tuple(matches)))
    return ImportReport(tuple(results), tuple(c for _, _, c in checked if c is not None))


def validate_import(ctx: Context, table: CsvTable, mapping: Mapping[int, str], *,
                    progress: Progress | None = None) -> ImportReport:
    """Checks every row without writing any client. Audits "clients.import_checked"."""
    require(ctx, Action.SETTINGS_MANAGE, entity_type="client")
    with ctx.transaction() as session:
        report = _check(session, table, mapping, ctx.now().date(), progress)
        audit(session, ctx, "clients.import_checked", entity_type="client",
              details={"rows": report.total, "invalid": report.invalid_count,
                       "warnings": report.warning_count})
    return report


def import_clients(ctx: Context, table: CsvTable, mapping: Mapping[int, str], *,
                   progress: Progress | None = None) -> Changes:
    """Inserts every row, or raises ``ImportRejected`` and writes no client. ``data`` = the
    number of clients created; ``ids`` = their ids."""
    require(ctx, Action.SETTINGS_MANAGE, entity_type="client")
    with ctx.transaction() as session:
        report = _check(session, table, mapping, ctx.now().date(), progress)
        if report.ok:
            now = ctx.now()
            created = []
            for index, clean in enumerate(report.clean):
                if progress is not None and index % STEP == 0:
                    progress.step(index, report.total, "import")
                client = Client(**clean, created_by_id=ctx.staff_id, last_activity_at=now)
                client.search_text = build_search_text(client)
                created.append(client)
            session.add_all(created)
            session.flush()
            audit(session, ctx, "clients.imported", entity_type="client",
                  details={"count": len(created), "warnings": report.warning_count})
            if progress is not None:
                progress.step(report.total, report.total, "import")
            return Changes.of("clients", ids=[c.id for c in created], data=len(created))
        # The rejection is kept (it read the register for duplicates); no client is written.
        audit(session, ctx, "clients.import_rejected", entity_type="client",
              details={"rows": report.total, "invalid": report.invalid_count})
    raise ImportRejected(report)


def export_clients_csv(ctx: Context, *, include_archived: bool = False,
                       include_identity_codes: bool = False,
                       header_language: str = "fi") -> bytes:
    """The register as CSV for Excel: UTF-8 with BOM, ``;``, CRLF, dates ``d.m.yyyy``, headings
    in ``header_language`` (fi, sv, en). Anonymised and merged cards are never exported.
    Audits "clients.exported" with the count and the exported field names."""
    require(ctx, Action.CLIENT_EXPORT, entity_type="client")
    if include_identity_codes:
        require(ctx, Action.HETU_VIEW_ANY, entity_type="client")
    if header_language not in ("fi", "sv", "en"):
        raise ValidationError("header_language", "invalid_choice")
    language = ("fi", "sv", "en").index(header_language)
    names = [f for f in HEADERS if f != "personal_identity_code" or include_identity_codes]
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([HEADERS[f][language] for f in names])
    with ctx.transaction() as session:
        stmt = select(Client).where(Client.anonymised_at.is_(None),
                                    Client.merged_into_id.is_(None))
        if not include_archived:
            stmt = stmt.where(Client.archived_at.is_(None))
        count = 0
        for client in session.scalars(stmt.order_by(Client.last_name, Client.first_name,
                                                    Client.id)):
            writer.writerow([export_value(f, getattr(client, f)) for f in names])
            count += 1
        audit(session, ctx, "clients.exported", entity_type="client", fields=names,
              details={"count": count, "archived": include_archived,
                       "identity_codes": include_identity_codes})
    return codecs.BOM_UTF8 + out.getvalue().encode("utf-8")
