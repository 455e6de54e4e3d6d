"""Incoming reference payments from the bank: camt.054 XML and the Finnish KTL file.

Two formats, one result (``StatementLine``):

* **camt.054** (ISO 20022 BankToCustomerDebitCreditNotification, versions .001.02 to .001.08
  alike: only local names are read). Each credit entry (``Ntry`` with ``CdtDbtInd`` CRDT) may
  hold several transactions (``NtryDtls/TxDtls``); each gives a line with its amount, the
  structured creditor reference ``RmtInf/Strd/CdtrRefInf/Ref`` (Finnish or RF), the booking
  date and the bank's archive id (``Refs/AcctSvcrRef``, else the entry's ``AcctSvcrRef``
  with the transaction's index) as the entry id. Reversals (``RvslInd``) and debits are
  listed, never recorded. The XML is parsed with defusedxml: entity tricks are refused.
* **KTL** (konekielinen viitesiirtoaineisto, Finanssiala's "Saapuvat viitemaksut"): fixed
  records of 90 characters. ``0`` batch header (creation date YYMMDD at 2–7, currency code
  ``1`` = euro at 23); ``3`` reference payment (``5`` direct debit, same layout): account
  2–15, booking date 16–21, payment date 22–27, archive id 28–43, reference 44–63 (zero
  padded), payer's name abbreviation 64–75, currency 76, name source 77, amount in cents
  78–87, correction flag 88 (``1`` = a correction cancelling an earlier payment), channel 89,
  feedback 90; ``9`` sum record: payment count 2–7, their sum in cents 8–18, correction count
  19–24, their sum 25–35. The file is ISO-8859-1; banks that still write 7-bit SFS 4017 names
  use ``[ \\ ] { | }`` for ``Ä Ö Å ä ö å``, which are turned back into letters.

The archive id is the same in both formats for the same payment, so it is the dedupe key
(``Payment.bank_entry_id``): importing a file twice, or the same day as camt and as KTL,
records each payment once. A malformed file raises ``StatementRejected`` before anything is
written. Matching and recording (``preview_statement``, ``import_statement``) take a Context
and run as one transaction: all or nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from xml.etree.ElementTree import Element

from defusedxml import ElementTree as SafeET
from defusedxml.common import DefusedXmlException
from sqlalchemy import select

from vastaanotto.context import Context
from vastaanotto.errors import StatementRejected, ValidationError
from vastaanotto.models.billing import Invoice, InvoiceStatus, Payment, PaymentMethod
from vastaanotto.permissions import Action
from vastaanotto.progress import Progress
from vastaanotto.services import payment_rules as pay
from vastaanotto.services.base import Changes, audit, require

__all__ = ["StatementLine", "ReportLine", "ImportReport", "parse_statement", "parse_camt054",
           "parse_ktl", "preview_statement", "import_statement", "RECORDED"]

MAX_FILE = 10 * 1024 * 1024
KTL_RECORD = 90
_SFS4017 = str.maketrans({"[": "Ä", "\\": "Ö", "]": "Å", "{": "ä", "|": "ö", "}": "å"})

# Line statuses; the first three are recorded as payments.
MATCHED, PARTIAL, OVERPAID = "matched", "partial", "overpaid"
RECORDED = frozenset({MATCHED, PARTIAL, OVERPAID})
DUPLICATE, UNKNOWN_REFERENCE, NO_REFERENCE = "duplicate", "unknown_reference", "no_reference"
NOT_PAYABLE, CORRECTION, DEBIT, NOT_EURO = ("invoice_not_payable", "correction", "debit",
                                            "not_euro")


@dataclass(frozen=True)
class StatementLine:
    entry_id: str
    booking_date: dt.date
    amount: Decimal              # positive
    reference: str               # as in the file, compacted; "" if none
    payer: str
    correction: bool = False     # a reversal of an earlier payment
    credit: bool = True
    currency: str = "EUR"


@dataclass(frozen=True)
class ReportLine:
    line: StatementLine
    status: str
    invoice_id: int | None = None
    invoice_number: int | None = None
    balance_before: Decimal | None = None
    payment_id: int | None = None

    @property
    def recorded(self) -> bool:
        return self.status in RECORDED


@dataclass(frozen=True)
class ImportReport:
    format: str                  # "camt.054" or "ktl"
    lines: tuple[ReportLine, ...]
    dry_run: bool
    changes: Changes | None = None

    @property
    def recorded(self) -> tuple[ReportLine, ...]:
        return tuple(r for r in self.lines if r.recorded)

    @property
    def unmatched(self) -> tuple[ReportLine, ...]:
        return tuple(r for r in self.lines if not r.recorded and r.status != DUPLICATE)

    @property
    def duplicates(self) -> tuple[ReportLine, ...]:
        return tuple(r for r in self.lines if r.status == DUPLICATE)

    @property
    def recorded_total(self) -> Decimal:
        return sum((r.line.amount for r in self.recorded), Decimal("0.00"))


# --- parsing (pure) -------------------------------------------------------------------------


def parse_statement(data: bytes, filename: str = "") -> tuple[str, list[StatementLine]]:
    """``(format, lines)``; the format is told from the content, not the file name."""
    if not data or not data.strip():
        raise StatementRejected("empty_file")
    if len(data) > MAX_FILE:
        raise StatementRejected("file_too_large")
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"<"):
        return "camt.054", parse_camt054(data)
    if head[:1] == b"0":
        return "ktl", parse_ktl(data)
    raise StatementRejected("statement_unknown_format")


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _child(el: Element | None, *path: str) -> Element | None:
    for name in path:
        if el is None:
            return None
        el = next((c for c in el if _local(c.tag) == name), None)
    return el


def _children(el: Element | None, name: str) -> list[Element]:
    return [] if el is None else [c for c in el if _local(c.tag) == name]


def _text(el: Element | None, *path: str) -> str:
    found = _child(el, *path) if path else el
    return (found.text or "").strip() if found is not None else ""


def _xml_amount(el: Element | None, index: int) -> tuple[Decimal, str]:
    if el is None:
        raise StatementRejected("statement_invalid_record", line=index)
    try:
        amount = Decimal((el.text or "").strip())
    except InvalidOperation:
        raise StatementRejected("statement_invalid_record", line=index) from None
    if not amount.is_finite() or amount <= 0 or amount != amount.quantize(Decimal("0.01")):
        raise StatementRejected("statement_invalid_record", line=index)
    return amount.quantize(Decimal("0.01")), el.get("Ccy", "EUR")


def _xml_date(entry: Element, index: int) -> dt.date:
    text = _text(entry, "BookgDt", "Dt") or _text(entry, "BookgDt", "DtTm")[:10] \
        or _text(entry, "ValDt", "Dt")
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise StatementRejected("statement_invalid_record", line=index) from None


def _reference(tx: Element | None) -> str:
    strd = _child(tx, "RmtInf")
    for s in _children(strd, "Strd"):
        ref = _text(s, "CdtrRefInf", "Ref")
        if ref:
            return "".join(ref.split())
    return ""


def _payer(tx: Element | None) -> str:
    parties = _child(tx, "RltdPties")
    return (_text(parties, "Dbtr", "Nm") or _text(parties, "Dbtr", "Pty", "Nm")
            or _text(parties, "UltmtDbtr", "Nm"))[:70]


def parse_camt054(data: bytes) -> list[StatementLine]:
    try:
        root = SafeET.fromstring(data)
    except (SafeET.ParseError, DefusedXmlException, ValueError):
        raise StatementRejected("statement_invalid_xml") from None
    notification = _child(root, "BkToCstmrDbtCdtNtfctn")
    if _local(root.tag) != "Document" or notification is None:
        raise StatementRejected("statement_not_camt054")
    lines: list[StatementLine] = []
    index = 0
    for ntfctn in _children(notification, "Ntfctn"):
        for entry in _children(ntfctn, "Ntry"):
            index += 1
            credit = _text(entry, "CdtDbtInd") == "CRDT"
            if _text(entry, "CdtDbtInd") not in ("CRDT", "DBIT"):
                raise StatementRejected("statement_invalid_record", line=index)
            reversal = _text(entry, "RvslInd").lower() == "true"
            booked = _xml_date(entry, index)
            entry_ref = _text(entry, "AcctSvcrRef")
            txs = [tx for d in _children(entry, "NtryDtls") for tx in _children(d, "TxDtls")]
            if not txs:
                amount, ccy = _xml_amount(_child(entry, "Amt"), index)
                if not entry_ref:
                    raise StatementRejected("statement_invalid_record", line=index)
                lines.append(StatementLine(entry_ref, booked, amount, "", "", reversal, credit,
                                           ccy))
                continue
            for n, tx in enumerate(txs, start=1):
                # Element truthiness is its child count, so pick by ``is not None``.
                candidates = [_child(tx, "AmtDtls", "TxAmt", "Amt"), _child(tx, "Amt")]
                if len(txs) == 1:
                    candidates.append(_child(entry, "Amt"))
                amount_el = next((c for c in candidates if c is not None), None)
                amount, ccy = _xml_amount(amount_el, index)
                tx_ref = _text(tx, "Refs", "AcctSvcrRef")
                entry_id = tx_ref or (f"{entry_ref}/{n}" if len(txs) > 1 else entry_ref)
                if not entry_id:
                    raise StatementRejected("statement_invalid_record", line=index)
                lines.append(StatementLine(entry_id[:100], booked, amount, _reference(tx),
                                           _payer(tx), reversal, credit, ccy))
    if index == 0:
        raise StatementRejected("statement_invalid_record", line=0)
    return lines


def _yymmdd(text: str, line: int) -> dt.date:
    try:
        return dt.datetime.strptime(text, "%y%m%d").date()
    except ValueError:
        raise StatementRejected("statement_invalid_record", line=line) from None


def _cents(text: str, line: int) -> Decimal:
    if not text.isdigit() or not text.isascii():
        raise StatementRejected("statement_invalid_record", line=line)
    return Decimal(int(text)) / 100


def parse_ktl(data: bytes) -> list[StatementLine]:
    text = data.decode("latin-1")
    records = [r.rstrip("\r") for r in text.split("\n")]
    while records and not records[-1].strip():
        records.pop()
    if not records:
        raise StatementRejected("empty_file")
    lines: list[StatementLine] = []
    sums: list[tuple[int, Decimal, int, Decimal]] = []
    seen = {"pay": [0, Decimal(0)], "fix": [0, Decimal(0)]}
    header = False
    for number, raw in enumerate(records, start=1):
        if not raw.strip():
            continue
        if len(raw) > KTL_RECORD:
            raise StatementRejected("statement_invalid_record", line=number)
        rec = raw.ljust(KTL_RECORD)
        kind = rec[0]
        if kind == "0":
            _yymmdd(rec[1:7], number)
            if rec[22] not in ("1", " "):
                raise StatementRejected("statement_not_euro", line=number)
            header = True
        elif kind in "35":
            # Fields up to the correction flag (88) are mandatory; editors may trim the rest.
            if not header or len(raw) < 88:
                raise StatementRejected("statement_invalid_record", line=number)
            booked = _yymmdd(rec[15:21], number)
            _yymmdd(rec[21:27], number)
            archive = rec[27:43].strip()
            ref = rec[43:63]
            if not archive or not ref.strip().isdigit():
                raise StatementRejected("statement_invalid_record", line=number)
            if rec[75] != "1":
                raise StatementRejected("statement_not_euro", line=number)
            amount = _cents(rec[77:87], number)
            if rec[87] not in "01" or amount <= 0:
                raise StatementRejected("statement_invalid_record", line=number)
            fix = rec[87] == "1"
            bucket = seen["fix" if fix else "pay"]
            bucket[0] += 1
            bucket[1] += amount
            lines.append(StatementLine(archive, booked, amount, ref.lstrip("0"),
                                       rec[63:75].rstrip().translate(_SFS4017), fix))
        elif kind == "9":
            try:
                sums.append((int(rec[1:7]), _cents(rec[7:18], number), int(rec[18:24]),
                             _cents(rec[24:35], number)))
            except ValueError:
                raise StatementRejected("statement_invalid_record", line=number) from None
        else:
            raise StatementRejected("statement_invalid_record", line=number)
    if not header or not sums:
        raise StatementRejected("statement_invalid_record", line=len(records))
    # A file may hold several batches (one per account); their sum records add up.
    count = sum(s[0] for s in sums), sum(s[1] for s in sums)
    fixes = sum(s[2] for s in sums), sum(s[3] for s in sums)
    if (count, fixes) != (tuple(seen["pay"]), tuple(seen["fix"])):
        raise StatementRejected("statement_totals_mismatch")
    return lines


# --- matching and recording -----------------------------------------------------------------


def _compact(reference: str) -> str:
    """The reference in compact form, or "" when it is no valid Finnish or RF reference."""
    try:
        return pay.clean_reference(reference)
    except ValidationError:
        return ""


def _find_invoice(session, reference: str) -> Invoice | None:
    column = Invoice.rf_reference if reference.startswith("RF") else Invoice.reference
    return session.scalar(select(Invoice).where(column == reference,
                                                Invoice.kind.in_(pay.PAYABLE_KINDS),
                                                Invoice.number.is_not(None))
                          .order_by(Invoice.id).limit(1))


def _classify(session, lines: list[StatementLine], progress: Progress | None
              ) -> list[ReportLine]:
    entry_ids = [line.entry_id for line in lines]
    known = set(session.scalars(select(Payment.bank_entry_id).where(
        Payment.bank_entry_id.in_(entry_ids)))) if entry_ids else set()
    running: dict[int, Decimal] = {}   # invoice id -> balance after earlier lines of the file
    out: list[ReportLine] = []
    for i, line in enumerate(lines):
        if progress is not None:
            progress.step(i, len(lines))
        if line.entry_id in known:
            out.append(ReportLine(line, DUPLICATE))
            continue
        known.add(line.entry_id)
        if not line.credit:
            out.append(ReportLine(line, DEBIT))
            continue
        if line.correction:
            out.append(ReportLine(line, CORRECTION))
            continue
        if line.currency != "EUR":
            out.append(ReportLine(line, NOT_EURO))
            continue
        reference = _compact(line.reference)
        if not reference:
            out.append(ReportLine(line, NO_REFERENCE if not line.reference
                                  else UNKNOWN_REFERENCE))
            continue
        invoice = _find_invoice(session, reference)
        if invoice is None:
            out.append(ReportLine(line, UNKNOWN_REFERENCE))
            continue
        if invoice.status not in (InvoiceStatus.ISSUED, InvoiceStatus.PAID):
            out.append(ReportLine(line, NOT_PAYABLE, invoice.id, invoice.number))
            continue
        before = running.get(invoice.id)
        if before is None:
            before = pay.balance_of(session, invoice).balance
        status = MATCHED if line.amount == before else PARTIAL if line.amount < before \
            else OVERPAID
        running[invoice.id] = before - line.amount
        out.append(ReportLine(replace(line, reference=reference), status, invoice.id,
                              invoice.number, before))
    return out


def _run(ctx: Context, data: bytes, filename: str, dry_run: bool,
         progress: Progress | None) -> ImportReport:
    require(ctx, Action.INVOICE_MANAGE, entity_type="bank_statement")
    fmt, lines = parse_statement(data, filename)   # refused files never open a transaction
    with ctx.transaction() as session:
        report = _classify(session, lines, progress)
        payment_ids: list[int] = []
        if not dry_run:
            final: list[ReportLine] = []
            touched: dict[int, Invoice] = {}
            for row in report:
                if row.recorded:
                    line = row.line
                    payment = Payment(invoice_id=row.invoice_id, amount=line.amount,
                                      method=PaymentMethod.BANK_TRANSFER,
                                      received_at=pay.day_to_moment(line.booking_date),
                                      received_by_id=ctx.staff_id,
                                      bank_reference=line.reference[:35],
                                      bank_entry_id=line.entry_id, note=line.payer)
                    invoice = touched.get(row.invoice_id) or session.get(Invoice, row.invoice_id)
                    payment.client_id = invoice.client_id
                    touched[invoice.id] = invoice
                    session.add(payment)
                    session.flush()
                    payment_ids.append(payment.id)
                    row = replace(row, payment_id=payment.id)
                final.append(row)
            for invoice in touched.values():
                pay.settle(session, invoice)
            report = final
        audit(session, ctx, "bank_statement.previewed" if dry_run else "bank_statement.imported",
              entity_type="bank_statement",
              details={"format": fmt, "lines": len(report), "recorded": len(payment_ids),
                       "total": str(sum((r.line.amount for r in report if r.recorded),
                                        Decimal("0.00"))),
                       "duplicates": sum(1 for r in report if r.status == DUPLICATE)})
    changes = (Changes.of(*pay.KINDS, ids=sorted({r.invoice_id for r in report if r.recorded}),
                          data=payment_ids) if payment_ids else None)
    return ImportReport(fmt, tuple(report), dry_run, changes)


def preview_statement(ctx: Context, data: bytes, filename: str = "",
                      progress: Progress | None = None) -> ImportReport:
    """What ``import_statement`` would do, without recording anything (owner only). Audits
    "bank_statement.previewed". Raises ``StatementRejected`` for a malformed file."""
    return _run(ctx, data, filename, True, progress)


def import_statement(ctx: Context, data: bytes, filename: str = "",
                     progress: Progress | None = None) -> ImportReport:
    """Record the matched lines as BANK_TRANSFER payments in one transaction (owner only):
    exact amounts, partial payments and overpayments are recorded and flagged; unknown
    references, corrections, debits and lines already imported are listed only. Audits
    "bank_statement.imported"."""
    return _run(ctx, data, filename, False, progress)
