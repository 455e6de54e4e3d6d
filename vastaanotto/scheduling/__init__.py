"""The calendar's rules without the database or Qt.

``availability`` holds the pure time arithmetic (hours, holidays, DST, free-slot search);
``store`` reads the rules and booked time inside a service's transaction. The services that
check roles and write audit events are in ``vastaanotto.services.booking``.
"""
