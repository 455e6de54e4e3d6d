"""The owner's log viewer and the per-client access report (lokiselvitys, laki 703/2023).

Reading the audit trail is itself audited ("audit.viewed", with the filters used), and so is
each access report. Owner only (``Action.AUDIT_VIEW``). Every function runs its own
transaction on the caller's thread.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from vastaanotto.clock import HELSINKI
from vastaanotto.context import Context
from vastaanotto.errors import Conflict, NotFound, ValidationError
from vastaanotto.models.audit import AuditEvent
from vastaanotto.models.clients import Client
from vastaanotto.models.practice import Practice
from vastaanotto.models.privacy import DataSubjectRequest, RequestKind, RequestStatus
from vastaanotto.permissions import Action
from vastaanotto.privacy import access_report, audit_chain
from vastaanotto.services.base import Changes, audit, require

__all__ = ["AuditRow", "query_events", "action_names", "verify_chain", "access_rows",
           "client_access_report", "MAX_ROWS"]

MAX_ROWS = 2000
# Searching is not access to one client's data, and a search's hits are not named.
_NOT_ACCESS = ("client.searched",)


@dataclass(frozen=True)
class AuditRow:
    seq: int
    at: dt.datetime
    actor_id: int | None
    actor_name: str
    workstation: str
    action: str
    outcome: str
    entity_type: str
    entity_id: int | None
    client_id: int | None
    fields: tuple[str, ...]
    reason: str


# Plain columns, not ORM objects: a patient's two years can be 10,000 rows (RELIABILITY L5).
_COLUMNS = (AuditEvent.seq, AuditEvent.at, AuditEvent.actor_id, AuditEvent.actor_name,
            AuditEvent.workstation, AuditEvent.action, AuditEvent.outcome,
            AuditEvent.entity_type, AuditEvent.entity_id, AuditEvent.client_id,
            AuditEvent.fields, AuditEvent.reason)


def _row(e) -> AuditRow:
    return AuditRow(e.seq, e.at, e.actor_id, e.actor_name, e.workstation, e.action,
                    e.outcome.value if hasattr(e.outcome, "value") else str(e.outcome),
                    e.entity_type, e.entity_id, e.client_id, tuple(e.fields or ()), e.reason)


def _day_start(day: dt.date) -> dt.datetime:
    """Local midnight of ``day`` in UTC: the viewer's dates are Helsinki dates."""
    return dt.datetime.combine(day, dt.time(0), tzinfo=HELSINKI).astimezone(dt.timezone.utc)


def query_events(ctx: Context, *, client_id: int | None = None, staff_id: int | None = None,
                 start: dt.date | None = None, end: dt.date | None = None,
                 action: str = "", limit: int = 500) -> list[AuditRow]:
    """Newest first. ``end`` is inclusive; ``action`` matches a whole code or a prefix ending
    in a dot ("client." finds every client action)."""
    require(ctx, Action.AUDIT_VIEW, entity_type="audit_event", client_id=client_id)
    if start and end and end < start:
        raise ValidationError("end", "end_before_start")
    limit = max(1, min(limit, MAX_ROWS))
    stmt = select(*_COLUMNS).order_by(AuditEvent.seq.desc()).limit(limit)
    if client_id is not None:
        stmt = stmt.where(AuditEvent.client_id == client_id)
    if staff_id is not None:
        stmt = stmt.where(AuditEvent.actor_id == staff_id)
    if start:
        stmt = stmt.where(AuditEvent.at >= _day_start(start))
    if end:
        stmt = stmt.where(AuditEvent.at < _day_start(end + dt.timedelta(days=1)))
    if action:
        stmt = stmt.where(AuditEvent.action.startswith(action, autoescape=True)
                          if action.endswith(".") else AuditEvent.action == action)
    with ctx.transaction() as session:
        rows = [_row(e) for e in session.execute(stmt)]
        audit(session, ctx, "audit.viewed", entity_type="audit_event", client_id=client_id,
              details={"staff_id": staff_id, "start": start.isoformat() if start else None,
                       "end": end.isoformat() if end else None, "action": action,
                       "rows": len(rows)})
        return rows


def action_names(ctx: Context) -> list[str]:
    """Every action code in the trail, for the viewer's filter list."""
    require(ctx, Action.AUDIT_VIEW, entity_type="audit_event")
    with ctx.transaction() as session:
        return sorted(session.scalars(select(AuditEvent.action).distinct()))


