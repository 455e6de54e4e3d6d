"""The privacy desk: data-subject requests and what answers them.

* the request register (every request with dates, handler and outcome; a warning when a
  client asks for access more often than ``access_requests_per_year`` in twelve months);
* access: everything about one client as a ZIP of JSON and PDF (``privacy.export``);
* objection to direct marketing: both marketing consents withdrawn in one step;
* erasure: a plan per kind of data (``privacy.erasure``), then carrying it out
  (``privacy.anonymise``), with an outcome PDF for the client;
* the retention run (``privacy.retention``) and the privacy notice (``privacy.notice``).

Owner only (``Action.PRIVACY_MANAGE``), except the objection to marketing, which whoever
takes the client's call may record (``CLIENT_EDIT``). Everything is audited in the same
transaction. Each function runs its own transactions on the caller's thread.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vastaanotto import settings
from vastaanotto.clock import HELSINKI
from vastaanotto.context import Context
from vastaanotto.errors import Conflict, NotFound, ValidationError
from vastaanotto.finnish import validators
from vastaanotto.models.appointments import Appointment, BookingChannel
from vastaanotto.models.backup import BackupTarget
from vastaanotto.models.clients import Client, Consent, ConsentChannel
from vastaanotto.models.practice import Practice, Setting
from vastaanotto.models.privacy import DataSubjectRequest, RequestKind, RequestStatus
from vastaanotto.models.staff import Staff
from vastaanotto.permissions import Action
from vastaanotto.privacy import anonymise, erasure, export, notice, outcome, retention
from vastaanotto.services.base import Changes, audit, require
from vastaanotto.services.clients import MARKETING, current_consents
from vastaanotto.services.practice import read_setting

__all__ = ["RequestRow", "RequestCreated", "create_request", "list_requests",
           "update_request", "access_requests_in_year", "export_client",
           "object_to_marketing", "erasure_plan", "execute_erasure", "ErasureOutcome",
           "request_outcome_pdf", "retention_candidates", "run_retention", "RetentionReport",
           "retention_due", "notice_facts", "privacy_notice", "KIND"]

KIND = "privacy_requests"
ACCESS_KINDS = (RequestKind.ACCESS, RequestKind.ACCESS_LOG)


@dataclass(frozen=True)
class RequestRow:
    id: int
    client_id: int | None
    client_name: str
    kind: RequestKind
    received_on: dt.date
    due_on: dt.date
    status: RequestStatus
    handler_name: str
    completed_at: dt.datetime | None
    outcome: str
    over_limit: bool


@dataclass(frozen=True)
class RequestCreated:
    id: int
    access_requests_in_year: int
    limit: int

    @property
    def over_limit(self) -> bool:
        return self.access_requests_in_year > self.limit


@dataclass(frozen=True)
class ErasureOutcome:
    request_id: int
    plan: erasure.ErasurePlan
    pdf: bytes
    changes: Changes


@dataclass(frozen=True)
class RetentionReport:
    anonymised: tuple[int, ...]
    kept: tuple[int, ...]          # asked for, but the law keeps their records
    pdf_rows: tuple[tuple[int, str, str], ...] = ()


def _today(ctx: Context) -> dt.date:
    return ctx.now().astimezone(HELSINKI).date()


def _add_month(day: dt.date) -> dt.date:
    """GDPR art. 12(3): one month from receipt (the same date next month, or its last day)."""
    year, month = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
    for d in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def _client(session: Session, client_id: int, *, live: bool = True) -> Client:
    client = session.get(Client, client_id)
    if client is None or (live and client.anonymised_at is not None):
        raise NotFound(entity="client")
    return client


def _practice(session: Session) -> Practice:
    practice = session.scalars(select(Practice).limit(1)).first()
    if practice is None:
        raise NotFound(entity="practice")
    return practice


def _access_count(session: Session, client_id: int, today: dt.date,
                  up_to_id: int | None = None) -> int:
    """Access requests in the twelve months up to ``today`` (and up to request ``up_to_id``,
    so that each row of the register says whether *it* went over the limit)."""
    year_ago = today.replace(year=today.year - 1, day=min(today.day, 28)
                             if today.month == 2 else today.day)
    stmt = select(func.count()).select_from(DataSubjectRequest).where(
        DataSubjectRequest.client_id == client_id,
        DataSubjectRequest.kind.in_(ACCESS_KINDS),
        DataSubjectRequest.received_on > year_ago, DataSubjectRequest.received_on <= today)
    if up_to_id is not None:
        stmt = stmt.where(DataSubjectRequest.id <= up_to_id)
    return session.scalar(stmt) or 0


def _new_request(session: Session, ctx: Context, client_id: int | None, kind: RequestKind,
                 received_on: dt.date, *, status: RequestStatus = RequestStatus.RECEIVED,
                 outcome_code: str = "", details: dict | None = None) -> DataSubjectRequest:
    request = DataSubjectRequest(
        client_id=client_id, kind=RequestKind(kind), received_on=received_on,
        due_on=_add_month(received_on), status=status, handler_id=ctx.staff_id,
        outcome=outcome_code, details=details or {},
        completed_at=ctx.now() if status is RequestStatus.COMPLETED else None)
    session.add(request)
    session.flush()
    audit(session, ctx, "privacy.request_recorded", entity_type="data_subject_request",
          entity_id=request.id, client_id=client_id,
          details={"kind": request.kind.value, "status": request.status.value})
    return request


def access_requests_in_year(ctx: Context, client_id: int) -> tuple[int, int]:
    """(access requests by this client in the last twelve months, the yearly limit)."""
    require(ctx, Action.PRIVACY_MANAGE, entity_type="data_subject_request",
            client_id=client_id)
    with ctx.transaction() as session:
        return (_access_count(session, client_id, _today(ctx)),
                read_setting(session, settings.ACCESS_REQUESTS_PER_YEAR))


def create_request(ctx: Context, client_id: int, kind: RequestKind,
                   received_on: dt.date | None = None) -> Changes:
    """Records a request as received; data = :class:`RequestCreated` (with the yearly count,
    so the UI can warn when the client is over the access limit)."""
    require(ctx, Action.PRIVACY_MANAGE, entity_type="data_subject_request",
            client_id=client_id)
    today = _today(ctx)
    received_on = received_on or today
    if received_on > today:
        raise ValidationError("received_on", "date_in_future")
    with ctx.transaction() as session:
        _client(session, client_id)
        request = _new_request(session, ctx, client_id, RequestKind(kind), received_on)
        count = _access_count(session, client_id, today)
        limit = read_setting(session, settings.ACCESS_REQUESTS_PER_YEAR)
        return Changes.of(KIND, ids=[request.id],
                          data=RequestCreated(request.id, count, limit))


def list_requests(ctx: Context, *, client_id: int | None = None,
                  open_only: bool = False) -> list[RequestRow]:
    require(ctx, Action.PRIVACY_MANAGE, entity_type="data_subject_request",
            client_id=client_id)
    stmt = (select(DataSubjectRequest, Client.first_name, Client.last_name, Staff.display_name)
            .outerjoin(Client, Client.id == DataSubjectRequest.client_id)
            .outerjoin(Staff, Staff.id == DataSubjectRequest.handler_id)
            .order_by(DataSubjectRequest.received_on.desc(), DataSubjectRequest.id.desc()))
    if client_id is not None:
        stmt = stmt.where(DataSubjectRequest.client_id == client_id)
    if open_only:
        stmt = stmt.where(DataSubjectRequest.status.in_(
            (RequestStatus.RECEIVED, RequestStatus.IN_PROGRESS)))
    with ctx.transaction() as session:
        limit = read_setting(session, settings.ACCESS_REQUESTS_PER_YEAR)
        rows = []
        for r, first, last, handler in session.execute(stmt):
            over = False
            if r.kind in ACCESS_KINDS and r.client_id is not None:
                # Requests of this client in the twelve months up to this one.
                over = _access_count(session, r.client_id, r.received_on, r.id) > limit
            name = f"{first or ''} {last or ''}".strip() or (f"#{r.client_id}"
                                                            if r.client_id else "")
            rows.append(RequestRow(r.id, r.client_id, name, r.kind, r.received_on, r.due_on,
                                   r.status, handler or "", r.completed_at, r.outcome, over))
        audit(session, ctx, "privacy.requests_viewed", entity_type="data_subject_request",
              client_id=client_id, details={"rows": len(rows)})
        return rows


def update_request(ctx: Context, request_id: int, status: RequestStatus,
                   outcome_text: str = "") -> Changes:
    require(ctx, Action.PRIVACY_MANAGE, entity_type="data_subject_request",
            entity_id=request_id)
    outcome_text = validators.free_text(outcome_text or "", "outcome", 2000)
    with ctx.transaction() as session:
        request = session.get(DataSubjectRequest, request_id)
        if request is None:
            raise NotFound(entity="data_subject_request")
        if request.status in (RequestStatus.COMPLETED, RequestStatus.REFUSED):
            raise Conflict("request_closed")
        request.status = RequestStatus(status)
        request.handler_id = ctx.staff_id
        if outcome_text:
            request.outcome = outcome_text
        if request.status in (RequestStatus.COMPLETED, RequestStatus.REFUSED):
            request.completed_at = ctx.now()
        audit(session, ctx, "privacy.request_updated", entity_type="data_subject_request",
              entity_id=request.id, client_id=request.client_id, fields=["status", "outcome"],
              details={"status": request.status.value})
        return Changes.of(KIND, ids=[request.id])


def _complete(session: Session, ctx: Context, request_id: int | None, client_id: int,
              kind: RequestKind, outcome_code: str, details: dict) -> DataSubjectRequest:
    if request_id is None:
        return _new_request(session, ctx, client_id, kind, _today(ctx),
                            status=RequestStatus.COMPLETED, outcome_code=outcome_code,
                            details=details)
    request = session.get(DataSubjectRequest, request_id)
    if request is None or request.client_id != client_id:
        raise NotFound(entity="data_subject_request")
    if request.status in (RequestStatus.COMPLETED, RequestStatus.REFUSED):
        raise Conflict("request_closed")
    request.status, request.completed_at = RequestStatus.COMPLETED, ctx.now()
    request.handler_id, request.outcome = ctx.staff_id, outcome_code
    request.details = {**(request.details or {}), **details}
    return request


def export_client(ctx: Context, client_id: int, *, request_id: int | None = None,
                  language: str | None = None) -> tuple[bytes, Changes]:
    """The ZIP (``data.json`` + ``data.pdf``) for an access request, and the request
    completed in the register (a new one when ``request_id`` is None). Audited as
    "privacy.access_exported"."""
    require(ctx, Action.PRIVACY_MANAGE, entity_type="client", entity_id=client_id,
            client_id=client_id)
    with ctx.transaction() as session:
        client = _client(session, client_id)
        practice = _practice(session)
        data = export.collect(session, client_id)
        pdf = export.render_pdf(data, practice_name=practice.name, produced_at=ctx.now(),
                                language=language or client.language)
        archive = export.build_zip(data, pdf)
        counts = {k: len(data[k]) for k in export.SECTIONS if k != "client"}
        request = _complete(session, ctx, request_id, client_id, RequestKind.ACCESS,
                            "data_exported", {"sections": counts})
        audit(session, ctx, "privacy.access_exported", entity_type="client",
              entity_id=client_id, client_id=client_id, details={"sections": counts})
        return archive, Changes.of(KIND, ids=[request.id])


def object_to_marketing(ctx: Context, client_id: int, channel: ConsentChannel,
                        request_id: int | None = None) -> Changes:
    """Objection to direct marketing (GDPR art. 21): both marketing consents withdrawn, and
    the objection recorded in the request register as completed."""
    require(ctx, Action.CLIENT_EDIT, entity_type="client", entity_id=client_id,
            client_id=client_id)
    with ctx.transaction() as session:
        _client(session, client_id)
        state = current_consents(session, client_id)
        withdrawn = [k.value for k in MARKETING if state[k]]
        for kind in MARKETING:
            if state[kind]:
                session.add(Consent(client_id=client_id, kind=kind, given=False,
                                    channel=ConsentChannel(channel), recorded_at=ctx.now(),
                                    recorded_by_id=ctx.staff_id, note="objection"))
        request = _complete(session, ctx, request_id, client_id, RequestKind.OBJECTION,
                            "marketing_withdrawn", {"withdrawn": withdrawn})
        audit(session, ctx, "consent.marketing_withdrawn", entity_type="client",
              entity_id=client_id, client_id=client_id,
              details={"withdrawn": withdrawn, "request_id": request.id})
        return Changes.of("clients", "consents", KIND, ids=[client_id, request.id])


def erasure_plan(ctx: Context, client_id: int) -> erasure.ErasurePlan:
    require(ctx, Action.PRIVACY_MANAGE, entity_type="client", entity_id=client_id,
            client_id=client_id)
    with ctx.transaction() as session:
        _client(session, client_id)
        plan = erasure.plan(anonymise.client_facts(session, client_id, ctx.now()), _today(ctx))
        audit(session, ctx, "privacy.erasure_planned", entity_type="client",
              entity_id=client_id, client_id=client_id)
        return plan


def execute_erasure(ctx: Context, client_id: int, *, request_id: int | None = None,
                    language: str | None = None) -> ErasureOutcome:
    """Carries out the plan as it stands now, completes the request and returns the outcome
    PDF for the client. One transaction: all or nothing."""
    require(ctx, Action.PRIVACY_MANAGE, entity_type="client", entity_id=client_id,
            client_id=client_id)
    with ctx.transaction() as session:
        client = _client(session, client_id)
        practice = _practice(session)
        name, lang = client.full_name, language or client.language
        plan = erasure.plan(anonymise.client_facts(session, client_id, ctx.now()), _today(ctx))
        anonymise.carry_out(session, client_id, plan, ctx.now())
        request = _complete(session, ctx, request_id, client_id, RequestKind.ERASURE,
                            "restricted" if plan.restrict else "anonymised", plan.as_dict())
        audit(session, ctx, "privacy.erasure_executed", entity_type="client",
              entity_id=client_id, client_id=client_id,
              fields=list(anonymise.CONTACT_FIELDS) + (
                  [] if plan.restrict else list(anonymise.IDENTITY_FIELDS)),
              details={"request_id": request.id, "restricted": plan.restrict,
                       "dispositions": {i.kind: i.disposition.value for i in plan.items}})
        pdf = outcome.render_pdf(plan, practice_name=practice.name, client_name=name,
                                 client_id=client_id, request_id=request.id,
                                 handler=ctx.display_name, produced_at=ctx.now(),
                                 language=lang)
        return ErasureOutcome(request.id, plan, pdf,
                              Changes.of("clients", "consents", "appointments", KIND,
                                         ids=[client_id, request.id]))


def request_outcome_pdf(ctx: Context, request_id: int, language: str = "fi") -> bytes:
    """A reprint of an erasure request's outcome from the register (name no longer known
    when it was anonymised: the client's number stands in)."""
    require(ctx, Action.PRIVACY_MANAGE, entity_type="data_subject_request",
            entity_id=request_id)
    with ctx.transaction() as session:
        request = session.get(DataSubjectRequest, request_id)
        if request is None or request.kind is not RequestKind.ERASURE or not request.details:
            raise NotFound(entity="data_subject_request")
        client = session.get(Client, request.client_id) if request.client_id else None
        handler = session.get(Staff, request.handler_id) if request.handler_id else None
        plan = outcome.plan_from_dict(request.details)
        pdf = outcome.render_pdf(plan, practice_name=_practice(session).name,
                                 client_name=client.full_name if client else "",
                                 client_id=request.client_id or 0, request_id=request.id,
                                 handler=handler.display_name if handler else "",
                                 produced_at=ctx.now(), language=language)
        audit(session, ctx, "privacy.outcome_printed", entity_type="data_subject_request",
              entity_id=request.id, client_id=request.client_id)
        return pdf


