"""Finnish cash rounding (käteisen pyöristys): cash is paid to the nearest 5 cents.

Finland does not use 1 and 2 cent coins, so since 2017 a shop may round the sum paid in CASH
to the nearest 0,05 € (…,01 and …,02 down, …,03 and …,04 up). Only the cash part is
rounded: a card, MobilePay or gift card part is exact. The price, the VAT and the invoice
total do not change; the difference is a separate rounding entry that settles the few cents
(``vastaanotto.services.payments`` records it as a payment row of its own).

Pure and Decimal only; any thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

__all__ = ["STEP", "MAX_ROUNDING", "round_cash", "CashPart", "cash_part"]

STEP = Decimal("0.05")
MAX_ROUNDING = Decimal("0.02")
ZERO = Decimal("0.00")


def round_cash(amount: Decimal) -> Decimal:
    """``amount`` to the nearest 5 cents, two places: 12,37 -> 12,35; 12,38 -> 12,40.
    Cent amounts never fall half-way, so the tie rule never decides anything."""
    if isinstance(amount, float):
        raise TypeError("money must be Decimal, not float")
    steps = (Decimal(amount) / STEP).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return (steps * STEP).quantize(Decimal("0.01"))


@dataclass(frozen=True)
class CashPart:
    """The cash part of one payment: what it pays off the debt and what changes hands."""

    debt: Decimal        # what the cash pays off the balance
    received: Decimal    # the cash handed over (before change): ``round_cash(debt)``

    @property
    def rounding(self) -> Decimal:
        """``received - debt``, as printed on the receipt: -0,02 when rounded down."""
        return self.received - self.debt


def cash_part(cash: Decimal, gap: Decimal = ZERO) -> CashPart:
    """The cash part of a payment of which ``cash`` was typed as cash and ``gap`` is what the
    typed amounts leave open of the balance (negative: they are over it).

    A cash amount that rounds to the same 5 cents as the whole open rest closes the balance:
    with 12,37 open, cash typed as 12,37, 12,36 or 12,35 all pay off 12,37 with 12,35 handed
    over; with 12,38 open, 12,40 typed pays 12,38. Otherwise (a part payment) the cash pays
    what was typed, rounded to 5 cents like any cash. No cash typed, no cash part; and the
    cash never closes a balance down to nothing paid (0,01 typed with nothing open)."""
    debt = cash
    closes = cash + gap
    if (cash and gap and abs(gap) <= MAX_ROUNDING and closes > 0
            and round_cash(closes) == round_cash(cash)):
        debt = closes
    return CashPart(debt, round_cash(debt))
