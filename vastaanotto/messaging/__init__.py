"""Outgoing messages by email and SMS: templates, .ics invitations, transports, a durable queue
and the planner that decides which appointment messages are due.

Pure functions and transports live here; ``vastaanotto.services.messages`` is the way in for
the UI (role checks, audit). No module here imports Qt.
"""
