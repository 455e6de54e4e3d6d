"""What an erasure request may erase, and what the law keeps and until when (GDPR art. 17(3)).

The legal retention rules are data (:data:`RULES`); :func:`plan` applies them to the facts
of one client and gives, per kind of data, one of

* ``erase``      – deleted now (marketing consents, waitlist entries, draft invoices);
* ``anonymise``  – the row stays for referential integrity, its personal content goes now
                   (contact data, booking notes, message texts);
* ``keep``       – must stay untouched until ``keep_until`` (then a retention run takes it);
* ``none``       – the client has no data of this kind.

Decisions (said here because they are choices, not code details):

* An **issued invoice or credit note is a bookkeeping voucher** (kirjanpitolaki 1336/1997,
  2:10 §): it stays exactly as issued, buyer name and address as printed, until 6 years have
  passed from the end of the year of its financial period (a calendar financial year is
  assumed). Payments likewise. A draft was never a voucher and is erased.
* **Treatment notes are patient records** in this program (STM:n asetus potilasasiakirjoista
  94/2022, liite 1; laki 703/2023): kept 12 years after death, or when death is not known
  120 years after birth. Visits and the client's consent to storing treatment data go with
  them. While they are kept, the client's **name, birth date and identity code stay** (a
  record must identify its patient) but the client is **restricted** (GDPR art. 18): hidden
  from search and from booking. Without a known birth date the first note's date stands in
  for it: the person was born before it, so the rule can only keep longer, never shorter.
* The **audit trail** is append-only and chained; it holds the client's number, never name or
  contact data, and is kept as long as the records it covers.

No database access here: :func:`plan` is a pure function of :class:`ClientFacts`.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field

__all__ = ["Disposition", "Rule", "RULES", "KINDS", "ClientFacts", "PlanItem", "ErasurePlan",
           "plan", "bookkeeping_keep_until", "patient_record_keep_until"]


class Disposition(str, enum.Enum):
    ERASE = "erase"
    ANONYMISE = "anonymise"
    KEEP = "keep"
    NONE = "none"


@dataclass(frozen=True)
class Rule:
    key: str
    law: str           # the citation, printed as such in every language
    years: int
    counted_from: str  # "end_of_year", "death", "birth"


RULES: dict[str, Rule] = {
    "bookkeeping": Rule("bookkeeping", "Kirjanpitolaki 1336/1997, 2 luku 10 §", 6,
                        "end_of_year"),
    "patient_records_death": Rule("patient_records_death",
                                  "STM:n asetus potilasasiakirjoista 94/2022, liite 1; "
                                  "laki 703/2023", 12, "death"),
    "patient_records_birth": Rule("patient_records_birth",
                                  "STM:n asetus potilasasiakirjoista 94/2022, liite 1; "
                                  "laki 703/2023", 120, "birth"),
    "gdpr": Rule("gdpr", "EU 2016/679 art. 17", 0, "request"),
    "audit": Rule("audit", "EU 2016/679 art. 5(2), 32; laki 703/2023", 0, "records"),
}

# Kinds of data in the order the plan lists them.
KINDS = ("identity", "contact", "marketing_consents", "care_consents", "bookings", "visits",
         "treatment_notes", "invoices", "draft_invoices", "payments", "messages", "waitlist",
         "audit_trail")


@dataclass(frozen=True)
class ClientFacts:
    birth_date: dt.date | None = None
    birth_year: int | None = None
    deceased_on: dt.date | None = None
    marketing_consents: int = 0       # ledger rows of reminders and marketing consents
    care_consents: int = 0            # ledger rows of the treatment-data consent
    bookings: int = 0
    future_bookings: int = 0
    visits: int = 0
    notes: int = 0
    first_note_on: dt.date | None = None
    issued_invoice_dates: tuple[dt.date, ...] = ()
    draft_invoices: int = 0
    payment_dates: tuple[dt.date, ...] = ()
    messages: int = 0
    waitlist: int = 0
    audit_events: int = 0


@dataclass(frozen=True)
class PlanItem:
    kind: str
    count: int
    disposition: Disposition
    keep_until: dt.date | None = None
    rule: str = "gdpr"  # a key of RULES

    def as_dict(self) -> dict:
        return {"kind": self.kind, "count": self.count, "disposition": self.disposition.value,
                "keep_until": self.keep_until.isoformat() if self.keep_until else None,
                "rule": self.rule, "law": RULES[self.rule].law}


@dataclass(frozen=True)
class ErasurePlan:
    today: dt.date
    items: tuple[PlanItem, ...] = field(default_factory=tuple)

    def item(self, kind: str) -> PlanItem:
        return next(i for i in self.items if i.kind == kind)

    @property
    def restrict(self) -> bool:
        """The client row keeps identifying data: it must be restricted, not anonymised."""
        return self.item("identity").disposition is Disposition.KEEP

    @property
    def kept_until(self) -> dt.date | None:
        """When the last kept record may go (None: nothing is kept)."""
        dates = [i.keep_until for i in self.items
                 if i.disposition is Disposition.KEEP and i.keep_until]
        return max(dates) if dates else None

    @property
    def fully_erasable(self) -> bool:
        """Nothing but the (anonymous) audit trail needs to stay: a retention run may go."""
        return all(i.disposition is not Disposition.KEEP or i.kind == "audit_trail"
                   for i in self.items)

    def as_dict(self) -> dict:
        return {"today": self.today.isoformat(), "restrict": self.restrict,
                "items": [i.as_dict() for i in self.items]}


def bookkeeping_keep_until(voucher_date: dt.date) -> dt.date:
    """Six years from the end of the (calendar) financial year the voucher belongs to."""
    return dt.date(voucher_date.year + RULES["bookkeeping"].years, 12, 31)


def _add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February into a common year
        return day.replace(year=day.year + years, day=28)


def patient_record_keep_until(facts: ClientFacts) -> tuple[dt.date, str]:
    """(date, rule key) for the patient records of ``facts``."""
    if facts.deceased_on:
        return _add_years(facts.deceased_on, RULES["patient_records_death"].years), \
            "patient_records_death"
    years = RULES["patient_records_birth"].years
    if facts.birth_date:
        return _add_years(facts.birth_date, years), "patient_records_birth"
    if facts.birth_year:
        return dt.date(facts.birth_year + years, 12, 31), "patient_records_birth"
    # Born before the first note: counting from it can only keep longer than the law asks.
    first = facts.first_note_on or dt.date.today()
    return _add_years(first, years), "patient_records_birth"


def plan(facts: ClientFacts, today: dt.date) -> ErasurePlan:
    """The plan for erasing one client on ``today``. Past keep dates mean "erase now"."""
    items: list[PlanItem] = []
    patient_until, patient_rule = (patient_record_keep_until(facts) if facts.notes
                                   else (None, "gdpr"))
    records_kept = patient_until is not None and patient_until > today

    def kept(kind: str, count: int, until: dt.date | None, rule: str,
             otherwise: Disposition) -> PlanItem:
        if not count:
            return PlanItem(kind, 0, Disposition.NONE)
        if until is not None and until > today:
            return PlanItem(kind, count, Disposition.KEEP, until, rule)
        return PlanItem(kind, count, otherwise)

    items.append(kept("identity", 1, patient_until if records_kept else None, patient_rule,
                      Disposition.ANONYMISE))
    items.append(PlanItem("contact", 1, Disposition.ANONYMISE))
    items.append(kept("marketing_consents", facts.marketing_consents, None, "gdpr",
                      Disposition.ERASE))
    items.append(kept("care_consents", facts.care_consents, patient_until, patient_rule,
                      Disposition.ERASE))
    items.append(kept("bookings", facts.bookings, None, "gdpr", Disposition.ANONYMISE))
    items.append(kept("visits", facts.visits, patient_until, patient_rule,
                      Disposition.ANONYMISE))
    items.append(kept("treatment_notes", facts.notes, patient_until, patient_rule,
                      Disposition.ERASE))
    invoice_until = (max(bookkeeping_keep_until(d) for d in facts.issued_invoice_dates)
                     if facts.issued_invoice_dates else None)
    items.append(kept("invoices", len(facts.issued_invoice_dates), invoice_until, "bookkeeping",
                      Disposition.ANONYMISE))
    items.append(kept("draft_invoices", facts.draft_invoices, None, "gdpr", Disposition.ERASE))
    payment_until = (max(bookkeeping_keep_until(d) for d in facts.payment_dates)
                     if facts.payment_dates else None)
    items.append(kept("payments", len(facts.payment_dates), payment_until, "bookkeeping",
                      Disposition.ANONYMISE))
    items.append(kept("messages", facts.messages, None, "gdpr", Disposition.ANONYMISE))
    items.append(kept("waitlist", facts.waitlist, None, "gdpr", Disposition.ERASE))
    others = [i.keep_until for i in items if i.disposition is Disposition.KEEP]
    audit_until = max(others) if others else None
    if audit_until:
        items.append(PlanItem("audit_trail", facts.audit_events, Disposition.KEEP, audit_until,
                              "audit"))
    else:
        # Append-only and chained: it stays, but refers only to an anonymised number.
        items.append(PlanItem("audit_trail", facts.audit_events, Disposition.ANONYMISE,
                              None, "audit"))
    return ErasurePlan(today, tuple(items))
