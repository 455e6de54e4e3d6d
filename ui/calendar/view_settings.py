"""The calendar's view settings remembered on this desk (QSettings): mode, colour-by, grid
size and the practitioner filter, so the front desk finds the calendar as it left it.

Stored per machine and user (QSettings' own scope), not in the practice database: two desks
may well want different views. Values are read defensively: an edited or stale file (an old
grid size, a practitioner since removed) falls back to the defaults instead of failing.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSettings

from ui.calendar.calendar_toolbar import GRIDS
from ui.calendar.layout import Mode

PREFIX = "calendar/"
COLOR_CHOICES = ("service", "practitioner")


@dataclass
class ViewSettings:
    mode: Mode = Mode.DAY
    color_by: str = "service"
    grid_minutes: int | None = None       # None: the practice's grid
    practitioner_id: int | None = None    # None: everyone


def desk_settings(given: QSettings | None) -> QSettings | None:
    """``given``, or the application's QSettings once the application has a name (the real
    program sets it at start-up; a bare test QApplication does not, and then nothing is
    remembered rather than leaking between tests through a shared file)."""
    if given is not None:
        return given
    return QSettings() if QCoreApplication.organizationName() else None


def _int(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def load(qsettings: QSettings | None) -> ViewSettings:
    found = ViewSettings()
    if qsettings is None:
        return found
    try:
        found.mode = Mode(str(qsettings.value(PREFIX + "mode", Mode.DAY.value)))
    except ValueError:
        pass
    color = str(qsettings.value(PREFIX + "color_by", "service"))
    found.color_by = color if color in COLOR_CHOICES else "service"
    grid = _int(qsettings.value(PREFIX + "grid_minutes"))
    found.grid_minutes = grid if grid in GRIDS else None
    found.practitioner_id = _int(qsettings.value(PREFIX + "practitioner_id"))
    return found


def save(qsettings: QSettings | None, settings: ViewSettings) -> None:
    if qsettings is None:
        return
    qsettings.setValue(PREFIX + "mode", settings.mode.value)
    qsettings.setValue(PREFIX + "color_by", settings.color_by)
    for key, value in (("grid_minutes", settings.grid_minutes),
                       ("practitioner_id", settings.practitioner_id)):
        if value is None:
            qsettings.remove(PREFIX + key)
        else:
            qsettings.setValue(PREFIX + key, value)
