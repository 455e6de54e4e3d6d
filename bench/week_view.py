"""Week view benchmark: load and lay out the week of 10 practitioners (budget: 16 ms).

    python bench/week_view.py [--runs 40] [--clients 200000] [--appointments 1000000]

On the generated large practice (bench/large_practice.py: 200,000 clients, 1,000,000
appointments across 10 practitioners; built once and cached in the temp directory), it times
what the desk does when the week is shown:

* ``load``: ``schedule.calendar_range`` for the 7 days of all practitioners (queries plus its
  audited "calendar.viewed" commit), with the practitioner/service/hours cache warm as the
  view keeps it (``schedule.RangeCache``); ``load_cold`` without it;
* ``layout``: columns, placement, lanes and colours of the loaded week
  (``CalendarView.set_data``), the work between the data and the first paint;
* ``load_and_layout``: both, as ``CalendarView.reload`` runs them (the budget's figure);
* ``paint``: one full paint of the grid at 1400×850 (offscreen), reported beside the budget.

Prints one JSON line (milliseconds, median and p95), after ``gc.freeze()`` as in
bench/free_slots.py; the p95 without the freeze is printed too.
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

    # The Tuesday of the generated week, 11.20: "now" inside the packed weeks.
    now = dt.datetime.combine(TODAY + dt.timedelta(days=1), dt.time(11, 20), tzinfo=HELSINKI)
    app, db, ctx, view = calendar_view_at(args, now)
    from PySide6.QtGui import QPixmap

    from ui.calendar.layout import Mode
    from vastaanotto.services import schedule

    view.set_mode(Mode.WEEK)
    view.show()
    app.processEvents()
    first = TODAY
    data = schedule.calendar_range(ctx, first, 7)
    rows = len(data.entries)
    pixmap = QPixmap(view.grid.size())

    cache = schedule.RangeCache()

    def load():
        schedule.calendar_range(ctx, first, 7, None, holiday_language="fi", cache=cache)

    def load_cold():
        schedule.calendar_range(ctx, first, 7, None, holiday_language="fi")

    def layout():
        view.set_data(data)

    def paint():
        view.grid.render(pixmap)

    timed(view.reload, 5)
    unfrozen = timed(view.reload, args.runs)[1]
    gc.collect()
    gc.freeze()
    results = {}
    for name, func in (("load", load), ("load_cold", load_cold), ("layout", layout),
                       ("load_and_layout", view.reload), ("paint", paint)):
        median, p95 = timed(func, args.runs)
        results[name] = {"median_ms": round(median, 2), "p95_ms": round(p95, 2)}
    db.dispose()
    out = {"bench": "week_view", "clients": args.clients, "appointments": args.appointments,
           "practitioners": len(data.practitioners), "week_rows": rows,
           "columns": len(view.grid.columns), **results,
           "load_and_layout_p95_without_gc_freeze_ms": round(unfrozen, 2),
           "budget_ms": BUDGET_MS,
           "within_budget": results["load_and_layout"]["p95_ms"] < BUDGET_MS}
    print(json.dumps(out))
    return out


if __name__ == "__main__":
    main()
