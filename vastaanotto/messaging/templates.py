"""Message templates: placeholders like ``{client_name}``, checked when saved, and the default
texts in Finnish, Swedish and English.

A template may use only the placeholders of its kind (``PLACEHOLDERS``); an unknown one is
refused with its name (``ValidationError("body", "unknown_placeholder", placeholder=...)``), so
a typo never reaches a client as ``{clinet_name}``. ``{{`` and ``}}`` are literal braces.
"""

from __future__ import annotations

import string
from typing import Mapping

from vastaanotto.errors import ValidationError
from vastaanotto.models.messages import MessageChannel as Ch
from vastaanotto.models.messages import MessageKind as K

LANGUAGES = ("fi", "sv", "en")
MAX_SUBJECT = 200
MAX_BODY = 5000

_COMMON = ("client_name", "client_first_name", "practice_name", "practice_phone",
           "practice_email", "address")
_APPOINTMENT = _COMMON + ("date", "weekday", "time", "end_time", "practitioner", "service",
                          "cancellation_terms")
_INVOICE = _COMMON + ("invoice_number", "amount", "due_date", "reference")
PLACEHOLDERS: dict[K, tuple[str, ...]] = {
    K.CONFIRMATION: _APPOINTMENT,
    K.REMINDER: _APPOINTMENT,
    K.CHANGE: _APPOINTMENT,
    K.CANCELLATION: _APPOINTMENT,
    K.INVOICE: _INVOICE,
    K.PAYMENT_REMINDER: _INVOICE,
    K.MARKETING: _COMMON,
}
# Which (kind, channel) pairs exist: invoices travel as PDF attachments, so email only.
CHANNELS: dict[K, tuple[Ch, ...]] = {
    K.CONFIRMATION: (Ch.EMAIL, Ch.SMS), K.REMINDER: (Ch.EMAIL, Ch.SMS),
    K.CHANGE: (Ch.EMAIL, Ch.SMS), K.CANCELLATION: (Ch.EMAIL, Ch.SMS),
    K.INVOICE: (Ch.EMAIL,), K.PAYMENT_REMINDER: (Ch.EMAIL,),
    K.MARKETING: (Ch.EMAIL, Ch.SMS),
}

_FORMATTER = string.Formatter()


def placeholders_in(text: str, field: str = "body") -> list[str]:
    """The names used in ``text``; a malformed brace is ``invalid_template``."""
    try:
        parsed = list(_FORMATTER.parse(text))
    except ValueError:
        raise ValidationError(field, "invalid_template") from None
    names = []
    for _literal, name, spec, conversion in parsed:
        if name is None:
            continue
        if spec or conversion or not name.isidentifier():
            raise ValidationError(field, "unknown_placeholder", placeholder=name or "{}")
        names.append(name)
    return names


def validate(kind: K, channel: Ch, subject: str, body: str) -> tuple[str, str]:
    """Clean (subject, body) or the first problem: required, too_long, unknown_placeholder."""
    kind, channel = K(kind), Ch(channel)
    if channel not in CHANNELS[kind]:
        raise ValidationError("channel", "invalid_choice")
    subject = (subject or "").strip()
    body = (body or "").strip()
    if channel is Ch.EMAIL and not subject:
        raise ValidationError("subject", "required")
    if "\n" in subject or "\r" in subject:
        raise ValidationError("subject", "invalid_characters")
    if len(subject) > MAX_SUBJECT:
        raise ValidationError("subject", "too_long", max=MAX_SUBJECT)
    if not body:
        raise ValidationError("body", "required")
    if len(body) > MAX_BODY:
        raise ValidationError("body", "too_long", max=MAX_BODY)
    allowed = set(PLACEHOLDERS[kind])
    for field, text in (("subject", subject), ("body", body)):
        for name in placeholders_in(text, field):
            if name not in allowed:
                raise ValidationError(field, "unknown_placeholder", placeholder=name)
    return subject, body


