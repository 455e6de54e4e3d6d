"""Recurring appointments: repeat an existing booking every n weeks, until a date or n times;
move or cancel this one, this and the following, or all members of the series.

Rules:

* Occurrences keep the LOCAL wall-clock time of the first one: 10.00 stays 10.00 on both
  sides of a DST change (29.3.2026, 25.10.2026), so the UTC instants move by an hour. A
  wall-clock time that does not exist on a date (the spring-forward gap) cannot be booked
  there; that date must be skipped (problem ``nonexistent_local_time``). An ambiguous time
  (the autumn fold) is the first of the two, as everywhere in the calendar.
* A series has 2..104 occurrences, every 1..52 weeks, and spans at most two years; anything
  else is a ``ValidationError`` before anything is written.
* :func:`preview_series` lists every occurrence with the problems a booking would hit there
  (the same codes as ``booking.book``); :func:`create_series` books them all in ONE
  transaction or nothing. Dates the user chose to skip are left out; a problem on a date not
  skipped refuses the whole series with ``Conflict(code, conflicts, dates, appointment_ids)``
  unless the user books anyway (``override_reason``, ``Action.CALENDAR_OVERRIDE``). Dates in
  the past and non-existent times cannot be overridden, only skipped.
* Moving FOLLOWING or ALL shifts every member in scope by the same local wall-clock delta as
  the chosen one (and to the same practitioner, if given); members are placed first and then
  checked, so moving a weekly series by a week does not collide with itself. Moving or
  cancelling THIS is ``booking.move`` / ``booking.cancel``. Only members that are still
  booked (not arrived, completed, cancelled or no-show) move or get cancelled with the
  series; ALL leaves members that started before now alone.

Every mutation checks the role first, writes one audit event per appointment (the same
"appointment.booked/moved/cancelled" the single-booking service writes, with the series id)
and one "series.*" event, in the same transaction. Callable from any thread owning its Context.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from typing import Iterable

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from vastaanotto.clock import HELSINKI
from vastaanotto.context import Context
from vastaanotto.errors import Conflict, ValidationError
from vastaanotto.models.appointments import (Appointment, AppointmentSeries, AppointmentStatus,
                                             CancelledBy)
from vastaanotto.permissions import Action
from vastaanotto.scheduling import store
from vastaanotto.scheduling.availability import check_local_time, hours_problems
from vastaanotto.services import booking
from vastaanotto.services.base import Changes, audit, require

__all__ = ["Scope", "Occurrence", "MAX_OCCURRENCES", "MAX_INTERVAL_WEEKS", "MAX_SPAN_DAYS",
           "series_dates", "preview_series", "create_series", "move_series", "cancel_series",
           "UNSKIPPABLE"]

KIND = booking.KIND
S = AppointmentStatus
MIN_OCCURRENCES, MAX_OCCURRENCES = 2, 104
MIN_INTERVAL_WEEKS, MAX_INTERVAL_WEEKS = 1, 52   # the appointment_series CHECK
MAX_SPAN_DAYS = 731                               # two years, a leap day included
# Problems an override cannot book over: the date has to be skipped.
UNSKIPPABLE = ("nonexistent_local_time", "in_the_past")


class Scope(str, enum.Enum):
    THIS = "this"
    FOLLOWING = "following"
    ALL = "all"


@dataclass(frozen=True)
class Occurrence:
    """One date of a planned series. Times are aware UTC; None when the wall-clock time does
    not exist that day. ``problems`` are booking conflict codes (``store.CODE_ORDER``) or one
    of ``UNSKIPPABLE``; ``appointment_ids`` the bookings in the way."""

    index: int
    day: dt.date
    starts_at: dt.datetime | None
    ends_at: dt.datetime | None
    problems: tuple[str, ...] = ()
    appointment_ids: tuple[int, ...] = ()
    existing: bool = False   # the appointment the series was made from

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def overridable(self) -> bool:
        return not any(p in UNSKIPPABLE for p in self.problems)


def _whole(value, field: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValidationError(field, "out_of_range", minimum=low, maximum=high)
    return value


def series_dates(first: dt.date, interval_weeks: int, *, until: dt.date | None = None,
                 count: int | None = None) -> list[dt.date]:
    """The local dates of a series starting on ``first`` (included); exactly one of
    ``until`` (inclusive) and ``count`` (the first included). Pure; raises ValidationError."""
    step = dt.timedelta(weeks=_whole(interval_weeks, "interval_weeks", MIN_INTERVAL_WEEKS,
                                     MAX_INTERVAL_WEEKS))
    if (until is None) == (count is None):
        raise ValidationError("occurrences", "until_or_count")
    if count is not None:
        count = _whole(count, "occurrences", MIN_OCCURRENCES, MAX_OCCURRENCES)
        if (step * (count - 1)).days > MAX_SPAN_DAYS:
            raise ValidationError("occurrences", "series_too_long", maximum_days=MAX_SPAN_DAYS)
        return [first + step * i for i in range(count)]
    if isinstance(until, dt.datetime) or not isinstance(until, dt.date):
        raise ValidationError("until_date", "invalid_date")
    if until <= first:
        raise ValidationError("until_date", "until_before_first")
    if (until - first).days > MAX_SPAN_DAYS:
        raise ValidationError("until_date", "series_too_long", maximum_days=MAX_SPAN_DAYS)
    n = (until - first) // step + 1
    if n < MIN_OCCURRENCES:
        raise ValidationError("until_date", "too_few_occurrences")
    if n > MAX_OCCURRENCES:
        raise ValidationError("until_date", "too_many_occurrences", maximum=MAX_OCCURRENCES)
    return [first + step * i for i in range(n)]


def _wall(moment: dt.datetime) -> dt.datetime:
    """Local wall-clock time, naive: the quantity a series keeps."""
    return moment.astimezone(HELSINKI).replace(tzinfo=None, fold=0)


def _instant(wall: dt.datetime) -> dt.datetime | None:
    """A naive local wall-clock time as UTC, or None in the spring-forward gap."""
    try:
        return check_local_time(wall.replace(tzinfo=HELSINKI))
    except ValidationError as exc:
        if exc.code == "nonexistent_local_time":
            return None
        raise


def _source(session: Session, appointment_id: int) -> Appointment:
    appt = store.load_appointment(session, appointment_id)
    if appt.status is S.CANCELLED:
        raise Conflict("invalid_status_transition", status=appt.status.value)
    if appt.series_id is not None:
        raise Conflict("already_in_series")
    return appt


def _problems(session: Session, appt: Appointment, service, start: dt.datetime,
              end: dt.datetime, now: dt.datetime, *, practitioner_id: int | None = None,
              exclude_id: int | None = None) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """The booking service's own check (``store.check_placement``), as data."""
    if start < now:
        return ("in_the_past",), ()
    try:
        store.check_placement(session, practitioner_id=practitioner_id or appt.practitioner_id,
                              service=service, room_id=appt.room_id, client_id=appt.client_id,
                              start=start, end=end, override=None, exclude_id=exclude_id)
    except Conflict as exc:
        return tuple(exc.params["conflicts"]), tuple(exc.params["appointment_ids"])
    return (), ()


