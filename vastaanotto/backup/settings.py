"""Backup settings, declared once (registered in ``vastaanotto.settings.ALL``)."""

from __future__ import annotations

from vastaanotto import settings as _settings
from vastaanotto.settings import SettingVar

BACKUP_INTERVAL_HOURS = SettingVar("backup_interval_hours", 24, int, minimum=1, maximum=168)
# After this long without a verified backup the status turns red.
BACKUP_MAX_AGE_HOURS = SettingVar("backup_max_age_hours", 48, int, minimum=2, maximum=720)
# Defaults from RELIABILITY.md §2 (daily 14 + weekly 8 + monthly 24); on top of them every
# backup of the last 30 days is kept (retention.Policy.keep_within, a fixed floor).
RETENTION_DAILY = SettingVar("backup_retention_daily", 14, int, minimum=1, maximum=60)
RETENTION_WEEKLY = SettingVar("backup_retention_weekly", 8, int, minimum=0, maximum=104)
RETENTION_MONTHLY = SettingVar("backup_retention_monthly", 24, int, minimum=0, maximum=120)
RESTORE_DRILL_DAYS = SettingVar("backup_restore_drill_days", 7, int, minimum=1, maximum=90)

ALL = (BACKUP_INTERVAL_HOURS, BACKUP_MAX_AGE_HOURS, RETENTION_DAILY, RETENTION_WEEKLY,
       RETENTION_MONTHLY, RESTORE_DRILL_DAYS)

_settings.ALL.update({v.key: v for v in ALL})
