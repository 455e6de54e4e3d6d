"""Renders the screenshots of docs/screenshots/ from the real widgets on the demo practice.

    python tools/screenshots.py [--out docs/screenshots] [--language fi]

Runs offscreen (QT_QPA_PLATFORM=offscreen) on a throw-away demo practice with a fixed date, so
the pictures are the same on every machine. Each picture is a ``QWidget.grab()`` of a window
as the program shows it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget  # noqa: E402

TODAY = dt.date(2026, 11, 23)  # a Monday: the demo calendar is full that day


def _save(widget: QWidget, path: Path, app: QApplication) -> None:
    widget.show()
    for _ in range(5):
        app.processEvents()
    widget.grab().save(str(path))
    print("wrote", path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


def _own_client_with_visit(db, staff_id: int) -> int:
    """A client this practitioner has treated (so the notes tab is hers to read)."""
    from sqlalchemy import select

    from vastaanotto.models import Visit

    with db.session() as session:
        return session.scalar(select(Visit.client_id).where(Visit.practitioner_id == staff_id)
                              .order_by(Visit.id).limit(1))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--language", default="fi")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="vastaanotto-shots-"))
    os.environ["VASTAANOTTO_DATA_DIR"] = str(work / "demo")

    import keyring
    from keyring.backend import KeyringBackend

    class PictureKeyring(KeyringBackend):
        """In memory: the pictures show a desk with a working keyring, and the developer's
        own keyring is never touched."""

        priority = 1
        store: dict = {}

        def get_password(self, service, username):
            return self.store.get((service, username))

        def set_password(self, service, username, password):
            self.store[(service, username)] = password

        def delete_password(self, service, username):
            self.store.pop((service, username), None)

    keyring.set_keyring(PictureKeyring())

    from ui import i18n
    from ui.auth.lock_screen import LockScreen
    from ui.auth.login_dialog import LoginDialog
    from ui.auth.setup_wizard import SetupWizard
    from ui.main_window import MainWindow, ViewId
    from vastaanotto.clock import HELSINKI, fixed_clock
    from vastaanotto.context import workstation_name
    from vastaanotto.demo import DEMO_LOGINS, create_demo_database
    from vastaanotto.practice_db import default_url, open_practice_database
    from vastaanotto.services import auth

    app = QApplication([sys.argv[0]])
    i18n.install(app, args.language)
    qsettings = QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat)

    # 1. The setup wizard on an empty database, with a mistyped business ID refused.
    empty = open_practice_database(default_url(work / "empty"))
    wizard = SetupWizard(empty)
    wizard.resize(760, 560)
    _save(wizard, args.out / "setup_wizard_welcome.png", app)
    wizard.next()
    values = {"name": "Kuntoutusklinikka Koivu Oy", "business_id": "1234567-8",
              "street": "Hämeenkatu 12 A", "postal_code": "33100", "city": "Tampere",
              "phone": "03 123 4567", "email": "info@koivu.example"}
    page = wizard.currentPage()
    for field, value in values.items():
        edit = page.findChild(QLineEdit, field)
        if edit is not None:
            edit.setText(value)
    wizard.next()  # refused: the business ID check digit is wrong
    _save(wizard, args.out / "setup_wizard_error.png", app)
    wizard.close()
    empty.dispose()

    # 2. Login on the demo practice.
    create_demo_database(work / "demo", today=TODAY)
    db = open_practice_database(default_url(work / "demo"))
    login = LoginDialog(db)
    _save(login, args.out / "login.png", app)
    login.close()

    # 3. The main window of the owner: calendar overview, admin pages, locked.
    username, password = DEMO_LOGINS[0][0], DEMO_LOGINS[0][1]
    moment = dt.datetime.combine(TODAY, dt.time(10, 30), HELSINKI)
    ctx = auth.authenticate(db, username, password, workstation=workstation_name(),
                            clock=fixed_clock(moment.astimezone(dt.timezone.utc)))
    window = MainWindow(ctx, qsettings=qsettings)
    window.resize(1280, 800)
    window.show_view(ViewId.CALENDAR)
    _save(window, args.out / "main_window_calendar.png", app)
    window.show_view(ViewId.ADMIN)
    admin = window.view(ViewId.ADMIN)
    for page in admin.pages:
        admin.show_page(page)
        name = type(page).__name__.removesuffix("Page").lower()
        _save(window, args.out / f"admin_{name}.png", app)
    # 4. Booking by phone (Ctrl+N): service, next free times, client, channel.
    from ui.calendar.booking_dialog import BookingDialog

    booking_dialog = BookingDialog(ctx, lambda changes: None)
    booking_dialog.service_combo.setCurrentIndex(1)
    booking_dialog.load_slots()
    booking_dialog.slot_list.setCurrentRow(0)
    booking_dialog.search_edit.setText("virtanen")
    booking_dialog.search()
    booking_dialog.results.setCurrentRow(0)
    booking_dialog.resize(640, 620)
    _save(booking_dialog, args.out / "booking_dialog.png", app)
    booking_dialog.close()

    # 5. The client register: search as you type, and a card with its tabs.
    window.show_view(ViewId.CLIENTS)
    clients = window.view(ViewId.CLIENTS)
    clients.search_edit.setText("mäk")
    clients.search()
    _save(window, args.out / "clients_search.png", app)
    hit = clients.model.row_at(0)
    card = clients.open_card(hit.id)
    card.resize(820, 680)
    _save(card, args.out / "client_card_details.png", app)
    card.show_tab(card.consents_tab)
    _save(card, args.out / "client_card_consents.png", app)
    card.show_tab(card.history_tab)
    _save(card, args.out / "client_card_history.png", app)
    card.close()
    # A practitioner sees the treatment notes of her own client.
    therapist, therapist_password = DEMO_LOGINS[2][0], DEMO_LOGINS[2][1]
    pctx = auth.authenticate(db, therapist, therapist_password, workstation=workstation_name(),
                             clock=fixed_clock(moment.astimezone(dt.timezone.utc)))
    own = _own_client_with_visit(db, pctx.staff_id)
    from ui.clients.client_card import ClientCardDialog
    from vastaanotto.services import treatment_notes

    treatment_notes.add_note(pctx, client_id=own, text=(
        "Alaselän kipu jatkunut 3 viikkoa. Liikkuvuus rajoittunut eteentaivutuksessa. "
        "Ohjattu kotiharjoitteet: lantion kallistus, polvien vienti rintaan 3 x 10."),
        client_accepted_storage=True, belongs_in_kanta=False)
    pcard = ClientCardDialog(pctx, lambda changes: None, own)
    pcard.resize(820, 680)
    pcard.show_tab(pcard.notes_tab)
    _save(pcard, args.out / "client_card_notes.png", app)
    pcard.close()

    window.set_lock_widget(LockScreen(ctx))
    window.set_locked(True)
    _save(window, args.out / "locked.png", app)
    window.close()
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