def _nearby(session: Session, appt: Appointment, lo: dt.datetime, hi: dt.datetime):
    """Occupying bookings of the practitioner, room or client that could touch [lo, hi), as
    (id, practitioner, room, client, occupied start, occupied end, start, end): one query for
    the whole series instead of one per date."""
    A = Appointment
    buffers = store._buffers(session)
    reach = store._reach(buffers)
    who = [A.practitioner_id == appt.practitioner_id]
    if appt.room_id is not None:
        who.append(A.room_id == appt.room_id)
    if appt.client_id is not None:
        who.append(A.client_id == appt.client_id)
    stmt = (select(A.id, A.practitioner_id, A.room_id, A.client_id, A.service_id, A.starts_at,
                   A.ends_at)
            .where(or_(*who), A.status.in_(store.OCCUPYING), A.id != appt.id,
                   A.starts_at > lo - reach, A.starts_at < hi + reach)
            .order_by(A.starts_at, A.id))
    out = []
    for a_id, pid, rid, cid, sid, a_start, a_end in session.connection().execute(stmt):
        before, after = buffers.get(sid, (0, 0))
        out.append((a_id, pid, rid, cid, a_start - dt.timedelta(minutes=before),
                    a_end + dt.timedelta(minutes=after), a_start, a_end))
    return out


