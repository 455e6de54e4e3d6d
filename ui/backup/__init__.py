"""The owner's backup screens: targets and runs (backup_page), restore (restore_dialog), the
status bar label (status_label) and the background schedule (scheduler). The work itself is
in ``vastaanotto.services.backups``."""
