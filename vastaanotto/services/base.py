"""Building blocks of every service: permission checks, audit events, change descriptions."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

from sqlalchemy.orm import Session

from vastaanotto.context import Context
from vastaanotto.errors import PermissionDenied, ValidationError, ValidationErrors
from vastaanotto.models.audit import AuditEvent, Outcome
from vastaanotto.permissions import Action, allowed
from vastaanotto.privacy import audit_chain


@dataclass(frozen=True)
class Changes:
    """What a mutation changed, so each view refreshes only if it cares (Anki's OpChanges)."""

    kinds: frozenset[str] = frozenset()
    ids: tuple[int, ...] = ()
    data: Any = None  # the created/updated object's id or a small result for the caller

    @classmethod
    def of(cls, *kinds: str, ids: Iterable[int] = (), data: Any = None) -> "Changes":
        return cls(frozenset(kinds), tuple(ids), data)

    def touches(self, *kinds: str) -> bool:
        return bool(self.kinds.intersection(kinds))


def audit(session: Session, ctx: Context, action: str, *, outcome: Outcome = Outcome.OK,
          entity_type: str = "", entity_id: int | None = None, client_id: int | None = None,
          fields: Iterable[str] = (), reason: str = "", details: dict | None = None) -> AuditEvent:
    """Append an audit event in the caller's transaction. ``fields`` names, never values.

    Before anyone has logged in (a failed login) ``ctx`` is an anonymous context
    (:func:`anonymous_context`) whose staff id is None.
    """
    event = AuditEvent(
        at=ctx.now(),
        actor_id=ctx.staff_id,
        actor_name=ctx.display_name[:200],
        workstation=ctx.workstation[:100],
        action=action,
        outcome=outcome,
        entity_type=entity_type,
        entity_id=entity_id,
        client_id=client_id,
        fields=sorted(set(fields)),
        reason=reason[:500],
        details=details or {},
    )
    return audit_chain.append(session, event, ctx.db.audit_key)


def anonymous_context(db, workstation: str, clock=None, name: str = "") -> Context:
    from vastaanotto.clock import system_clock

    return Context(db=db, staff_id=None, username="", display_name=name, roles=frozenset(),
                   workstation=workstation, clock=clock or system_clock)


def require(ctx: Context, action: Action, *, entity_type: str = "", entity_id: int | None = None,
            client_id: int | None = None) -> None:
    """Raise PermissionDenied unless allowed. A refusal is audited in its own transaction, so it
    is kept even though the caller's work is abandoned."""
    if allowed(ctx.roles, action):
        return
    with ctx.transaction() as session:
        audit(session, ctx, "permission.refused", outcome=Outcome.REFUSED,
              entity_type=entity_type, entity_id=entity_id, client_id=client_id,
              details={"action": action.value})
    raise PermissionDenied(action.value)


class FieldCollector:
    """Runs validators and gathers every failure, so a form can mark all bad fields at once."""

    def __init__(self) -> None:
        self.errors: list[ValidationError] = []

    def check(self, func, *args, **kwargs):
        """``func(*args, **kwargs)``, or None with its failure(s) gathered."""
        try:
            return func(*args, **kwargs)
        except ValidationError as exc:
            self.errors.append(exc)
        except ValidationErrors as exc:
            self.errors.extend(exc.errors)
        return None

    def add(self, error: ValidationError) -> None:
        self.errors.append(error)

    def raise_if_any(self) -> None:
        if len(self.errors) == 1:
            raise self.errors[0]
        if self.errors:
            raise ValidationErrors(self.errors)