def sample_values(kind: K) -> dict[str, str]:
    """Long but realistic values (12 characters each), so an SMS template that fits with them
    fits for nearly every client; a longer one is caught when queued (``sms_too_long``)."""
    return {name: "x" * 12 for name in PLACEHOLDERS[kind]}


def render(text: str, values: Mapping[str, str]) -> str:
    """Fill the placeholders; every name must be in ``values`` (validated templates are)."""
    return _FORMATTER.vformat(text, (), dict(values))


OPT_OUT = {
    "fi": "Et halua enää markkinointiviestejämme? Vastaa tähän viestiin tai ilmoita meille "
          "({practice_phone}, {practice_email}), niin lopetamme niiden lähettämisen.",
    "sv": "Vill du inte längre få våra marknadsföringsmeddelanden? Svara på detta meddelande "
          "eller meddela oss ({practice_phone}, {practice_email}) så slutar vi skicka dem.",
    "en": "No longer want our marketing messages? Reply to this message or tell us "
          "({practice_phone}, {practice_email}) and we will stop sending them.",
}
SMS_OPT_OUT = {
    "fi": "Markkinoinnin lopetus: {practice_phone}",
    "sv": "Avsluta marknadsföring: {practice_phone}",
    "en": "Stop marketing: {practice_phone}",
}

CANCELLATION_TERMS = {
    "fi": "Peruthan ajan viimeistään {hours} tuntia ennen, muuten veloitamme käynnin.",
    "sv": "Avboka senast {hours} timmar innan, annars debiterar vi besöket.",
    "en": "Please cancel at least {hours} hours before, otherwise the visit is charged.",
}

