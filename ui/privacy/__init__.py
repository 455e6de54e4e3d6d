"""The Privacy view (owner): audit log, data-subject requests, retention, privacy notice."""