def _plan(session: Session, ctx: Context, appt: Appointment, service,
          dates: list[dt.date]) -> list[Occurrence]:
    """The preview: the rules of ``store.check_placement`` (same codes, same half-open and
    buffer arithmetic) evaluated for every date from ONE read of the range, so that a
    104-week preview stays interactive. ``create_series`` books through
    ``booking._insert``, which runs ``check_placement`` itself on every date as well."""
    wall = _wall(appt.starts_at)
    length = appt.ends_at - appt.starts_at
    now = ctx.now()
    pid = appt.practitioner_id
    starts = {day: _instant(dt.datetime.combine(day, wall.time())) for day in dates[1:]}
    known = [s for s in starts.values() if s is not None]
    if known:
        lo, hi = min(known), max(known) + length
        practice = store.practice_hours(session, dates[1], dates[-1])
        weekly = store.weekly_hours(session, [pid]).get(pid, ())
        absent = store.absences(session, [pid], lo, hi).get(pid, ())
        nearby = _nearby(session, appt, lo - dt.timedelta(minutes=service.buffer_before_minutes),
                         hi + dt.timedelta(minutes=service.buffer_after_minutes))
    plan = [Occurrence(0, dates[0], appt.starts_at, appt.ends_at, existing=True)]
    for i, day in enumerate(dates[1:], start=1):
        start = starts[day]
        if start is None:
            plan.append(Occurrence(i, day, None, None, ("nonexistent_local_time",)))
            continue
        end = start + length
        if start < now:
            plan.append(Occurrence(i, day, start, end, ("in_the_past",)))
            continue
        occ_lo = start - dt.timedelta(minutes=service.buffer_before_minutes)
        occ_hi = end + dt.timedelta(minutes=service.buffer_after_minutes)
        codes, ids = set(), set()
        for a_id, a_pid, a_room, a_client, a_lo, a_hi, a_start, a_end in nearby:
            occupied = a_lo < occ_hi and occ_lo < a_hi
            hits = [code for code, hit in (
                ("practitioner_busy", a_pid == pid and occupied),
                ("room_busy", appt.room_id is not None and a_room == appt.room_id and occupied),
                ("client_busy", appt.client_id is not None and a_client == appt.client_id
                 and a_start < end and start < a_end)) if hit]
            if hits:
                codes.update(hits)
                ids.add(a_id)
        codes.update(hours_problems(start, end, practice, weekly, absent))
        plan.append(Occurrence(i, day, start, end, tuple(_ordered(codes)),
                               tuple(sorted(ids))))
    return plan


def _load_for_series(session: Session, appt: Appointment):
    service = store.load_service(session, appt.service_id)
    store.load_practitioner(session, appt.practitioner_id, service)
    store.load_room(session, appt.room_id, service)
    client = store.load_client(session, appt.client_id) if appt.client_id is not None else None
    return service, client


def preview_series(ctx: Context, appointment_id: int, *, interval_weeks: int = 1,
                   until: dt.date | None = None, count: int | None = None) -> list[Occurrence]:
    """Every occurrence of the series that :func:`create_series` would make, the existing
    appointment first, each with its problems. Read-only, not audited (no client data)."""
    require(ctx, Action.CALENDAR_BOOK, entity_type="appointment", entity_id=appointment_id)
    with ctx.transaction() as session:
        appt = _source(session, appointment_id)
        service, _client = _load_for_series(session, appt)
        dates = series_dates(_wall(appt.starts_at).date(), interval_weeks, until=until,
                             count=count)
        return _plan(session, ctx, appt, service, dates)