def verify_chain(ctx: Context) -> audit_chain.VerifyResult:
    """The same proof as ``vastaanotto-admin verify-audit``; the check itself is audited."""
    require(ctx, Action.AUDIT_VIEW, entity_type="audit_event")
    with ctx.transaction() as session:
        result = audit_chain.verify(session, ctx.db.audit_key)
    with ctx.transaction() as session:
        audit(session, ctx, "audit.verified", entity_type="audit_event",
              details={"ok": result.ok, "checked": result.checked,
                       "first_bad_seq": result.first_bad_seq, "problem": result.problem})
    return result


def _access(session: Session, client_id: int, start: dt.date, end: dt.date) -> list[AuditRow]:
    stmt = (select(*_COLUMNS).where(AuditEvent.client_id == client_id,
                                     AuditEvent.at >= _day_start(start),
                                     AuditEvent.at < _day_start(end + dt.timedelta(days=1)),
                                     AuditEvent.action.not_in(_NOT_ACCESS))
            .order_by(AuditEvent.seq))
    return [_row(e) for e in session.execute(stmt)]


def _period(ctx: Context, start: dt.date | None, end: dt.date | None) -> tuple[dt.date, dt.date]:
    end = end or ctx.now().astimezone(HELSINKI).date()
    if start is None:
        start = end.replace(year=end.year - 2, day=min(end.day, 28) if end.month == 2
                            else end.day)
    if end < start:
        raise ValidationError("end", "end_before_start")
    return start, end


def access_rows(ctx: Context, client_id: int, start: dt.date | None = None,
                end: dt.date | None = None) -> list[AuditRow]:
    """Who viewed or changed the client's data in the period (default: the last two years)."""
    require(ctx, Action.AUDIT_VIEW, entity_type="client", entity_id=client_id,
            client_id=client_id)
    start, end = _period(ctx, start, end)
    with ctx.transaction() as session:
        rows = _access(session, client_id, start, end)
        audit(session, ctx, "audit.viewed", entity_type="client", entity_id=client_id,
              client_id=client_id, details={"start": start.isoformat(),
                                            "end": end.isoformat(), "rows": len(rows)})
        return rows


def client_access_report(ctx: Context, client_id: int, start: dt.date | None = None,
                         end: dt.date | None = None, *, language: str | None = None,
                         record_request: bool = True,
                         request_id: int | None = None) -> tuple[bytes, Changes]:
    """The printable report for the client. With ``record_request`` the register gets a
    completed request of kind ``access_log`` (``request_id`` completes a registered one).
    Audited as "privacy.access_report"."""
    require(ctx, Action.AUDIT_VIEW, entity_type="client", entity_id=client_id,
            client_id=client_id)
    start, end = _period(ctx, start, end)
    with ctx.transaction() as session:
        client = session.get(Client, client_id)
        if client is None:
            raise NotFound(entity="client")
        practice = session.scalars(select(Practice).limit(1)).first()
        rows = _access(session, client_id, start, end)
        pdf = access_report.render_pdf(
            practice_name=practice.name if practice else "", client_name=client.full_name,
            client_id=client_id, start=start, end=end,
            rows=[access_report.AccessRow(r.seq, r.at, r.actor_name, r.workstation, r.action,
                                          r.outcome, r.fields, r.reason) for r in rows],
            produced_at=ctx.now(), language=language or client.language)
        details = {"start": start.isoformat(), "end": end.isoformat(), "events": len(rows)}
        ids: list[int] = []
        if request_id is not None:
            request = session.get(DataSubjectRequest, request_id)
            if request is None or request.client_id != client_id:
                raise NotFound(entity="data_subject_request")
            if request.status in (RequestStatus.COMPLETED, RequestStatus.REFUSED):
                raise Conflict("request_closed")
            request.status, request.completed_at = RequestStatus.COMPLETED, ctx.now()
            request.handler_id, request.outcome = ctx.staff_id, "access_report_delivered"
            request.details = {**(request.details or {}), **details}
            ids.append(request.id)
        elif record_request:
            today = ctx.now().astimezone(HELSINKI).date()
            request = DataSubjectRequest(
                client_id=client_id, kind=RequestKind.ACCESS_LOG, received_on=today,
                due_on=today, status=RequestStatus.COMPLETED, handler_id=ctx.staff_id,
                completed_at=ctx.now(), outcome="access_report_delivered", details=details)
            session.add(request)
            session.flush()
            ids.append(request.id)
        audit(session, ctx, "privacy.access_report", entity_type="client", entity_id=client_id,
              client_id=client_id, details={**details, "request_id": ids[0] if ids else None})
        return pdf, Changes.of("privacy_requests", ids=ids)
