"""Duplicate detection and merging two client cards into one, all or nothing."""

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from tests.core.billing_fixtures import add_visit
from vastaanotto.errors import Conflict, NotFound, PermissionDenied
from vastaanotto.models import (Appointment, AuditEvent, Client, Consent, ConsentChannel,
                                ConsentKind, DataSubjectRequest, Invoice, Message, MessageChannel,
                                MessageKind, Payment, PaymentMethod, RequestKind, Role,
                                TreatmentNote, WaitlistEntry, Visit)
from vastaanotto.services import catalog, clients
from vastaanotto.services.base import anonymous_context
from vastaanotto.services.client_merge import find_duplicates, merge_clients

UTC = dt.timezone.utc
NOW = dt.datetime(2026, 11, 21, 10, tzinfo=UTC)


def _create(ctx, **data):
    base = {"first_name": "Matti", "last_name": "Meikäläinen"}
    base.update(data)
    return clients.create_client(ctx, base).data


def _events(db, action):
    with db.session() as s:
        return list(s.scalars(select(AuditEvent).where(AuditEvent.action == action)
                              .order_by(AuditEvent.seq)))


@pytest.fixture
def desk(make_ctx):
    return make_ctx(Role.RECEPTION)


def test_duplicates_by_name_and_birth_date_phone_or_email(db, desk):
    same = _create(desk, first_name="MATTI", birth_date=dt.date(1980, 5, 1))
    by_phone = _create(desk, first_name="Maija", phone="+358 40 123 4567")
    by_email = _create(desk, first_name="Pekka", email="Pekka.P@Example.fi")
    _create(desk, first_name="Matti", birth_date=dt.date(1980, 5, 2))      # other day
    _create(desk, first_name="Åsa", last_name="Öberg", birth_date=dt.date(1990, 1, 1))
    data = {"first_name": " matti ", "last_name": "meikäläinen",
            "birth_date": dt.date(1980, 5, 1), "phone": "040 123 4567",
            "email": "pekka.p@example.FI"}
    assert {h.id for h in find_duplicates(desk, data)} == {same, by_phone, by_email}
    # Accents are kept: Asa Oberg is someone else than Åsa Öberg.
    assert find_duplicates(desk, {"first_name": "Asa", "last_name": "Oberg",
                                  "birth_date": dt.date(1990, 1, 1)}) == []
    checks = _events(db, "client.duplicate_check")
    assert [e.details for e in checks] == [{"hits": 3}, {"hits": 0}]
    assert "123" not in str(checks[0].details) and checks[0].fields == []


def test_duplicate_birth_date_from_identity_code_and_bad_values_match_nothing(db, desk):
    cid = _create(desk, personal_identity_code="131052-308T")
    hits = find_duplicates(desk, {"first_name": "Matti", "last_name": "Meikäläinen",
                                  "personal_identity_code": "131052-308t"})
    assert [(h.id, h.identity_code_masked) for h in hits] == [(cid, "131052-****")]
    assert find_duplicates(desk, {"first_name": "Matti", "last_name": "Meikäläinen",
                                  "phone": "12", "email": "no", "birth_date": "1.1.1980",
                                  "personal_identity_code": "x"}) == []
    assert find_duplicates(desk, {}) == []


def test_duplicates_skip_merged_anonymised_and_the_edited_card_but_show_archived(db, desk):
    a = _create(desk, phone="040 123 4567")
    b = _create(desk, phone="040 123 4567")
    c = _create(desk, phone="040 123 4567")
    d = _create(desk, phone="040 123 4567")
    clients.set_archived(desk, c, True)
    merge_clients(desk, keep_id=a, remove_id=b)
    with db.session() as s:
        s.get(Client, d).anonymised_at = NOW
    hits = find_duplicates(desk, {"phone": "0401234567"})
    assert [(h.id, h.archived) for h in hits] == [(a, False), (c, True)]
    assert [h.id for h in find_duplicates(desk, {"id": a, "phone": "0401234567"})] == [c]


@pytest.fixture
def pair(db, owner_ctx, desk):
    keep = _create(desk, phone="040 123 4567", city="Tampere", notes="Pitää kahvista")
    remove = _create(desk, email="matti@example.fi", street="Kotikatu 5", postal_code="33100",
                     city="Turku", billing_name="Yritys Oy", billing_street="Laskutie 1",
                     birth_date=dt.date(1980, 5, 1), notes="Ei saa näkyä")
    service = catalog.create_service(owner_ctx, {"name": "Hieronta", "duration_minutes": 60,
                                                 "price": "60.00"}).data
    visit = add_visit(db, client_id=remove, practitioner_id=owner_ctx.staff_id,
                      service_id=service)
    start = NOW + dt.timedelta(days=3)
    with db.session() as s:
        s.get(Client, keep).no_show_count = 1
        s.get(Client, remove).no_show_count = 2
        s.get(Client, remove).late_cancellation_count = 3
        invoice = Invoice(client_id=remove)
        s.add(invoice)
        s.flush()
        s.add_all([
            Appointment(client_id=remove, practitioner_id=owner_ctx.staff_id, service_id=service,
                        starts_at=start, ends_at=start + dt.timedelta(hours=1)),
            Payment(invoice_id=invoice.id, client_id=remove, amount=Decimal("10.00"),
                    method=PaymentMethod.CASH),
            TreatmentNote(client_id=remove, visit_id=visit, author_id=owner_ctx.staff_id,
                          text="x", client_accepted_storage=True),
            WaitlistEntry(client_id=remove, service_id=service, earliest=start,
                          latest=start + dt.timedelta(days=7)),
            DataSubjectRequest(client_id=remove, kind=RequestKind.ACCESS,
                               received_on=NOW.date(), due_on=NOW.date()),
            Message(dedupe_key="m1", kind=MessageKind.REMINDER, channel=MessageChannel.SMS,
                    client_id=remove, recipient="+358401234567", body="Muistutus"),
        ])
    clients.record_consent(desk, remove, ConsentKind.REMINDERS, True, ConsentChannel.PHONE)
    return keep, remove