def _iso(days: Iterable[dt.date]) -> list[str]:
    return [d.isoformat() for d in sorted(days)]


def _ordered(codes: Iterable[str]) -> list[str]:
    present = set(codes)
    order = store.CODE_ORDER + UNSKIPPABLE
    return [c for c in order if c in present]


def create_series(ctx: Context, appointment_id: int, *, interval_weeks: int = 1,
                  until: dt.date | None = None, count: int | None = None,
                  skip_dates: Iterable[dt.date] = (),
                  override_reason: str | None = None) -> Changes:
    """Make ``appointment_id`` the first of a series and book the other occurrences, all or
    nothing; data = the series id, ids = every member (the first included).

    Refused: ValidationError for a bad rule, a skipped date that is not in the series
    (``skip_dates/not_in_series``), or nothing left to book (``skip_dates/nothing_to_book``);
    ``Conflict`` naming the problem dates unless ``override_reason`` books over them; a date
    with an ``UNSKIPPABLE`` problem must be skipped (``ValidationError("skip_dates", code,
    dates=...)``). Audits "appointment.booked" per new member and "series.created".
    """
    require(ctx, Action.CALENDAR_BOOK, entity_type="appointment", entity_id=appointment_id)
    skip = set(skip_dates)
    if any(isinstance(d, dt.datetime) or not isinstance(d, dt.date) for d in skip):
        raise ValidationError("skip_dates", "invalid_date")
    override = booking._override(ctx, override_reason, appointment_id)
    with ctx.transaction() as session:
        appt = _source(session, appointment_id)
        service, client = _load_for_series(session, appt)
        store.lock_rows(session, staff_id=appt.practitioner_id, room_id=appt.room_id,
                        client_id=appt.client_id)
        first = _wall(appt.starts_at)
        dates = series_dates(first.date(), interval_weeks, until=until, count=count)
        if not skip <= set(dates[1:]):
            raise ValidationError("skip_dates", "not_in_series", dates=_iso(skip - set(dates)))
        plan = _plan(session, ctx, appt, service, dates)
        todo = [o for o in plan[1:] if o.day not in skip]
        if not todo:
            raise ValidationError("skip_dates", "nothing_to_book")
        stuck = [o for o in todo if not o.overridable]
        if stuck:
            codes = _ordered(p for o in stuck for p in o.problems)
            raise ValidationError("skip_dates", codes[0], dates=_iso(o.day for o in stuck))
        bad = [o for o in todo if o.problems]
        if bad and override is None:
            codes = _ordered(p for o in bad for p in o.problems)
            raise Conflict(codes[0], conflicts=codes, dates=_iso(o.day for o in bad),
                           appointment_ids=sorted({i for o in bad for i in o.appointment_ids}))
        series = AppointmentSeries(interval_weeks=interval_weeks, local_start_time=first.time(),
                                   first_date=dates[0], until_date=until, occurrences=count,
                                   created_by_id=ctx.staff_id)
        session.add(series)
        session.flush()
        appt.series_id = series.id
        ids = [appt.id]
        for o in todo:
            changes = booking._insert(
                session, ctx, client=client, practitioner_id=appt.practitioner_id,
                service=service, room_id=appt.room_id, start=o.starts_at,
                channel=appt.channel, note=appt.note, override=override,
                series_id=series.id, length=o.ends_at - o.starts_at)
            ids.append(changes.data)
        audit(session, ctx, "series.created", entity_type="appointment_series",
              entity_id=series.id, client_id=appt.client_id,
              reason=(override or "") if bad else "",
              details={"appointment_id": appt.id, "interval_weeks": interval_weeks,
                       "until": until.isoformat() if until else None, "count": count,
                       "booked": len(todo), "skipped": _iso(skip),
                       "overridden": _iso(o.day for o in bad)})
        return Changes.of(KIND, ids=ids, data=series.id)


