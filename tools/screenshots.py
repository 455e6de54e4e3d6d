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
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QDate, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget  # noqa: E402

from vastaanotto.clock import HELSINKI  # noqa: E402
from vastaanotto.services.base import Changes  # noqa: E402

TODAY = dt.date(2026, 11, 24)  # a Tuesday: the demo calendar is full that day
NOW = dt.time(11, 15)           # late morning: some of today's clients have been, some not
MAIN_SIZE = (1400, 850)         # the main window at a size that reads well in the README


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


def _pdf(data: bytes, path: Path, work: Path, dpi: int = 60) -> None:
    """The first page of a PDF as a PNG at 60 dpi (pdftoppm), as the README shows documents;
    skipped with a note where poppler is not installed."""
    if shutil.which("pdftoppm") is None:
        print("skipped", path.name, "(no pdftoppm)")
        return
    source = work / (path.stem + ".pdf")
    source.write_bytes(data)
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-singlefile", str(source),
                    str(path.with_suffix(""))], check=True)
    print("wrote", path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


def _today_at_the_desk(ctx, today: dt.date) -> list[int]:
    """Today's morning as a desk leaves it by 11.15: most clients done, one arrived, one
    no-show, one cancelled later in the day. Returns the ids of the visits made."""
    from vastaanotto.models.appointments import CancelledBy
    from vastaanotto.services import booking, schedule

    entries = sorted((e for e in schedule.calendar_range(ctx, today, 1).entries
                      if e.status.value == "booked" and e.client_id is not None),
                     key=lambda e: (e.starts_at, e.id))
    now = ctx.now()
    visits = []
    for i, entry in enumerate(e for e in entries if e.starts_at < now):
        if entry.ends_at > now:
            booking.mark_arrived(ctx, entry.id)         # in the treatment room right now
        elif i % 7 == 3:
            booking.mark_no_show(ctx, entry.id)
        else:
            visits.append(booking.mark_completed(ctx, entry.id).data)
    later = [e for e in entries if e.starts_at > now + dt.timedelta(hours=2)]
    if later:
        booking.cancel(ctx, later[0].id, by=CancelledBy.CLIENT, reason="Flunssa")
    return visits


def _history_visits(db, count: int) -> list[list[int]]:
    """``count`` clients' visits from the last three months of demo history, a few weeks apart,
    so the invoices and the monthly report have something from each month."""
    from sqlalchemy import select

    from vastaanotto.models import Visit

    with db.session() as session:
        rows = session.execute(select(Visit.id, Visit.client_id, Visit.started_at)
                               .where(Visit.service_id.is_not(None))
                               .order_by(Visit.started_at, Visit.id)).all()
    groups: list[list[int]] = []
    step = max(1, len(rows) // (count + 1))
    for row in rows[step::step][:count]:
        groups.append([r.id for r in rows if r.client_id == row.client_id
                       and abs((r.started_at - row.started_at).days) <= 14][:2])
    return groups


def _visit_price(db, visit_id: int):
    from sqlalchemy import select

    from vastaanotto.models import Service, Visit

    with db.session() as session:
        return session.scalar(select(Service.price).join(Visit, Visit.service_id == Service.id)
                              .where(Visit.id == visit_id))


def _note_for(amount) -> str:
    """The banknotes a client would hand over: the next 50 € above the sum."""
    return str((int(amount) // 50 + 1) * 50)


def _billing(ctx, db, visits_today: list[int]) -> dict:
    """Invoices made and issued from demo visits through the services; a few paid."""
    from vastaanotto.models import Invoice
    from vastaanotto.models.billing import PaymentMethod
    from vastaanotto.services import invoicing, payments
    from vastaanotto.services.payment_rules import Tender

    issued = []
    for group in _history_visits(db, 12):
        invoice_id = invoicing.create_from_visits(ctx, group).data
        with db.session() as session:
            delivery = session.get(Invoice, invoice_id).delivery_date
        invoicing.issue(ctx, invoice_id, issue_date=delivery + dt.timedelta(days=1))
        issued.append(invoice_id)
    # Paid: all but three (two of those overdue by now, the newest not yet due).
    unpaid = {issued[-5], issued[-3], issued[-1]}
    for n, invoice_id in enumerate(i for i in issued if i not in unpaid):
        document = invoicing.get_invoice_document(ctx, invoice_id)
        if n % 2 == 0:  # paid to the bank account with the reference, a week later
            payments.record_bank_payment(ctx, invoice_id, document.total,
                                         document.issue_date + dt.timedelta(days=7))
        else:
            method = (PaymentMethod.CARD, PaymentMethod.MOBILEPAY)[n % 4 // 2]
            payments.take_payment(ctx, invoice_id=invoice_id,
                                  tenders=[Tender(method, document.total)])
    # A desk sale of this morning, paid in cash with change, and one draft left to edit.
    price = _visit_price(db, visits_today[0])
    receipt = payments.take_payment(ctx, visit_ids=visits_today[:1],
                                    tenders=[Tender(PaymentMethod.CASH, price)],
                                    cash_given=_note_for(price))
    draft = invoicing.create_from_visits(ctx, visits_today[1:2]).data
    return {"issued": issued, "overdue": issued[-5], "receipt": receipt, "draft": draft,
            "unpaid_visit": visits_today[2]}


def _messages(ctx) -> None:
    """SMS reminders of the next few hours queued by the planner, four sent to a local
    46elks-style gateway, two refused by it (403: the log shows the reason in red), the rest
    waiting. Then the settings as a practice would have them, for the settings picture."""
    from tests.integration.sms_server import PASSWORD, USER, SmsGateway
    from vastaanotto.services import messages

    values = {**messages.get_settings(ctx).__dict__,
              "email_enabled": False, "sms_enabled": True, "sms_provider": "46elks",
              "sms_username": USER, "sms_sender": "Koivu", "confirm_email": False,
              "confirm_sms": False, "reminder_hours": 24, "reminder_channel": "sms_else_email"}
    with SmsGateway() as gateway:
        # Planned with a short lead so that only the next few hours' clients are reminded.
        messages.save_settings(ctx, {**values, "sms_api_url": gateway.url,
                                     "reminder_hours": 3}, sms_password=PASSWORD)
        messages.plan(ctx)
        messages.send_due(ctx, limit=4)
        gateway.mode = "403"
        messages.send_due(ctx, limit=2)
    # What the settings page then shows: the real gateway and an SMTP server of the practice.
    messages.save_settings(ctx, {**values, "sms_api_url": "https://api.46elks.com",
                                 "email_enabled": True, "smtp_host": "smtp.koivu.example",
                                 "smtp_port": 587, "smtp_security": "starttls",
                                 "smtp_username": "info@koivu.example",
                                 "smtp_sender": "info@koivu.example",
                                 "smtp_sender_name": "Kuntoutusklinikka Koivu"},
                           smtp_password="demo-salasana")


def render_views(app, window, ctx, db, out: Path, work: Path, *, save, pdf) -> None:
    """The calendar, billing, messages, privacy desk, backups and their dialogs, on the demo
    practice at 24.11.2026 11.15, with data made through the services as a desk would."""
    from ui.main_window import ViewId
    from vastaanotto.services import (invoicing, privacy, receipts, reminders,
                                      schedule_print)

    today = ctx.now().astimezone(HELSINKI).date()
    visits_today = _today_at_the_desk(ctx, today)
    bills = _billing(ctx, db, visits_today)
    _messages(ctx)
    window.apply_changes(Changes.of("appointments", "invoices", "payments", "messages",
                                    "visits", "settings"))

    # 6. The calendar: day (an appointment selected, its panel filled), week, month.
    from ui.calendar.layout import Mode

    window.show_view(ViewId.CALENDAR)
    calendar = window.view(ViewId.CALENDAR)
    calendar.set_mode(Mode.DAY)
    calendar.go_today()
    calendar.cancelled_check.setChecked(True)
    now = ctx.now()
    upcoming = sorted((e for e in calendar.entries.values()
                       if e.starts_at > now and e.status.value == "booked"),
                      key=lambda e: (e.starts_at, e.id))
    selected = _series_candidate(ctx, upcoming)
    if selected is not None:
        calendar.select_appointment(selected)
    save(window, out / "calendar_day.png", app)
    calendar.set_mode(Mode.WEEK)
    if selected is not None:
        calendar.select_appointment(selected)
    save(window, out / "calendar_week.png", app)
    calendar.set_mode(Mode.MONTH)
    if selected is not None:
        calendar.select_appointment(selected)
    save(window, out / "calendar_month.png", app)
    calendar.set_mode(Mode.DAY)

    # The dialogs of the calendar: a weekly series, the waitlist, the day sheet.
    from ui.calendar.series_dialog import SeriesDialog
    from ui.calendar.waitlist_dialog import WaitlistDialog
    from vastaanotto.services import waitlist

    if selected is not None:
        series = SeriesDialog(ctx, selected, window, publish=window.apply_changes)
        series.count.setValue(6)
        series.preview()  # at once, not after the typing pause
        save(series, out / "series_dialog.png", app)
        series.close()
    services = list(dict.fromkeys(e.service_id for e in upcoming))
    if services:
        for offset, (client_id, note) in enumerate(_waitlist_clients(db, 3)):
            waitlist.add_entry(ctx, client_id=client_id,
                               service_id=services[offset % len(services)],
                               earliest=now + dt.timedelta(days=offset),
                               latest=now + dt.timedelta(days=14 + 7 * offset), note=note)
    waiting = WaitlistDialog(ctx, window, window.apply_changes)
    waiting.resize(900, 420)
    save(waiting, out / "waitlist_dialog.png", app)
    waiting.close()
    pdf(schedule_print.day_sheet_pdf(ctx, today), out / "day_sheet.png", work)

    # 7. Billing: the invoice list, an invoice being edited, payment at the desk, reports.
    from ui.billing.payment_dialog import PaymentDialog
    from vastaanotto.models.billing import PaymentMethod

    window.show_view(ViewId.BILLING)
    billing = window.view(ViewId.BILLING)
    billing.show_page("invoices")
    save(window, out / "billing_invoices.png", app)
    editor = billing.invoices.open_editor(invoice_id=bills["draft"])
    editor.resize(1000, 640)
    save(editor, out / "invoice_editor.png", app)
    editor.close()
    paying = PaymentDialog(ctx, window, publish=window.apply_changes,
                           visit_ids=[bills["unpaid_visit"]])
    paying.rows[0].set_method(PaymentMethod.CASH)
    due = _visit_price(db, bills["unpaid_visit"])
    paying.cash_given.setText(_note_for(due))
    paying.resize(480, paying.sizeHint().height())
    save(paying, out / "payment_dialog.png", app)
    paying.reject()
    billing.show_page("reports")
    report = billing.page("reports")
    report.kind_combo.setCurrentIndex(report.kind_combo.findData("sales_by_month"))
    report.start_edit.setDate(QDate(today.year, 9, 1))  # the months the demo has invoices for
    report.show_report()
    save(window, out / "billing_reports.png", app)
    pdf(invoicing.render_pdf(ctx, bills["overdue"]), out / "invoice_fi.png", work)
    receipt = bills["receipt"]
    pdf(receipts.receipt_pdf(ctx, receipt.invoice_ids[0], payment_ids=receipt.payment_ids,
                             cash_given=receipt.cash_given, change=receipt.change),
        out / "receipt_fi.png", work, dpi=150)  # an 80 mm roll: unreadable at 60 dpi
    reminder = reminders.create_reminders(ctx, [bills["overdue"]]).data[0]
    pdf(reminders.render_pdf(ctx, reminder), out / "reminder_fi.png", work)

    # 8. Messages: the log (sent, failed in red, queued) and the settings in Admin.
    window.show_view(ViewId.MESSAGES)
    log = window.view(ViewId.MESSAGES)
    log.reload()
    save(window, out / "messages_log.png", app)
    window.show_view(ViewId.ADMIN)
    admin = window.view(ViewId.ADMIN)
    admin.messages_page.load()
    admin.show_page(admin.messages_page)
    save(window, out / "messages_settings.png", app)

    # 9. The privacy desk: audit log, two requests, the notice.
    from vastaanotto.models.privacy import RequestKind

    for (client_id, _note), kind, days in zip(_waitlist_clients(db, 5)[3:],
                                             (RequestKind.ACCESS, RequestKind.ERASURE),
                                             (6, 2)):
        privacy.create_request(ctx, client_id, kind, received_on=today - dt.timedelta(days))
    window.show_view(ViewId.PRIVACY)
    desk = window.view(ViewId.PRIVACY)
    desk.on_changes(Changes.of("privacy_requests", "audit"))
    for page, name in ((desk.audit_page, "privacy_audit_log"),
                       (desk.requests_page, "privacy_requests"),
                       (desk.notice_page, "privacy_notice_page")):
        desk.show_page(page)
        save(window, out / f"{name}.png", app)
    pdf(privacy.privacy_notice(ctx, "fi", "pdf"), out / "privacy_notice.png", work)

    # 10. Backups: a folder on a USB stick (a temporary folder here) with one backup made.
    from PySide6.QtWidgets import QDialog

    from vastaanotto.models.backup import TargetKind

    window.show_view(ViewId.ADMIN)
    page = admin.backup_page
    admin.show_page(page)
    usb = work / "usb-levy"
    usb.mkdir()
    target = page.add_target()
    target.kind.setCurrentIndex(target.kind.findData(TargetKind.FOLDER))
    target.name.setText("USB-levy")
    target.path.setText(str(usb))
    target.location.setText("Toimiston kassakaappi")
    target.ok_button.click()
    if target.result() != QDialog.DialogCode.Accepted:
        print("backup target refused:", target.banner.text())
    page.load()
    page.back_up_now()
    page.load()
    save(window, out / "backup_page.png", app)
    kit = work / "hatapaketti.pdf"
    written = page.print_emergency_kit(str(kit))
    if written is not None:
        pdf(Path(written).read_bytes(), out / "backup_emergency_kit_fi.png", work)
    restore = page.open_restore()
    restore.check_button.click()  # reads the backup: what it holds, made when, by whom
    restore.resize(720, restore.sizeHint().height())
    save(restore, out / "restore_dialog.png", app)
    restore.close()


def _series_candidate(ctx, upcoming) -> int | None:
    """An appointment of today whose weekly repeat is mostly free: the series dialog then
    shows what it is for (new bookings), with a clash or two marked in red."""
    from vastaanotto.services import series

    best, best_score = None, None
    for entry in upcoming[:20]:
        plan = series.preview_series(ctx, entry.id, interval_weeks=1, count=6)
        clashes = sum(1 for o in plan[1:] if o.problems)
        score = abs(clashes - 1)
        if best_score is None or score < best_score:
            best, best_score = entry.id, score
    return best


def _waitlist_clients(db, count: int) -> list[tuple[int, str]]:
    """Clients with a future booking and a note to go with their waitlist wish."""
    from sqlalchemy import select

    from vastaanotto.models import Client

    notes = ["Pääsee myös lyhyellä varoitusajalla", "Vain aamupäivät", "Soita ennen klo 16",
             "", ""]
    with db.session() as session:
        ids = session.scalars(select(Client.id).where(Client.last_name.like("K%"))
                              .order_by(Client.id).limit(count)).all()
    return list(zip(ids, notes))


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
    # The script makes its own invoices, payments and messages for the pictures, so the
    # demo's own day-to-day activity is left out.
    create_demo_database(work / "demo", today=TODAY, activity=False)
    db = open_practice_database(default_url(work / "demo"))
    login = LoginDialog(db)
    _save(login, args.out / "login.png", app)
    login.close()

    # 3. The main window of the owner: calendar overview, admin pages, locked.
    username, password = DEMO_LOGINS[0][0], DEMO_LOGINS[0][1]
    moment = dt.datetime.combine(TODAY, NOW, HELSINKI)
    ctx = auth.authenticate(db, username, password, workstation=workstation_name(),
                            clock=fixed_clock(moment.astimezone(dt.timezone.utc)))
    from ui.tasks import TaskRunner

    # Synchronous tasks: a backup or a report is finished before its picture is taken.
    window = MainWindow(ctx, qsettings=qsettings, tasks=TaskRunner(synchronous=True))
    # The message queue is filled by hand below (section 7); the timer must not send it.
    window.message_dispatcher.stop()
    window.resize(*MAIN_SIZE)
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

    # 6.-12. The views added since: calendar, billing, messages, privacy, backups, dialogs.
    render_views(app, window, ctx, db, args.out, work, save=_save, pdf=_pdf)

    window.set_lock_widget(LockScreen(ctx))
    window.set_locked(True)
    _save(window, args.out / "locked.png", app)
    window.close()
    db.dispose()
    qsettings.sync()  # written now, so nothing is left to write into the folder at exit
    shutil.rmtree(work, ignore_errors=True)  # the throw-away practice, its backups and PDFs
    return 0


if __name__ == "__main__":
    sys.exit(main())
