"""What a message says: the placeholder values of an appointment or an invoice, the stored (or
default) template, and the attachments (.ics, invoice PDF) made at send time.

Works inside the caller's session and transaction; reads only, never audits (the services do).
"""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date
from sqlalchemy import select
from sqlalchemy.orm import Session

from vastaanotto.billing import labels
from vastaanotto.clock import HELSINKI
from vastaanotto.messaging import ics, templates
from vastaanotto.messaging.transport import Attachment
from vastaanotto.models.appointments import Appointment
from vastaanotto.models.billing import Invoice
from vastaanotto.models.clients import Client
from vastaanotto.models.messages import MessageChannel, MessageKind, MessageTemplate
from vastaanotto.models.practice import Practice
from vastaanotto.models.resources import Service
from vastaanotto.models.staff import Staff
from vastaanotto.settings import LATE_CANCELLATION_HOURS

_LOCALES = {"fi": "fi_FI", "sv": "sv_FI", "en": "en_GB"}


def practice_of(session: Session) -> Practice:
    return session.scalar(select(Practice).limit(1))


def language_of(client: Client | None, practice: Practice) -> str:
    language = client.language if client is not None else practice.default_language
    return language if language in templates.LANGUAGES else "fi"


def _phone(practice: Practice) -> str:
    from vastaanotto.finnish.validators import format_phone_fi

    return format_phone_fi(practice.phone) if practice.phone else ""


def common_values(practice: Practice, client: Client | None) -> dict[str, str]:
    address = ", ".join(p for p in (practice.street,
                                    f"{practice.postal_code} {practice.city}".strip()) if p)
    return {
        "client_name": client.full_name if client else "",
        "client_first_name": client.first_name if client else "",
        "practice_name": practice.name,
        "practice_phone": _phone(practice),
        "practice_email": practice.email,
        "address": address,
    }


def time_text(moment: dt.datetime, language: str) -> str:
    local = moment.astimezone(HELSINKI)
    return f"{local.hour}.{local.minute:02d}" if language in ("fi", "sv") \
        else f"{local.hour}:{local.minute:02d}"


def appointment_values(session: Session, appt: Appointment, client: Client | None,
                       practice: Practice, language: str) -> dict[str, str]:
    from vastaanotto.services.practice import read_setting

    local = appt.starts_at.astimezone(HELSINKI)
    service = session.get(Service, appt.service_id)
    practitioner = session.get(Staff, appt.practitioner_id)
    hours = read_setting(session, LATE_CANCELLATION_HOURS)
    terms = templates.CANCELLATION_TERMS[language].format(hours=hours) if hours else ""
    return {
        **common_values(practice, client),
        "date": labels.date(local.date()),
        "weekday": format_date(local.date(), "EEEE", locale=_LOCALES[language]),
        "time": time_text(appt.starts_at, language),
        "end_time": time_text(appt.ends_at, language),
        "practitioner": practitioner.display_name if practitioner else "",
        "service": service.name if service else "",
        "cancellation_terms": terms,
    }


def invoice_values(invoice: Invoice, client: Client | None, practice: Practice
                   ) -> dict[str, str]:
    return {
        **common_values(practice, client),
        "invoice_number": str(invoice.number or ""),
        "amount": labels.money(invoice.total),
        "due_date": labels.date(invoice.due_date),
        "reference": invoice.reference,
    }


def template_for(session: Session, kind: MessageKind, channel: MessageChannel,
                 language: str) -> tuple[str, str]:
    """The stored template, else the shipped default (missing rows are seeded by the service)."""
    row = session.scalar(select(MessageTemplate).where(
        MessageTemplate.kind == kind, MessageTemplate.channel == channel,
        MessageTemplate.language == language))
    if row is not None:
        return row.subject, row.body
    found = templates.default(kind, channel, language)
    if found is None:
        raise KeyError((kind, channel, language))
    return found


def render(session: Session, kind: MessageKind, channel: MessageChannel, language: str,
           values: dict[str, str]) -> tuple[str, str]:
    subject, body = template_for(session, kind, channel, language)
    return templates.render(subject, values), templates.render(body, values)


def seed_defaults(session: Session) -> int:
    """Adds the shipped default of every (kind, channel, language) without a row."""
    have = set(session.execute(select(MessageTemplate.kind, MessageTemplate.channel,
                                      MessageTemplate.language)))
    added = 0
    for (kind, channel, language), (subject, body) in templates.DEFAULTS.items():
        if (kind, channel, language) not in have:
            session.add(MessageTemplate(kind=kind, channel=channel, language=language,
                                        subject=subject, body=body))
            added += 1
    if added:
        session.flush()
    return added


def appointment_ics(session: Session, appt: Appointment, practice: Practice, *,
                    cancelled: bool, sequence: int, stamp: dt.datetime) -> Attachment:
    service = session.get(Service, appt.service_id)
    practitioner = session.get(Staff, appt.practitioner_id)
    values = common_values(practice, None)
    summary = f"{service.name if service else ''} – {practice.name}".strip(" –")
    data = ics.build(uid=ics.appointment_uid(appt.id, practice.uid), starts_at=appt.starts_at,
                     ends_at=appt.ends_at, summary=summary, location=values["address"],
                     description=practitioner.display_name if practitioner else "",
                     sequence=sequence, stamp=stamp, cancelled=cancelled)
    method = "CANCEL" if cancelled else "PUBLISH"
    return Attachment("varaus.ics", "text/calendar", data, {"method": method})


def invoice_pdf(session: Session, invoice: Invoice) -> Attachment:
    from vastaanotto.billing.pdf import render_invoice_pdf
    from vastaanotto.services import invoice_document

    data = render_invoice_pdf(invoice_document.build(session, invoice))
    return Attachment(f"lasku-{invoice.number}.pdf", "application/pdf", data)
