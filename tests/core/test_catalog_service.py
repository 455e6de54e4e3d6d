"""Services, rooms and opening hours: validation with field and code, nothing written on refusal."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from vastaanotto.errors import NotFound, ValidationError, ValidationErrors
from vastaanotto.models.audit import AuditEvent
from vastaanotto.models.resources import OpeningHours, Room, Service, VatClass
from vastaanotto.models.staff import Role
from vastaanotto.privacy import audit_chain
from vastaanotto.services import catalog
from vastaanotto.services import staff as staff_service
from vastaanotto.services.catalog import HoursRow

T = dt.time


@pytest.fixture
def practitioner_id(owner_ctx):
    return staff_service.create_staff(owner_ctx, username="aino", display_name="Aino Aalto",
                                      roles=[Role.PRACTITIONER],
                                      password="Hierontaa tänään 3").data


@pytest.fixture
def receptionist_id(owner_ctx):
    return staff_service.create_staff(owner_ctx, username="riku", display_name="Riku Ranta",
                                      roles=[Role.RECEPTION], password="Puhelin soi 24/7").data


def service_data(**overrides):
    data = {"name": "Hieronta 60 min", "duration_minutes": 60, "price": Decimal("65.00"),
            "vat_class": VatClass.GENERAL}
    data.update(overrides)
    return data


def snapshot(db):
    with db.session() as session:
        services = [(s.id, s.name, s.duration_minutes, s.price, s.active,
                     frozenset(p.id for p in s.practitioners))
                    for s in session.scalars(select(Service).order_by(Service.id))]
        rooms = [(r.id, r.name, r.description, r.active)
                 for r in session.scalars(select(Room).order_by(Room.id))]
        hours = [(h.weekday, h.opens, h.closes)
                 for h in session.scalars(select(OpeningHours).order_by(OpeningHours.id))]
        return services, rooms, hours, audit_chain.head(session)


def last_event(db) -> AuditEvent:
    with db.session() as session:
        return session.scalar(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(1))


# --- services -------------------------------------------------------------------------------

def test_create_service_and_list_it(db, owner_ctx, practitioner_id):
    changes = catalog.create_service(owner_ctx, service_data(
        name="  Hieronta   60 min ", price="65,50", duration_minutes="60",
        buffer_after_minutes=10, practitioner_ids=[practitioner_id],
        vat_class="health_exempt"))
    assert changes.touches("services")
    [row] = catalog.list_services(owner_ctx)
    assert row.id == changes.data
    assert row.name == "Hieronta 60 min"
    assert row.price == Decimal("65.50") and isinstance(row.price, Decimal)
    assert row.duration_minutes == 60 and row.buffer_after_minutes == 10
    assert row.vat_class is VatClass.HEALTH_EXEMPT
    assert row.practitioner_ids == {practitioner_id}
    event = last_event(db)
    assert (event.action, event.entity_type, event.entity_id) == ("service.created", "service",
                                                                  row.id)


@pytest.mark.parametrize("overrides, field, code", [
    ({"price": Decimal("-1.00")}, "price", "negative_amount"),
    ({"price": "-0,01"}, "price", "negative_amount"),
    ({"price": "12.345"}, "price", "invalid_amount"),
    ({"price": ""}, "price", "required"),
    ({"duration_minutes": 0}, "duration_minutes", "invalid_duration"),
    ({"duration_minutes": -30}, "duration_minutes", "invalid_duration"),
    ({"duration_minutes": 24 * 60 + 1}, "duration_minutes", "invalid_duration"),
    ({"duration_minutes": "1,5"}, "duration_minutes", "invalid_duration"),
    ({"name": ""}, "name", "required"),
    ({"name": "   "}, "name", "required"),
    ({"name": "x" * 101}, "name", "too_long"),
    ({"buffer_before_minutes": -5}, "buffer_before_minutes", "invalid_buffer"),
    ({"buffer_after_minutes": 241}, "buffer_after_minutes", "invalid_buffer"),
    ({"vat_class": "luxury"}, "vat_class", "invalid_choice"),
])
def test_bad_service_values_are_refused_with_field_and_code(db, owner_ctx, overrides, field,
                                                            code):
    before = snapshot(db)
    with pytest.raises(ValidationError) as info:
        catalog.create_service(owner_ctx, service_data(**overrides))
    assert (info.value.field, info.value.code) == (field, code)
    assert snapshot(db) == before


def test_a_full_day_is_the_longest_service(db, owner_ctx):
    catalog.create_service(owner_ctx, service_data(duration_minutes=24 * 60))
    assert catalog.list_services(owner_ctx)[0].duration_minutes == 1440


def test_float_price_is_a_programming_error(db, owner_ctx):
    before = snapshot(db)
    with pytest.raises(TypeError):
        catalog.create_service(owner_ctx, service_data(price=65.0))
    assert snapshot(db) == before


def test_several_bad_fields_are_reported_together(db, owner_ctx):
    before = snapshot(db)
    with pytest.raises(ValidationErrors) as info:
        catalog.create_service(owner_ctx, service_data(name="", price="-5", duration_minutes=0))
    assert {(e.field, e.code) for e in info.value.errors} == {
        ("name", "required"), ("price", "negative_amount"),
        ("duration_minutes", "invalid_duration")}
    assert snapshot(db) == before


def test_duplicate_service_name_is_refused(db, owner_ctx):
    catalog.create_service(owner_ctx, service_data())
    before = snapshot(db)
    with pytest.raises(ValidationError) as info:
        catalog.create_service(owner_ctx, service_data(name="HIERONTA 60 MIN"))
    assert (info.value.field, info.value.code) == ("name", "name_taken")
    assert snapshot(db) == before


def test_linking_a_non_practitioner_is_refused(db, owner_ctx, receptionist_id,
                                               practitioner_id):
    before = snapshot(db)
    for ids in ([receptionist_id], [practitioner_id, receptionist_id], [owner_ctx.staff_id],
                [424242]):
        with pytest.raises(ValidationError) as info:
            catalog.create_service(owner_ctx, service_data(practitioner_ids=ids))
        assert (info.value.field, info.value.code) == ("practitioner_ids", "not_a_practitioner")
    assert snapshot(db) == before


def test_update_service_audits_changed_fields(db, owner_ctx, practitioner_id):
    service_id = catalog.create_service(owner_ctx, service_data()).data
    catalog.update_service(owner_ctx, service_id, service_data(
        price="70", duration_minutes=75, practitioner_ids=[practitioner_id]))
    [row] = catalog.list_services(owner_ctx)
    assert (row.price, row.duration_minutes, row.practitioner_ids) == (
        Decimal("70.00"), 75, {practitioner_id})
    event = last_event(db)
    assert (event.action, event.entity_id) == ("service.updated", service_id)
    assert event.fields == ["duration_minutes", "practitioner_ids", "price"]


def test_update_service_refuses_bad_values_and_a_taken_name(db, owner_ctx):
    first = catalog.create_service(owner_ctx, service_data(name="Hieronta")).data
    catalog.create_service(owner_ctx, service_data(name="Fysioterapia"))
    before = snapshot(db)
    with pytest.raises(ValidationError) as info:
        catalog.update_service(owner_ctx, first, service_data(name="fysioterapia"))
    assert (info.value.field, info.value.code) == ("name", "name_taken")
    with pytest.raises(ValidationError) as info:
        catalog.update_service(owner_ctx, first, service_data(name="Hieronta",
                                                              price=Decimal("-3")))
    assert info.value.field == "price"
    with pytest.raises(NotFound):
        catalog.update_service(owner_ctx, 9999, service_data(name="Uusi"))
    assert snapshot(db) == before
    # Keeping its own name is not a clash.
    catalog.update_service(owner_ctx, first, service_data(name="Hieronta", price="80"))


def test_deactivate_service(db, owner_ctx):
    service_id = catalog.create_service(owner_ctx, service_data()).data
    catalog.set_service_active(owner_ctx, service_id, False)
    assert catalog.list_services(owner_ctx, include_inactive=False) == []
    assert [s.active for s in catalog.list_services(owner_ctx)] == [False]
    assert last_event(db).action == "service.deactivated"
    catalog.set_service_active(owner_ctx, service_id, True)
    assert [s.id for s in catalog.list_services(owner_ctx, include_inactive=False)] \
        == [service_id]
    with pytest.raises(NotFound):
        catalog.set_service_active(owner_ctx, 9999, False)


# --- rooms ----------------------------------------------------------------------------------

def test_rooms_create_update_and_unique_names(db, owner_ctx):
    room_id = catalog.save_room(owner_ctx, None, name=" Huone  1 ", description="ikkuna").data
    assert last_event(db).action == "room.created"
    catalog.save_room(owner_ctx, room_id, name="Huone 1", description="ikkunan puoli")
    assert last_event(db).action == "room.updated"
    other = catalog.save_room(owner_ctx, None, name="Huone 2").data
    before = snapshot(db)
    with pytest.raises(ValidationError) as info:
        catalog.save_room(owner_ctx, other, name="HUONE 1")
    assert (info.value.field, info.value.code) == ("name", "name_taken")
    with pytest.raises(ValidationError) as info:
        catalog.save_room(owner_ctx, None, name="")
    assert (info.value.field, info.value.code) == ("name", "required")
    with pytest.raises(NotFound):
        catalog.save_room(owner_ctx, 9999, name="Huone 9")
    assert snapshot(db) == before
    rows = catalog.list_rooms(owner_ctx)
    assert [(r.name, r.description) for r in rows] == [("Huone 1", "ikkunan puoli"),
                                                       ("Huone 2", "")]


# --- opening hours --------------------------------------------------------------------------

def test_set_opening_hours_replaces_the_week(db, owner_ctx):
    rows = [HoursRow(0, T(12, 0), T(16, 0)), HoursRow(0, T(8, 0), T(12, 0)),  # adjacent: ok
            HoursRow(5, T(10, 0), T(14, 0))]
    changes = catalog.set_opening_hours(owner_ctx, rows)
    assert changes.touches("opening_hours")
    assert catalog.get_opening_hours(owner_ctx) == [
        HoursRow(0, T(8, 0), T(12, 0)), HoursRow(0, T(12, 0), T(16, 0)),
        HoursRow(5, T(10, 0), T(14, 0))]
    event = last_event(db)
    assert (event.action, event.details) == ("opening_hours.updated", {"intervals": 3})


@pytest.mark.parametrize("rows, field, code", [
    ([HoursRow(1, T(8, 0), T(12, 0)), HoursRow(1, T(11, 59), T(16, 0))], "hours",
     "hours_overlap"),
    ([HoursRow(2, T(8, 0), T(18, 0)), HoursRow(2, T(9, 0), T(10, 0))], "hours",
     "hours_overlap"),
    ([HoursRow(3, T(18, 0), T(8, 0))], "hours[0]", "opens_after_closes"),
    ([HoursRow(0, T(8, 0), T(9, 0)), HoursRow(3, T(9, 0), T(9, 0))], "hours[1]",
     "opens_after_closes"),
    ([HoursRow(7, T(8, 0), T(9, 0))], "hours[0]", "invalid_weekday"),
    ([HoursRow(-1, T(8, 0), T(9, 0))], "hours[0]", "invalid_weekday"),
])
def test_bad_opening_hours_are_refused(db, owner_ctx, rows, field, code):
    before = snapshot(db)
    with pytest.raises(ValidationError) as info:
        catalog.set_opening_hours(owner_ctx, rows)
    assert (info.value.field, info.value.code) == (field, code)
    assert snapshot(db) == before


def test_overlap_on_different_days_is_fine(db, owner_ctx):
    rows = [HoursRow(d, T(8, 0), T(16, 0)) for d in range(7)]
    catalog.set_opening_hours(owner_ctx, rows)
    assert catalog.get_opening_hours(owner_ctx) == rows


def test_default_opening_hours_from_setup(db, owner_ctx):
    assert catalog.get_opening_hours(owner_ctx) == [HoursRow(d, T(8, 0), T(18, 0))
                                                    for d in range(5)]
