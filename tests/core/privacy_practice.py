"""A small practice with one client who has a bit of everything, for the privacy tests.

Rows with fixed dates (visits, invoices, payments, messages) are inserted directly: their
services are not what these tests are about, and the retention rules need exact dates.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from types import SimpleNamespace

import pytest

from vastaanotto.clock import fixed_clock
from vastaanotto.models import (Appointment, AppointmentStatus, BackupTarget, Invoice,
                                InvoiceKind, InvoiceLine, InvoiceStatus, Message, MessageChannel,
                                MessageKind, MessageStatus, Payment, PaymentMethod, Role,
                                TargetKind, Visit, WaitlistEntry)
from vastaanotto.models.clients import ConsentChannel, ConsentKind
from vastaanotto.models.resources import VatClass
from vastaanotto.services import catalog, clients, staff, treatment_notes

UTC = dt.timezone.utc
NOW = dt.datetime(2026, 11, 21, 10, 0, tzinfo=UTC)


def utc(*args) -> dt.datetime:
    return dt.datetime(*args, tzinfo=UTC)


def add(db, *rows):
    with db.session() as s:
        s.add_all(rows)
        s.flush()
        return [r.id for r in rows]


@pytest.fixture
def pp(db, owner_ctx, make_ctx):
    owner = dataclasses.replace(owner_ctx, clock=fixed_clock(NOW))
    reception = dataclasses.replace(make_ctx(Role.RECEPTION), clock=fixed_clock(NOW))
    staff.create_staff(owner, username="hoitaja", display_name="Hanna Hoitaja",
                       roles=[Role.PRACTITIONER], password="Hoitajan salasana 1")
    from vastaanotto.services import auth

    nurse = dataclasses.replace(auth.authenticate(db, "hoitaja", "Hoitajan salasana 1",
                                                  workstation="hoito-1"), clock=fixed_clock(NOW))
    service_id = catalog.create_service(owner, {"name": "Hieronta", "duration_minutes": 60,
                                                "price": Decimal("60.00")}).data
    maija = clients.create_client(owner, {
        "first_name": "Maija", "last_name": "Meikäläinen", "email": "maija@example.fi",
        "phone": "040 765 4321", "street": "Kotikatu 3", "postal_code": "00100",
        "city": "Helsinki", "personal_identity_code": "131052-308T", "language": "fi"}).data
    other = clients.create_client(owner, {"first_name": "Olli", "last_name": "Muu"}).data
    for kind in (ConsentKind.EMAIL_MARKETING, ConsentKind.SMS_MARKETING, ConsentKind.REMINDERS,
                 ConsentKind.TREATMENT_DATA):
        clients.record_consent(owner, maija, kind, True, ConsentChannel.FORM)
    past, future = utc(2025, 3, 10, 8), utc(2026, 12, 1, 8)
    appt_past, appt_future = add(db, Appointment(
        client_id=maija, practitioner_id=nurse.staff_id, service_id=service_id,
        starts_at=past, ends_at=past + dt.timedelta(hours=1),
        status=AppointmentStatus.COMPLETED, note="Ovikoodi 1234"), Appointment(
        client_id=maija, practitioner_id=nurse.staff_id, service_id=service_id,
        starts_at=future, ends_at=future + dt.timedelta(hours=1), note="Tulee pyörällä"))
    [visit] = add(db, Visit(appointment_id=appt_past, client_id=maija,
                            practitioner_id=nurse.staff_id, service_id=service_id,
                            started_at=past, completed_at=past + dt.timedelta(hours=1)))
    note_id = treatment_notes.add_note(nurse, client_id=maija, visit_id=visit,
                                       text="Niska jumissa, hoidettu.",
                                       client_accepted_storage=True,
                                       belongs_in_kanta=False).data
    invoice = Invoice(kind=InvoiceKind.INVOICE, number=1001, status=InvoiceStatus.PAID,
                      client_id=maija, buyer_name="Maija Meikäläinen",
                      buyer_street="Kotikatu 3", buyer_postal_code="00100",
                      buyer_city="Helsinki", issue_date=dt.date(2025, 3, 10),
                      due_date=dt.date(2025, 3, 24), total=Decimal("60.00"),
                      vat_total=Decimal("0.00"))
    invoice.lines.append(InvoiceLine(position=1, visit_id=visit, description="Hieronta 60 min",
                                     quantity=Decimal("1"), unit_price=Decimal("60.00"),
                                     vat_class=VatClass.GENERAL, vat_rate=Decimal("0"),
                                     line_total=Decimal("60.00"), vat_amount=Decimal("0.00")))
    draft = Invoice(status=InvoiceStatus.DRAFT, client_id=maija, buyer_name="Maija Meikäläinen")
    [invoice_id, draft_id] = add(db, invoice, draft)
    [payment_id] = add(db, Payment(invoice_id=invoice_id, client_id=maija,
                                   amount=Decimal("60.00"), method=PaymentMethod.CARD,
                                   received_at=utc(2025, 3, 10, 9)))
    [message_id] = add(db, Message(dedupe_key="reminder-1", kind=MessageKind.REMINDER,
                                   channel=MessageChannel.SMS, client_id=maija,
                                   appointment_id=appt_future, recipient="+358407654321",
                                   body="Muistutus: Maija, hieronta 1.12.",
                                   status=MessageStatus.QUEUED))
    [waitlist_id] = add(db, WaitlistEntry(client_id=maija, service_id=service_id,
                                          earliest=utc(2026, 12, 1), latest=utc(2026, 12, 20),
                                          note="Aamupäivät"))
    add(db, BackupTarget(name="Toimiston NAS", kind=TargetKind.SFTP,
                         location_description="Espoo, Suomi (oma palvelin)"))
    clients.get_client_card(reception, maija)  # a view by someone else, for the access log
    return SimpleNamespace(owner=owner, reception=reception, nurse=nurse, maija=maija,
                           other=other, service_id=service_id, appt_past=appt_past,
                           appt_future=appt_future, visit=visit, note_id=note_id,
                           invoice_id=invoice_id, draft_id=draft_id, payment_id=payment_id,
                           message_id=message_id, waitlist_id=waitlist_id)
