"""Staff: who may log in, with which roles; add, edit, reset password, (de)activate, unlock.

Every button is one call into ``vastaanotto.services.staff``, which checks STAFF_MANAGE and
audits; this page only collects input and shows the result.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QMessageBox, QWidget

from ui import formatting
from ui.admin.common import ColorButton, EditDialog, FormProblems, Publish, TablePage
from ui.admin.models import StaffModel
from vastaanotto.context import Context
from vastaanotto.models.staff import Role
from vastaanotto.services import staff as staff_service
from vastaanotto.services.base import Changes
from vastaanotto.services.staff import StaffRow

DEFAULT_COLOR = "#4a90d9"


def _password_edit(parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class StaffDialog(EditDialog):
    """Adds a staff member (``row`` None) or edits one. The user name is fixed once created:
    the audit trail and other desks know people by it."""

    def __init__(self, ctx: Context, publish: Publish, parent: QWidget | None,
                 row: StaffRow | None = None):
        super().__init__(ctx, publish, parent)
        self.setWindowTitle(self.tr("Add staff member") if row is None
                            else self.tr("Edit staff member"))
        self.row = row
        self.username = QLineEdit(self)
        self.display_name = QLineEdit(self)
        self.title_edit = QLineEdit(self)
        self.email = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.color = ColorButton(row.color if row else DEFAULT_COLOR, self)
        roles_box = QWidget(self)
        roles_layout = QHBoxLayout(roles_box)
        roles_layout.setContentsMargins(0, 0, 0, 0)
        self.role_checks: dict[Role, QCheckBox] = {}
        for role in (Role.RECEPTION, Role.PRACTITIONER, Role.OWNER):
            check = QCheckBox(formatting.role_name(role), roles_box)
            check.setObjectName(f"role_{role.value}")
            roles_layout.addWidget(check)
            self.role_checks[role] = check
        self.form.addRow(self.tr("User name"), self.username)
        self.form.addRow(self.tr("Name"), self.display_name)
        self.form.addRow(self.tr("Title"), self.title_edit)
        self.form.addRow(self.tr("Email"), self.email)
        self.form.addRow(self.tr("Phone"), self.phone)
        self.form.addRow(self.tr("Colour in the calendar"), self.color)
        self.form.addRow(self.tr("Roles"), roles_box)
        fields = {"username": self.username, "display_name": self.display_name,
                  "email": self.email, "phone": self.phone, "color": self.color,
                  "roles": roles_box}
        if row is None:
            self.password = _password_edit(self)
            self.password_repeat = _password_edit(self)
            self.form.addRow(self.tr("Temporary password"), self.password)
            self.form.addRow(self.tr("Password again"), self.password_repeat)
            fields.update(password=self.password, password_repeat=self.password_repeat)
        else:
            self.username.setText(row.username)
            self.username.setReadOnly(True)
            self.display_name.setText(row.display_name)
            self.title_edit.setText(row.title)
            self.email.setText(row.email)
            self.phone.setText(row.phone)
            for role, check in self.role_checks.items():
                check.setChecked(role in row.roles)
        self.bind_errors(fields)

    def roles(self) -> list[Role]:
        return [role for role, check in self.role_checks.items() if check.isChecked()]

    def submit(self) -> Changes:
        common = dict(display_name=self.display_name.text(), roles=self.roles(),
                      title=self.title_edit.text(), email=self.email.text(),
                      phone=self.phone.text(), color=self.color.color)
        if self.row is not None:
            return staff_service.update_staff(self.ctx, self.row.id, **common)
        if self.password.text() != self.password_repeat.text():
            raise FormProblems({"password_repeat": self.tr("The passwords do not match.")})
        return staff_service.create_staff(self.ctx, username=self.username.text(),
                                          password=self.password.text(), **common)


class PasswordDialog(EditDialog):
    """The owner sets a temporary password; the person must change it at the next login."""

    def __init__(self, ctx: Context, publish: Publish, parent: QWidget | None, row: StaffRow):
        super().__init__(ctx, publish, parent)
        self.setWindowTitle(self.tr("Reset password"))
        self.row = row
        self.password = _password_edit(self)
        self.password_repeat = _password_edit(self)
        self.form.addRow(self.tr("Staff member"), QLineEdit(row.display_name, readOnly=True))
        self.form.addRow(self.tr("New temporary password"), self.password)
        self.form.addRow(self.tr("Password again"), self.password_repeat)
        self.bind_errors({"password": self.password, "password_repeat": self.password_repeat})

    def submit(self) -> Changes:
        if self.password.text() != self.password_repeat.text():
            raise FormProblems({"password_repeat": self.tr("The passwords do not match.")})
        return staff_service.reset_password(self.ctx, self.row.id, self.password.text())


class StaffPage(TablePage):
    KINDS = ("staff",)

    def __init__(self, ctx: Context, publish: Publish, parent: QWidget | None = None):
        super().__init__(ctx, publish, StaffModel(), parent)
        self.add_button(self.tr("Add…"), self.add_staff, object_name="add")
        self.add_button(self.tr("Edit…"), self.edit_selected, object_name="edit",
                        needs_selection=True)
        self.add_button(self.tr("Reset password…"), self.reset_password,
                        object_name="reset_password", needs_selection=True)
        self.active_button = self.add_button(self.tr("Deactivate"), self.toggle_active,
                                             object_name="toggle_active", needs_selection=True)
        self.unlock_button = self.add_button(self.tr("Unlock"), self.unlock,
                                             object_name="unlock", needs_selection=True)
        self.finish_buttons()
        self.load()

    def load(self) -> None:
        self.model.set_rows(staff_service.list_staff(self.ctx))

    def update_buttons(self, *_args) -> None:
        super().update_buttons()
        row = self.selected()
        self.active_button.setText(self.tr("Activate") if row is not None and not row.active
                                   else self.tr("Deactivate"))
        self.unlock_button.setEnabled(row is not None and row.locked)

    def add_staff(self) -> StaffDialog:
        return self.open_dialog(StaffDialog(self.ctx, self._publish, self))

    def edit_selected(self) -> StaffDialog | None:
        row = self.selected()
        return self.open_dialog(StaffDialog(self.ctx, self._publish, self, row)) if row else None

    def reset_password(self) -> PasswordDialog | None:
        row = self.selected()
        return self.open_dialog(PasswordDialog(self.ctx, self._publish, self, row)) if row else None

    def toggle_active(self) -> None:
        row = self.selected()
        if row is None:
            return
        if row.active:
            answer = QMessageBox.question(
                self, self.tr("Deactivate"),
                self.tr("%1 can no longer log in. Their bookings and history are kept. "
                        "Deactivate?").replace("%1", row.display_name))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.call(staff_service.set_active, self.ctx, row.id, not row.active)

    def unlock(self) -> None:
        row = self.selected()
        if row is not None:
            self.call(staff_service.unlock_account, self.ctx, row.id)
