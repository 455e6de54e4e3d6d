"""Client register service: validation, audit of views and reveals, consents, search."""

import datetime as dt

import pytest
from sqlalchemy import select

from vastaanotto.errors import PermissionDenied, ValidationError, ValidationErrors
from vastaanotto.models import AuditEvent, Client, ConsentChannel, ConsentKind, Role
from vastaanotto.services import clients


def _events(db, action):
    with db.session() as s:
        return list(s.scalars(select(AuditEvent).where(AuditEvent.action == action)))


def _create(ctx, **extra):
    data = {"first_name": "Äijä", "last_name": "Öhman", "phone": "040 123 4567"}
    data.update(extra)
    return clients.create_client(ctx, data).data


def test_create_stores_e164_and_audits_field_names_only(db, make_ctx):
    ctx = make_ctx(Role.RECEPTION)
    cid = _create(ctx, email="aija@example.fi")
    with db.session() as s:
        client = s.get(Client, cid)
        assert client.phone == "+358401234567"
    event = _events(db, "client.created")[-1]
    assert event.client_id == cid and "phone" in event.fields
    assert "+358401234567" not in str(event.details)


def test_every_bad_field_is_reported_and_nothing_written(db, make_ctx):
    ctx = make_ctx(Role.RECEPTION)
    with pytest.raises(ValidationErrors) as info:
        clients.create_client(ctx, {"first_name": "", "last_name": "x" * 10_000,
                                    "phone": "12", "email": "not-an-email",
                                    "postal_code": "123"})
    fields = {e.field for e in info.value.errors}
    assert fields == {"first_name", "last_name", "phone", "email", "postal_code"}
    with db.session() as s:
        assert s.scalar(select(Client.id)) is None


def test_birth_date_in_future_and_contradicting_identity_code(db, make_ctx, owner_ctx):
    ctx = make_ctx(Role.RECEPTION)
    future = owner_ctx.now().date() + dt.timedelta(days=1)
    with pytest.raises(ValidationError) as info:
        _create(ctx, birth_date=future)
    assert info.value.code == "birth_date_out_of_range"
    with pytest.raises(ValidationError) as info:
        _create(ctx, personal_identity_code="131052-308T", birth_date=dt.date(1952, 10, 14))
    assert info.value.code == "identity_code_contradicts_birth_date"
    cid = _create(ctx, personal_identity_code="131052-308T")
    with db.session() as s:
        assert s.get(Client, cid).birth_date == dt.date(1952, 10, 13)


def test_card_view_masks_identity_code_and_is_audited(db, make_ctx):
    ctx = make_ctx(Role.RECEPTION)
    cid = _create(ctx, personal_identity_code="131052-308T")
    card = clients.get_client_card(ctx, cid)
    assert card.values["personal_identity_code"] == "131052-****"
    assert _events(db, "client.viewed")[-1].actor_id == ctx.staff_id


def test_identity_code_reveal_owner_yes_reception_no_and_both_audited(db, make_ctx, owner_ctx):
    reception = make_ctx(Role.RECEPTION)
    cid = _create(reception, personal_identity_code="131052-308T")
    assert clients.reveal_identity_code(owner_ctx, cid, reason="laskutus") == "131052-308T"
    with pytest.raises(PermissionDenied):
        clients.reveal_identity_code(reception, cid)
    assert _events(db, "hetu.revealed")[-1].reason == "laskutus"
    refused = _events(db, "permission.refused")[-1]
    assert refused.actor_id == reception.staff_id and refused.client_id == cid


def test_consent_ledger_and_one_click_marketing_withdrawal(db, make_ctx):
    ctx = make_ctx(Role.RECEPTION)
    cid = _create(ctx)
    clients.record_consent(ctx, cid, ConsentKind.EMAIL_MARKETING, True, ConsentChannel.FORM)
    clients.record_consent(ctx, cid, ConsentKind.SMS_MARKETING, True, ConsentChannel.PHONE)
    clients.record_consent(ctx, cid, ConsentKind.REMINDERS, True, ConsentChannel.PHONE)
    clients.withdraw_marketing(ctx, cid, ConsentChannel.PHONE)
    card = clients.get_client_card(ctx, cid)
    assert card.consents[ConsentKind.EMAIL_MARKETING] is False
    assert card.consents[ConsentKind.SMS_MARKETING] is False
    assert card.consents[ConsentKind.REMINDERS] is True
    with db.session() as s:
        assert len(s.get(Client, cid).consents) == 5  # history kept: 3 given + 2 withdrawn


@pytest.mark.parametrize("query", ["äijä", "ÖHMAN", "040 123 4567", "+358401234567",
                                   "0401234567", "öh äi", "1.5.1980", "01.05.1980"])
def test_search_finds_by_any_part(db, make_ctx, query):
    ctx = make_ctx(Role.RECEPTION)
    cid = _create(ctx, birth_date=dt.date(1980, 5, 1))
    _create(ctx, first_name="Bertta", last_name="Berg", phone="050 765 4321")
    assert [h.id for h in clients.search_clients(ctx, query)] == [cid]


def test_search_treats_like_wildcards_literally_and_hides_archived(db, make_ctx):
    ctx = make_ctx(Role.RECEPTION)
    cid = _create(ctx)
    assert clients.search_clients(ctx, "%") == []
    assert clients.search_clients(ctx, "_") == []
    clients.set_archived(ctx, cid, True)
    assert clients.search_clients(ctx, "öhman") == []
    assert [h.id for h in clients.search_clients(ctx, "öhman", include_archived=True)] == [cid]


def test_update_changes_only_given_fields(db, make_ctx):
    ctx = make_ctx(Role.RECEPTION)
    cid = _create(ctx, email="a@example.fi")
    clients.update_client(ctx, cid, {"city": "Tampere"})
    card = clients.get_client_card(ctx, cid)
    assert card.values["city"] == "Tampere" and card.values["email"] == "a@example.fi"
    assert _events(db, "client.updated")[-1].fields == ["city"]
