"""VAT: the rate of a class on a date, and the arithmetic of VAT-inclusive prices.

Prices are consumer prices with VAT included (``Service.price``). For each line::

    gross = quantity x unit price x (100 - discount %) / 100      rounded to cents

and for each rate of the VAT breakdown::

    vat = (sum of the gross of its lines) x rate / (100 + rate)    rounded to cents
    net = gross - vat

Rounding is ROUND_HALF_UP, which Decimal applies away from zero, so a credit note's negative
line mirrors the original cent for cent. The VAT is computed on each rate's total rather than
added up from rounded line VATs: an invoice of many small lines would otherwise drift by cents
from the tax of the rate's taxable amount, which is what AVL 209 e § asks the invoice to show.
The line VATs are then apportioned by largest remainder so that they add up to the breakdown
exactly (reports by service sum them). Exempt lines (health care, AVL 34 §) carry VAT 0 and
their legal basis, and form their own row of the breakdown.

Rates are data with validity dates (``VatRate``); the rate on the delivery date applies
(FINNISH_STANDARDS.md §6.1), e.g. 24 % for general-rate services delivered before 1.9.2024.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from vastaanotto.errors import ValidationError
from vastaanotto.models.billing import VatRate
from vastaanotto.models.resources import VatClass

__all__ = ["CENT", "round_cents", "RateInfo", "RateTable", "load_rates", "rate_on",
           "line_gross", "PricedLine", "LineAmounts", "VatRow", "Totals", "compute"]

CENT = Decimal("0.01")
_HUNDRED = Decimal(100)


def round_cents(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class RateInfo:
    vat_class: VatClass
    rate: Decimal          # percent, e.g. Decimal("25.5")
    legal_basis: str       # e.g. "AVL 34 §" for exempt health care

    @property
    def exempt(self) -> bool:
        return self.vat_class is VatClass.HEALTH_EXEMPT


class RateTable:
    """All VAT rates, read once per transaction (the table has a handful of rows)."""

    def __init__(self, rows: Iterable[VatRate]):
        self._rows = sorted(rows, key=lambda r: r.valid_from, reverse=True)

    def on(self, vat_class: VatClass, day: dt.date) -> RateInfo:
        """The rate valid on ``day``; the newest wins if validity periods overlap.

        Raises ``ValidationError("vat_class", "vat_rate_missing")`` when none is valid, e.g. a
        delivery date before the first row or after a closed period with no successor.
        """
        vat_class = VatClass(vat_class)
        for row in self._rows:
            if row.vat_class is vat_class and row.valid_from <= day and (
                    row.valid_until is None or day <= row.valid_until):
                # The column holds 25.500; normalised, equal rates group together and print
                # as "25,5 %". Adding 0 turns 1E+1 back into 10.
                return RateInfo(vat_class, Decimal(row.rate).normalize() + 0,
                                row.legal_basis or "")
        raise ValidationError("vat_class", "vat_rate_missing", vat_class=vat_class.value)


def load_rates(session: Session) -> RateTable:
    return RateTable(session.scalars(select(VatRate)))


def rate_on(session: Session, vat_class: VatClass, day: dt.date) -> RateInfo:
    """The rate of ``vat_class`` on ``day`` (one look-up; use ``load_rates`` for many)."""
    return load_rates(session).on(vat_class, day)


def line_gross(quantity: Decimal, unit_price: Decimal, discount_percent: Decimal) -> Decimal:
    """A line's total with VAT, after the discount, rounded to cents."""
    for value in (quantity, unit_price, discount_percent):
        if isinstance(value, float) or not isinstance(value, (Decimal, int)):
            raise TypeError("amounts must be Decimal or int, never float")
    exact = Decimal(quantity) * Decimal(unit_price) * (_HUNDRED - Decimal(discount_percent))
    return round_cents(exact / _HUNDRED)


@dataclass(frozen=True)
class PricedLine:
    quantity: Decimal
    unit_price: Decimal           # VAT included
    discount_percent: Decimal
    rate: RateInfo


@dataclass(frozen=True)
class LineAmounts:
    gross: Decimal
    vat: Decimal
    net: Decimal


@dataclass(frozen=True)
class VatRow:
    """One row of the VAT breakdown: a rate (or the exemption) and its amounts."""

    rate: Decimal
    exempt: bool
    legal_basis: str
    net: Decimal
    vat: Decimal
    gross: Decimal


@dataclass(frozen=True)
class Totals:
    lines: tuple[LineAmounts, ...]    # in the order given
    rows: tuple[VatRow, ...]          # exempt last, otherwise by falling rate
    net: Decimal
    vat: Decimal
    gross: Decimal


def _exact_vat(gross: Decimal, rate: RateInfo) -> Decimal:
    if rate.exempt or rate.rate == 0:
        return Decimal(0)
    return gross * rate.rate / (_HUNDRED + rate.rate)


def _apportion(target: Decimal, exact: list[Decimal]) -> list[Decimal]:
    """Round each line's VAT and hand out the rounding difference cent by cent, first to the
    lines that rounding moved furthest the other way (largest remainder), so the line VATs
    add up to ``target`` and none is pushed across zero by cents that belong to others."""
    vats = [round_cents(e) for e in exact]
    cents = int((target - sum(vats, Decimal(0))) / CENT)
    if cents:
        step = CENT if cents > 0 else -CENT
        order = sorted(range(len(exact)), key=lambda i: ((vats[i] - exact[i]) * step, i))
        for k in range(abs(cents)):
            vats[order[k % len(order)]] += step
    return vats


def compute(lines: Sequence[PricedLine]) -> Totals:
    """Line amounts, the VAT breakdown and the totals of an invoice or a credit note."""
    grosses = [line_gross(p.quantity, p.unit_price, p.discount_percent) for p in lines]
    vats = [Decimal("0.00")] * len(lines)
    groups: dict[tuple[bool, Decimal, str], list[int]] = {}
    for i, priced in enumerate(lines):
        key = (priced.rate.exempt, priced.rate.rate, priced.rate.legal_basis)
        groups.setdefault(key, []).append(i)
    rows = []
    for (exempt, rate, basis), members in groups.items():
        info = lines[members[0]].rate
        gross = sum((grosses[i] for i in members), Decimal("0.00"))
        vat = round_cents(_exact_vat(gross, info))
        shares = _apportion(vat, [_exact_vat(grosses[i], info) for i in members])
        for i, share in zip(members, shares):
            vats[i] = share
        rows.append(VatRow(rate, exempt, basis, gross - vat, vat, gross))
    rows.sort(key=lambda r: (r.exempt, -r.rate))
    amounts = tuple(LineAmounts(g, v, g - v) for g, v in zip(grosses, vats))
    net = sum((r.net for r in rows), Decimal("0.00"))
    vat_total = sum((r.vat for r in rows), Decimal("0.00"))
    gross_total = sum((r.gross for r in rows), Decimal("0.00"))
    return Totals(amounts, tuple(rows), net, vat_total, gross_total)
