"""The role matrix of DESIGN.md, as data. Services ask ``allowed(roles, action)``."""

from __future__ import annotations

import enum

from vastaanotto.models.staff import Role


class Action(str, enum.Enum):
    CALENDAR_VIEW = "calendar.view"
    CALENDAR_BOOK = "calendar.book"
    CALENDAR_OVERRIDE = "calendar.override"   # book anyway over a conflict or closed hours
    CLIENT_VIEW = "client.view"
    CLIENT_EDIT = "client.edit"
    CLIENT_EXPORT = "client.export"
    HETU_VIEW_ANY = "hetu.view_any"
    HETU_VIEW_OWN = "hetu.view_own"            # a practitioner, for their own clients
    NOTES_OWN = "notes.own"                    # read/write notes of own clients
    NOTES_OTHER_WITH_REASON = "notes.other"    # other practitioners' clients, reason logged
    INVOICE_CREATE = "invoice.create"
    INVOICE_VIEW_OWN = "invoice.view_own"
    INVOICE_MANAGE = "invoice.manage"          # everything: issue, credit, reports
    PAYMENT_TAKE = "payment.take"
    AUDIT_VIEW = "audit.view"
    STAFF_MANAGE = "staff.manage"
    SETTINGS_MANAGE = "settings.manage"
    BACKUP_MANAGE = "backup.manage"            # targets, keys, emergency kit, drill, restore
    BACKUP_RUN = "backup.run"                  # back up to the set targets; see the status
    PRIVACY_MANAGE = "privacy.manage"          # data-subject requests, erasure, retention
    MESSAGE_LOG = "messages.log"               # what was sent to whom, failures, retries


_RECEPTION = {
    Action.CALENDAR_VIEW, Action.CALENDAR_BOOK, Action.CLIENT_VIEW, Action.CLIENT_EDIT,
    Action.INVOICE_CREATE, Action.PAYMENT_TAKE, Action.MESSAGE_LOG, Action.BACKUP_RUN,
}
_PRACTITIONER = {
    Action.CALENDAR_VIEW, Action.CALENDAR_BOOK, Action.CLIENT_VIEW, Action.CLIENT_EDIT,
    Action.HETU_VIEW_OWN, Action.NOTES_OWN, Action.NOTES_OTHER_WITH_REASON,
    Action.INVOICE_VIEW_OWN, Action.BACKUP_RUN,
}
_OWNER = {
    Action.CALENDAR_VIEW, Action.CALENDAR_BOOK, Action.CALENDAR_OVERRIDE, Action.CLIENT_VIEW,
    Action.CLIENT_EDIT, Action.CLIENT_EXPORT, Action.HETU_VIEW_ANY, Action.HETU_VIEW_OWN,
    Action.INVOICE_CREATE, Action.INVOICE_VIEW_OWN, Action.INVOICE_MANAGE, Action.PAYMENT_TAKE,
    Action.AUDIT_VIEW, Action.STAFF_MANAGE, Action.SETTINGS_MANAGE, Action.BACKUP_MANAGE,
    Action.PRIVACY_MANAGE, Action.MESSAGE_LOG, Action.BACKUP_RUN,
}

ROLE_ACTIONS: dict[Role, frozenset[Action]] = {
    Role.RECEPTION: frozenset(_RECEPTION),
    Role.PRACTITIONER: frozenset(_PRACTITIONER),
    Role.OWNER: frozenset(_OWNER),
}


def allowed(roles: frozenset[Role] | set[Role], action: Action) -> bool:
    """A person with several roles may do what any of them may (an owner who also treats)."""
    return any(action in ROLE_ACTIONS[r] for r in roles)
