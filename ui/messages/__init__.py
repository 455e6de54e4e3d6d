"""Messages by email and SMS: settings and template pages for Admin, the message log, the
marketing dialog, the status-bar label, the background dispatcher and the client-card list."""
