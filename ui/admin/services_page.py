"""Services: what the practice sells, for how long and at what price; who may perform them.

Prices are typed as people write them ("49,90", "1 234,50") and shown as "1 234,50 €"; the
text goes to the service unparsed, so there is one money parser (``validators.money``) and a
refused price shows the core's reason. Services are deactivated, never deleted.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QLineEdit, QListWidget, QListWidgetItem,
                               QSpinBox, QWidget)

from ui import formatting
from ui.admin.common import ColorButton, EditDialog, Publish, TablePage
from ui.admin.models import ServicesModel
from vastaanotto.context import Context
from vastaanotto.models.resources import VatClass
from vastaanotto.models.staff import Role
from vastaanotto.services import catalog
from vastaanotto.services import staff as staff_service
from vastaanotto.services.base import Changes
from vastaanotto.services.catalog import MAX_BUFFER_MINUTES, ServiceRow
from vastaanotto.services.staff import StaffRow

DEFAULT_COLOR = "#7fb77e"
MAX_DURATION_MINUTES = 24 * 60


def _minutes_box(parent: QWidget, minimum: int, maximum: int) -> QSpinBox:
    box = QSpinBox(parent)
    box.setRange(minimum, maximum)
    box.setSuffix(" min")
    return box


class ServiceDialog(EditDialog):
    """Adds (``row`` None) or edits a service. ``staff`` is everyone, for the checklist."""

    def __init__(self, ctx: Context, publish: Publish, parent: QWidget | None,
                 staff: list[StaffRow], row: ServiceRow | None = None):
        super().__init__(ctx, publish, parent)
        self.setWindowTitle(self.tr("Add service") if row is None else self.tr("Edit service"))
        self.row = row
        self.name = QLineEdit(self)
        # 0 is allowed here on purpose: the service refuses it with its own message, which
        # tells more than a spin box that silently will not go lower.
        self.duration = _minutes_box(self, 0, MAX_DURATION_MINUTES)
        self.price = QLineEdit(self)
        self.price.setPlaceholderText("49,90")
        self.vat_class = QComboBox(self)
        for vat in VatClass:
            self.vat_class.addItem(formatting.vat_class_name(vat), vat)
        self.buffer_before = _minutes_box(self, 0, MAX_BUFFER_MINUTES)
        self.buffer_after = _minutes_box(self, 0, MAX_BUFFER_MINUTES)
        self.color = ColorButton(row.color if row else DEFAULT_COLOR, self)
        self.needs_room = QCheckBox(self.tr("Needs a room"), self)
        self.practitioners = QListWidget(self)
        assigned = row.practitioner_ids if row else frozenset()
        for person in staff:
            # Inactive people stay listed only while still assigned, so saving never drops
            # an assignment the owner did not touch.
            if Role.PRACTITIONER not in person.roles or not (person.active
                                                             or person.id in assigned):
                continue
            item = QListWidgetItem(person.display_name, self.practitioners)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if person.id in assigned
                               else Qt.CheckState.Unchecked)
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Duration"), self.duration)
        self.form.addRow(self.tr("Price (VAT included)"), self.price)
        self.form.addRow(self.tr("VAT class"), self.vat_class)
        self.form.addRow(self.tr("Buffer before"), self.buffer_before)
        self.form.addRow(self.tr("Buffer after"), self.buffer_after)
        self.form.addRow(self.tr("Colour in the calendar"), self.color)
        self.form.addRow("", self.needs_room)
        self.form.addRow(self.tr("Practitioners"), self.practitioners)
        if row is None:
            self.duration.setValue(45)
        else:
            self.name.setText(row.name)
            self.duration.setValue(row.duration_minutes)
            self.price.setText(formatting.money_input(row.price))
            self.vat_class.setCurrentIndex(self.vat_class.findData(row.vat_class))
            self.buffer_before.setValue(row.buffer_before_minutes)
            self.buffer_after.setValue(row.buffer_after_minutes)
            self.needs_room.setChecked(row.needs_room)
        self.bind_errors({"name": self.name, "duration_minutes": self.duration,
                          "price": self.price, "vat_class": self.vat_class,
                          "buffer_before_minutes": self.buffer_before,
                          "buffer_after_minutes": self.buffer_after, "color": self.color,
                          "practitioner_ids": self.practitioners})

    def practitioner_ids(self) -> list[int]:
        items = (self.practitioners.item(i) for i in range(self.practitioners.count()))
        return [item.data(Qt.ItemDataRole.UserRole) for item in items
                if item.checkState() == Qt.CheckState.Checked]

    def data(self) -> dict:
        return {"name": self.name.text(), "duration_minutes": self.duration.value(),
                "price": self.price.text(), "vat_class": self.vat_class.currentData(),
                "buffer_before_minutes": self.buffer_before.value(),
                "buffer_after_minutes": self.buffer_after.value(), "color": self.color.color,
                "needs_room": self.needs_room.isChecked(),
                "practitioner_ids": self.practitioner_ids()}

    def submit(self) -> Changes:
        if self.row is None:
            return catalog.create_service(self.ctx, self.data())
        return catalog.update_service(self.ctx, self.row.id, self.data())


class ServicesPage(TablePage):
    KINDS = ("services", "staff")  # the practitioners column shows staff names

    def __init__(self, ctx: Context, publish: Publish, parent: QWidget | None = None):
        super().__init__(ctx, publish, ServicesModel(), parent)
        self._staff: list[StaffRow] = []
        self.add_button(self.tr("Add…"), self.add_service, object_name="add")
        self.add_button(self.tr("Edit…"), self.edit_selected, object_name="edit",
                        needs_selection=True)
        self.active_button = self.add_button(self.tr("Deactivate"), self.toggle_active,
                                             object_name="toggle_active", needs_selection=True)
        self.finish_buttons()
        self.load()

    def load(self) -> None:
        self._staff = staff_service.list_staff(self.ctx)
        self.model.set_rows(catalog.list_services(self.ctx),
                            {s.id: s.display_name for s in self._staff})

    def update_buttons(self, *_args) -> None:
        super().update_buttons()
        row = self.selected()
        self.active_button.setText(self.tr("Activate") if row is not None and not row.active
                                   else self.tr("Deactivate"))

    def add_service(self) -> ServiceDialog:
        return self.open_dialog(ServiceDialog(self.ctx, self._publish, self, self._staff))

    def edit_selected(self) -> ServiceDialog | None:
        row = self.selected()
        if row is None:
            return None
        return self.open_dialog(ServiceDialog(self.ctx, self._publish, self, self._staff, row))

    def toggle_active(self) -> None:
        row = self.selected()
        if row is not None:
            self.call(catalog.set_service_active, self.ctx, row.id, not row.active)