MOVABLE = (Appointment, Visit, Invoice, Payment, Consent, TreatmentNote, WaitlistEntry,
           DataSubjectRequest, Message)


def _owners(db):
    with db.session() as s:
        return {m.__name__: set(s.scalars(select(m.client_id))) for m in MOVABLE}


def test_merge_moves_everything_fills_gaps_and_records_it(db, desk, pair):
    keep, remove = pair
    changes = merge_clients(desk, keep_id=keep, remove_id=remove)
    assert changes.data == keep and set(changes.ids) == {keep, remove}
    assert all(owners == {keep} for owners in _owners(db).values())
    with db.session() as s:
        k, r = s.get(Client, keep), s.get(Client, remove)
        # Never overwritten: phone, city and notes of the kept card stay.
        assert (k.phone, k.city, k.notes) == ("+358401234567", "Tampere", "Pitää kahvista")
        # The home address group was partly filled (city), so Turku's street is not mixed in.
        assert (k.street, k.postal_code) == ("", "")
        assert (k.billing_name, k.billing_street) == ("Yritys Oy", "Laskutie 1")
        assert (k.email, k.birth_date, k.birth_year) == ("matti@example.fi",
                                                         dt.date(1980, 5, 1), 1980)
        assert (k.no_show_count, k.late_cancellation_count) == (3, 3)
        assert "matti@example.fi" in k.search_text
        assert r.merged_into_id == keep and r.archived_at is not None
    on_keep, on_remove = _events(db, "client.merged")
    assert on_keep.client_id == keep and on_keep.details["removed"] == remove
    assert on_keep.details["moved"]["appointments"] == 1
    assert set(on_keep.fields) == {"email", "birth_date", "birth_year", "billing_name",
                                   "billing_street"}
    assert on_remove.client_id == remove and on_remove.details == {"kept": keep}
    assert "matti@example.fi" not in str(on_keep.details)
    assert clients.get_client_card(desk, keep).consents[ConsentKind.REMINDERS] is True
    assert [h.id for h in clients.search_clients(desk, "meikäläinen")] == [keep]


def test_merge_refusals_leave_everything_as_it_was(db, desk, pair, owner_ctx):
    keep, remove = pair
    before = _owners(db)
    with pytest.raises(Conflict) as info:
        merge_clients(desk, keep_id=keep, remove_id=keep)
    assert info.value.code == "merge_same_client"
    with pytest.raises(NotFound):
        merge_clients(desk, keep_id=keep, remove_id=999_999)
    clients.update_client(desk, keep, {"birth_date": dt.date(1979, 1, 1)})
    clients.update_client(desk, remove, {"personal_identity_code": "010580-1239",
                                         "birth_date": None, "birth_year": None})
    with pytest.raises(Conflict) as info:
        merge_clients(desk, keep_id=keep, remove_id=remove)
    assert info.value.code == "merge_fields_contradict"
    assert info.value.params["fields"] == ["personal_identity_code"]
    with pytest.raises(PermissionDenied):
        merge_clients(anonymous_context(db, "ws"), keep_id=keep, remove_id=remove)
    assert _events(db, "permission.refused")[-1].client_id == keep
    assert _owners(db) == before
    with db.session() as s:
        assert s.get(Client, remove).merged_into_id is None
        assert s.get(Client, keep).email == ""
    assert _events(db, "client.merged") == []


def test_already_merged_cards_cannot_be_merged_again_and_chains_collapse(db, desk):
    a, b, c = (_create(desk, first_name=n) for n in ("Aa", "Bb", "Cc"))
    merge_clients(desk, keep_id=b, remove_id=c)
    for keep, remove in ((a, c), (c, a)):
        with pytest.raises(Conflict) as info:
            merge_clients(desk, keep_id=keep, remove_id=remove)
        assert info.value.code == "client_already_merged"
    merge_clients(desk, keep_id=a, remove_id=b)
    with db.session() as s:
        assert s.get(Client, c).merged_into_id == a
        assert s.scalar(select(func.count(Client.id)).where(Client.merged_into_id.is_(None))) == 1
