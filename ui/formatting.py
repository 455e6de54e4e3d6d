"""Money, dates and times written the Finnish way (1 234,50 €, 21.11.2026, 09.05), and the
people's names of the core's enums (roles, VAT classes, appointment states).

Finnish-Swedish writes them the same way, and the practice is Finnish, so the format does not
follow the UI language. Babel's spaces are no-break spaces (U+00A0) so an amount never wraps.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from babel.numbers import format_currency, format_decimal
from PySide6.QtCore import QCoreApplication

from vastaanotto.clock import HELSINKI
from vastaanotto.models.appointments import AppointmentStatus
from vastaanotto.models.resources import VatClass
from vastaanotto.models.staff import Role

# Called by this name so that pyside6-lupdate finds the texts (a wrapper would hide them).
translate = QCoreApplication.translate

LOCALE = "fi_FI"
TIME_EDIT_FORMAT = "HH.mm"   # QTimeEdit display format, the Finnish clock separator
DATE_EDIT_FORMAT = "d.M.yyyy"


def money(amount: Decimal) -> str:
    """``Decimal("1234.5")`` -> ``"1 234,50 €"``."""
    return format_currency(amount, "EUR", locale=LOCALE)


def money_input(amount: Decimal) -> str:
    """An amount as a person would type it into a field: ``"1234,50"`` (no grouping, so the
    value survives editing character by character)."""
    return format_decimal(amount, "0.00", locale=LOCALE)


def date(day: dt.date) -> str:
    """``21.11.2026``: day and month without leading zeros, as Finns write dates."""
    return f"{day.day}.{day.month}.{day.year}"


def time(moment: dt.time | dt.datetime) -> str:
    """``09.05``: the Finnish clock separator is a dot; padded so columns line up.

    An aware datetime is shown in Europe/Helsinki; a naive time is taken as local already.
    """
    if isinstance(moment, dt.datetime) and moment.tzinfo is not None:
        moment = moment.astimezone(HELSINKI)
    return f"{moment.hour:02d}.{moment.minute:02d}"


def date_time(moment: dt.datetime | None) -> str:
    """``21.11.2026 09.05`` in Helsinki time; "" for no moment."""
    if moment is None:
        return ""
    if moment.tzinfo is not None:
        moment = moment.astimezone(HELSINKI)
    return f"{date(moment.date())} {time(moment)}"


def time_range(starts: dt.datetime, ends: dt.datetime) -> str:
    return f"{time(starts)}\u2013{time(ends)}"



def role_name(role: Role) -> str:
    return {Role.RECEPTION: translate("formatting", "Reception"),
            Role.PRACTITIONER: translate("formatting", "Practitioner"),
            Role.OWNER: translate("formatting", "Owner")}[role]


def role_names(roles) -> str:
    """Roles in a fixed order (owner first), so the same set always reads the same."""
    order = (Role.OWNER, Role.PRACTITIONER, Role.RECEPTION)
    return ", ".join(role_name(r) for r in order if r in roles)


def vat_class_name(vat_class: VatClass) -> str:
    # Names, not rates: the rates are dated data in the database and change by law.
    return {VatClass.GENERAL: translate("formatting", "General rate"),
            VatClass.REDUCED_1: translate("formatting", "Reduced rate (first)"),
            VatClass.REDUCED_2: translate("formatting", "Reduced rate (second)"),
            VatClass.HEALTH_EXEMPT: translate("formatting", "Health care, exempt")}[vat_class]


def status_name(status: AppointmentStatus) -> str:
    return {AppointmentStatus.BOOKED: translate("formatting", "Booked"),
            AppointmentStatus.ARRIVED: translate("formatting", "Arrived"),
            AppointmentStatus.COMPLETED: translate("formatting", "Completed"),
            AppointmentStatus.CANCELLED: translate("formatting", "Cancelled"),
            AppointmentStatus.NO_SHOW: translate("formatting", "No-show")}[status]


def yes_no(value: bool) -> str:
    return translate("formatting", "Yes") if value else translate("formatting", "No")


def parse_money(text: str) -> Decimal | None:
    """What a person typed into an amount field, as Decimal; None while it is not an amount
    (empty, half typed, more than two decimals). The service validates again on save."""
    from vastaanotto.errors import ValidationError
    from vastaanotto.finnish.validators import money as _money

    try:
        return _money(text or "", "amount", Decimal("-999999.99"), Decimal("999999.99"))
    except ValidationError:
        return None
