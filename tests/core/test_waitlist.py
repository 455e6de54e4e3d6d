"""The waitlist on a real SQLite file: add, list, resolve, remove, and who fits a freed time."""

import datetime as dt

import pytest

from tests.core.booking_practice import MONDAY, at, book, events, p  # noqa: F401 - fixture
from vastaanotto.errors import PermissionDenied, ValidationError
from vastaanotto.models import CancelledBy, Role
from vastaanotto.services import booking, waitlist


def add(p, client=0, service=None, practitioner=None, earliest=None, latest=None, **kw):
    return waitlist.add_entry(p.reception, client_id=p.clients[client],
                              service_id=service or p.massage, practitioner_id=practitioner,
                              earliest=earliest or at(MONDAY, 8),
                              latest=latest or at(MONDAY + dt.timedelta(days=4), 18), **kw).data


def test_add_list_resolve_remove_audited(db, p):
    first = add(p, note="Soita iltapäivisin")
    second = add(p, client=1, service=p.physio, practitioner=p.p2)
    rows = waitlist.list_entries(p.reception)
    assert [r.id for r in rows] == [first, second]
    assert rows[0].client_name == "Asiakas1 Testinen" and rows[0].service_name == "Hieronta"
    assert rows[0].note == "Soita iltapäivisin" and rows[0].practitioner_id is None
    assert rows[1].practitioner_name == "Hoitaja 2" and rows[1].duration_minutes == 45
    added = events(db, "waitlist.added")
    assert [e.client_id for e in added] == p.clients[:2]
    assert "iltapäivisin" not in str([e.details for e in added])
    assert events(db, "waitlist.viewed")[-1].details["ids"] == [first, second]
    waitlist.resolve_entry(p.reception, first)
    assert [r.id for r in waitlist.list_entries(p.reception)] == [second]
    assert [r.id for r in waitlist.list_entries(p.reception, include_resolved=True)] == [
        first, second]
    waitlist.remove_entry(p.reception, second)
    assert waitlist.list_entries(p.reception, include_resolved=True)[-1].id == first
    assert events(db, "waitlist.removed")[-1].entity_id == second


@pytest.mark.parametrize("kw, field, code", [
    ({"latest": at(MONDAY, 7)}, "latest", "ends_before_start"),
    ({"latest": at(MONDAY + dt.timedelta(days=400), 7)}, "latest", "range_too_long"),
    ({"earliest": at(dt.date(2026, 11, 2), 8), "latest": at(dt.date(2026, 11, 3), 8)},
     "latest", "in_the_past"),
    ({"earliest": dt.datetime(2026, 11, 23, 8)}, "earliest", "naive_datetime"),
    ({"note": "a\x00b"}, "note", "invalid_characters"),
    ({"note": "x" * 501}, "note", "too_long"),
])
def test_bad_entries_are_refused(db, p, kw, field, code):
    with pytest.raises(ValidationError) as info:
        add(p, **kw)
    assert (info.value.field, info.value.code) == (field, code)
    assert waitlist.list_entries(p.owner) == []


def test_a_practitioner_who_does_not_give_the_service_is_refused(db, p):
    with pytest.raises(ValidationError) as info:
        add(p, practitioner=p.p3)
    assert info.value.code == "practitioner_not_for_service"


def test_matches_after_a_cancellation(db, p):
    appt = book(p, at(MONDAY + dt.timedelta(days=1), 10))     # Tue 10-11 with Hoitaja 1
    fits = add(p, client=1)                                     # massage 60 min, anyone
    short = add(p, client=2, service=p.physio)                  # 45 min: fits too
    own = add(p, client=0)                                      # the cancelling client
    other_pr = add(p, client=1, practitioner=p.p2)              # wants Hoitaja 2 only
    too_late = add(p, client=2, earliest=at(MONDAY + dt.timedelta(days=2), 8))
    window_ends = add(p, client=2, latest=at(MONDAY + dt.timedelta(days=1), 10, 30))
    needles = add(p, client=2, service=p.needles)               # Hoitaja 1 does not give it
    resolved = add(p, client=1)
    waitlist.resolve_entry(p.reception, resolved)
    booking.cancel(p.reception, appt, by=CancelledBy.CLIENT, reason="Flunssa")
    rows = waitlist.matches_for_cancelled(p.reception, appt)
    assert [r.id for r in rows] == [fits, short]
    assert {own, other_pr, too_late, window_ends, needles, resolved}.isdisjoint(
        r.id for r in rows)
    assert events(db, "waitlist.matched")[-1].details == {"appointment_id": appt,
                                                          "ids": [fits, short]}
    # A half-hour gap fits none of the 45- and 60-minute services.
    tue = MONDAY + dt.timedelta(days=1)
    assert waitlist.matches_for_slot(p.reception, p.p1, at(tue, 10), at(tue, 10, 30)) == []
    # Hoitaja 2's free hour: the entries for anyone and the one that asked for Hoitaja 2.
    rows = waitlist.matches_for_slot(p.reception, p.p2, at(tue, 10), at(tue, 11))
    assert [r.id for r in rows] == [fits, short, own, other_pr]


def test_who_may_use_the_waitlist(db, p, make_ctx):
    practitioner = make_ctx(Role.PRACTITIONER)
    entry = waitlist.add_entry(practitioner, client_id=p.clients[0], service_id=p.massage,
                               earliest=at(MONDAY, 8), latest=at(MONDAY, 18)).data
    assert [r.id for r in waitlist.list_entries(p.reception)] == [entry]
    nobody = p.reception.__class__(db=db, staff_id=None, username="", display_name="",
                                   roles=frozenset())
    with pytest.raises(PermissionDenied):
        waitlist.list_entries(nobody)
    assert events(db, "permission.refused")[-1].details["action"] == "calendar.book"
