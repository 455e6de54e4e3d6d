"""The client card's "Privacy…" menu: access report, export of the client's data, objection to
marketing and the erasure request, each shown only to those allowed to use it (the services
check again and audit a refusal)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QInputDialog, QMenu, QMessageBox

from ui.errors import show_error
from ui.privacy.common import translate
from vastaanotto.errors import VastaanottoError
from vastaanotto.models.clients import ConsentChannel
from vastaanotto.permissions import Action, allowed
from vastaanotto.services import privacy as privacy_service

_CHANNELS = (ConsentChannel.PHONE, ConsentChannel.IN_PERSON, ConsentChannel.EMAIL,
             ConsentChannel.FORM, ConsentChannel.ONLINE)


def channel_name(channel: ConsentChannel) -> str:
    return {ConsentChannel.PHONE: translate("privacy", "By phone"),
            ConsentChannel.IN_PERSON: translate("privacy", "In person"),
            ConsentChannel.EMAIL: translate("privacy", "By email"),
            ConsentChannel.FORM: translate("privacy", "On a form"),
            ConsentChannel.ONLINE: translate("privacy", "Online")}[channel]


def ask_channel(parent) -> ConsentChannel | None:
    """How the client objected (tests replace this)."""
    names = [channel_name(c) for c in _CHANNELS]
    name, ok = QInputDialog.getItem(parent, translate("privacy", "Objection to marketing"),
                                    translate("privacy", "How did the client object?"),
                                    names, 0, False)
    return _CHANNELS[names.index(name)] if ok else None


def privacy_menu(card: QDialog) -> QMenu | None:
    """The menu for ``card`` (a ClientCardDialog), or None when the person may use none."""
    ctx = card.ctx
    menu = QMenu(card)
    menu.setObjectName("privacyMenu")

    def name() -> str:
        values = card.card.values if card.card else {}
        return f"{values.get('first_name', '')} {values.get('last_name', '')}".strip()

    def open_dialog(cls):
        dialog = cls(ctx, card.publish, card.client_id, name(), card)
        card.privacy_dialog = dialog
        dialog.open()

    if allowed(ctx.roles, Action.AUDIT_VIEW):
        from ui.privacy.dialogs import AccessReportDialog

        action = menu.addAction(translate("privacy", "Access report…"))
        action.setObjectName("privacyAccessReport")
        action.triggered.connect(lambda: open_dialog(AccessReportDialog))
    if allowed(ctx.roles, Action.PRIVACY_MANAGE):
        from ui.privacy.dialogs import ExportDialog

        action = menu.addAction(translate("privacy", "Export data…"))
        action.setObjectName("privacyExport")
        action.triggered.connect(lambda: open_dialog(ExportDialog))
    if allowed(ctx.roles, Action.CLIENT_EDIT):
        action = menu.addAction(translate("privacy", "Object to marketing"))
        action.setObjectName("privacyObject")
        action.triggered.connect(lambda: object_to_marketing(card))
    if allowed(ctx.roles, Action.PRIVACY_MANAGE):
        from ui.privacy.dialogs import ErasureDialog

        action = menu.addAction(translate("privacy", "Erasure request…"))
        action.setObjectName("privacyErasure")
        action.triggered.connect(lambda: open_dialog(ErasureDialog))
    return menu if menu.actions() else None


def object_to_marketing(card) -> None:
    channel = ask_channel(card)
    if channel is None:
        return
    try:
        changes = privacy_service.object_to_marketing(card.ctx, card.client_id, channel)
    except VastaanottoError as exc:
        show_error(card, exc)
        return
    card.publish(changes)
    QMessageBox.information(card, translate("privacy", "Objection to marketing"),
                            translate("privacy", "Both marketing consents are withdrawn, and the "
                                      "objection is recorded."))
