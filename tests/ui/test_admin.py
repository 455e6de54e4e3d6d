"""The Admin (Ylläpito) view: dialogs go through the services, refusals are visible and save
nothing, tables refresh from the returned Changes."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QSettings, Qt, QTime
from PySide6.QtWidgets import QMessageBox, QSpinBox
from sqlalchemy import select as sql_select

from tests.conftest import PROFILE
from ui import formatting
from ui.admin.admin_view import AdminView
from ui.admin.models import ROW_ROLE, RoomsModel, ServicesModel, StaffModel
from vastaanotto import settings as settings_mod
from vastaanotto.errors import AccountLocked, AuthenticationFailed
from vastaanotto.models.audit import AuditEvent
from vastaanotto.models.resources import VatClass
from vastaanotto.models.staff import Role
from vastaanotto.services import auth, catalog, practice
from vastaanotto.services import staff as staff_service

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def qsettings(tmp_path):
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def admin(qtbot, owner_ctx, qsettings):
    view = AdminView(owner_ctx, qsettings=qsettings)
    qtbot.addWidget(view)
    view.show()
    return view


def column_texts(page, column) -> list[str]:
    model = page.model
    return [model.index(r, column).data() for r in range(model.rowCount())]


def select(page, row_id: int) -> None:
    page.reload()  # rows made by the test's own service calls, as if at another desk
    page.select_id(row_id)
    assert page.selected().id == row_id


def click_ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.ok_button, LEFT)


# -- staff ----------------------------------------------------------------------------------

def test_add_staff_member_through_the_dialog(qtbot, admin, db):
    page = admin.staff_page
    dialog = page.add_staff()
    qtbot.keyClicks(dialog.username, "maija")
    qtbot.keyClicks(dialog.display_name, "Maija Hoitaja")
    qtbot.keyClicks(dialog.email, "maija@testiklinikka.fi")
    qtbot.mouseClick(dialog.role_checks[Role.PRACTITIONER], LEFT)
    qtbot.keyClicks(dialog.password, "Vaihda heti 2026")
    qtbot.keyClicks(dialog.password_repeat, "Vaihda heti 2026")
    click_ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert "Maija Hoitaja" in column_texts(page, StaffModel.Column.NAME)
    row = next(r for r in page.model.rows() if r.username == "maija")
    assert row.roles == frozenset({Role.PRACTITIONER}) and row.active
    assert auth.authenticate(db, "maija", "Vaihda heti 2026", workstation="t").username == "maija"


def test_staff_dialog_refuses_empty_name_and_no_roles(qtbot, admin, owner_ctx):
    page = admin.staff_page
    before = len(staff_service.list_staff(owner_ctx))
    dialog = page.add_staff()
    qtbot.keyClicks(dialog.username, "tyhja")
    qtbot.keyClicks(dialog.password, "Vaihda heti 2026")
    qtbot.keyClicks(dialog.password_repeat, "Vaihda heti 2026")
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.errors.label("display_name").isVisible()
    assert dialog.errors.message("roles")
    assert dialog.banner.isVisible()
    assert len(staff_service.list_staff(owner_ctx)) == before


def test_staff_dialog_refuses_differing_passwords(qtbot, admin, owner_ctx):
    dialog = admin.staff_page.add_staff()
    qtbot.keyClicks(dialog.username, "pekka")
    qtbot.keyClicks(dialog.display_name, "Pekka Puro")
    qtbot.mouseClick(dialog.role_checks[Role.RECEPTION], LEFT)
    qtbot.keyClicks(dialog.password, "Vaihda heti 2026")
    qtbot.keyClicks(dialog.password_repeat, "Vaihda heti 2027")
    click_ok(qtbot, dialog)
    assert dialog.errors.label("password_repeat").isVisible()
    assert "pekka" not in [s.username for s in staff_service.list_staff(owner_ctx)]


def test_edit_staff_roles(qtbot, admin, make_ctx, owner_ctx):
    other = make_ctx(Role.RECEPTION)
    page = admin.staff_page
    select(page, other.staff_id)
    dialog = page.edit_selected()
    assert dialog.username.isReadOnly()
    qtbot.mouseClick(dialog.role_checks[Role.PRACTITIONER], LEFT)
    click_ok(qtbot, dialog)
    assert page.selected().roles == frozenset({Role.RECEPTION, Role.PRACTITIONER})


def test_deactivate_user(qtbot, admin, make_ctx, db, monkeypatch):
    other = make_ctx(Role.RECEPTION)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    page = admin.staff_page
    select(page, other.staff_id)
    assert page.active_button.text() == "Deactivate"
    qtbot.mouseClick(page.active_button, LEFT)
    assert page.selected().active is False
    assert page.active_button.text() == "Activate"
    row = page.model.row_of_id(other.staff_id)
    assert page.model.index(row, StaffModel.Column.ACTIVE).data() == "No"
    with pytest.raises(AuthenticationFailed):
        auth.authenticate(db, other.username, "Toinen salasana 7", workstation="t")


def test_deactivating_oneself_is_refused_with_a_message(qtbot, admin, owner_ctx, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr("ui.admin.common.show_error", lambda parent, exc: shown.append(exc.code))
    page = admin.staff_page
    select(page, owner_ctx.staff_id)
    qtbot.mouseClick(page.active_button, LEFT)
    assert shown == ["cannot_deactivate_self"]
    assert page.selected().active


def test_reset_password_then_log_in_with_it(qtbot, admin, make_ctx, db):
    other = make_ctx(Role.PRACTITIONER)
    page = admin.staff_page
    select(page, other.staff_id)
    dialog = page.reset_password()
    qtbot.keyClicks(dialog.password, "Uusi tilapainen 99")
    qtbot.keyClicks(dialog.password_repeat, "Uusi tilapainen 99")
    click_ok(qtbot, dialog)
    assert not dialog.isVisible()
    ctx = auth.authenticate(db, other.username, "Uusi tilapainen 99", workstation="t")
    assert ctx.staff_id == other.staff_id


def test_reset_password_refuses_a_common_password(qtbot, admin, make_ctx, db):
    other = make_ctx(Role.PRACTITIONER)
    select(admin.staff_page, other.staff_id)
    dialog = admin.staff_page.reset_password()
    qtbot.keyClicks(dialog.password, "password")
    qtbot.keyClicks(dialog.password_repeat, "password")
    click_ok(qtbot, dialog)
    assert dialog.errors.label("password").isVisible()
    auth.authenticate(db, other.username, "Toinen salasana 7", workstation="t")


def test_unlock_a_locked_account(qtbot, admin, make_ctx, db):
    other = make_ctx(Role.RECEPTION)
    for _ in range(auth.TEMP_LOCK_AFTER):
        with pytest.raises(AuthenticationFailed):
            auth.authenticate(db, other.username, "väärä salasana", workstation="t")
    page = admin.staff_page
    page.reload()
    select(page, other.staff_id)
    assert page.selected().locked and page.unlock_button.isEnabled()
    qtbot.mouseClick(page.unlock_button, LEFT)
    assert not page.selected().locked
    auth.authenticate(db, other.username, "Toinen salasana 7", workstation="t")


# -- services -------------------------------------------------------------------------------

def fill_service(qtbot, dialog, name="Hieronta 45 min", price="49,90", duration=45):
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, name)
    dialog.duration.setValue(duration)
    dialog.price.clear()
    qtbot.keyClicks(dialog.price, price)


def test_add_service_shows_finnish_price(qtbot, admin, owner_ctx, make_ctx):
    practitioner = make_ctx(Role.PRACTITIONER)
    page = admin.services_page
    page.reload()  # the new practitioner appears in the checklist
    dialog = page.add_service()
    fill_service(qtbot, dialog)
    dialog.vat_class.setCurrentIndex(dialog.vat_class.findData(VatClass.HEALTH_EXEMPT))
    dialog.practitioners.item(0).setCheckState(Qt.CheckState.Checked)
    click_ok(qtbot, dialog)
    assert not dialog.isVisible()
    (service,) = catalog.list_services(owner_ctx)
    assert service.price == Decimal("49.90") and service.vat_class is VatClass.HEALTH_EXEMPT
    assert service.practitioner_ids == {practitioner.staff_id}
    assert column_texts(page, ServicesModel.Column.PRICE) == ["49,90\u00a0€"]
    assert column_texts(page, ServicesModel.Column.PRACTITIONERS) == [practitioner.display_name]


@pytest.mark.parametrize("name, price, duration, field", [
    ("Hieronta", "-5", 45, "price"),
    ("", "49,90", 45, "name"),
    ("Hieronta", "49,90", 0, "duration_minutes"),
    ("Hieronta", "49,999", 45, "price"),
])
def test_bad_service_input_is_refused_and_nothing_saved(qtbot, admin, owner_ctx, name, price,
                                                        duration, field):
    dialog = admin.services_page.add_service()
    fill_service(qtbot, dialog, name=name, price=price, duration=duration)
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.errors.label(field).isVisible()
    assert dialog.errors.message(field)
    assert catalog.list_services(owner_ctx) == []


def test_edit_service_price_updates_the_table(qtbot, admin, owner_ctx):
    catalog.create_service(owner_ctx, {"name": "Fysioterapia", "duration_minutes": 60,
                                       "price": Decimal("80.00")})
    page = admin.services_page
    page.reload()
    assert column_texts(page, ServicesModel.Column.PRICE) == ["80,00\u00a0€"]
    select(page, page.model.row_at(0).id)
    dialog = page.edit_selected()
    assert dialog.price.text() == "80,00"
    dialog.price.clear()
    qtbot.keyClicks(dialog.price, "1 234,50")
    click_ok(qtbot, dialog)
    assert column_texts(page, ServicesModel.Column.PRICE) == [formatting.money(Decimal("1234.50"))]
    assert column_texts(page, ServicesModel.Column.PRICE) == ["1\u00a0234,50\u00a0€"]


def test_deactivate_service(qtbot, admin, owner_ctx):
    changes = catalog.create_service(owner_ctx, {"name": "Kuppaus", "duration_minutes": 30,
                                                 "price": "35"})
    page = admin.services_page
    page.reload()
    select(page, changes.data)
    qtbot.mouseClick(page.active_button, LEFT)
    assert catalog.list_services(owner_ctx)[0].active is False
    assert column_texts(page, ServicesModel.Column.ACTIVE) == ["No"]


# -- rooms ----------------------------------------------------------------------------------

def test_add_rename_and_deactivate_room(qtbot, admin, owner_ctx):
    page = admin.rooms_page
    dialog = page.add_room()
    qtbot.keyClicks(dialog.name, "Huone 1")
    click_ok(qtbot, dialog)
    (room,) = catalog.list_rooms(owner_ctx)
    select(page, room.id)
    dialog = page.edit_selected()
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "Hoitohuone")
    click_ok(qtbot, dialog)
    qtbot.mouseClick(page.active_button, LEFT)
    (room,) = catalog.list_rooms(owner_ctx)
    assert (room.name, room.active) == ("Hoitohuone", False)
    assert column_texts(page, RoomsModel.Column.NAME) == ["Hoitohuone"]


def test_room_with_empty_name_is_refused(qtbot, admin, owner_ctx):
    dialog = admin.rooms_page.add_room()
    click_ok(qtbot, dialog)
    assert dialog.errors.label("name").isVisible()
    assert catalog.list_rooms(owner_ctx) == []


# -- opening hours --------------------------------------------------------------------------

def set_period(day, index, opens, closes):
    day.periods[index][0].setTime(QTime(*opens))
    day.periods[index][1].setTime(QTime(*closes))


def test_save_two_periods_and_close_a_day(qtbot, admin, owner_ctx):
    page = admin.hours_page
    admin.show_page(page)
    monday, friday = page.days[0], page.days[4]
    set_period(monday, 0, (8, 0), (12, 0))
    monday.second.click()
    set_period(monday, 1, (13, 0), (17, 30))
    friday.open.click()  # closed on Fridays from now on
    qtbot.mouseClick(page.save_button, LEFT)
    assert page.status.text() == "Opening hours saved."
    hours = catalog.get_opening_hours(owner_ctx)
    assert [(h.opens, h.closes) for h in hours if h.weekday == 0] == [
        (dt.time(8), dt.time(12)), (dt.time(13), dt.time(17, 30))]
    assert not [h for h in hours if h.weekday == 4]
    assert page.days[0].second.isChecked()  # reloaded from the database


def test_overlapping_hours_are_refused_on_their_day(qtbot, admin, owner_ctx):
    before = catalog.get_opening_hours(owner_ctx)
    page = admin.hours_page
    admin.show_page(page)
    tuesday = page.days[1]
    set_period(tuesday, 0, (8, 0), (14, 0))
    tuesday.second.click()
    set_period(tuesday, 1, (12, 0), (18, 0))
    qtbot.mouseClick(page.save_button, LEFT)
    assert tuesday.message.isVisible()
    assert tuesday.message.text() == "Opening hours of the same day overlap."
    assert page.banner.isVisible()
    assert catalog.get_opening_hours(owner_ctx) == before


def test_reversed_hours_are_refused(qtbot, admin, owner_ctx):
    before = catalog.get_opening_hours(owner_ctx)
    page = admin.hours_page
    admin.show_page(page)
    set_period(page.days[2], 0, (18, 0), (8, 0))
    qtbot.mouseClick(page.save_button, LEFT)
    assert page.days[2].message.text() == "Opening time must be before closing time."
    assert catalog.get_opening_hours(owner_ctx) == before


# -- business profile -----------------------------------------------------------------------

def test_bad_business_id_is_refused_and_nothing_saved(qtbot, admin, owner_ctx):
    page = admin.profile_page
    admin.show_page(page)
    assert page.edits["name"].text() == PROFILE["name"]
    page.edits["business_id"].clear()
    qtbot.keyClicks(page.edits["business_id"], "1234567-8")
    page.edits["city"].clear()
    qtbot.keyClicks(page.edits["city"], "Espoo")
    qtbot.mouseClick(page.save_button, LEFT)
    assert page.errors.label("business_id").isVisible()
    assert page.banner.isVisible()
    profile = practice.get_profile(owner_ctx)
    assert (profile.business_id, profile.city) == (PROFILE["business_id"], "Helsinki")


def test_profile_change_is_saved(qtbot, admin, owner_ctx):
    page = admin.profile_page
    admin.show_page(page)
    page.edits["city"].clear()
    qtbot.keyClicks(page.edits["city"], "Espoo")
    qtbot.mouseClick(page.save_button, LEFT)
    assert not page.banner.isVisible() and page.status.text() == "Business profile saved."
    assert practice.get_profile(owner_ctx).city == "Espoo"


# -- settings -------------------------------------------------------------------------------

def test_settings_are_saved_and_the_language_applied(qtbot, admin, owner_ctx, qsettings,
                                                     monkeypatch):
    installed = []
    monkeypatch.setattr("ui.i18n.install", lambda app, lang: installed.append(lang) or lang)
    page = admin.settings_page
    admin.show_page(page)
    page.idle_minutes.setValue(5)
    page.grid_minutes.setCurrentIndex(page.grid_minutes.findData(30))
    page.language.setCurrentIndex(page.language.findData("sv"))
    qtbot.mouseClick(page.save_button, LEFT)
    assert practice.get_setting(owner_ctx, settings_mod.IDLE_LOCK_MINUTES) == 5
    assert practice.get_setting(owner_ctx, settings_mod.CALENDAR_GRID_MINUTES) == 30
    assert qsettings.value("ui/language") == "sv"
    assert installed == ["sv"]
    assert "restart" in page.status.text()


def test_every_business_number_is_set_on_the_page(qtbot, admin, owner_ctx, db):
    """Payment terms, the late-cancellation limit and the privacy notice's promises are the
    owner's to set, and each change is an audited setting change."""
    page = admin.settings_page
    admin.show_page(page)
    wanted = {settings_mod.SESSION_MAX_HOURS: 8, settings_mod.PAYMENT_TERMS_DAYS: 21,
              settings_mod.LATE_CANCELLATION_HOURS: 48,
              settings_mod.ACCESS_REQUESTS_PER_YEAR: 2,
              settings_mod.RETENTION_INACTIVE_YEARS: 10}
    for var, value in wanted.items():
        spin = page.findChild(QSpinBox, var.key)
        assert (spin.minimum(), spin.maximum()) == (var.minimum, var.maximum)
        spin.setValue(value)
    qtbot.mouseClick(page.save_button, LEFT)
    assert page.status.text() == "Settings saved."
    for var, value in wanted.items():
        assert practice.get_setting(owner_ctx, var) == value
    with db.session() as session:
        keys = {key for e in session.scalars(
            sql_select(AuditEvent).where(AuditEvent.action == "setting.changed"))
                for key in e.fields}
    assert {var.key for var in wanted} <= keys


