"""Everything about one client, for the right of access (GDPR art. 15) and portability (20).

:func:`collect` reads the client's rows into plain JSON-ready data: the card (identity code
in full: it is the person's own), the consent ledger, bookings, visits, treatment notes with
every version, invoices with lines, payments, messages, waitlist entries, their earlier
data-protection requests and the access log (who viewed and edited their data). :func:`build_zip`
packs that as ``data.json`` for machines and ``data.pdf`` for people.

The caller (``services.privacy.export_client``) checks the permission and audits; this module
only reads in the caller's session.
"""

from __future__ import annotations

import datetime as dt
import enum
import io
import json
import zipfile
from decimal import Decimal
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from vastaanotto.models.appointments import Appointment, WaitlistEntry
from vastaanotto.models.audit import AuditEvent
from vastaanotto.models.billing import Invoice, InvoiceLine, Payment
from vastaanotto.models.clients import Client, Consent
from vastaanotto.models.messages import Message
from vastaanotto.models.privacy import DataSubjectRequest
from vastaanotto.models.resources import Service
from vastaanotto.models.staff import Staff
from vastaanotto.models.visits import TreatmentNote, Visit
from vastaanotto.privacy.access_report import date_text, time_text, what_text
from vastaanotto.privacy.labels import field_label, t, value_label
from vastaanotto.privacy.pdf import Document

__all__ = ["collect", "render_pdf", "build_zip", "SECTIONS", "FORMAT_VERSION"]

FORMAT_VERSION = 1
SECTIONS = ("client", "consents", "bookings", "visits", "treatment_notes", "invoices",
            "payments", "messages", "waitlist", "requests", "access_log")
_CLIENT_FIELDS = (
    "id", "first_name", "last_name", "email", "phone", "street", "postal_code", "city",
    "country", "gender", "birth_year", "birth_date", "personal_identity_code", "language",
    "billing_name", "billing_street", "billing_postal_code", "billing_city",
    "payer_company_name", "payer_business_id", "payer_einvoice_address",
    "payer_einvoice_operator", "notes", "no_show_count", "late_cancellation_count",
    "last_activity_at", "deceased_on", "archived_at", "restricted", "created_at", "updated_at",
)


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.timezone.utc).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, enum.Enum):  # before str: the models' enums are str enums
        return value.value
    return value


def _row(obj: Any, names: tuple[str, ...] | list[str]) -> dict[str, Any]:
    return {n: _plain(getattr(obj, n)) for n in names}


