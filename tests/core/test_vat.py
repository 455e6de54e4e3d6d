"""VAT arithmetic of VAT-inclusive prices and rates by date (FINNISH_STANDARDS.md §6.1, §6.2)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vastaanotto.billing.vat import (LineAmounts, PricedLine, RateInfo, compute, line_gross,
                                     load_rates, round_cents)
from vastaanotto.errors import ValidationError
from vastaanotto.models.resources import VatClass

D = Decimal
GENERAL = RateInfo(VatClass.GENERAL, D("25.5"), "")
REDUCED_1 = RateInfo(VatClass.REDUCED_1, D("13.5"), "")
REDUCED_2 = RateInfo(VatClass.REDUCED_2, D("10"), "AVL 85 a §")
EXEMPT = RateInfo(VatClass.HEALTH_EXEMPT, D("0"), "AVL 34 §")
OLD_GENERAL = RateInfo(VatClass.GENERAL, D("24"), "")


def line(gross: str, rate: RateInfo, quantity: str = "1", discount: str = "0") -> PricedLine:
    return PricedLine(D(quantity), D(gross), D(discount), rate)


@pytest.mark.parametrize("rate, gross, vat, net", [
    # A net price of 100 € at each 2026 rate, as the consumer price that includes the tax.
    (GENERAL, "125.50", "25.50", "100.00"),
    (REDUCED_1, "113.50", "13.50", "100.00"),
    (REDUCED_2, "110.00", "10.00", "100.00"),
    (EXEMPT, "100.00", "0.00", "100.00"),
    (OLD_GENERAL, "124.00", "24.00", "100.00"),
    # Typical session prices: 80 € includes 16.2549… € at 25.5 %, 9.5154… € at 13.5 %.
    (GENERAL, "80.00", "16.25", "63.75"),
    (REDUCED_1, "80.00", "9.52", "70.48"),
    (REDUCED_2, "80.00", "7.27", "72.73"),
    (GENERAL, "100.00", "20.32", "79.68"),
])
def test_vat_of_an_inclusive_price(rate, gross, vat, net):
    totals = compute([line(gross, rate)])
    assert (totals.gross, totals.vat, totals.net) == (D(gross), D(vat), D(net))
    assert totals.lines[0] == LineAmounts(D(gross), D(vat), D(net))
    assert totals.rows[0].rate == rate.rate and totals.rows[0].exempt == rate.exempt


def test_discount_and_quantity_round_half_up_to_cents():
    assert line_gross(D("3"), D("33.33"), D("10")) == D("89.99")      # 89.991
    assert line_gross(D("1"), D("0.25"), D("50")) == D("0.13")        # 0.125 rounds up
    assert line_gross(D("-1"), D("0.25"), D("50")) == D("-0.13")      # and mirrors on credits
    assert line_gross(D("1.5"), D("60.00"), D("0")) == D("90.00")
    assert line_gross(D("2"), D("45.00"), D("100")) == D("0.00")
    assert round_cents(D("16.255")) == D("16.26")


def test_float_is_refused():
    with pytest.raises(TypeError):
        line_gross(1.0, D("1.00"), D("0"))


def test_breakdown_per_rate_with_exempt_line_and_legal_basis():
    totals = compute([line("80.00", EXEMPT), line("60.00", GENERAL), line("25.00", REDUCED_2),
                      line("40.00", GENERAL, discount="25"), line("20.00", REDUCED_1)])
    assert [(r.rate, r.exempt) for r in totals.rows] == [
        (D("25.5"), False), (D("13.5"), False), (D("10"), False), (D("0"), True)]
    general, _, _, exempt = totals.rows
    assert general.gross == D("90.00") and general.vat == D("18.29")  # 90 x 25.5 / 125.5
    assert exempt.legal_basis == "AVL 34 §" and exempt.vat == D("0.00")
    assert exempt.net == exempt.gross == D("80.00")
    assert totals.gross == D("215.00")
    assert totals.vat == sum(r.vat for r in totals.rows)
    assert totals.net + totals.vat == totals.gross
    assert totals.lines[0].vat == D("0.00")


def test_vat_is_taken_on_the_rate_total_and_line_shares_add_up():
    # Ten lines of 0.03 €: 0.0061 € each would round to 0.01 (0.10 in all); the tax of
    # 0.30 € is 0.06 €. The breakdown shows 0.06 and the line shares add up to it.
    totals = compute([line("0.03", GENERAL)] * 10)
    assert totals.vat == D("0.06")
    assert sum(a.vat for a in totals.lines) == D("0.06")
    assert all(a.vat >= 0 for a in totals.lines)


amounts = st.decimals(min_value=D("0.00"), max_value=D("2000.00"), places=2)
rates = st.sampled_from([GENERAL, REDUCED_1, REDUCED_2, EXEMPT, OLD_GENERAL])


@given(st.lists(st.tuples(amounts, rates, st.integers(-3, 5).filter(bool)), min_size=1,
                max_size=12))
def test_totals_are_consistent(items):
    totals = compute([PricedLine(D(q), price, D(0), rate) for price, rate, q in items])
    assert totals.gross == sum(a.gross for a in totals.lines)
    assert totals.vat == sum(a.vat for a in totals.lines) == sum(r.vat for r in totals.rows)
    assert totals.net + totals.vat == totals.gross
    for row in totals.rows:
        assert abs(row.vat) <= abs(row.gross)
        assert row.vat == round_cents(row.gross * row.rate / (100 + row.rate))


def test_credit_mirrors_invoice():
    items = [line("80.00", GENERAL), line("33.33", REDUCED_1, quantity="3", discount="10")]
    invoice = compute(items)
    credit = compute([PricedLine(-p.quantity, p.unit_price, p.discount_percent, p.rate)
                      for p in items])
    assert credit.gross == -invoice.gross and credit.vat == -invoice.vat


def test_rate_by_date_from_the_table(db, owner_ctx):
    with db.session() as session:
        rates = load_rates(session)
    assert rates.on(VatClass.GENERAL, dt.date(2024, 8, 31)).rate == D("24")
    assert rates.on(VatClass.GENERAL, dt.date(2024, 9, 1)).rate == D("25.5")
    assert rates.on(VatClass.REDUCED_1, dt.date(2025, 12, 31)).rate == D("14")
    assert rates.on(VatClass.REDUCED_1, dt.date(2026, 1, 1)).rate == D("13.5")
    assert rates.on(VatClass.REDUCED_2, dt.date(2026, 6, 1)).rate == D("10")
    exempt = rates.on(VatClass.HEALTH_EXEMPT, dt.date(2026, 6, 1))
    assert exempt.rate == 0 and exempt.exempt and exempt.legal_basis == "AVL 34 §"
    with pytest.raises(ValidationError) as caught:
        rates.on(VatClass.GENERAL, dt.date(2012, 12, 31))
    assert (caught.value.field, caught.value.code) == ("vat_class", "vat_rate_missing")