_F, _S, _E = "fi", "sv", "en"
# (kind, channel, language) -> (subject, body)
DEFAULTS: dict[tuple[K, Ch, str], tuple[str, str]] = {
    (K.CONFIRMATION, Ch.EMAIL, _F): (
        "Ajanvarausvahvistus {date} klo {time}",
        "Hei {client_first_name},\n\nvarauksesi on vahvistettu:\n\n"
        "{service}, {practitioner}\n{weekday} {date} klo {time}–{end_time}\n{address}\n\n"
        "{cancellation_terms}\n\nKalenterimerkintä on liitteenä.\n\n"
        "Ystävällisin terveisin\n{practice_name}\n{practice_phone}"),
    (K.CONFIRMATION, Ch.EMAIL, _S): (
        "Bokningsbekräftelse {date} kl. {time}",
        "Hej {client_first_name},\n\ndin bokning är bekräftad:\n\n"
        "{service}, {practitioner}\n{weekday} {date} kl. {time}–{end_time}\n{address}\n\n"
        "{cancellation_terms}\n\nEn kalenderpost finns bifogad.\n\n"
        "Med vänliga hälsningar\n{practice_name}\n{practice_phone}"),
    (K.CONFIRMATION, Ch.EMAIL, _E): (
        "Booking confirmation {date} at {time}",
        "Hello {client_first_name},\n\nyour booking is confirmed:\n\n"
        "{service}, {practitioner}\n{weekday} {date} at {time}–{end_time}\n{address}\n\n"
        "{cancellation_terms}\n\nA calendar entry is attached.\n\n"
        "Kind regards\n{practice_name}\n{practice_phone}"),
    (K.CONFIRMATION, Ch.SMS, _F): (
        "", "Varaus vahvistettu: {service} {weekday} {date} klo {time}, {address}. "
            "Peruutukset {practice_phone}. {practice_name}"),
    (K.CONFIRMATION, Ch.SMS, _S): (
        "", "Bokning bekräftad: {service} {weekday} {date} kl. {time}, {address}. "
            "Avbokning {practice_phone}. {practice_name}"),
    (K.CONFIRMATION, Ch.SMS, _E): (
        "", "Booking confirmed: {service} {weekday} {date} at {time}, {address}. "
            "To cancel call {practice_phone}. {practice_name}"),
    (K.REMINDER, Ch.EMAIL, _F): (
        "Muistutus: {service} {date} klo {time}",
        "Hei {client_first_name},\n\nmuistutamme ajastasi:\n\n"
        "{service}, {practitioner}\n{weekday} {date} klo {time}\n{address}\n\n"
        "{cancellation_terms}\n\nTervetuloa!\n{practice_name}\n{practice_phone}"),
    (K.REMINDER, Ch.EMAIL, _S): (
        "Påminnelse: {service} {date} kl. {time}",
        "Hej {client_first_name},\n\nvi påminner om din tid:\n\n"
        "{service}, {practitioner}\n{weekday} {date} kl. {time}\n{address}\n\n"
        "{cancellation_terms}\n\nVälkommen!\n{practice_name}\n{practice_phone}"),
    (K.REMINDER, Ch.EMAIL, _E): (
        "Reminder: {service} {date} at {time}",
        "Hello {client_first_name},\n\na reminder of your appointment:\n\n"
        "{service}, {practitioner}\n{weekday} {date} at {time}\n{address}\n\n"
        "{cancellation_terms}\n\nWelcome!\n{practice_name}\n{practice_phone}"),
    (K.REMINDER, Ch.SMS, _F): (
        "", "Muistutus: {service} {weekday} {date} klo {time}, {address}. "
            "Peruutukset {practice_phone}. {practice_name}"),
    (K.REMINDER, Ch.SMS, _S): (
        "", "Påminnelse: {service} {weekday} {date} kl. {time}, {address}. "
            "Avbokning {practice_phone}. {practice_name}"),
    (K.REMINDER, Ch.SMS, _E): (
        "", "Reminder: {service} {weekday} {date} at {time}, {address}. "
            "To cancel call {practice_phone}. {practice_name}"),
    (K.CHANGE, Ch.EMAIL, _F): (
        "Aikasi on muuttunut: {date} klo {time}",
        "Hei {client_first_name},\n\nvarauksesi uusi aika on:\n\n"
        "{service}, {practitioner}\n{weekday} {date} klo {time}–{end_time}\n{address}\n\n"
        "Päivitetty kalenterimerkintä on liitteenä.\n\n"
        "Ystävällisin terveisin\n{practice_name}\n{practice_phone}"),
    (K.CHANGE, Ch.EMAIL, _S): (
        "Din tid har ändrats: {date} kl. {time}",
        "Hej {client_first_name},\n\nden nya tiden för din bokning är:\n\n"
        "{service}, {practitioner}\n{weekday} {date} kl. {time}–{end_time}\n{address}\n\n"
        "En uppdaterad kalenderpost finns bifogad.\n\n"
        "Med vänliga hälsningar\n{practice_name}\n{practice_phone}"),
    (K.CHANGE, Ch.EMAIL, _E): (
        "Your appointment has changed: {date} at {time}",
        "Hello {client_first_name},\n\nthe new time of your booking is:\n\n"
        "{service}, {practitioner}\n{weekday} {date} at {time}–{end_time}\n{address}\n\n"
        "An updated calendar entry is attached.\n\n"
        "Kind regards\n{practice_name}\n{practice_phone}"),
    (K.CHANGE, Ch.SMS, _F): (
        "", "Aikasi on muuttunut: {service} {weekday} {date} klo {time}, {address}. "
            "{practice_name} {practice_phone}"),
    (K.CHANGE, Ch.SMS, _S): (
        "", "Din tid har ändrats: {service} {weekday} {date} kl. {time}, {address}. "
            "{practice_name} {practice_phone}"),
    (K.CHANGE, Ch.SMS, _E): (
        "", "Your appointment has changed: {service} {weekday} {date} at {time}, {address}. "
            "{practice_name} {practice_phone}"),
    (K.CANCELLATION, Ch.EMAIL, _F): (
        "Aika peruttu: {date} klo {time}",
        "Hei {client_first_name},\n\nvarauksesi {service} {weekday} {date} klo {time} "
        "on peruttu.\n\nUuden ajan voit varata numerosta {practice_phone}.\n\n"
        "Ystävällisin terveisin\n{practice_name}"),
    (K.CANCELLATION, Ch.EMAIL, _S): (
        "Tiden avbokad: {date} kl. {time}",
        "Hej {client_first_name},\n\ndin bokning {service} {weekday} {date} kl. {time} "
        "har avbokats.\n\nDu kan boka en ny tid på {practice_phone}.\n\n"
        "Med vänliga hälsningar\n{practice_name}"),
    (K.CANCELLATION, Ch.EMAIL, _E): (
        "Appointment cancelled: {date} at {time}",
        "Hello {client_first_name},\n\nyour booking {service} on {weekday} {date} at {time} "
        "has been cancelled.\n\nYou can book a new time on {practice_phone}.\n\n"
        "Kind regards\n{practice_name}"),
    (K.CANCELLATION, Ch.SMS, _F): (
        "", "Aikasi {service} {date} klo {time} on peruttu. Uusi aika: {practice_phone}. "
            "{practice_name}"),
    (K.CANCELLATION, Ch.SMS, _S): (
        "", "Din tid {service} {date} kl. {time} har avbokats. Ny tid: {practice_phone}. "
            "{practice_name}"),
    (K.CANCELLATION, Ch.SMS, _E): (
        "", "Your appointment {service} {date} at {time} has been cancelled. New time: "
            "{practice_phone}. {practice_name}"),
    (K.INVOICE, Ch.EMAIL, _F): (
        "Lasku {invoice_number} – {practice_name}",
        "Hei {client_first_name},\n\nliitteenä laskusi {invoice_number}.\n\n"
        "Summa: {amount}\nEräpäivä: {due_date}\nViite: {reference}\n\n"
        "Ystävällisin terveisin\n{practice_name}\n{practice_phone}"),
    (K.INVOICE, Ch.EMAIL, _S): (
        "Faktura {invoice_number} – {practice_name}",
        "Hej {client_first_name},\n\nbifogat finns din faktura {invoice_number}.\n\n"
        "Belopp: {amount}\nFörfallodag: {due_date}\nReferens: {reference}\n\n"
        "Med vänliga hälsningar\n{practice_name}\n{practice_phone}"),
    (K.INVOICE, Ch.EMAIL, _E): (
        "Invoice {invoice_number} – {practice_name}",
        "Hello {client_first_name},\n\nplease find your invoice {invoice_number} attached.\n\n"
        "Amount: {amount}\nDue date: {due_date}\nReference: {reference}\n\n"
        "Kind regards\n{practice_name}\n{practice_phone}"),
    (K.PAYMENT_REMINDER, Ch.EMAIL, _F): (
        "Maksumuistutus: lasku {invoice_number}",
        "Hei {client_first_name},\n\nlaskumme {invoice_number} ({amount}, eräpäivä "
        "{due_date}) on kirjanpitomme mukaan maksamatta. Maksathan sen viitteellä "
        "{reference}. Lasku on liitteenä.\n\nJos olet jo maksanut, tämä viesti on "
        "aiheeton.\n\nYstävällisin terveisin\n{practice_name}\n{practice_phone}"),
    (K.PAYMENT_REMINDER, Ch.EMAIL, _S): (
        "Betalningspåminnelse: faktura {invoice_number}",
        "Hej {client_first_name},\n\nenligt vår bokföring är faktura {invoice_number} "
        "({amount}, förfallodag {due_date}) obetald. Betala den med referens {reference}. "
        "Fakturan finns bifogad.\n\nOm du redan har betalat kan du bortse från detta "
        "meddelande.\n\nMed vänliga hälsningar\n{practice_name}\n{practice_phone}"),
    (K.PAYMENT_REMINDER, Ch.EMAIL, _E): (
        "Payment reminder: invoice {invoice_number}",
        "Hello {client_first_name},\n\naccording to our records invoice {invoice_number} "
        "({amount}, due {due_date}) is unpaid. Please pay it with reference {reference}. "
        "The invoice is attached.\n\nIf you have already paid, please ignore this "
        "message.\n\nKind regards\n{practice_name}\n{practice_phone}"),
}


def default(kind: K, channel: Ch, language: str) -> tuple[str, str] | None:
    return DEFAULTS.get((K(kind), Ch(channel), language))