def retention_candidates(ctx: Context, *, limit: int | None = None
                         ) -> list[retention.Candidate]:
    """Clients inactive for ``retention_inactive_years``, each with its erasure plan."""
    require(ctx, Action.PRIVACY_MANAGE, entity_type="client")
    with ctx.transaction() as session:
        years = read_setting(session, settings.RETENTION_INACTIVE_YEARS)
        found = retention.candidates(session, ctx.now(), years, limit)
        audit(session, ctx, "privacy.retention_listed", entity_type="client",
              details={"years": years, "candidates": len(found),
                       "may_go": sum(c.may_go for c in found)})
        return found


def run_retention(ctx: Context, client_ids: list[int]) -> RetentionReport:
    """Anonymises the confirmed clients whose plan lets everything go, re-checked now; the
    others are reported as kept. One transaction, one audit event per client and one for
    the run."""
    require(ctx, Action.PRIVACY_MANAGE, entity_type="client")
    now = ctx.now()
    anonymised, kept, rows = [], [], []
    with ctx.transaction() as session:
        years = read_setting(session, settings.RETENTION_INACTIVE_YEARS)
        still_inactive = set(retention.inactive_client_ids(
            session, retention.cutoff_for(now, years)))
        for client_id in sorted(set(client_ids)):
            plan = (erasure.plan(anonymise.client_facts(session, client_id, now), now.date())
                    if client_id in still_inactive else None)
            if plan is None or not plan.fully_erasable:
                kept.append(client_id)
                until = plan.kept_until.isoformat() if plan and plan.kept_until else ""
                rows.append((client_id, "kept", until))
                continue
            anonymise.carry_out(session, client_id, plan, now)
            audit(session, ctx, "privacy.retention_anonymised", entity_type="client",
                  entity_id=client_id, client_id=client_id,
                  fields=list(anonymise.CONTACT_FIELDS + anonymise.IDENTITY_FIELDS))
            anonymised.append(client_id)
            rows.append((client_id, "anonymised", ""))
        audit(session, ctx, retention.RUN_ACTION, entity_type="client",
              details={"years": years, "anonymised": len(anonymised), "kept": len(kept)})
    return RetentionReport(tuple(anonymised), tuple(kept), tuple(rows))


