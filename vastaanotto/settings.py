"""Business settings, declared once and typed (Electrum's ConfigVar idea).

They live in the ``setting`` table, so every workstation of a practice shares them. Window
geometry and the like stay in QSettings on each desk.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from vastaanotto.errors import ValidationError

T = TypeVar("T")


@dataclass(frozen=True)
class SettingVar(Generic[T]):
    key: str
    default: T
    kind: type
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[Any, ...] | None = None

    def validate(self, value: Any) -> T:
        if self.kind is int:
            try:
                value = int(value)
            except (TypeError, ValueError):
                raise ValidationError(self.key, "invalid_number") from None
            if self.minimum is not None and value < self.minimum:
                raise ValidationError(self.key, "too_small", minimum=self.minimum)
            if self.maximum is not None and value > self.maximum:
                raise ValidationError(self.key, "too_large", maximum=self.maximum)
        elif self.kind is bool:
            if not isinstance(value, bool):
                raise ValidationError(self.key, "invalid_value")
        elif self.kind is str:
            value = str(value)
        if self.choices is not None and value not in self.choices:
            raise ValidationError(self.key, "invalid_choice")
        return value


IDLE_LOCK_MINUTES = SettingVar("idle_lock_minutes", 10, int, minimum=1, maximum=240)
SESSION_MAX_HOURS = SettingVar("session_max_hours", 12, int, minimum=1, maximum=24)
PAYMENT_TERMS_DAYS = SettingVar("payment_terms_days", 14, int, minimum=0, maximum=120)
CALENDAR_GRID_MINUTES = SettingVar("calendar_grid_minutes", 15, int, choices=(5, 10, 15, 30))
ACCESS_REQUESTS_PER_YEAR = SettingVar("access_requests_per_year", 1, int, minimum=1, maximum=12)
RETENTION_INACTIVE_YEARS = SettingVar("retention_inactive_years", 6, int, minimum=1, maximum=20)
LATE_CANCELLATION_HOURS = SettingVar("late_cancellation_hours", 24, int, minimum=0, maximum=168)

ALL: dict[str, SettingVar] = {
    v.key: v for v in (IDLE_LOCK_MINUTES, SESSION_MAX_HOURS, PAYMENT_TERMS_DAYS,
                       CALENDAR_GRID_MINUTES, ACCESS_REQUESTS_PER_YEAR,
                       RETENTION_INACTIVE_YEARS, LATE_CANCELLATION_HOURS)
}


# Backup settings are declared in vastaanotto/backup/settings.py, which adds them to ALL
# (imported last: it needs SettingVar and ALL from here).
import vastaanotto.backup.settings  # noqa: E402,F401


def _register_messaging_settings() -> None:
    # Declared in vastaanotto/messaging/settings.py, which imports SettingVar from here and adds
    # its vars to ALL as it finishes loading, so either module may be imported first.
    import vastaanotto.messaging.settings  # noqa: F401


_register_messaging_settings()
