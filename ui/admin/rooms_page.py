"""Rooms: treatment rooms that services may need; added, renamed and deactivated here."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from ui.admin.common import EditDialog, Publish, TablePage
from ui.admin.models import RoomsModel
from vastaanotto.context import Context
from vastaanotto.services import catalog
from vastaanotto.services.base import Changes
from vastaanotto.services.catalog import RoomRow


class RoomDialog(EditDialog):
    def __init__(self, ctx: Context, publish: Publish, parent: QWidget | None,
                 row: RoomRow | None = None):
        super().__init__(ctx, publish, parent)
        self.setWindowTitle(self.tr("Add room") if row is None else self.tr("Edit room"))
        self.row = row
        self.name = QLineEdit(row.name if row else "", self)
        self.description = QLineEdit(row.description if row else "", self)
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Description"), self.description)
        self.bind_errors({"name": self.name})

    def submit(self) -> Changes:
        return catalog.save_room(self.ctx, self.row.id if self.row else None,
                                 name=self.name.text(), description=self.description.text(),
                                 active=self.row.active if self.row else True)


class RoomsPage(TablePage):
    KINDS = ("rooms",)

    def __init__(self, ctx: Context, publish: Publish, parent: QWidget | None = None):
        super().__init__(ctx, publish, RoomsModel(), parent)
        self.add_button(self.tr("Add…"), self.add_room, object_name="add")
        self.add_button(self.tr("Edit…"), self.edit_selected, object_name="edit",
                        needs_selection=True)
        self.active_button = self.add_button(self.tr("Deactivate"), self.toggle_active,
                                             object_name="toggle_active", needs_selection=True)
        self.finish_buttons()
        self.load()

    def load(self) -> None:
        self.model.set_rows(catalog.list_rooms(self.ctx))

    def update_buttons(self, *_args) -> None:
        super().update_buttons()
        row = self.selected()
        self.active_button.setText(self.tr("Activate") if row is not None and not row.active
                                   else self.tr("Deactivate"))

    def add_room(self) -> RoomDialog:
        return self.open_dialog(RoomDialog(self.ctx, self._publish, self))

    def edit_selected(self) -> RoomDialog | None:
        row = self.selected()
        return self.open_dialog(RoomDialog(self.ctx, self._publish, self, row)) if row else None

    def toggle_active(self) -> None:
        row = self.selected()
        if row is not None:
            self.call(catalog.save_room, self.ctx, row.id, name=row.name,
                      description=row.description, active=not row.active)