def retention_due(ctx: Context) -> bool:
    """True when no retention run was carried out in the last month (the monthly reminder)."""
    require(ctx, Action.PRIVACY_MANAGE, entity_type="client")
    with ctx.transaction() as session:
        return retention.run_is_due(session, ctx.now())


# -- the privacy notice ------------------------------------------------------------------------


def _encrypted_at_rest(ctx: Context) -> bool | None:
    """A plain SQLite file starts with "SQLite format 3"; an SQLCipher file is random bytes.
    None for a database server."""
    db = ctx.db
    if not db.is_sqlite:
        return None
    if getattr(db, "encrypted", False):  # opened with its SQLCipher key
        return True
    path = db.engine.url.database
    if not path or path == ":memory:":
        return False
    try:
        with Path(path).open("rb") as handle:
            return handle.read(16) != b"SQLite format 3\x00"
    except OSError:
        return None


def _providers(session: Session) -> tuple[tuple[notice.Provider, ...], bool]:
    try:  # written in parallel by the messaging work; the notice works without it
        from vastaanotto.messaging.settings import providers_in_use
    except ImportError:
        return (), False
    return tuple(notice.Provider(p.get("name", ""), p.get("channel", ""),
                                 p.get("country", "")) for p in providers_in_use(session)), True


def _online_booking(session: Session) -> bool:
    row = session.get(Setting, "online_booking_enabled")
    if row is not None:
        return bool(row.value)
    return session.scalar(select(Appointment.id).where(
        Appointment.channel == BookingChannel.ONLINE).limit(1)) is not None


