"""The per-client access report (lokiselvitys) of laki 703/2023 and GDPR art. 15, as a PDF.

Who viewed or changed the client's data, when, from which workstation, what and why. The
rows come from the audit trail (``services.audit_log.client_access_report`` reads them);
this module only words and prints them. No database access here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from vastaanotto.clock import HELSINKI
from vastaanotto.privacy.labels import action_label, t
from vastaanotto.privacy.pdf import Document

__all__ = ["AccessRow", "purpose_key", "what_text", "render_pdf", "date_text", "time_text"]


@dataclass(frozen=True)
class AccessRow:
    seq: int
    at: dt.datetime        # aware
    actor_name: str
    workstation: str
    action: str
    outcome: str
    fields: tuple[str, ...]
    reason: str


def what_text(action: str, language: str) -> str:
    """What an action did, in words a client understands (labels.action_label)."""
    return action_label(action, language)


def purpose_key(action: str, reason: str) -> str:
    """The basis of the processing: the reason the person gave, else one from the action."""
    if action.startswith("privacy."):
        return "basis_request"
    if action.startswith(("invoice.", "payment.")):
        return "basis_billing"
    return "basis_care"


def date_text(day: dt.date | None) -> str:
    return f"{day.day}.{day.month}.{day.year}" if day else ""


def time_text(moment: dt.datetime | None) -> str:
    if moment is None:
        return ""
    local = moment.astimezone(HELSINKI)
    return f"{date_text(local.date())} {local:%H:%M}"


def render_pdf(*, practice_name: str, client_name: str, client_id: int, start: dt.date,
               end: dt.date, rows: list[AccessRow], produced_at: dt.datetime,
               language: str = "fi") -> bytes:
    doc = Document(t("report_title", language),
                   footer=f"{practice_name} – {t('produced', language)} {time_text(produced_at)}")
    doc.paragraph(t("report_intro", language, practice=practice_name))
    doc.facts([(t("client", language), f"{client_name} (#{client_id})"),
               (t("period", language), f"{date_text(start)} – {date_text(end)}"),
               (t("events", language), str(len(rows))),
               (t("produced", language), time_text(produced_at))])
    table_rows = []
    for r in rows:
        why = r.reason or t(purpose_key(r.action, r.reason), language)
        what = what_text(r.action, language)
        if r.fields:
            what += f" ({', '.join(r.fields)})"
        table_rows.append([time_text(r.at), r.actor_name, r.workstation, what, why])
    doc.table([t("when", language), t("who", language), t("workstation", language),
               t("what", language), t("why", language)], table_rows,
              widths=[26, 32, 26, 50, 36], empty=t("none", language))
    doc.heading(t("disclosures", language))
    doc.paragraph(t("no_disclosures", language))
    return doc.render()