def collect(session: Session, client_id: int) -> dict[str, Any]:
    """All data about ``client_id`` as JSON-ready dicts (see module doc)."""
    client = session.get(Client, client_id)
    staff = dict(session.execute(select(Staff.id, Staff.display_name)).all())
    services = dict(session.execute(select(Service.id, Service.name)).all())
    name = lambda sid: staff.get(sid, "") if sid else ""  # noqa: E731
    out: dict[str, Any] = {"format": "vastaanotto-client-export", "version": FORMAT_VERSION,
                           "client": _row(client, _CLIENT_FIELDS)}
    out["consents"] = [
        {**_row(c, ("kind", "given", "channel", "recorded_at", "note")),
         "recorded_by": name(c.recorded_by_id)}
        for c in session.scalars(select(Consent).where(Consent.client_id == client_id)
                                 .order_by(Consent.recorded_at, Consent.id))]
    out["bookings"] = [
        {**_row(a, ("id", "starts_at", "ends_at", "status", "channel", "price", "note",
                    "booked_at", "arrived_at", "cancelled_at", "cancelled_by", "cancel_reason",
                    "late_cancellation")),
         "service": services.get(a.service_id, ""), "practitioner": name(a.practitioner_id),
         "booked_by": name(a.booked_by_id)}
        for a in session.scalars(select(Appointment).where(Appointment.client_id == client_id)
                                 .order_by(Appointment.starts_at))]
    out["visits"] = [
        {**_row(v, ("id", "appointment_id", "started_at", "completed_at")),
         "service": services.get(v.service_id, ""), "practitioner": name(v.practitioner_id)}
        for v in session.scalars(select(Visit).where(Visit.client_id == client_id)
                                 .order_by(Visit.started_at))]
    out["treatment_notes"] = [
        {**_row(n, ("id", "visit_id", "created_at", "text", "version", "supersedes_id",
                    "superseded", "client_accepted_storage", "belongs_in_kanta")),
         "author": name(n.author_id)}
        for n in session.scalars(select(TreatmentNote).where(TreatmentNote.client_id == client_id)
                                 .order_by(TreatmentNote.created_at, TreatmentNote.id))]
    invoices = list(session.scalars(select(Invoice).where(Invoice.client_id == client_id)
                                    .order_by(Invoice.id)))
    out["invoices"] = [
        {**_row(i, ("id", "kind", "number", "status", "buyer_name", "buyer_street",
                    "buyer_postal_code", "buyer_city", "issue_date", "delivery_date", "due_date",
                    "reference", "total", "vat_total", "credit_of_id", "notes")),
         "lines": [_row(line, ("description", "quantity", "unit_price", "discount_percent",
                               "vat_rate", "line_total", "vat_amount"))
                   for line in session.scalars(select(InvoiceLine)
                                               .where(InvoiceLine.invoice_id == i.id)
                                               .order_by(InvoiceLine.position))]}
        for i in invoices]
    invoice_ids = [i.id for i in invoices]
    payment_filter = Payment.client_id == client_id
    if invoice_ids:
        payment_filter = or_(payment_filter, Payment.invoice_id.in_(invoice_ids))
    out["payments"] = [
        {**_row(p, ("id", "invoice_id", "amount", "method", "received_at", "bank_reference",
                    "refund_of_id", "note")),
         "received_by": name(p.received_by_id)}
        for p in session.scalars(select(Payment).where(payment_filter).order_by(Payment.id))]
    out["messages"] = [
        _row(m, ("id", "kind", "channel", "recipient", "subject", "body", "status",
                 "created_at", "sent_at"))
        for m in session.scalars(select(Message).where(Message.client_id == client_id)
                                 .order_by(Message.id))]
    out["waitlist"] = [
        {**_row(w, ("id", "earliest", "latest", "note", "resolved_at")),
         "service": services.get(w.service_id, "")}
        for w in session.scalars(select(WaitlistEntry).where(WaitlistEntry.client_id == client_id)
                                 .order_by(WaitlistEntry.id))]
    out["requests"] = [
        _row(r, ("id", "kind", "received_on", "due_on", "status", "completed_at", "outcome"))
        for r in session.scalars(select(DataSubjectRequest)
                                 .where(DataSubjectRequest.client_id == client_id)
                                 .order_by(DataSubjectRequest.id))]
    out["access_log"] = [
        {"seq": e.seq, "at": _plain(e.at), "who": e.actor_name, "workstation": e.workstation,
         "action": e.action, "outcome": _plain(e.outcome), "fields": list(e.fields or []),
         "reason": e.reason}
        for e in session.scalars(select(AuditEvent).where(AuditEvent.client_id == client_id)
                                 .order_by(AuditEvent.seq))]
    return out


def _when(iso: str | None) -> str:
    return time_text(dt.datetime.fromisoformat(iso)) if iso else ""


def _day(iso: str | None) -> str:
    return date_text(dt.date.fromisoformat(iso[:10])) if iso else ""


def _money(value: str | None) -> str:
    """1 234,50 € as Finns write it (the JSON keeps the plain decimal)."""
    if value in (None, ""):
        return ""
    return f"{Decimal(value):,.2f}".replace(",", "\u00a0").replace(".", ",") + "\u00a0€"


def _yes(value: bool, language: str) -> str:
    return t("yes" if value else "no", language)