def test_settings_without_language_change_do_not_reinstall(qtbot, admin, monkeypatch):
    installed = []
    monkeypatch.setattr("ui.i18n.install", lambda app, lang: installed.append(lang))
    admin.show_page(admin.settings_page)
    qtbot.mouseClick(admin.settings_page.save_button, LEFT)
    assert installed == [] and admin.settings_page.status.text() == "Settings saved."


# -- the view and the models ----------------------------------------------------------------

def test_admin_pages_are_listed(admin):
    names = [admin.nav.item(i).text() for i in range(admin.nav.count())]
    assert names == ["Staff", "Services", "Rooms", "Opening hours", "Business profile",
                     "Settings", "Message settings", "Message templates", "Backups", "Encryption"]
    admin.show_page(admin.hours_page)
    assert admin.stack.currentWidget() is admin.hours_page


def test_models_pass_the_model_tester(qtmodeltester, owner_ctx, make_ctx):
    practitioner = make_ctx(Role.PRACTITIONER)
    catalog.create_service(owner_ctx, {"name": "Hieronta", "duration_minutes": 45,
                                       "price": "49,90",
                                       "practitioner_ids": [practitioner.staff_id]})
    catalog.save_room(owner_ctx, None, name="Huone 1")
    staff = StaffModel(staff_service.list_staff(owner_ctx))
    services = ServicesModel()
    services.set_rows(catalog.list_services(owner_ctx),
                      {practitioner.staff_id: practitioner.display_name})
    rooms = RoomsModel(catalog.list_rooms(owner_ctx))
    for model in (staff, services, rooms, StaffModel()):
        qtmodeltester.check(model, force_py=True)
    assert services.index(0, ServicesModel.Column.DURATION).data() == "45 min"
    assert staff.index(0, 0).data(ROW_ROLE).username in {"olli", practitioner.username}


def test_locked_account_login_is_refused_until_unlocked(db, make_ctx):
    """The service the Unlock button calls is what lifts the lock (sanity of the test above)."""
    other = make_ctx(Role.RECEPTION)
    for _ in range(auth.TEMP_LOCK_AFTER):
        with pytest.raises(AuthenticationFailed):
            auth.authenticate(db, other.username, "väärä salasana", workstation="t")
    with pytest.raises(AccountLocked):
        auth.authenticate(db, other.username, "Toinen salasana 7", workstation="t")