def notice_facts(ctx: Context) -> notice.NoticeFacts:
    require(ctx, Action.PRIVACY_MANAGE, entity_type="practice")
    with ctx.transaction() as session:
        p = _practice(session)
        providers, known = _providers(session)
        backups = tuple(notice.BackupPlace(b.name, b.kind.value, b.location_description)
                        for b in session.scalars(select(BackupTarget).where(
                            BackupTarget.enabled.is_(True)).order_by(BackupTarget.name)))
        phone = validators.format_phone_fi(p.phone) if p.phone else ""
        contact_phone = (validators.format_phone_fi(p.register_contact_phone)
                         if p.register_contact_phone else "")
        return notice.NoticeFacts(
            practice_name=p.name, business_id=p.business_id,
            address=", ".join(x for x in (p.street, f"{p.postal_code} {p.city}".strip()) if x),
            phone=phone, email=p.email, website=p.website, contact_name=p.register_contact_name,
            contact_email=p.register_contact_email, contact_phone=contact_phone,
            backups=backups, providers=providers, providers_known=known,
            encrypted_at_rest=_encrypted_at_rest(ctx), audit_keyed=bool(ctx.db.audit_key),
            idle_lock_minutes=read_setting(session, settings.IDLE_LOCK_MINUTES),
            session_max_hours=read_setting(session, settings.SESSION_MAX_HOURS),
            retention_inactive_years=read_setting(session, settings.RETENTION_INACTIVE_YEARS),
            access_requests_per_year=read_setting(session, settings.ACCESS_REQUESTS_PER_YEAR),
            online_booking=_online_booking(session), dated=_today(ctx))


def privacy_notice(ctx: Context, language: str = "fi", fmt: str = "text") -> bytes | str:
    """The notice as text (str) or PDF (bytes), built from the facts as they are now."""
    if fmt not in ("text", "pdf"):
        raise ValidationError("format", "invalid_choice")
    if language not in notice.LANGUAGES:
        raise ValidationError("language", "invalid_choice")
    facts = notice_facts(ctx)
    with ctx.transaction() as session:
        audit(session, ctx, "privacy.notice_generated", entity_type="practice",
              details={"language": language, "format": fmt})
    return notice.render_text(facts, language) if fmt == "text" else notice.render_pdf(
        facts, language)