def render_pdf(data: dict[str, Any], *, practice_name: str, produced_at: dt.datetime,
               language: str = "fi") -> bytes:
    L = lambda key: t(key, language)  # noqa: E731
    V = lambda code: value_label(code, language)  # noqa: E731
    c = data["client"]
    doc = Document(L("export_title"),
                   footer=f"{practice_name} – {L('produced')} {time_text(produced_at)}")
    doc.paragraph(t("export_intro", language, practice=practice_name))
    doc.paragraph(f"{L('produced')}: {time_text(produced_at)}", small=True)
    doc.heading(L("card"))
    doc.facts([(field_label(k, language), _day(v) if k in ("birth_date", "deceased_on") else
                (_when(v) if k.endswith("_at") else
                 (_yes(v, language) if isinstance(v, bool) else v)))
               for k, v in c.items() if v not in ("", None)])
    doc.heading(L("consents"))
    doc.table([L("when"), L("kind"), L("given"), L("channel"), L("who")],
              [[_when(r["recorded_at"]), V(r["kind"]), _yes(r["given"], language), V(r["channel"]),
                r["recorded_by"]] for r in data["consents"]], [30, 40, 20, 30, 50], L("none"))
    doc.heading(L("bookings"))
    doc.table([L("when"), L("service"), L("practitioner"), L("status"), L("text")],
              [[_when(r["starts_at"]), r["service"], r["practitioner"], V(r["status"]),
                r["note"] or r["cancel_reason"]] for r in data["bookings"]],
              [30, 40, 35, 25, 40], L("none"))
    doc.heading(L("visits"))
    doc.table([L("when"), L("service"), L("practitioner")],
              [[_when(r["started_at"]), r["service"], r["practitioner"]]
               for r in data["visits"]], [40, 65, 65], L("none"))
    doc.heading(L("notes"))
    doc.table([L("when"), L("author"), L("version"), L("text")],
              [[_when(r["created_at"]), r["author"], str(r["version"]), r["text"]]
               for r in data["treatment_notes"]], [28, 32, 15, 95], L("none"))
    doc.heading(L("invoices"))
    doc.table([L("number"), L("date"), L("status"), L("total"), L("text")],
              [[str(r["number"] or ""), _day(r["issue_date"]), V(r["status"]), _money(r["total"]),
                "; ".join(f"{ln['description']} {_money(ln['line_total'])}" for ln in r["lines"])]
               for r in data["invoices"]], [20, 25, 22, 23, 80], L("none"))
    doc.heading(L("payments"))
    doc.table([L("when"), L("amount"), L("method"), L("who")],
              [[_when(r["received_at"]), _money(r["amount"]), V(r["method"]), r["received_by"]]
               for r in data["payments"]], [40, 30, 40, 60], L("none"))
    doc.heading(L("messages"))
    doc.table([L("when"), L("channel"), L("recipient"), L("subject"), L("status")],
              [[_when(r["sent_at"] or r["created_at"]), V(r["channel"]), r["recipient"],
                r["subject"] or V(r["kind"]), V(r["status"])] for r in data["messages"]],
              [30, 20, 50, 45, 25], L("none"))
    if data["waitlist"]:
        doc.heading(L("waitlist"))
        doc.table([L("service"), L("when"), L("text")],
                  [[r["service"], f"{_when(r['earliest'])} – {_when(r['latest'])}", r["note"]]
                   for r in data["waitlist"]], [50, 60, 60])
    doc.heading(L("requests"))
    doc.table([L("received"), L("kind"), L("status"), L("outcome")],
              [[_day(r["received_on"]), V(r["kind"]), V(r["status"]), r["outcome"]]
               for r in data["requests"]], [30, 35, 30, 75], L("none"))
    doc.heading(L("access_log"))
    doc.table([L("when"), L("who"), L("workstation"), L("what"), L("why")],
              [[_when(r["at"]), r["who"], r["workstation"], what_text(r["action"], language)
                + (f" ({', '.join(r['fields'])})" if r["fields"] else ""), r["reason"]]
               for r in data["access_log"]], [28, 32, 26, 50, 34], L("none"))
    return doc.render()


def build_zip(data: dict[str, Any], pdf: bytes) -> bytes:
    """``data.json`` (UTF-8, sorted keys) and ``data.pdf`` in one ZIP, deterministic order."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("data.json", json.dumps(data, ensure_ascii=False, indent=2,
                                                 sort_keys=True))
        archive.writestr("data.pdf", pdf)
    return out.getvalue()
