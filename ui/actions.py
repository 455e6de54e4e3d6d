"""Every QAction of the main window, built once from an enum (Picard's actions registry).

Menus, toolbars and tests use the same objects. Visibility by role is a convenience only: the
services check permissions on every call anyway.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from vastaanotto.models.staff import Role
from vastaanotto.permissions import Action, allowed

# Called by this name so that pyside6-lupdate finds the texts (a wrapper would hide them).
translate = QCoreApplication.translate


class ActionId(enum.Enum):
    CALENDAR_VIEW = "calendar_view"
    CLIENTS_VIEW = "clients_view"
    BILLING_VIEW = "billing_view"
    MESSAGES_VIEW = "messages_view"
    PRIVACY_VIEW = "privacy_view"
    ADMIN_VIEW = "admin_view"
    TODAY = "today"
    NEW_BOOKING = "new_booking"
    FIND_CLIENT = "find_client"
    LOCK = "lock"
    LOGOUT = "logout"
    QUIT = "quit"
    ABOUT = "about"


@dataclass(frozen=True)
class _Spec:
    text: str
    shortcut: QKeySequence | str | None = None
    needs: Action | None = None       # hidden unless the roles allow it
    available: bool = True            # False: no view of this version provides it yet


def _specs() -> dict[ActionId, _Spec]:
    # Built per call so the texts follow the translator installed at that moment.
    A = Action
    return {
        ActionId.CALENDAR_VIEW: _Spec(translate("actions", "&Calendar"), "Ctrl+1",
                                      A.CALENDAR_VIEW),
        ActionId.CLIENTS_VIEW: _Spec(translate("actions", "C&lients"), "Ctrl+2", A.CLIENT_VIEW),
        ActionId.BILLING_VIEW: _Spec(translate("actions", "&Billing"), "Ctrl+3"),
        ActionId.MESSAGES_VIEW: _Spec(translate("actions", "&Messages"), "Ctrl+5",
                                      A.MESSAGE_LOG),
        ActionId.PRIVACY_VIEW: _Spec(translate("actions", "&Privacy"), "Ctrl+6",
                                     A.PRIVACY_MANAGE),
        ActionId.ADMIN_VIEW: _Spec(translate("actions", "&Administration"), "Ctrl+4",
                                   A.SETTINGS_MANAGE),
        ActionId.TODAY: _Spec(translate("actions", "&Today"), "T", A.CALENDAR_VIEW),
        ActionId.NEW_BOOKING: _Spec(translate("actions", "&New booking…"),
                                    QKeySequence.StandardKey.New, A.CALENDAR_BOOK),
        ActionId.FIND_CLIENT: _Spec(translate("actions", "&Find client…"),
                                    QKeySequence.StandardKey.Find, A.CLIENT_VIEW),
        ActionId.LOCK: _Spec(translate("actions", "&Lock"), "Ctrl+L"),
        ActionId.LOGOUT: _Spec(translate("actions", "Log &out")),
        ActionId.QUIT: _Spec(translate("actions", "&Quit"), "Ctrl+Q"),
        ActionId.ABOUT: _Spec(translate("actions", "&About Vastaanotto")),
    }


def build_actions(window: QWidget) -> dict[ActionId, QAction]:
    """One QAction per ActionId, parented to ``window`` so their shortcuts work in it.

    Connecting ``triggered`` is the window's business; so is :func:`apply_roles`.
    """
    actions: dict[ActionId, QAction] = {}
    for action_id, spec in _specs().items():
        action = QAction(spec.text, window)
        action.setObjectName(f"action_{action_id.value}")
        if spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
        if action_id is ActionId.QUIT:
            action.setMenuRole(QAction.MenuRole.QuitRole)
        elif action_id is ActionId.ABOUT:
            action.setMenuRole(QAction.MenuRole.AboutRole)
        actions[action_id] = action
        window.addAction(action)
    return actions


def apply_roles(actions: dict[ActionId, QAction], roles: frozenset[Role]) -> dict[ActionId, bool]:
    """Hide what the roles may never use, disable what this version lacks; returns the enabled
    state of each action so a lock can restore it afterwards."""
    state: dict[ActionId, bool] = {}
    for action_id, spec in _specs().items():
        permitted = spec.needs is None or allowed(roles, spec.needs)
        actions[action_id].setVisible(permitted)
        state[action_id] = permitted and spec.available
        actions[action_id].setEnabled(state[action_id])
    return state
