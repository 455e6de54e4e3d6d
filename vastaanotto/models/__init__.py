"""Typed SQLAlchemy models for the whole domain, one module per aggregate.

Importing this package registers every table on ``Base.metadata`` (Alembic autogenerate and the
schema-matches-migrations test rely on it).
"""

from vastaanotto.models.appointments import (Appointment, AppointmentSeries, AppointmentStatus,
                                             BookingChannel, CancelledBy, WaitlistEntry)
from vastaanotto.models.audit import AuditEvent, Outcome
from vastaanotto.models.backup import BackupRecord, BackupStatus, BackupTarget, TargetKind
from vastaanotto.models.billing import (Invoice, InvoiceKind, InvoiceLine, InvoiceStatus,
                                        NumberSequence, Payment, PaymentMethod, PaymentReminder,
                                        PenaltyInterestRate, VatRate)
from vastaanotto.models.clients import Client, Consent, ConsentChannel, ConsentKind, Gender
from vastaanotto.models.messages import (Message, MessageChannel, MessageKind, MessageStatus,
                                         MessageTemplate)
from vastaanotto.models.practice import Practice, Setting
from vastaanotto.models.privacy import DataSubjectRequest, RequestKind, RequestStatus
from vastaanotto.models.resources import (Absence, AbsenceKind, OpeningHours, Room, Service,
                                          SpecialDay, VatClass, WorkingHours, service_practitioner)
from vastaanotto.models.staff import Role, Staff, StaffRole
from vastaanotto.models.visits import TreatmentNote, Visit

__all__ = [name for name in dir() if not name.startswith("_")]