def _member(session: Session, appointment_id: int) -> Appointment:
    appt = store.load_appointment(session, appointment_id)
    if appt.series_id is None:
        raise Conflict("not_in_series")
    return appt


def _members(session: Session, ctx: Context, appt: Appointment, scope: Scope) -> list[Appointment]:
    """The chosen appointment plus the still-booked members in scope, by start."""
    A = Appointment
    stmt = (select(A).where(A.series_id == appt.series_id, A.status == S.BOOKED, A.id != appt.id)
            .order_by(A.starts_at, A.id).with_for_update())
    if scope is Scope.FOLLOWING:
        stmt = stmt.where(A.starts_at > appt.starts_at)
    else:
        stmt = stmt.where(A.starts_at >= ctx.now())
    return sorted([appt, *session.scalars(stmt)], key=lambda a: (a.starts_at, a.id))


def _split_off(session: Session, ctx: Context, appt: Appointment,
               members: list[Appointment]) -> AppointmentSeries:
    """FOLLOWING from the middle of a series: the moved members become a series of their own,
    so "all in the series" later means what the person sees (the old rule ends before)."""
    old = session.get(AppointmentSeries, appt.series_id)
    earlier = session.scalar(select(Appointment.id).where(
        Appointment.series_id == old.id, Appointment.starts_at < appt.starts_at).limit(1))
    if earlier is None:
        return old
    new = AppointmentSeries(interval_weeks=old.interval_weeks,
                            local_start_time=old.local_start_time,
                            first_date=_wall(appt.starts_at).date(), until_date=old.until_date,
                            occurrences=None, created_by_id=ctx.staff_id)
    session.add(new)
    session.flush()
    old.until_date = _wall(appt.starts_at).date() - dt.timedelta(days=1)
    old.occurrences = None
    later = session.scalars(select(Appointment).where(Appointment.series_id == old.id,
                                                      Appointment.starts_at >= appt.starts_at))
    for member in {*later, *members}:
        member.series_id = new.id
    return new


