"""The Calendar (Kalenteri) view: ``overview_view.CalendarOverview``, the day's appointments
of all practitioners."""
