"""The erasure request's outcome for the client, as a PDF: per kind of data, what was erased
or anonymised and what the law keeps, until when and why. No database access here."""

from __future__ import annotations

import datetime as dt

from vastaanotto.privacy.access_report import date_text, time_text
from vastaanotto.privacy.erasure import RULES, Disposition, ErasurePlan, PlanItem
from vastaanotto.privacy.labels import t
from vastaanotto.privacy.pdf import Document

__all__ = ["render_pdf", "plan_from_dict", "plan_rows"]


def plan_from_dict(data: dict) -> ErasurePlan:
    """The plan as stored in the request's details (``ErasurePlan.as_dict``)."""
    items = tuple(PlanItem(i["kind"], int(i["count"]), Disposition(i["disposition"]),
                           dt.date.fromisoformat(i["keep_until"]) if i.get("keep_until")
                           else None, i.get("rule", "gdpr"))
                  for i in data.get("items", ()))
    return ErasurePlan(dt.date.fromisoformat(data["today"]), items)


def plan_rows(plan: ErasurePlan, language: str, *, done: bool) -> list[list[str]]:
    prefix = "disp_" if done else "plan_disp_"
    return [[t(f"kind_{i.kind}", language), str(i.count),
             t(prefix + i.disposition.value, language), date_text(i.keep_until),
             RULES[i.rule].law if i.disposition is not Disposition.NONE else ""]
            for i in plan.items]


def render_pdf(plan: ErasurePlan, *, practice_name: str, client_name: str, client_id: int,
               request_id: int, handler: str, produced_at: dt.datetime,
               language: str = "fi", done: bool = True) -> bytes:
    L = lambda key: t(key, language)  # noqa: E731
    doc = Document(L("erasure_title" if done else "erasure_plan_title"),
                   footer=f"{practice_name} – {L('produced')} {time_text(produced_at)}")
    doc.paragraph(L("erasure_intro"))
    doc.facts([(L("client"), f"{client_name} (#{client_id})" if client_name else
                f"#{client_id}"),
               (L("request_no"), str(request_id)),
               (L("handled_by"), handler),
               (L("produced"), time_text(produced_at))])
    doc.table([L("data_kind"), L("count"), L("action"), L("until"), L("law")],
              plan_rows(plan, language, done=done), [46, 16, 30, 24, 54])
    return doc.render()