def move_series(ctx: Context, appointment_id: int, scope: Scope, *,
                new_start_local: dt.datetime, practitioner_id: int | None = None,
                override_reason: str | None = None) -> Changes:
    """Move the chosen appointment to ``new_start_local`` and, for FOLLOWING/ALL, every other
    member in scope by the same local wall-clock delta (and to ``practitioner_id`` if given).

    All or nothing: a member landing in a DST gap is a ValidationError, conflicts a Conflict
    naming the dates (``override_reason`` books over them). Audits "appointment.moved" per
    member and "series.moved". data = the chosen appointment's id.
    """
    scope = Scope(scope)
    if scope is Scope.THIS:
        return booking.move(ctx, appointment_id, starts_at=new_start_local,
                            practitioner_id=practitioner_id, override_reason=override_reason)
    require(ctx, Action.CALENDAR_BOOK, entity_type="appointment", entity_id=appointment_id)
    check_local_time(new_start_local)
    override = booking._override(ctx, override_reason, appointment_id)
    with ctx.transaction() as session:
        appt = _member(session, appointment_id)
        if appt.status not in booking.MOVABLE:
            raise Conflict("invalid_status_transition", status=appt.status.value)
        service = store.load_service(session, appt.service_id, allow_inactive=True)
        pid = practitioner_id if practitioner_id is not None else appt.practitioner_id
        if pid != appt.practitioner_id:
            store.load_practitioner(session, pid, service)
        store.lock_rows(session, staff_id=pid, room_id=appt.room_id, client_id=appt.client_id)
        members = _members(session, ctx, appt, scope)
        delta = _wall(new_start_local) - _wall(appt.starts_at)
        moves = []
        gaps = []
        for m in members:
            start = _instant(_wall(m.starts_at) + delta)
            if start is None:
                gaps.append((_wall(m.starts_at) + delta).date())
                continue
            moves.append((m, start, start + (m.ends_at - m.starts_at)))
        if gaps:
            raise ValidationError("starts_at", "nonexistent_local_time", dates=_iso(gaps))
        old = {m.id: (m.starts_at, m.ends_at, m.practitioner_id) for m in members}
        # Place everyone first, then check: members may take each other's old places.
        for m, start, end in moves:
            m.starts_at, m.ends_at, m.practitioner_id = start, end, pid
        session.flush()
        found = {}
        for m, start, end in moves:
            problems, ids = _problems(session, m, service, start, end,
                                      dt.datetime.min.replace(tzinfo=dt.timezone.utc),
                                      practitioner_id=pid, exclude_id=m.id)
            found[m.id] = (problems, ids)
        bad = [(m, found[m.id]) for m, _s, _e in moves if found[m.id][0]]
        if bad and override is None:
            codes = _ordered(p for _m, (probs, _i) in bad for p in probs)
            raise Conflict(codes[0], conflicts=codes, dates=_iso(_wall(m.starts_at).date()
                                                                 for m, _f in bad),
                           appointment_ids=sorted({i for _m, (_p, ids) in bad for i in ids}))
        target = _split_off(session, ctx, appt, members) if scope is Scope.FOLLOWING else \
            session.get(AppointmentSeries, appt.series_id)
        target.local_start_time = _wall(new_start_local).time()
        if scope is Scope.ALL or target.first_date == _wall(old[appt.id][0]).date():
            target.first_date = min(_wall(m.starts_at).date() for m in members)
        for m, start, end in moves:
            was_start, was_end, was_pid = old[m.id]
            booking._set_override(ctx, m, list(found[m.id][0]), override)
            audit(session, ctx, "appointment.moved", entity_type="appointment", entity_id=m.id,
                  client_id=m.client_id, reason=m.override_reason,
                  details={"old_starts_at": was_start.isoformat(),
                           "old_ends_at": was_end.isoformat(),
                           "starts_at": start.isoformat(), "ends_at": end.isoformat(),
                           "old_practitioner_id": was_pid, "practitioner_id": pid,
                           "old_room_id": m.room_id, "room_id": m.room_id,
                           "overridden": list(found[m.id][0]), "series_id": target.id,
                           "scope": scope.value})
        audit(session, ctx, "series.moved", entity_type="appointment_series",
              entity_id=target.id, client_id=appt.client_id,
              reason=(override or "") if bad else "",
              details={"appointment_id": appt.id, "scope": scope.value,
                       "moved": [m.id for m in members],
                       "delta_minutes": int(delta.total_seconds() // 60),
                       "practitioner_id": pid})
        return Changes.of(KIND, ids=[m.id for m in members], data=appt.id)


def cancel_series(ctx: Context, appointment_id: int, scope: Scope, *, by: CancelledBy,
                  reason: str) -> Changes:
    """Cancel the chosen appointment and, for FOLLOWING/ALL, the other still-booked members in
    scope, with one reason. Late cancellations count as in ``booking.cancel``. Audits
    "appointment.cancelled" per member and "series.cancelled". data = the chosen id."""
    scope = Scope(scope)
    if scope is Scope.THIS:
        return booking.cancel(ctx, appointment_id, by=by, reason=reason)
    require(ctx, Action.CALENDAR_BOOK, entity_type="appointment", entity_id=appointment_id)
    by = CancelledBy(by)
    text = booking._text(reason, "reason", 500, required=True)
    with ctx.transaction() as session:
        appt = _member(session, appointment_id)
        members = _members(session, ctx, appt, scope)
        late_any = False
        for m in members:
            late_any |= booking.cancel_in(session, ctx, m, by=by, reason=text,
                                          details={"series_id": m.series_id,
                                                   "scope": scope.value})
        audit(session, ctx, "series.cancelled", entity_type="appointment_series",
              entity_id=appt.series_id, client_id=appt.client_id,
              details={"appointment_id": appt.id, "scope": scope.value, "by": by.value,
                       "cancelled": [m.id for m in members]})
        kinds = [KIND, "clients"] if late_any else [KIND]
        return Changes.of(*kinds, ids=[m.id for m in members], data=appt.id)
