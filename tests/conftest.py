"""Shared fixtures. Qt runs offscreen, set before any Qt import (Picard's habit); the keyring is
an in-memory backend of the tests' own, never the developer's; argon2 runs with cheap
parameters except in the test that checks the production ones."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt  # noqa: E402

import keyring  # noqa: E402
import pytest  # noqa: E402
from argon2 import PasswordHasher  # noqa: E402
from keyring.backend import KeyringBackend  # noqa: E402

from vastaanotto.clock import fixed_clock  # noqa: E402
from vastaanotto.db.engine import open_database, sqlite_url  # noqa: E402
from vastaanotto.services import auth  # noqa: E402

CHEAP_HASHER = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)

PROFILE = {
    "name": "Testiklinikka Oy",
    "business_id": "0737546-2",
    "street": "Mannerheimintie 1",
    "postal_code": "00100",
    "city": "Helsinki",
    "phone": "09 123 4567",
    "email": "info@testiklinikka.fi",
    "register_contact_name": "Olli Omistaja",
    "register_contact_email": "olli@testiklinikka.fi",
    "register_contact_phone": "040 123 4567",
    "iban": "FI21 1234 5600 0007 85",
    "bic": "NDEAFIHH",
}
OWNER_PASSWORD = "Pitkä salasana 42!"


class MemoryKeyring(KeyringBackend):
    """A real keyring backend that keeps secrets in a dict (keyring's own testing pattern)."""

    priority = 1

    def __init__(self):
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        self.store.pop((service, username), None)


@pytest.fixture(autouse=True)
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def cheap_hasher(request):
    if "production_hasher" in request.keywords:
        auth.configure_hasher(PasswordHasher())
    else:
        auth.configure_hasher(CHEAP_HASHER)
    yield
    auth.configure_hasher(PasswordHasher())


@pytest.fixture
def db(tmp_path):
    database = open_database(sqlite_url(tmp_path / "test.sqlite3"), audit_key=b"k" * 32)
    yield database
    database.dispose()


@pytest.fixture
def clock():
    return fixed_clock(dt.datetime(2026, 11, 21, 10, 0, tzinfo=dt.timezone.utc))


@pytest.fixture
def owner_ctx(db):
    from vastaanotto.services.setup import initialize_practice

    return initialize_practice(db, PROFILE, owner_username="olli",
                               owner_display_name="Olli Omistaja",
                               owner_password=OWNER_PASSWORD, workstation="vastaanotto-1")


@pytest.fixture
def make_ctx(db, owner_ctx):
    """Create a staff member with the given roles and return their logged-in Context."""
    from vastaanotto.services import staff as staff_service

    counter = iter(range(1, 1000))

    def _make(*roles, password="Toinen salasana 7"):
        n = next(counter)
        username = f"user{n}"
        staff_service.create_staff(owner_ctx, username=username, display_name=f"Käyttäjä {n}",
                                   roles=list(roles), password=password)
        return auth.authenticate(db, username, password, workstation="vastaanotto-2")

    return _make
