"""Reports for the owner and the accountant: the day's cash, sales, VAT, open invoices.

Each report is a plain ``Report``: column keys (the UI names them, the core never writes
words for people) and rows of values (str, int, Decimal, date). ``vastaanotto.billing.
report_csv`` writes any of them for Finnish Excel.

Sources:

* Cash (kassaraportti): ``Payment`` rows received on the day (Helsinki time), by method and
  by who received them; refunds are negative payments and are counted apart as well.
* Sales and VAT: the lines of issued invoices, credit notes and receipts by their invoice
  date (credit notes are negative, so a credited sale nets out in its month). The amounts are
  those stored when the document was issued: a later change of VAT rates changes nothing.
* Open invoices: issued invoices with something left to pay (total + credits - payments).

Permissions: the owner (``INVOICE_MANAGE``) sees everything; reception (``PAYMENT_TAKE``)
only the cash report of today. Every report read is audited as "report.viewed" with its kind
and period.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from vastaanotto.clock import HELSINKI
from vastaanotto.context import Context
from vastaanotto.errors import ValidationError
from vastaanotto.models.billing import (Invoice, InvoiceKind, InvoiceLine, InvoiceStatus,
                                        Payment)
from vastaanotto.models.resources import Service, VatClass
from vastaanotto.models.staff import Staff
from vastaanotto.models.visits import Visit
from vastaanotto.permissions import Action, allowed
from vastaanotto.services import invoice_rules as rules
from vastaanotto.services.base import audit, require
from vastaanotto.services.invoicing import balances
from vastaanotto.services.payment_rules import is_rounding

__all__ = ["Report", "cash_report", "sales_by_month", "sales_by_service",
           "sales_by_practitioner", "vat_report", "open_invoices", "may_see_all",
           "MAX_PERIOD_DAYS", "CASH_ROUNDING"]

ZERO = Decimal("0.00")
CASH_ROUNDING = "cash_rounding"   # the "method" of the cash report's rounding row
MAX_PERIOD_DAYS = 3700   # ten years: enough for any bookkeeping question, bounded work


@dataclass(frozen=True)
class Report:
    kind: str
    start: dt.date
    end: dt.date
    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]
    total: tuple[Any, ...] | None = None   # same columns; "" where a total means nothing


def may_see_all(ctx: Context) -> bool:
    """True for the owner: every report and any day's cash."""
    return allowed(ctx.roles, Action.INVOICE_MANAGE)


def _period(start: dt.date, end: dt.date) -> None:
    if end < start:
        raise ValidationError("end", "end_before_start")
    if (end - start).days > MAX_PERIOD_DAYS:
        raise ValidationError("end", "period_too_long", max=MAX_PERIOD_DAYS)


