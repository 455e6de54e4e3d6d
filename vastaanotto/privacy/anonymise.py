"""Reading one client's facts for an erasure plan, and carrying the plan out.

Both work in the caller's session (``services.privacy`` owns the transaction, the permission
check and the audit event). Carrying out keeps referential integrity: rows that other rows
point at (appointments, visits, messages, issued invoices, payments) stay and lose their
personal content; only rows nothing depends on are deleted (consents, waitlist entries,
draft invoices). Issued invoices and payments within their bookkeeping period are not
touched at all: they are vouchers (see ``privacy.erasure``).

The client's search text is emptied, which makes the search index's trigger drop the client
from the FTS5 table (migration 0003), and ``restricted`` keeps it out of the PostgreSQL search.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from vastaanotto.clock import HELSINKI
from vastaanotto.models.appointments import (Appointment, AppointmentStatus, CancelledBy,
                                             WaitlistEntry)
from vastaanotto.models.audit import AuditEvent
from vastaanotto.models.billing import Invoice, InvoiceStatus, Payment
from vastaanotto.models.clients import Client, Consent, ConsentKind
from vastaanotto.models.messages import Message, MessageStatus
from vastaanotto.models.visits import TreatmentNote, Visit
from vastaanotto.privacy.erasure import ClientFacts, Disposition, ErasurePlan

__all__ = ["client_facts", "carry_out", "CONTACT_FIELDS", "IDENTITY_FIELDS"]

IDENTITY_FIELDS = ("first_name", "last_name", "birth_date", "birth_year",
                   "personal_identity_code", "gender")
CONTACT_FIELDS = ("email", "phone", "street", "postal_code", "city", "billing_name",
                  "billing_street", "billing_postal_code", "billing_city", "payer_company_name",
                  "payer_business_id", "payer_einvoice_address", "payer_einvoice_operator",
                  "notes")
_MARKETING = (ConsentKind.EMAIL_MARKETING, ConsentKind.SMS_MARKETING, ConsentKind.REMINDERS)


def _count(session: Session, model, *conditions) -> int:
    return session.scalar(select(func.count()).select_from(model).where(*conditions)) or 0


def _local_day(moment: dt.datetime) -> dt.date:
    return moment.astimezone(HELSINKI).date()


def client_facts(session: Session, client_id: int, now: dt.datetime) -> ClientFacts:
    client = session.get(Client, client_id)
    invoice_ids = select(Invoice.id).where(Invoice.client_id == client_id)
    issued = session.execute(select(Invoice.issue_date, Invoice.created_at).where(
        Invoice.client_id == client_id, Invoice.status != InvoiceStatus.DRAFT)).all()
    payments = session.scalars(select(Payment.received_at).where(
        or_(Payment.client_id == client_id, Payment.invoice_id.in_(invoice_ids)))).all()
    first_note = session.scalar(select(func.min(TreatmentNote.created_at))
                                .where(TreatmentNote.client_id == client_id))
    return ClientFacts(
        birth_date=client.birth_date, birth_year=client.birth_year,
        deceased_on=client.deceased_on,
        marketing_consents=_count(session, Consent, Consent.client_id == client_id,
                                  Consent.kind.in_(_MARKETING)),
        care_consents=_count(session, Consent, Consent.client_id == client_id,
                             Consent.kind == ConsentKind.TREATMENT_DATA),
        bookings=_count(session, Appointment, Appointment.client_id == client_id),
        future_bookings=_count(session, Appointment, Appointment.client_id == client_id,
                               Appointment.starts_at > now,
                               Appointment.status == AppointmentStatus.BOOKED),
        visits=_count(session, Visit, Visit.client_id == client_id),
        notes=_count(session, TreatmentNote, TreatmentNote.client_id == client_id),
        first_note_on=_local_day(first_note) if first_note else None,
        issued_invoice_dates=tuple(sorted(d or _local_day(c) for d, c in issued)),
        draft_invoices=_count(session, Invoice, Invoice.client_id == client_id,
                              Invoice.status == InvoiceStatus.DRAFT),
        payment_dates=tuple(sorted(_local_day(p) for p in payments)),
        messages=_count(session, Message, Message.client_id == client_id),
        waitlist=_count(session, WaitlistEntry, WaitlistEntry.client_id == client_id),
        audit_events=_count(session, AuditEvent, AuditEvent.client_id == client_id),
    )


def carry_out(session: Session, client_id: int, plan: ErasurePlan, now: dt.datetime) -> None:
    """Erase and anonymise what ``plan`` lets go; restrict the client if anything stays."""
    client = session.get(Client, client_id)
    d = {item.kind: item.disposition for item in plan.items}
    for name in CONTACT_FIELDS:
        setattr(client, name, "")
    client.language = "fi"
    if d["identity"] is Disposition.ANONYMISE:
        client.first_name, client.last_name = "", ""
        client.birth_date = client.birth_year = client.gender = None
        client.personal_identity_code = None
        client.anonymised_at = now
    client.search_text = ""  # the FTS5 trigger drops the client from the index
    client.restricted = True
    client.archived_at = client.archived_at or now  # booking refuses archived clients

    kinds = list(_MARKETING)
    if d["care_consents"] is Disposition.ERASE:
        kinds.append(ConsentKind.TREATMENT_DATA)
    session.execute(delete(Consent).where(Consent.client_id == client_id,
                                          Consent.kind.in_(kinds)))
    session.execute(delete(WaitlistEntry).where(WaitlistEntry.client_id == client_id))
    for appt in session.scalars(select(Appointment).where(Appointment.client_id == client_id)):
        if appt.status is AppointmentStatus.BOOKED and appt.starts_at > now:
            appt.status = AppointmentStatus.CANCELLED
            appt.cancelled_at, appt.cancelled_by = now, CancelledBy.CLIENT
        appt.note, appt.cancel_reason = "", ""
    for message in session.scalars(select(Message).where(Message.client_id == client_id)):
        message.recipient, message.subject, message.body = "", "", ""
        if message.status in (MessageStatus.QUEUED, MessageStatus.FAILED):
            message.status = MessageStatus.CANCELLED
    referenced = select(Message.invoice_id).where(Message.invoice_id.is_not(None))
    paid = select(Payment.invoice_id).where(Payment.invoice_id.is_not(None))
    for draft in session.scalars(select(Invoice).where(
            Invoice.client_id == client_id, Invoice.status == InvoiceStatus.DRAFT,
            Invoice.id.not_in(referenced), Invoice.id.not_in(paid))):
        session.delete(draft)
    if d["invoices"] is Disposition.ANONYMISE:  # past their bookkeeping period
        for invoice in session.scalars(select(Invoice).where(Invoice.client_id == client_id)):
            invoice.buyer_name = invoice.buyer_street = invoice.buyer_postal_code = ""
            invoice.buyer_city = invoice.buyer_einvoice_address = ""
            invoice.buyer_einvoice_operator = invoice.notes = ""
    if d["payments"] is Disposition.ANONYMISE:
        for payment in session.scalars(select(Payment).where(Payment.client_id == client_id)):
            payment.note = ""
    session.flush()
