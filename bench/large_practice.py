"""A large practice for the benchmarks: 200,000 clients (and optionally 1,000,000 appointments).

    python bench/large_practice.py PATH [--clients 200000] [--appointments 0] [--seed 1]
                                        [--practitioners 10]

``build_large_practice(path, clients=..., appointments=..., seed=...)`` writes a new SQLite file
through the real migrations (so the search index and its triggers are there) and fills it with
bulk inserts in chunks. The people look like a Finnish register: a long tail of surnames made
the way Finnish surnames are (Mäki + nen, Koski + mäki), a few Swedish- and English-speaking
clients, Finnish mobile numbers, ASCII e-mail addresses, birth dates for most and identity codes
for some, and a few archived, merged and anonymised clients, so that the search's filters
have something to filter. The same seed always gives the same practice.

``open_large_practice(path)`` opens it and logs the owner in, for a benchmark to call services.
``cached_large_practice(...)`` builds a practice once per shape (and schema revision) in the
temp directory and returns the same file on every later run; 1,000,000 appointments across 10
practitioners take about a minute to write (bulk executemany inserts in 20,000-row chunks).
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import random
import sys
import tempfile
import time
import types
from decimal import Decimal
from pathlib import Path

from argon2 import PasswordHasher
from sqlalchemy import insert

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from vastaanotto import demo_data  # noqa: E402
from vastaanotto.clock import HELSINKI, fixed_clock  # noqa: E402
from vastaanotto.context import Context  # noqa: E402
from vastaanotto.db.engine import Database, open_database, sqlite_url  # noqa: E402
from vastaanotto.models import (Appointment, AppointmentStatus, Client, Gender,  # noqa: E402
                                Service, WorkingHours, service_practitioner)
from vastaanotto.models.staff import Role  # noqa: E402
from vastaanotto.services import auth  # noqa: E402
from vastaanotto.services.client_search import build_search_text  # noqa: E402
from vastaanotto.services.setup import initialize_practice  # noqa: E402
from vastaanotto.services.staff import insert_staff  # noqa: E402

GENERATOR_VERSION = 1  # part of the benches' cache key: bump when the data changes shape
AUDIT_KEY = b"b" * 32
OWNER = ("olli", "Olli Omistaja", "Pitkä salasana 42!")
PRACTITIONERS = 10
TODAY = dt.date(2026, 11, 23)  # a Monday; appointments end 8 weeks after it
CHUNK = 20_000
PROFILE = {
    "name": "Suuri Klinikka Oy", "business_id": "0737546-2", "street": "Testikatu 1",
    "postal_code": "33100", "city": "Tampere", "email": "info@example.fi",
    "register_contact_name": "Olli Omistaja", "register_contact_email": "olli@example.fi",
    "iban": "FI21 1234 5600 0007 85", "bic": "NDEAFIHH",
}

# Finnish surnames are mostly nature words with an ending: about 1,800 combinations below, on
# top of the demo's common ones, give a register whose commonest name is a fraction of a
# percent, as in Finland, instead of 4,000 Virtanens.
_STEMS = ("Mäki Koski Niemi Lahti Salo Järvi Kallio Harju Aho Oja Ranta Lampi Vaara Kangas Suo "
          "Laakso Lehto Kivi Honka Koivu Haapa Pihlaja Leppä Tammi Kuusi Mänty Saari Hiekka "
          "Kettu Karhu Ilves Repo Peura Hirvi Joki Puro Pelto Nummi Rinne Vuori Tuomi Seppä "
          "Mylly Rauta Kulta Pyy Teeri Metso Kurki Lumme Kaisla Niitty Aalto Laine Virta Korpi "
          "Salmi Nurmi Hela Kumpu Sorsa Väli Ylä Ala Itä Länsi Palo Rasi Hovi Kylä Talo Ström "
          "Lind Berg Holm Sjö").split()
_ENDINGS = ("nen", "la", "mäki", "koski", "niemi", "lahti", "salo", "järvi", "ranta", "aho",
            "oja", "vaara", "lampi", "kangas", "suo", "", "inen", "puro", "vuori", "pää")
_EMAIL_FOLD = str.maketrans({"ä": "a", "ö": "o", "å": "a", "é": "e", "ü": "u", "'": "",
                             " ": ".", "-": ""})
_HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def _surnames(rng: random.Random) -> list[str]:
    made = []
    for stem, ending in itertools.product(_STEMS, _ENDINGS):
        if ending.lower() == stem.lower():
            continue
        if ending == "la" and any(c in stem for c in "äöy") and not any(c in stem for c in "aou"):
            ending = "lä"  # vowel harmony: Mäkelä, not Mäkela
        made.append(stem + ending)
    rng.shuffle(made)  # popularity must not follow the alphabet
    return list(dict.fromkeys(demo_data.FI_LAST + made))  # the demo's list is by popularity


def _zipf(count: int, offset: int) -> list[float]:
    return [1.0 / (rank + offset) ** 0.9 for rank in range(count)]


class _People:
    """Draws people. Names follow a Zipf-like popularity, as real name statistics do."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        shuffled = lambda names: rng.sample(names, len(names))  # noqa: E731
        self.names = {
            "fi": (shuffled(demo_data.FI_FEMALE), shuffled(demo_data.FI_MALE), _surnames(rng)),
            "sv": (shuffled(demo_data.SV_FEMALE), shuffled(demo_data.SV_MALE),
                   demo_data.SV_LAST),
            "en": (shuffled(demo_data.EN_FEMALE), shuffled(demo_data.EN_MALE),
                   demo_data.EN_LAST),
        }
        # Offsets chosen so that the commonest surname is ~0.7 % of the register (Korhonen is
        # 0.4 % of Finns) and the commonest first name a few per cent.
        # Cumulative, so that each draw is a bisection rather than a sum over 1,800 weights.
        self.weights = {key: tuple(list(itertools.accumulate(_zipf(len(part),
                                                                   30 if i == 2 else 8)))
                                   for i, part in enumerate(parts))
                        for key, parts in self.names.items()}
        prefixes, shares = zip(*demo_data.MOBILE_PREFIXES)
        self.prefixes, self.prefix_shares = prefixes, shares
        self.phones: set[str] = set()
        self.emails: set[str] = set()
        self.codes: set[str] = set()

    def _pick(self, language: str, part: int) -> str:
        return self.rng.choices(self.names[language][part],
                                cum_weights=self.weights[language][part])[0]

    def person(self) -> dict:
        rng = self.rng
        language = rng.choices(("fi", "sv", "en"), (89, 6, 5))[0]
        female = rng.random() < 0.55  # more women than men book appointments
        first = self._pick(language, 0 if female else 1)
        if rng.random() < 0.08:  # a double first name: "Anna Maria", "Juha-Pekka"
            first += rng.choice((" ", "-")) + self._pick(language, 0 if female else 1)
        last = self._pick(language, 2)
        birth = None
        if rng.random() < 0.85:
            age_days = int(365.25 * min(rng.gauss(45, 20) % 100, 99)) + rng.randrange(365)
            birth = TODAY - dt.timedelta(days=age_days)
        return {"first_name": first, "last_name": last, "language": language,
                "gender": Gender.FEMALE if female else Gender.MALE, "birth_date": birth,
                "birth_year": birth.year if birth else None,
                "phone": self._phone() if rng.random() < 0.95 else "",
                "email": self._email(first, last) if rng.random() < 0.7 else "",
                "personal_identity_code": self._hetu(birth, female)
                if birth and rng.random() < 0.2 else None}

    def _phone(self) -> str:
        while True:
            prefix = self.rng.choices(self.prefixes, self.prefix_shares)[0]
            phone = f"+358{prefix}{self.rng.randrange(1_000_000, 10_000_000)}"
            if phone not in self.phones:
                self.phones.add(phone)
                return phone

    def _email(self, first: str, last: str) -> str:
        first_, last_ = first.lower().translate(_EMAIL_FOLD), last.lower().translate(_EMAIL_FOLD)
        shape = self.rng.random()
        local = (f"{first_}.{last_}" if shape < 0.6 else f"{first_[0]}.{last_}" if shape < 0.8
                 else f"{first_}{self.rng.randrange(10, 100)}")
        domain = self.rng.choice(demo_data.EMAIL_DOMAINS)
        for n in itertools.count(2):
            email = f"{local}@{domain}"
            if email not in self.emails:
                self.emails.add(email)
                return email
            local = f"{local.rstrip('0123456789')}{n}"
        raise AssertionError("unreachable")

    def _hetu(self, birth: dt.date, female: bool) -> str | None:
        sign = {18: "+", 19: "-", 20: "A"}[birth.year // 100]
        for _ in range(20):
            number = self.rng.randrange(2, 900)
            if (number % 2 == 0) != female:
                number = number + 1 if number < 899 else number - 1
            digits = f"{birth:%d%m}{birth.year % 100:02d}"
            code = f"{digits}{sign}{number:03d}{_HETU_CHECK[int(digits + f'{number:03d}') % 31]}"
            if code not in self.codes:
                self.codes.add(code)
                return code
        return None  # that day is full: the client simply has no code


def _client_rows(rng: random.Random, count: int, created_by: int) -> list[dict]:
    people = _People(rng)
    now = dt.datetime.combine(TODAY, dt.time(8), tzinfo=dt.timezone.utc)
    rows = []
    for cid in range(1, count + 1):
        row = people.person()
        created = now - dt.timedelta(days=rng.randrange(1, 15 * 365))
        roll = rng.random()
        # Every row has the same keys (and render_nulls below keeps the None ones): the bulk
        # insert batches consecutive rows only while their columns are the same.
        row.update(id=cid, created_at=created, updated_at=created, created_by_id=created_by,
                   archived_at=created + dt.timedelta(days=300) if roll < 0.04 else None,
                   merged_into_id=None, anonymised_at=None)
        if 0.04 <= roll < 0.045 and cid > 1:  # a duplicate card merged into an older one
            row["merged_into_id"] = rng.randrange(1, cid)
        row["search_text"] = build_search_text(types.SimpleNamespace(**row))
        if 0.045 <= roll < 0.048:  # erased on request: nothing personal left to find
            row.update(first_name="", last_name="", email="", phone="", birth_date=None,
                       birth_year=None, personal_identity_code=None, search_text="",
                       anonymised_at=created + dt.timedelta(days=500))
        rows.append(row)
    return rows


def _appointment_rows(rng: random.Random, count: int, practitioners: list[int],
                      services: list[Service], clients: int, booked_by: int):
    """Packed working days, newest first, from 8 weeks ahead back until ``count`` are made."""
    horizon = TODAY + dt.timedelta(weeks=8)
    now = dt.datetime.combine(TODAY, dt.time(6), tzinfo=dt.timezone.utc)
    made, day = 0, horizon
    while made < count:
        day -= dt.timedelta(days=1)
        if day.weekday() >= 5:
            continue
        for i, staff_id in enumerate(practitioners):
            minute, closes = (8 * 60, 17 * 60) if i % 2 else (9 * 60, 18 * 60)
            while made < count:
                service = services[rng.choice((0, 0, 1, 2))]
                minute += rng.choice((0, 0, 0, 15))  # a gap now and then
                if minute + service.duration_minutes > closes:
                    break
                start = dt.datetime.combine(day, dt.time(minute // 60, minute % 60),
                                            tzinfo=HELSINKI).astimezone(dt.timezone.utc)
                end = start + dt.timedelta(minutes=service.duration_minutes)
                status = AppointmentStatus.BOOKED
                if start < now:
                    roll = rng.random()
                    status = (AppointmentStatus.CANCELLED if roll < 0.06 else
                              AppointmentStatus.NO_SHOW if roll < 0.08 else
                              AppointmentStatus.COMPLETED)
                yield {"practitioner_id": staff_id, "service_id": service.id,
                       "client_id": rng.randrange(1, clients + 1), "starts_at": start,
                       "ends_at": end, "status": status, "price": service.price,
                       "booked_by_id": booked_by, "booked_at": start - dt.timedelta(days=14)}
                made += 1
                minute += service.duration_minutes + service.buffer_after_minutes


def build_large_practice(path: Path | str, clients: int = 200_000, appointments: int = 0,
                         seed: int = 1, *, key: bytes | None = None,
                         practitioners: int = PRACTITIONERS) -> Path:
    """Write a new practice database at ``path`` (an existing file is an error) and return it.

    With ``key`` the file is encrypted with SQLCipher, as a practice that enables it runs.
    Appointments fill the practitioners' weekdays from 8 weeks ahead backwards, about 4,000
    a practitioner a year: 1,000,000 reach back 25 years with 10 practitioners, 8 with 30.
    """
    path = Path(path)
    if path.exists():
        raise FileExistsError(path)
    rng = random.Random(seed)
    auth.configure_hasher(PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))
    db = open_database(sqlite_url(path), key=key, audit_key=AUDIT_KEY)
    try:
        clock = fixed_clock(dt.datetime.combine(TODAY, dt.time(6), tzinfo=dt.timezone.utc))
        owner = initialize_practice(db, PROFILE, owner_username=OWNER[0],
                                    owner_display_name=OWNER[1], owner_password=OWNER[2],
                                    workstation="bench", clock=clock)
        rows = _client_rows(rng, clients, owner.staff_id)
        for start in range(0, len(rows), CHUNK):
            with db.session() as s:  # one transaction per chunk, as an import would do
                s.execute(insert(Client).execution_options(render_nulls=True),
                          rows[start:start + CHUNK])
        del rows
        if appointments:
            _add_appointments(db, rng, appointments, clients, owner.staff_id, practitioners)
    finally:
        db.dispose()
    return path


def _add_appointments(db: Database, rng: random.Random, count: int, clients: int,
                      owner_id: int, practitioners: int) -> None:
    password_hash = auth.hash_password("Hoitajan salasana 1")
    with db.session() as s:
        staff = [insert_staff(s, username=f"hoitaja{i}", display_name=f"Hoitaja {i}",
                              roles=[Role.PRACTITIONER], password="",
                              password_hash=password_hash).id for i in range(practitioners)]
        services = [Service(name=name, duration_minutes=minutes, price=Decimal(price),
                            buffer_after_minutes=after)
                    for name, minutes, price, after in (("Hieronta 30", 30, "40.00", 0),
                                                        ("Fysioterapia", 45, "62.00", 15),
                                                        ("Hieronta 60", 60, "70.00", 0))]
        s.add_all(services)
        s.flush()
        s.execute(insert(service_practitioner),
                  [{"service_id": sv.id, "staff_id": p} for sv in services for p in staff])
        for i, p in enumerate(staff):
            start, end = (dt.time(8), dt.time(17)) if i % 2 else (dt.time(9), dt.time(18))
            s.add_all(WorkingHours(staff_id=p, weekday=d, starts=start, ends=end)
                      for d in range(5))
    rows = _appointment_rows(rng, count, staff, services, clients, owner_id)
    while chunk := list(itertools.islice(rows, CHUNK)):
        with db.session() as s:
            s.execute(insert(Appointment).execution_options(render_nulls=True), chunk)


def cached_large_practice(clients: int = 200_000, appointments: int = 1_000_000, seed: int = 1,
                          *, practitioners: int = PRACTITIONERS) -> Path:
    """The practice of this shape, built on the first call and reused afterwards.

    The file name carries the generator version and the schema head, so a change to either
    builds a new one instead of timing stale data. Built under a temporary name and renamed,
    so an interrupted build is never mistaken for a finished one.
    """
    from vastaanotto.db import schema_version

    folder = Path(tempfile.gettempdir()) / "vastaanotto-bench-cache"
    folder.mkdir(exist_ok=True)
    path = folder / (f"practice-c{clients}-a{appointments}-p{practitioners}-s{seed}"
                     f"-g{GENERATOR_VERSION}-r{schema_version.HEAD}.sqlite3")
    if not path.exists():
        partial = path.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        build_large_practice(partial, clients=clients, appointments=appointments, seed=seed,
                             practitioners=practitioners)
        partial.replace(path)
    return path


def open_large_practice(path: Path | str, *,
                        key: bytes | None = None) -> tuple[Database, Context]:
    """The database (migrated only if the program's schema moved on) and the owner's context."""
    auth.configure_hasher(PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))
    db = open_database(sqlite_url(Path(path)), key=key, audit_key=AUDIT_KEY)
    return db, auth.authenticate(db, OWNER[0], OWNER[2], workstation="bench")


