"""Repeat an appointment through the series dialog (preview, skip, book anyway), then move and
cancel members with the scope question, as the calendar will."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from tests.core.booking_practice import MONDAY, at, book, events, p  # noqa: F401 - fixture
from ui.calendar.series_dialog import PROBLEM, SKIP, SeriesDialog
from ui.calendar.series_scope import CANCEL, MOVE, ScopeDialog, ask_scope
from vastaanotto.clock import HELSINKI
from vastaanotto.models import Appointment, AppointmentStatus, CancelledBy
from vastaanotto.services import series
from vastaanotto.services.series import Scope

LEFT = Qt.MouseButton.LeftButton

pytestmark = pytest.mark.usefixtures("no_message_boxes")


def rows(db):
    with db.session() as s:
        return list(s.scalars(select(Appointment).order_by(Appointment.starts_at)))


def local_times(db, ids=None):
    return [a.starts_at.astimezone(HELSINKI).strftime("%d.%m %H.%M") for a in rows(db)
            if ids is None or a.id in ids]


@pytest.fixture
def make(qtbot):
    def make_dialog(ctx, appointment_id, published=None):
        dialog = SeriesDialog(ctx, appointment_id, publish=(published.append
                                                            if published is not None else None))
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return make_dialog


def answer_scope(qtbot, scope: Scope, seen: list):
    def pick():
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, ScopeDialog) and w.isVisible())
        seen.append(dialog.windowTitle())
        dialog.buttons[scope].setChecked(True)
        qtbot.mouseClick(dialog.ok_button, LEFT)

    QTimer.singleShot(0, pick)


def test_repeat_skip_a_conflict_then_move_and_cancel_with_the_scope_question(
        qtbot, make, p, db):
    first = book(p, at(MONDAY, 10))
    other = book(p, at(MONDAY + dt.timedelta(weeks=2), 10, 30), client=1)
    published = []
    dialog = make(p.reception, first, published)
    dialog.count.setValue(5)
    dialog.preview()
    table = dialog.table
    assert table.rowCount() == 5
    assert [table.item(r, 1).text() for r in range(5)] == [
        "Mon 23.11.2026", "Mon 30.11.2026", "Mon 7.12.2026", "Mon 14.12.2026",
        "Mon 21.12.2026"]
    assert table.item(0, SKIP).text() == "First"
    assert table.item(2, PROBLEM).text() == "The practitioner already has a booking then."
    assert table.item(2, SKIP).checkState() == Qt.CheckState.Checked   # skipped by default
    assert table.item(1, SKIP).checkState() == Qt.CheckState.Unchecked
    assert dialog.skipped() == [dt.date(2026, 12, 7)]
    assert dialog.summary.text() == "3 new appointment(s) will be booked."
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert not dialog.isVisible()
    sid = dialog.changes.data
    assert published and published[-1].touches("appointments")
    members = [a for a in rows(db) if a.series_id == sid]
    assert len(members) == 4 and other not in [a.id for a in members]
    # Move the second and the following to 12.00: the scope question says so.
    seen = []
    answer_scope(qtbot, Scope.FOLLOWING, seen)
    scope = ask_scope(None, MOVE)
    assert scope is Scope.FOLLOWING and seen == ["Move a recurring appointment"]
    series.move_series(p.reception, members[1].id, scope,
                       new_start_local=at(MONDAY + dt.timedelta(weeks=1), 12))
    assert local_times(db, {a.id for a in members}) == ["23.11 10.00", "30.11 12.00",
                                                        "14.12 12.00", "21.12 12.00"]
    # Cancel all that remain of the moved part.
    answer_scope(qtbot, Scope.ALL, seen)
    scope = ask_scope(None, CANCEL)
    assert scope is Scope.ALL and seen[-1] == "Cancel a recurring appointment"
    series.cancel_series(p.reception, members[2].id, scope, by=CancelledBy.PRACTICE,
                         reason="Hoitaja lomalla")
    status = {a.id: a.status for a in rows(db)}
    assert [status[a.id] for a in members] == [AppointmentStatus.BOOKED,
                                               AppointmentStatus.CANCELLED,
                                               AppointmentStatus.CANCELLED,
                                               AppointmentStatus.CANCELLED]


def test_scope_question_cancelled_gives_none(qtbot):
    def close():
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, ScopeDialog) and w.isVisible())
        assert dialog.scope() is Scope.THIS   # the least surprising default
        dialog.reject()

    QTimer.singleShot(0, close)
    assert ask_scope(None, MOVE) is None


def test_until_a_date_and_bad_rules_show_in_the_banner(qtbot, make, p, db):
    first = book(p, at(MONDAY, 10))
    dialog = make(p.reception, first)
    dialog.by_until.setChecked(True)
    dialog.until.setDate(dialog.until.date().fromString("2026-11-20", Qt.DateFormat.ISODate))
    dialog.preview()
    assert dialog.banner.isVisible()
    assert dialog.banner.text() == "Until: The last date must be after the first appointment."
    assert dialog.table.rowCount() == 0 and not dialog.save_button.isEnabled()
    dialog.until.setDate(dialog.until.date().fromString("2026-12-14", Qt.DateFormat.ISODate))
    dialog.interval.setValue(2)
    dialog.preview()
    assert not dialog.banner.isVisible() and dialog.table.rowCount() == 2
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert local_times(db) == ["23.11 10.00", "07.12 10.00"]


def test_unticking_a_conflict_asks_the_owner_to_book_anyway(qtbot, make, p, db, monkeypatch):
    from ui.calendar.booking_dialog import OverrideDialog

    first = book(p, at(dt.date(2026, 12, 21), 10))   # Monday; 28.12. is fine, 4.1. fine
    dialog = make(p.owner, first)
    dialog.count.setValue(2)
    dialog.interval.setValue(1)
    # 28.12.2026 would be fine; put someone in the way.
    other = book(p, at(dt.date(2026, 12, 28), 10), client=1)
    dialog.preview()
    assert dialog.skipped() == [dt.date(2026, 12, 28)]
    dialog.set_skipped(dt.date(2026, 12, 28), False)
    asked = []
    monkeypatch.setattr(OverrideDialog, "ask", classmethod(
        lambda cls, parent, message: asked.append(message) or "Sovittu asiakkaan kanssa"))
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert asked == ["The practitioner already has a booking then.\nDates: 28.12.2026"]
    assert not dialog.isVisible()
    forced = [a for a in rows(db) if a.series_id == dialog.changes.data][-1]
    assert forced.override_by_id == p.owner.staff_id
    assert forced.override_reason == "Sovittu asiakkaan kanssa"
    assert events(db, "series.created")[-1].reason == "Sovittu asiakkaan kanssa"
    assert other in [a.id for a in rows(db)]


def test_reception_unticking_a_conflict_gets_the_plain_error(qtbot, make, p, db, monkeypatch):
    from ui.calendar.booking_dialog import OverrideDialog

    monkeypatch.setattr(OverrideDialog, "ask", classmethod(
        lambda cls, parent, message: pytest.fail("reception was offered book anyway")))
    first = book(p, at(dt.date(2026, 12, 21), 10))
    book(p, at(dt.date(2026, 12, 28), 10), client=1)
    dialog = make(p.reception, first)
    dialog.count.setValue(2)
    dialog.preview()
    dialog.set_skipped(dt.date(2026, 12, 28), False)
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.isVisible() and dialog.banner.isVisible()
    assert dialog.banner.text() == "The practitioner already has a booking then."
    assert dialog.changes is None and events(db, "series.created") == []


def test_move_and_cancel_helpers_ask_only_for_series_members(qtbot, p, db, monkeypatch):
    from ui.calendar import series_scope
    from ui.calendar.booking_dialog import OverrideDialog

    lone = book(p, at(MONDAY, 15), client=2)
    first = book(p, at(MONDAY, 10))
    sid = series.create_series(p.owner, first, count=3).data
    members = [a.id for a in rows(db) if a.series_id == sid]
    blocker = book(p, at(MONDAY + dt.timedelta(weeks=2), 13), client=1)
    asked = []
    monkeypatch.setattr(series_scope, "ask_scope",
                        lambda parent, action: asked.append(action) or Scope.FOLLOWING)
    monkeypatch.setattr(OverrideDialog, "ask", classmethod(
        lambda cls, parent, message: asked.append(message) or "Asiakkaan toive"))
    # A lone appointment: no question.
    series_scope.move_appointment(p.owner, None, lone, None,
                                  new_start_local=at(MONDAY, 16))
    assert asked == []
    # A member: the scope question, then book anyway over the blocker two weeks on.
    changes = series_scope.move_appointment(p.owner, None, members[0], sid,
                                            new_start_local=at(MONDAY, 13))
    assert asked == ["move", "The practitioner already has a booking then.\n"
                             "Dates: 7.12.2026"]
    assert set(changes.ids) == set(members)
    assert local_times(db, set(members)) == ["23.11 13.00", "30.11 13.00", "07.12 13.00"]
    assert blocker in [a.id for a in rows(db)]
    series_scope.cancel_appointment(p.reception, None, members[1], sid,
                                    by=CancelledBy.CLIENT, reason="Muutto")
    assert asked[-1] == "cancel"
    assert [a.status for a in rows(db) if a.id in members] == [
        AppointmentStatus.BOOKED, AppointmentStatus.CANCELLED, AppointmentStatus.CANCELLED]
