"""Invoices: drafts, issuing with gap-free numbers, credit notes, the printable document.

Contract of every call: the role is checked first (a refusal is audited), then ONE transaction
reads, checks, writes and appends the audit event; mutations return ``Changes`` with kind
"invoices" and ``data`` = the invoice id (the credit note's id for ``credit``). Callable from
any thread that owns its Context. The rules themselves (validation, VAT, numbering, the
reference) are in ``vastaanotto.services.invoice_rules``.

* A draft has no number and may change freely; deleting one leaves no gap.
* ``issue`` fixes the buyer (a snapshot of the client's billing details unless a buyer was
  given), the VAT rates by delivery date, the due date (the draft's payment terms, taken from
  the ``payment_terms_days`` setting, 14 days net by default), the penalty interest valid on
  the issue date, the number and the reference, all in the transaction that marks it issued.
* An issued invoice never changes: ``Conflict("invoice_issued")``. Corrections are credit
  notes, numbered from the same sequence, issued at once, with the original's VAT rates.

Permissions: reception creates and issues (``INVOICE_CREATE``); the owner also credits
(``INVOICE_MANAGE``); practitioners only read invoices with a line from one of their own
visits (``INVOICE_VIEW_OWN``). Reads are audited: "invoice.viewed", "invoice.printed".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import fields
from decimal import Decimal
from typing import Any, Mapping, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from vastaanotto.billing import vat
from vastaanotto.billing.pdf import InvoiceDocument, render_invoice_pdf
from vastaanotto.clock import HELSINKI
from vastaanotto.context import Context
from vastaanotto.errors import Conflict, NotFound, PermissionDenied, ValidationError
from vastaanotto.models.audit import Outcome
from vastaanotto.models.billing import Invoice, InvoiceKind, InvoiceLine, InvoiceStatus
from vastaanotto.models.clients import Client
from vastaanotto.models.resources import Service
from vastaanotto.models.visits import Visit
from vastaanotto.permissions import Action, allowed
from vastaanotto.services import invoice_document
from vastaanotto.services import invoice_rules as rules
from vastaanotto.services.base import Changes, audit, require
from vastaanotto.services.invoice_rules import Buyer, LineInput, reference_for
from vastaanotto.services.practice import read_setting
from vastaanotto.settings import PAYMENT_TERMS_DAYS

__all__ = ["LineInput", "Buyer", "create_draft", "create_from_visits", "update_draft_lines",
           "update_draft", "delete_draft", "issue", "credit", "get_invoice_document",
           "render_pdf", "render_many", "reference_for", "mark_sent", "export_finvoice",
           "InvoiceRow", "list_invoices", "balances", "display_status", "UninvoicedVisit",
           "uninvoiced_visits", "InvoiceDetail", "DetailLine", "get_invoice", "vat_rates_on",
           "buyer_for_client", "barcode_problem"]

KIND = "invoices"
S = InvoiceStatus


def new_draft(session: Session, ctx: Context, *, client: Client | None, buyer: Buyer | None,
              language: str | None, lines: Sequence[LineInput],
              delivery_date: dt.date | None, notes: str,
              payment_terms_days: int | None) -> Invoice:
    """A priced draft in the caller's transaction (no permission check, no audit); the desk
    sale in ``payments`` numbers it at once."""
    terms = (PAYMENT_TERMS_DAYS.validate(payment_terms_days) if payment_terms_days is not None
             else read_setting(session, PAYMENT_TERMS_DAYS))
    invoice = Invoice(kind=InvoiceKind.INVOICE, status=S.DRAFT,
                      client_id=client.id if client else None,
                      language=rules.pick_language(language, client, session),
                      delivery_date=delivery_date, payment_terms_days=terms, notes=notes,
                      created_by_id=ctx.staff_id)
    if buyer is not None:
        rules.snapshot_buyer(invoice, buyer)
    rules.price_lines(session, invoice, lines, rules.local_today(ctx))
    session.add(invoice)
    session.flush()
    return invoice


def create_draft(ctx: Context, *, client_id: int | None = None,
                 buyer: Buyer | Mapping | None = None, language: str | None = None,
                 lines: Sequence[LineInput | Mapping] = (), delivery_date: dt.date | None = None,
                 notes: str = "", payment_terms_days: int | None = None) -> Changes:
    """A draft for a client (buyer taken from the client when issued) or an explicit buyer.

    Raises ValidationError for bad lines (params carry ``line=index``): ``negative_quantity``,
    ``zero_quantity``, ``amount_too_large`` (unit price over 999 999,99), ``invalid_choice``;
    ``lines: empty_invoice``; ``vat_class: vat_rate_missing``; ``buyer: required`` when
    neither a client nor a buyer is given. Audits "invoice.created".
    """
    require(ctx, Action.INVOICE_CREATE, entity_type="invoice", client_id=client_id)
    clean = rules.validate_lines(lines)
    clean_buyer = rules.validate_buyer(buyer) if buyer is not None else None
    if client_id is None and clean_buyer is None:
        raise ValidationError("buyer", "required")
    notes = rules.validate_notes(notes)
    with ctx.transaction() as session:
        client = rules.load_client(session, client_id) if client_id is not None else None
        invoice = new_draft(session, ctx, client=client, buyer=clean_buyer, language=language,
                            lines=clean, delivery_date=delivery_date, notes=notes,
                            payment_terms_days=payment_terms_days)
        audit(session, ctx, "invoice.created", entity_type="invoice", entity_id=invoice.id,
              client_id=client_id, details={"lines": len(clean)})
        return Changes.of(KIND, ids=[invoice.id], data=invoice.id)


def visit_lines(session: Session, visits: Sequence[Visit]) -> list[LineInput]:
    """One line per visit: its service at today's price, described with the visit's day."""
    lines = []
    for visit in visits:
        service = session.get(Service, visit.service_id) if visit.service_id else None
        if service is None:
            raise ValidationError("visit_ids", "visit_without_service")
        day = visit.started_at.astimezone(HELSINKI).date()
        lines.append(LineInput(f"{service.name} {day.day}.{day.month}.{day.year}", Decimal(1),
                               service.price, service.vat_class, Decimal(0), service.id,
                               visit.id))
    return lines


def create_from_visits(ctx: Context, visit_ids: Sequence[int]) -> Changes:
    """A draft with one line per visit: its service at the current price, dated by the visit.

    All visits must be of one client (``visit_ids: visits_of_different_clients``) and have a
    service, and none may be on an invoice that is not credited
    (``Conflict("visit_already_invoiced")``). Audits "invoice.created".
    """
    require(ctx, Action.INVOICE_CREATE, entity_type="invoice")
    ids = list(dict.fromkeys(visit_ids))
    if not ids:
        raise ValidationError("lines", "empty_invoice")
    with ctx.transaction() as session:
        visits = session.scalars(select(Visit).where(Visit.id.in_(ids))
                                 .order_by(Visit.started_at, Visit.id)).all()
        if len(visits) != len(ids):
            raise NotFound(entity="visit")
        if len({v.client_id for v in visits}) != 1:
            raise ValidationError("visit_ids", "visits_of_different_clients")
        taken = session.scalar(
            select(InvoiceLine.id).join(Invoice, InvoiceLine.invoice_id == Invoice.id)
            # A desk receipt (payments.take_payment) sells its visits too.
            .where(InvoiceLine.visit_id.in_(ids),
                   Invoice.kind.in_((InvoiceKind.INVOICE, InvoiceKind.RECEIPT)),
                   Invoice.status != S.CREDITED).limit(1))
        if taken is not None:
            raise Conflict("visit_already_invoiced")
        lines = visit_lines(session, visits)
        client = rules.load_client(session, visits[0].client_id)
        last_day = max(v.started_at for v in visits).astimezone(HELSINKI).date()
        invoice = new_draft(session, ctx, client=client, buyer=None, language=None,
                            lines=lines, delivery_date=last_day, notes="",
                            payment_terms_days=None)
        audit(session, ctx, "invoice.created", entity_type="invoice", entity_id=invoice.id,
              client_id=client.id, details={"lines": len(lines), "visits": len(ids)})
        return Changes.of(KIND, "visits", ids=[invoice.id], data=invoice.id)


def update_draft_lines(ctx: Context, invoice_id: int,
                       lines: Sequence[LineInput | Mapping]) -> Changes:
    """Replace all lines of a draft (same checks as ``create_draft``). Audits
    "invoice.updated"."""
    require(ctx, Action.INVOICE_CREATE, entity_type="invoice", entity_id=invoice_id)
    clean = rules.validate_lines(lines)
    with ctx.transaction() as session:
        invoice = rules.load_draft(session, invoice_id)
        rules.price_lines(session, invoice, clean, rules.local_today(ctx))
        audit(session, ctx, "invoice.updated", entity_type="invoice", entity_id=invoice.id,
              client_id=invoice.client_id, fields=["lines"])
        return Changes.of(KIND, ids=[invoice.id], data=invoice.id)


def update_draft(ctx: Context, invoice_id: int, *, buyer: Buyer | Mapping | None = None,
                 language: str | None = None, delivery_date: dt.date | None = None,
                 notes: str | None = None, payment_terms_days: int | None = None) -> Changes:
    """Change the given header fields of a draft (None = unchanged). Audits "invoice.updated"
    with the names of the changed fields."""
    require(ctx, Action.INVOICE_CREATE, entity_type="invoice", entity_id=invoice_id)
    clean_buyer = rules.validate_buyer(buyer) if buyer is not None else None
    clean_notes = rules.validate_notes(notes) if notes is not None else None
    terms = PAYMENT_TERMS_DAYS.validate(payment_terms_days) if payment_terms_days is not None \
        else None
    with ctx.transaction() as session:
        invoice = rules.load_draft(session, invoice_id)
        changed = []
        if clean_buyer is not None:
            rules.snapshot_buyer(invoice, clean_buyer)
            changed.append("buyer")
        if language is not None:
            invoice.language = rules.pick_language(language, None, session)
            changed.append("language")
        if delivery_date is not None:
            invoice.delivery_date = delivery_date
            rules.price_lines(session, invoice, [rules.as_input(x) for x in invoice.lines],
                              rules.local_today(ctx))
            changed.append("delivery_date")
        if clean_notes is not None:
            invoice.notes = clean_notes
            changed.append("notes")
        if terms is not None:
            invoice.payment_terms_days = terms
            changed.append("payment_terms_days")
        audit(session, ctx, "invoice.updated", entity_type="invoice", entity_id=invoice.id,
              client_id=invoice.client_id, fields=changed)
        return Changes.of(KIND, ids=[invoice.id], data=invoice.id)


def delete_draft(ctx: Context, invoice_id: int) -> Changes:
    """Delete a draft (its visits become free to invoice). Audits "invoice.deleted"."""
    require(ctx, Action.INVOICE_CREATE, entity_type="invoice", entity_id=invoice_id)
    with ctx.transaction() as session:
        invoice = rules.load_draft(session, invoice_id)
        client_id = invoice.client_id
        session.delete(invoice)
        audit(session, ctx, "invoice.deleted", entity_type="invoice", entity_id=invoice_id,
              client_id=client_id)
        return Changes.of(KIND, "visits", ids=[invoice_id], data=invoice_id)


def issue(ctx: Context, invoice_id: int, *, issue_date: dt.date | None = None,
          due_date: dt.date | None = None) -> Changes:
    """Number and fix a draft. ``issue_date`` defaults to today in Helsinki; ``due_date``
    overrides the payment terms (``due_date: due_before_issue`` if before the issue date).
    Raises ``Conflict("invoice_issued")`` if already issued. Audits "invoice.issued"."""
    require(ctx, Action.INVOICE_CREATE, entity_type="invoice", entity_id=invoice_id)
    day = issue_date or rules.local_today(ctx)
    if due_date is not None and due_date < day:
        raise ValidationError("due_date", "due_before_issue")
    with ctx.transaction() as session:
        invoice = rules.load_draft(session, invoice_id)
        if not invoice.lines:
            raise ValidationError("lines", "empty_invoice")
        if invoice.client_id is not None and not invoice.buyer_name:
            client = rules.load_client(session, invoice.client_id)
            rules.snapshot_buyer(invoice, rules.buyer_of(client))
        if not invoice.buyer_name:
            raise ValidationError("buyer_name", "required")
        # Rates again: lines without a delivery date of their own are delivered today.
        rules.price_lines(session, invoice, [rules.as_input(x) for x in invoice.lines], day)
        if due_date is not None:
            invoice.payment_terms_days = (due_date - day).days
        invoice.due_date = day + dt.timedelta(days=invoice.payment_terms_days)
        invoice.penalty_interest_rate = rules.penalty_rate(session, day)
        rules.assign_number(session, ctx, invoice, day)
        session.flush()
        audit(session, ctx, "invoice.issued", entity_type="invoice", entity_id=invoice.id,
              client_id=invoice.client_id, details={"number": invoice.number})
        return Changes.of(KIND, ids=[invoice.id], data=invoice.id)


def credit(ctx: Context, invoice_id: int, *, lines: Mapping[int, Any] | None = None,
           reason: str = "") -> Changes:
    """Issue a credit note for all that is not yet credited (``lines`` None) or for
    ``{invoice line id: quantity to credit}`` (positive; negative on the note). ``reason`` is
    printed on the note. ``data`` = the credit note's id. Audits "invoice.credited".

    ``invoice_id`` may be an invoice or a desk receipt.

    Conflicts: ``invoice_not_issued``, ``invoice_not_creditable`` (a credit note itself),
    ``invoice_already_credited``; ``quantity: credit_exceeds_line`` per line.
    """
    require(ctx, Action.INVOICE_MANAGE, entity_type="invoice", entity_id=invoice_id)
    notes = rules.validate_notes(reason)
    with ctx.transaction() as session:
        original = rules.load_invoice(session, invoice_id, lock=True)
        # A desk receipt is a simplified invoice: a returned or cancelled service is corrected
        # by a credit note naming it (AVL 209 h §), so the sales and VAT reports net it out;
        # the money goes back with payments.refund (its refund receipt names both).
        if original.kind not in (InvoiceKind.INVOICE, InvoiceKind.RECEIPT):
            raise Conflict("invoice_not_creditable")
        if original.status is S.DRAFT:
            raise Conflict("invoice_not_issued")
        remaining = rules.remaining_quantities(session, original)
        wanted = rules.credit_quantities(remaining, lines)
        if not wanted:
            raise Conflict("invoice_already_credited")
        note = Invoice(kind=InvoiceKind.CREDIT_NOTE, client_id=original.client_id,
                       language=original.language, delivery_date=original.delivery_date,
                       payment_terms_days=0, credit_of_id=original.id, notes=notes,
                       created_by_id=ctx.staff_id)
        for f in fields(Buyer):
            setattr(note, f"buyer_{f.name}", getattr(original, f"buyer_{f.name}"))
        chosen = [line for line in original.lines if line.id in wanted]
        rules.store_lines(note, [rules.as_input(line, -wanted[line.id]) for line in chosen],
                          [vat.RateInfo(line.vat_class, line.vat_rate, line.legal_basis)
                           for line in chosen])
        for line, source in zip(note.lines, chosen):
            line.position = source.position  # how later credits find what is credited
        rules.assign_number(session, ctx, note, rules.local_today(ctx))
        session.add(note)
        if all(remaining[line.id] == wanted.get(line.id, 0) for line in original.lines):
            original.status = S.CREDITED
        session.flush()
        audit(session, ctx, "invoice.credited", entity_type="invoice", entity_id=original.id,
              client_id=original.client_id,
              details={"credit_note_id": note.id, "number": note.number})
        return Changes.of(KIND, ids=[original.id, note.id], data=note.id)


def _may_view(session: Session, ctx: Context, invoice: Invoice) -> bool:
    if allowed(ctx.roles, Action.INVOICE_MANAGE) or allowed(ctx.roles, Action.INVOICE_CREATE):
        return True
    return (allowed(ctx.roles, Action.INVOICE_VIEW_OWN)
            and invoice_document.has_visit_of(session, invoice, ctx.staff_id))


def _read(ctx: Context, invoice_id: int, action: str, render: bool):
    with ctx.transaction() as session:
        invoice = rules.load_invoice(session, invoice_id)
        if _may_view(session, ctx, invoice):
            doc = invoice_document.build(session, invoice)
            result = render_invoice_pdf(doc) if render else doc
            audit(session, ctx, action, entity_type="invoice", entity_id=invoice.id,
                  client_id=invoice.client_id)
            return result
        # Audited in this transaction, which commits as the block ends; then refused.
        audit(session, ctx, "permission.refused", outcome=Outcome.REFUSED,
              entity_type="invoice", entity_id=invoice.id, client_id=invoice.client_id,
              details={"action": Action.INVOICE_VIEW_OWN.value})
    raise PermissionDenied(Action.INVOICE_VIEW_OWN.value)


def get_invoice_document(ctx: Context, invoice_id: int) -> InvoiceDocument:
    """The printable content of an invoice, draft or credit note. Audits "invoice.viewed"."""
    return _read(ctx, invoice_id, "invoice.viewed", render=False)


def render_pdf(ctx: Context, invoice_id: int) -> bytes:
    """The invoice as PDF bytes. Rendered inside the transaction, so "invoice.printed" is
    recorded exactly when a PDF was produced."""
    return _read(ctx, invoice_id, "invoice.printed", render=True)


def render_many(ctx: Context, invoice_ids: Sequence[int]) -> list[bytes]:
    """Several invoices as PDFs (in the given order) in one transaction, for batch printing
    (one commit instead of one per invoice). "invoice.printed" is audited for each in the
    transaction that produced them, as ``render_pdf`` does. Reception and owner only."""
    require(ctx, Action.INVOICE_CREATE, entity_type="invoice")
    ids = list(invoice_ids)
    with ctx.transaction() as session:
        found = {inv.id: inv for inv in session.scalars(select(Invoice).where(
            Invoice.id.in_(ids)))}
        if len(found) != len(set(ids)):
            raise NotFound(entity="invoice")
        invoices = [found[i] for i in ids]
        docs = [invoice_document.build(session, inv) for inv in invoices]
        pdfs = [render_invoice_pdf(doc) for doc in docs]
        for inv in invoices:
            audit(session, ctx, "invoice.printed", entity_type="invoice", entity_id=inv.id,
                  client_id=inv.client_id, details={"batch": True})
        return pdfs


def mark_sent(ctx: Context, invoice_ids: Sequence[int], *, via: str) -> Changes:
    """Record that issued invoices went out (``via`` "print", "email" or "finvoice"): sets
    ``Invoice.sent_at`` where it is still empty, so "unsent" lists and batch printing skip them.
    Drafts are ignored. Audits "invoice.sent" per invoice whose ``sent_at`` was set."""
    require(ctx, Action.INVOICE_CREATE, entity_type="invoice")
    if via not in ("print", "email", "finvoice"):
        raise ValidationError("via", "invalid_choice")
    ids = list(dict.fromkeys(invoice_ids))
    marked: list[int] = []
    with ctx.transaction() as session:
        for invoice in session.scalars(select(Invoice).where(Invoice.id.in_(ids),
                                                             Invoice.status != S.DRAFT,
                                                             Invoice.sent_at.is_(None))):
            invoice.sent_at = ctx.now()
            marked.append(invoice.id)
            audit(session, ctx, "invoice.sent", entity_type="invoice", entity_id=invoice.id,
                  client_id=invoice.client_id, details={"via": via})
        return Changes.of(KIND, ids=marked, data=marked)


def export_finvoice(ctx: Context, invoice_id: int) -> bytes:
    """The issued invoice as Finvoice 3.0 XML (``vastaanotto.billing.finvoice``), for company
    payers' e-invoicing. ``Conflict("invoice_not_issued")`` for a draft. Audits
    "invoice.exported"."""
    from vastaanotto.billing.finvoice import finvoice_xml

    require(ctx, Action.INVOICE_CREATE, entity_type="invoice", entity_id=invoice_id)
    with ctx.transaction() as session:
        invoice = rules.load_invoice(session, invoice_id)
        if invoice.status is S.DRAFT:
            raise Conflict("invoice_not_issued")
        doc = invoice_document.build(session, invoice)
        xml = finvoice_xml(doc, einvoice_address=invoice.buyer_einvoice_address,
                           einvoice_operator=invoice.buyer_einvoice_operator)
        audit(session, ctx, "invoice.exported", entity_type="invoice", entity_id=invoice.id,
              client_id=invoice.client_id, details={"format": "finvoice3.0"})
        return xml


# The list and editor reads live in their own module; callers keep using this one.
from vastaanotto.services.invoice_lists import (  # noqa: E402,F401
    STATUS_FILTERS, DetailLine, InvoiceDetail, InvoiceRow, UninvoicedVisit, balances,
    barcode_problem, buyer_for_client, display_status, get_invoice, list_invoices,
    uninvoiced_visits, vat_rates_on)