def calendar_bench_args(description: str, argv=None) -> argparse.Namespace:
    """The calendar benchmarks' options (bench/week_view.py, bench/drag_move.py)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--clients", type=int, default=200_000)
    parser.add_argument("--appointments", type=int, default=1_000_000)
    return parser.parse_args(argv)


def calendar_view_at(args: argparse.Namespace, now: dt.datetime):
    """The cached practice of ``args``' size, opened with the clock fixed at ``now``, and a
    ``CalendarView`` of it at 1400×850, not shown yet: ``(app, db, ctx, view)``. Qt is
    imported only here, so building the practice needs none."""
    path = cached_large_practice(args.clients, args.appointments)

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from ui.calendar.calendar_view import CalendarView

    db, ctx = open_large_practice(path)
    ctx = ctx.__class__(**{**ctx.__dict__, "clock": fixed_clock(now)})
    view = CalendarView(ctx, lambda changes: None)
    view.resize(1400, 850)
    return app, db, ctx, view


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--clients", type=int, default=200_000)
    parser.add_argument("--appointments", type=int, default=0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--practitioners", type=int, default=PRACTITIONERS)
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    build_large_practice(args.path, args.clients, args.appointments, args.seed,
                         practitioners=args.practitioners)
    print(f"{args.path}: {args.clients} clients, {args.appointments} appointments "
          f"in {time.perf_counter() - t0:.1f} s")


if __name__ == "__main__":
    main()
