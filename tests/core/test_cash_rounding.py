"""Finnish cash rounding to 5 cents: known values and properties over every cent amount."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vastaanotto.billing.cash_rounding import cash_part, round_cash

D = Decimal
amounts = st.integers(min_value=0, max_value=99_999_999).map(lambda c: D(c) / 100)


@pytest.mark.parametrize("amount, rounded", [
    ("12.37", "12.35"), ("12.38", "12.40"), ("12.35", "12.35"), ("12.31", "12.30"),
    ("12.32", "12.30"), ("12.33", "12.35"), ("12.34", "12.35"), ("12.36", "12.35"),
    ("12.39", "12.40"), ("0.01", "0.00"), ("0.02", "0.00"), ("0.03", "0.05"),
    ("999999.99", "1000000.00")])
def test_known_values(amount, rounded):
    assert round_cash(D(amount)) == D(rounded)
    assert str(round_cash(D(amount))) == rounded   # always two places


def test_float_is_refused():
    with pytest.raises(TypeError):
        round_cash(12.37)


@given(amounts)
def test_nearest_five_cents_by_at_most_two(amount):
    rounded = round_cash(amount)
    assert rounded % D("0.05") == 0
    assert abs(rounded - amount) <= D("0.02")
    assert round_cash(rounded) == rounded


@given(amounts, amounts)
def test_never_reverses_an_order(a, b):
    if a <= b:
        assert round_cash(a) <= round_cash(b)


@given(amounts.filter(lambda a: a > 0), st.integers(min_value=-2, max_value=2))
def test_cash_closes_a_gap_only_when_it_rounds_alike(cash, gap_cents):
    gap = D(gap_cents) / 100
    part = cash_part(cash, gap)
    if gap and cash + gap > 0 and round_cash(cash + gap) == round_cash(cash):
        assert part.debt == cash + gap
    else:
        assert part.debt == cash
    assert part.debt > 0 and part.received == round_cash(part.debt)
    assert part.rounding == part.received - part.debt and abs(part.rounding) <= D("0.02")


def test_no_cash_no_cash_part():
    assert cash_part(D("0.00"), D("0.02")).debt == 0
    assert cash_part(D("10.00"), D("2.37")).debt == D("10.00")   # a part payment stays one


def test_a_cent_against_nothing_open_is_not_swallowed():
    assert cash_part(D("0.01"), D("-0.01")).debt == D("0.01")   # so it exceeds the balance
