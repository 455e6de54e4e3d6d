"""Drag-and-drop move benchmark: the service commit plus the repaint (budget: 16 ms).

    python bench/drag_move.py [--runs 40] [--clients 200000] [--appointments 1000000]

On the generated large practice (bench/large_practice.py, cached), the day view of all 10
practitioners is shown at 1400×850 offscreen; one appointment is then moved back and forth
between its own time and a free time of the same practitioner that day, exactly as a drop
does: ``CalendarView.commit_move`` (``booking.move`` in one checked, audited transaction, the
undo command, the patched layout) followed by the paint Qt then runs (``processEvents``: only
the columns the move touched are repainted). ``full_repaint`` times a repaint of the whole
grid for comparison. A second
case drops it into another practitioner's column. Prints one JSON line, medians and p95 in
milliseconds, after ``gc.freeze()`` as the other benchmarks.
"""

from __future__ import annotations

import datetime as dt
import gc
import json
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from large_practice import TODAY, calendar_bench_args, calendar_view_at  # noqa: E402
from timing import timed  # noqa: E402

BUDGET_MS = 16.0


def main(argv=None) -> dict:
    args = calendar_bench_args(__doc__.splitlines()[0], argv)
    from vastaanotto.clock import HELSINKI
    from vastaanotto.models.appointments import AppointmentStatus
    from vastaanotto.services import booking

    day = TODAY + dt.timedelta(days=1)  # Tuesday of the packed week, in the future
    now = dt.datetime.combine(TODAY, dt.time(7, 0), tzinfo=HELSINKI)
    app, db, ctx, view = calendar_view_at(args, now)
    view.show_day(day)
    view.show()
    app.processEvents()

    def free_time(entry, practitioner_id):
        start = dt.datetime.combine(day, dt.time(0), tzinfo=HELSINKI)
        for slot in booking.next_free_slots(ctx, service_id=entry.service_id,
                                            practitioner_id=practitioner_id, start=start,
                                            days=1, limit=50):
            if slot.starts_at != entry.starts_at:
                return slot.starts_at
        return None

    entries = sorted((e for e in view.entries.values() if e.status is AppointmentStatus.BOOKED),
                     key=lambda e: (e.practitioner_id, e.start))
    # Same column: an appointment with a free time elsewhere in its practitioner's day.
    chosen, target = next((e, t) for e in entries
                          if (t := free_time(e, e.practitioner_id)) is not None)
    home = chosen.starts_at
    others = [p.id for p in view.data.practitioners if p.id != chosen.practitioner_id]
    other, other_time = next((pid, t) for pid in others
                             if (t := free_time(chosen, pid)) is not None)
    state = {"at_home": True}

    def move_same_column():
        ok = view.commit_move(chosen.id, target if state["at_home"] else home)
        assert ok, view.banner.text()
        state["at_home"] = not state["at_home"]
        app.processEvents()

    def move_across():
        # Back and forth between the two practitioners' columns.
        if state["at_home"]:
            ok = view.commit_move(chosen.id, other_time, practitioner_id=other)
        else:
            ok = view.commit_move(chosen.id, home, practitioner_id=chosen.practitioner_id)
        assert ok, view.banner.text()
        state["at_home"] = not state["at_home"]
        app.processEvents()

    def repaint_only():
        view.grid.repaint()

    gc.collect()
    gc.freeze()
    results = {}
    for name, func in (("move_same_column", move_same_column),
                       ("move_to_other_practitioner", move_across),
                       ("full_repaint", repaint_only)):
        if not state["at_home"]:
            view.commit_move(chosen.id, home, practitioner_id=chosen.practitioner_id)
            state["at_home"] = True
        median, p95 = timed(func, args.runs if args.runs % 2 == 0 else args.runs + 1, warmup=4)
        results[name] = {"median_ms": round(median, 2), "p95_ms": round(p95, 2)}
    db.dispose()
    out = {"bench": "drag_move", "clients": args.clients, "appointments": args.appointments,
           "columns": len(view.grid.columns), "day_rows": len(view.entries), **results,
           "budget_ms": BUDGET_MS,
           "within_budget": max(results["move_same_column"]["p95_ms"],
                                results["move_to_other_practitioner"]["p95_ms"]) < BUDGET_MS}
    print(json.dumps(out))
    return out


if __name__ == "__main__":
    main()
