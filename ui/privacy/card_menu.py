"""The client card's "Privacy…" menu: access report, export of the client's data, objection to
marketing and the erasure request, each shown only to those allowed to use it (the services
check again and audit a refusal)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QInputDialog, QMenu, QMessageBox

from ui.errors import show_error
from ui.privacy.common import tr
from vastaanotto.errors import VastaanottoError
from vastaanotto.models.clients import ConsentChannel
from vastaanotto.permissions import Action, allowed
from vastaanotto.services import privacy as privacy_service

_CHANNELS = (ConsentChannel.PHONE, ConsentChannel.IN_PERSON, ConsentChannel.EMAIL,
             ConsentChannel.FORM, ConsentChannel.ONLINE)


def channel_name(channel: ConsentChannel) -> str:
    return {ConsentChannel.PHONE: tr("By phone"), ConsentChannel.IN_PERSON: tr("In person"),
            ConsentChannel.EMAIL: tr("By email"), ConsentChannel.FORM: tr("On a form"),
            ConsentChannel.ONLINE: tr("Online")}[channel]


def ask_channel(parent) -> ConsentChannel | None:
    """How the client objected (tests replace this)."""
    names = [channel_name(c) for c in _CHANNELS]
    name, ok = QInputDialog.getItem(parent, tr("Objection to marketing"),
                                    tr("How did the client object?"), names, 0, False)
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

        action = menu.addAction(tr("Access report…"))
        action.setObjectName("privacyAccessReport")
        action.triggered.connect(lambda: open_dialog(AccessReportDialog))
    if allowed(ctx.roles, Action.PRIVACY_MANAGE):
        from ui.privacy.dialogs import ExportDialog

        action = menu.addAction(tr("Export data…"))
        action.setObjectName("privacyExport")
        action.triggered.connect(lambda: open_dialog(ExportDialog))
    if allowed(ctx.roles, Action.CLIENT_EDIT):
        action = menu.addAction(tr("Object to marketing"))
        action.setObjectName("privacyObject")
        action.triggered.connect(lambda: object_to_marketing(card))
    if allowed(ctx.roles, Action.PRIVACY_MANAGE):
        from ui.privacy.dialogs import ErasureDialog

        action = menu.addAction(tr("Erasure request…"))
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
    QMessageBox.information(card, tr("Objection to marketing"),
                            tr("Both marketing consents are withdrawn, and the objection is "
                               "recorded."))