def _utc_bounds(start: dt.date, end: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """[start 00:00, end+1 00:00) in Helsinki, as UTC instants (DST-safe)."""
    first = dt.datetime.combine(start, dt.time(0), tzinfo=HELSINKI)
    after = dt.datetime.combine(end + dt.timedelta(days=1), dt.time(0), tzinfo=HELSINKI)
    return first.astimezone(dt.timezone.utc), after.astimezone(dt.timezone.utc)


def _viewed(session: Session, ctx: Context, report: Report) -> Report:
    audit(session, ctx, "report.viewed", entity_type="report",
          details={"report": report.kind, "start": report.start.isoformat(),
                   "end": report.end.isoformat(), "rows": len(report.rows)})
    return report


# --- cash ---------------------------------------------------------------------------------


def cash_report(ctx: Context, day: dt.date | None = None) -> Report:
    """Kassaraportti of ``day`` (default today): one row per (method, staff member) with the
    number of payments, refunds and the net amount; the total row adds them up: the money
    that really came in (for cash, what must be in the drawer).

    The cash rounding rows (``payment_rules.is_rounding``: the cents a cash sale was rounded
    by, never handed over) are no money: they come last as one row of method
    ``CASH_ROUNDING`` (staff "", count of roundings, 0 refunds, their sum) and stay OUT of the
    total, so the drawer is counted against real cash. Payments paid off the debts =
    total + rounding.

    Columns: method, staff, count, refunds, amount. Reception may read today's only."""
    require(ctx, Action.PAYMENT_TAKE, entity_type="report")
    today = rules.local_today(ctx)
    day = day or today
    if day != today:
        require(ctx, Action.INVOICE_MANAGE, entity_type="report")
    first, after = _utc_bounds(day, day)
    with ctx.transaction() as session:
        rows = session.execute(
            select(Payment.method, Staff.display_name, Payment.amount, Payment.note,
                   Payment.refund_of_id)
            .outerjoin(Staff, Payment.received_by_id == Staff.id)
            .where(Payment.received_at >= first, Payment.received_at < after)).all()
        groups: dict[tuple[str, str], list] = defaultdict(lambda: [0, 0, ZERO])
        rounding = [0, ZERO]
        for row in rows:
            method, who, amount = row.method, row.display_name, row.amount
            if is_rounding(row):
                rounding[0] += 1
                rounding[1] += amount
                continue
            g = groups[(method.value, who or "")]
            if amount < 0:
                g[1] += 1
            else:
                g[0] += 1
            g[2] += amount
        out = tuple((m, who, c, r, a) for (m, who), (c, r, a) in sorted(groups.items()))
        total = ("", "", sum(r[2] for r in out), sum(r[3] for r in out),
                 sum((r[4] for r in out), ZERO))
        if rounding[0]:
            out += ((CASH_ROUNDING, "", rounding[0], 0, rounding[1] + ZERO),)
        return _viewed(session, ctx, Report("cash", day, day,
                                            ("method", "staff", "count", "refunds", "amount"),
                                            out, total))


# --- sales and VAT ------------------------------------------------------------------------


def _lines(session: Session, start: dt.date, end: dt.date):
    """(invoice, line, service name, practitioner name) of issued documents in the period."""
    return session.execute(
        select(Invoice.id, Invoice.issue_date, InvoiceLine, Service.name, Staff.display_name)
        .join(InvoiceLine, InvoiceLine.invoice_id == Invoice.id)
        .outerjoin(Service, InvoiceLine.service_id == Service.id)
        .outerjoin(Visit, InvoiceLine.visit_id == Visit.id)
        .outerjoin(Staff, Visit.practitioner_id == Staff.id)
        .where(Invoice.status != InvoiceStatus.DRAFT, Invoice.issue_date >= start,
               Invoice.issue_date <= end)
        .order_by(Invoice.issue_date, Invoice.id, InvoiceLine.position)).all()


def _sales(ctx: Context, kind: str, start: dt.date, end: dt.date, key_column: str,
           key_of) -> Report:
    require(ctx, Action.INVOICE_MANAGE, entity_type="report")
    _period(start, end)
    with ctx.transaction() as session:
        groups: dict[Any, list] = {}
        for invoice_id, day, line, service, who in _lines(session, start, end):
            key = key_of(day, line, service, who)
            g = groups.setdefault(key, [set(), ZERO, ZERO, ZERO])
            g[0].add(invoice_id)
            g[1] += line.line_total - line.vat_amount
            g[2] += line.vat_amount
            g[3] += line.line_total
        rows = tuple((k, len(g[0]), g[1], g[2], g[3]) for k, g in sorted(
            groups.items(), key=lambda item: (item[0] is None or item[0] == "", item[0] or "")))
        total = ("", len(set().union(*(g[0] for g in groups.values()))) if groups else 0,
                 sum((r[2] for r in rows), ZERO), sum((r[3] for r in rows), ZERO),
                 sum((r[4] for r in rows), ZERO))
        return _viewed(session, ctx, Report(kind, start, end,
                                            (key_column, "count", "net", "vat", "gross"),
                                            rows, total))


def sales_by_month(ctx: Context, start: dt.date, end: dt.date) -> Report:
    """Sales per calendar month (key: the month's first day), every month of the period
    present even without sales, so a chart has no gaps. Columns: month, count, net, vat,
    gross."""
    report = _sales(ctx, "sales_by_month", start, end, "month",
                    lambda day, line, service, who: day.replace(day=1))
    have = {r[0]: r for r in report.rows}
    rows, month = [], start.replace(day=1)
    while month <= end:
        rows.append(have.get(month, (month, 0, ZERO, ZERO, ZERO)))
        month = (month + dt.timedelta(days=32)).replace(day=1)
    return Report(report.kind, start, end, report.columns, tuple(rows), report.total)


def sales_by_service(ctx: Context, start: dt.date, end: dt.date) -> Report:
    """Sales per service; lines typed by hand (no service) under their description."""
    return _sales(ctx, "sales_by_service", start, end, "service",
                  lambda day, line, service, who: service or line.description)


def sales_by_practitioner(ctx: Context, start: dt.date, end: dt.date) -> Report:
    """Sales per practitioner of the invoiced visit; lines without a visit under ""."""
    return _sales(ctx, "sales_by_practitioner", start, end, "practitioner",
                  lambda day, line, service, who: who or "")


def vat_report(ctx: Context, start: dt.date, end: dt.date) -> Report:
    """Taxable base, VAT and gross per rate (the exempt sales with their legal basis) for the
    VAT return. Columns: rate, legal_basis, net, vat, gross."""
    require(ctx, Action.INVOICE_MANAGE, entity_type="report")
    _period(start, end)
    with ctx.transaction() as session:
        groups: dict[tuple, list] = {}
        for _iid, _day, line, _service, _who in _lines(session, start, end):
            exempt = line.vat_class is VatClass.HEALTH_EXEMPT
            key = (exempt, Decimal(line.vat_rate).normalize() + 0,
                   line.legal_basis if exempt else "")
            g = groups.setdefault(key, [ZERO, ZERO, ZERO])
            g[0] += line.line_total - line.vat_amount
            g[1] += line.vat_amount
            g[2] += line.line_total
        keys = sorted(groups, key=lambda k: (k[0], -k[1]))
        rows = tuple((k[1], k[2], *groups[k]) for k in keys)
        total = ("", "", sum((r[2] for r in rows), ZERO), sum((r[3] for r in rows), ZERO),
                 sum((r[4] for r in rows), ZERO))
        return _viewed(session, ctx, Report("vat", start, end,
                                            ("rate", "legal_basis", "net", "vat", "gross"),
                                            rows, total))


def open_invoices(ctx: Context, *, overdue_only: bool = False) -> Report:
    """Issued invoices with something left to pay today, oldest due first. Columns: number,
    buyer, issue_date, due_date, total, paid, balance, days_overdue (0 when not due)."""
    require(ctx, Action.INVOICE_MANAGE, entity_type="report")
    today = rules.local_today(ctx)
    with ctx.transaction() as session:
        invoices = session.scalars(
            select(Invoice).where(Invoice.kind == InvoiceKind.INVOICE,
                                  Invoice.status == InvoiceStatus.ISSUED)
            .order_by(Invoice.due_date, Invoice.number)).all()
        money = balances(session, [i.id for i in invoices])
        rows = []
        for inv in invoices:
            paid, credited = money[inv.id]
            balance = inv.total + credited - paid
            late = max(0, (today - inv.due_date).days) if inv.due_date else 0
            if balance <= 0 or (overdue_only and late == 0):
                continue
            rows.append((inv.number, inv.buyer_name, inv.issue_date, inv.due_date, inv.total,
                         paid, balance, late))
        total = ("", "", "", "", sum((r[4] for r in rows), ZERO),
                 sum((r[5] for r in rows), ZERO), sum((r[6] for r in rows), ZERO), "")
        first = min((r[2] for r in rows), default=today)
        return _viewed(session, ctx, Report(
            "overdue" if overdue_only else "open", first, today,
            ("number", "buyer", "issue_date", "due_date", "total", "paid", "balance",
             "days_overdue"), tuple(rows), total))
