"""Words for the privacy desk's printed papers, in Finnish, Swedish and English.

These documents go to the client (a data-subject's copy) and to an auditor, in the client's
language, so their words live with the document builders in the core, as the invoice PDF's do.
"""

from __future__ import annotations

LANGUAGES = ("fi", "sv", "en")

_L: dict[str, tuple[str, str, str]] = {
    # export
    "export_title": ("Kaikki tietosi rekisterissämme", "Alla dina uppgifter i vårt register",
                     "All your data in our register"),
    "export_intro": (
        "Tämä on EU:n yleisen tietosuoja-asetuksen (2016/679) 15 artiklan mukainen jäljennös "
        "kaikista tiedoista, joita {practice} käsittelee sinusta. Sama sisältö on koneluettavana "
        "tiedostossa data.json.",
        "Detta är en kopia enligt artikel 15 i EU:s dataskyddsförordning (2016/679) av alla "
        "uppgifter som {practice} behandlar om dig. Samma innehåll finns maskinläsbart i filen "
        "data.json.",
        "This is a copy, under Article 15 of the EU General Data Protection Regulation "
        "(2016/679), of all the data {practice} processes about you. The same content is in "
        "machine-readable form in the file data.json."),
    "produced": ("Laadittu", "Upprättad", "Produced"),
    "card": ("Asiakastiedot", "Kunduppgifter", "Client details"),
    "consents": ("Suostumukset", "Samtycken", "Consents"),
    "bookings": ("Ajanvaraukset", "Tidsbokningar", "Bookings"),
    "visits": ("Käynnit", "Besök", "Visits"),
    "notes": ("Hoitotiedot", "Vårduppgifter", "Treatment notes"),
    "invoices": ("Laskut", "Fakturor", "Invoices"),
    "payments": ("Maksut", "Betalningar", "Payments"),
    "messages": ("Viestit", "Meddelanden", "Messages"),
    "waitlist": ("Jonotus", "Kölista", "Waiting list"),
    "requests": ("Tietosuojapyynnöt", "Dataskyddsbegäranden", "Data-protection requests"),
    "access_log": ("Kuka on katsellut ja muuttanut tietojasi",
                   "Vem har sett och ändrat dina uppgifter",
                   "Who has viewed and changed your data"),
    "none": ("Ei tietoja.", "Inga uppgifter.", "No data."),
    # columns
    "when": ("Aika", "Tid", "When"),
    "who": ("Kuka", "Vem", "Who"),
    "workstation": ("Työasema", "Arbetsstation", "Workstation"),
    "what": ("Mitä", "Vad", "What"),
    "why": ("Peruste", "Grund", "Purpose"),
    "fields": ("Kentät", "Fält", "Fields"),
    "kind": ("Laji", "Typ", "Kind"),
    "given": ("Annettu", "Givet", "Given"),
    "channel": ("Kanava", "Kanal", "Channel"),
    "status": ("Tila", "Status", "Status"),
    "service": ("Palvelu", "Tjänst", "Service"),
    "practitioner": ("Hoitaja", "Behandlare", "Practitioner"),
    "number": ("Numero", "Nummer", "Number"),
    "date": ("Päivä", "Datum", "Date"),
    "total": ("Summa", "Summa", "Total"),
    "amount": ("Määrä", "Belopp", "Amount"),
    "method": ("Tapa", "Sätt", "Method"),
    "text": ("Teksti", "Text", "Text"),
    "version": ("Versio", "Version", "Version"),
    "author": ("Kirjoittaja", "Skribent", "Author"),
    "recipient": ("Vastaanottaja", "Mottagare", "Recipient"),
    "subject": ("Aihe", "Ämne", "Subject"),
    "received": ("Saapunut", "Mottagen", "Received"),
    "outcome": ("Lopputulos", "Resultat", "Outcome"),
    "yes": ("kyllä", "ja", "yes"),
    "no": ("ei", "nej", "no"),
    # access report
    "report_title": ("Lokiselvitys: kuka on käsitellyt tietojasi",
                     "Loggutredning: vem har behandlat dina uppgifter",
                     "Access report: who has processed your data"),
    "report_intro": (
        "Asiakastietolain (703/2023) ja EU:n tietosuoja-asetuksen 15 artiklan mukainen selvitys "
        "siitä, kuka {practice}:n henkilökunnasta on katsellut tai muuttanut tietojasi, milloin, "
        "miltä työasemalta ja millä perusteella.",
        "Utredning enligt klientuppgiftslagen (703/2023) och artikel 15 i EU:s "
        "dataskyddsförordning över vem av personalen hos {practice} som har sett eller ändrat "
        "dina uppgifter, när, från vilken arbetsstation och på vilken grund.",
        "A report under the Finnish Client Data Act (703/2023) and Article 15 of the EU "
        "General Data Protection Regulation of which staff of {practice} viewed or changed your "
        "data, when, from which workstation and on what basis."),
    "client": ("Asiakas", "Kund", "Client"),
    "period": ("Ajanjakso", "Period", "Period"),
    "events": ("Tapahtumia", "Händelser", "Events"),
    "disclosures": ("Luovutukset", "Utlämnanden", "Disclosures"),
    "no_disclosures": ("Tietojasi ei ole luovutettu ulkopuolisille.",
                       "Dina uppgifter har inte lämnats ut till utomstående.",
                       "Your data has not been disclosed to anyone outside the business."),
    "basis_care": ("asiakassuhde / hoito", "kundrelation / vård", "customer relationship / care"),
    "basis_request": ("asiakkaan pyyntö", "kundens begäran", "the client's request"),
    "basis_billing": ("laskutus ja kirjanpito", "fakturering och bokföring",
                      "billing and bookkeeping"),
    # erasure outcome
    "erasure_title": ("Tietojen poistopyyntö: lopputulos",
                      "Begäran om radering: resultat",
                      "Erasure request: outcome"),
    "erasure_intro": (
        "Pyysit tietojesi poistamista (EU:n tietosuoja-asetus 2016/679, 17 artikla). Alla on "
        "kerrottu tietolajeittain, mitä poistettiin ja mitä laki velvoittaa meidät säilyttämään "
        "ja kuinka kauan. Säilytettäviä tietoja ei käytetä muuhun kuin lain edellyttämään "
        "tarkoitukseen, ja ne on rajattu pois ajanvarauksesta ja hausta (18 artikla).",
        "Du begärde att dina uppgifter raderas (EU:s dataskyddsförordning 2016/679, artikel "
        "17). Nedan anges per typ av uppgifter vad som raderades och vad lagen ålägger oss att "
        "bevara och hur länge. Uppgifter som bevaras används inte för annat än vad lagen kräver "
        "och har begränsats från bokning och sökning (artikel 18).",
        "You asked for your data to be erased (EU General Data Protection Regulation 2016/679, "
        "Article 17). Below, per kind of data, is what was erased and what the law obliges us "
        "to keep and for how long. Kept data is used for nothing but what the law requires and "
        "is restricted from booking and search (Article 18)."),
    "erasure_plan_title": ("Tietojen poistopyyntö: suunnitelma",
                           "Begäran om radering: plan", "Erasure request: plan"),
    "data_kind": ("Tietolaji", "Typ av uppgifter", "Kind of data"),
    "count": ("Määrä", "Antal", "Count"),
    "action": ("Toimenpide", "Åtgärd", "Action"),
    "until": ("Säilytetään asti", "Bevaras till", "Kept until"),
    "law": ("Peruste", "Grund", "Legal basis"),
    "handled_by": ("Käsittelijä", "Handläggare", "Handled by"),
    "request_no": ("Pyyntö nro", "Begäran nr", "Request no."),
    "disp_erase": ("poistettu", "raderat", "erased"),
    "disp_anonymise": ("anonymisoitu", "anonymiserat", "anonymised"),
    "disp_keep": ("säilytetään (rajattu)", "bevaras (begränsat)", "kept (restricted)"),
    "disp_none": ("ei tietoja", "inga uppgifter", "no data"),
    "plan_disp_erase": ("poistetaan nyt", "raderas nu", "erase now"),
    "plan_disp_anonymise": ("anonymisoidaan nyt", "anonymiseras nu", "anonymise now"),
    "plan_disp_keep": ("säilytetään, rajataan", "bevaras, begränsas", "keep, restricted"),
    "plan_disp_none": ("ei tietoja", "inga uppgifter", "no data"),
    "kind_identity": ("Nimi, syntymäaika, henkilötunnus", "Namn, födelsedatum, personbeteckning",
                      "Name, birth date, identity code"),
    "kind_contact": ("Yhteys- ja laskutustiedot", "Kontakt- och faktureringsuppgifter",
                     "Contact and billing details"),
    "kind_marketing_consents": ("Markkinointi- ja muistutussuostumukset",
                                "Samtycken till marknadsföring och påminnelser",
                                "Marketing and reminder consents"),
    "kind_care_consents": ("Suostumus hoitotietojen tallentamiseen",
                           "Samtycke till lagring av vårduppgifter",
                           "Consent to storing treatment data"),
    "kind_bookings": ("Ajanvaraukset", "Tidsbokningar", "Bookings"),
    "kind_visits": ("Käynnit", "Besök", "Visits"),
    "kind_treatment_notes": ("Hoitotiedot (potilasasiakirjat)", "Vårduppgifter "
                             "(journalhandlingar)", "Treatment notes (patient records)"),
    "kind_invoices": ("Laskut (kirjanpitotositteet)", "Fakturor (verifikat)",
                      "Invoices (bookkeeping vouchers)"),
    "kind_draft_invoices": ("Laskuluonnokset", "Fakturautkast", "Draft invoices"),
    "kind_payments": ("Maksut (kirjanpitotositteet)", "Betalningar (verifikat)",
                      "Payments (bookkeeping vouchers)"),
    "kind_messages": ("Lähetetyt viestit", "Skickade meddelanden", "Messages sent"),
    "kind_waitlist": ("Jonotus", "Kölista", "Waiting list"),
    "kind_audit_trail": ("Käyttöloki", "Användningslogg", "Audit trail"),
}


def lang(language: str) -> str:
    return language if language in LANGUAGES else "fi"


def t(key: str, language: str, **values: str) -> str:
    text = _L[key][LANGUAGES.index(lang(language))]
    return text.format(**values) if values else text


_FIELDS: dict[str, tuple[str, str, str]] = {
    "id": ("Asiakasnumero", "Kundnummer", "Client number"),
    "first_name": ("Etunimi", "Förnamn", "First name"),
    "last_name": ("Sukunimi", "Efternamn", "Last name"),
    "email": ("Sähköposti", "E-post", "Email"),
    "phone": ("Puhelin", "Telefon", "Phone"),
    "street": ("Katuosoite", "Gatuadress", "Street address"),
    "postal_code": ("Postinumero", "Postnummer", "Postal code"),
    "city": ("Postitoimipaikka", "Postanstalt", "City"),
    "country": ("Maa", "Land", "Country"),
    "gender": ("Sukupuoli", "Kön", "Gender"),
    "birth_year": ("Syntymävuosi", "Födelseår", "Birth year"),
    "birth_date": ("Syntymäaika", "Födelsedatum", "Birth date"),
    "personal_identity_code": ("Henkilötunnus", "Personbeteckning", "Personal identity code"),
    "language": ("Asiointikieli", "Språk", "Language"),
    "billing_name": ("Laskutusnimi", "Faktureringsnamn", "Billing name"),
    "billing_street": ("Laskutusosoite", "Faktureringsadress", "Billing address"),
    "billing_postal_code": ("Laskutuksen postinumero", "Faktureringens postnummer",
                            "Billing postal code"),
    "billing_city": ("Laskutuksen postitoimipaikka", "Faktureringens postanstalt",
                     "Billing city"),
    "payer_company_name": ("Maksava yritys", "Betalande företag", "Paying company"),
    "payer_business_id": ("Maksajan Y-tunnus", "Betalarens FO-nummer", "Payer's business ID"),
    "payer_einvoice_address": ("Verkkolaskuosoite", "E-fakturaadress", "E-invoice address"),
    "payer_einvoice_operator": ("Verkkolaskuoperaattori", "E-fakturaoperatör",
                                "E-invoice operator"),
    "notes": ("Lisätiedot", "Tilläggsuppgifter", "Notes"),
    "no_show_count": ("Käyttämättä jätetyt ajat", "Uteblivna besök", "Missed appointments"),
    "late_cancellation_count": ("Myöhäiset peruutukset", "Sena avbokningar",
                                "Late cancellations"),
    "last_activity_at": ("Viimeisin asiointi", "Senaste besök", "Last activity"),
    "deceased_on": ("Kuolinpäivä", "Dödsdatum", "Date of death"),
    "archived_at": ("Arkistoitu", "Arkiverad", "Archived"),
    "restricted": ("Käsittelyä rajoitettu", "Behandlingen begränsad", "Processing restricted"),
    "created_at": ("Luotu", "Skapad", "Created"),
    "updated_at": ("Muutettu", "Ändrad", "Changed"),
}


def field_label(field: str, language: str) -> str:
    words = _FIELDS.get(field)
    return words[LANGUAGES.index(lang(language))] if words else field


_VALUES: dict[str, tuple[str, str, str]] = {
    # consents
    "reminders": ("muistutukset", "påminnelser", "reminders"),
    "email_marketing": ("sähköpostimarkkinointi", "marknadsföring per e-post", "email marketing"),
    "sms_marketing": ("tekstiviestimarkkinointi", "marknadsföring per sms", "SMS marketing"),
    "treatment_data": ("hoitotietojen tallennus", "lagring av vårduppgifter",
                       "storing treatment data"),
    "phone": ("puhelimitse", "per telefon", "by phone"),
    "in_person": ("paikan päällä", "på plats", "in person"),
    "form": ("lomakkeella", "på blankett", "on a form"),
    "email": ("sähköpostitse", "per e-post", "by email"),
    "online": ("verkossa", "på nätet", "online"),
    "sms": ("tekstiviesti", "sms", "SMS"),
    # bookings, invoices, messages
    "booked": ("varattu", "bokad", "booked"),
    "arrived": ("saapunut", "anländ", "arrived"),
    "completed": ("käyty", "genomförd", "completed"),
    "cancelled": ("peruttu", "avbokad", "cancelled"),
    "no_show": ("jäi tulematta", "uteblev", "did not come"),
    "draft": ("luonnos", "utkast", "draft"),
    "issued": ("lähetetty", "utfärdad", "issued"),
    "paid": ("maksettu", "betald", "paid"),
    "credited": ("hyvitetty", "krediterad", "credited"),
    "queued": ("jonossa", "i kö", "queued"),
    "sending": ("lähtemässä", "skickas", "sending"),
    "sent": ("lähetetty", "skickat", "sent"),
    "failed": ("epäonnistui", "misslyckades", "failed"),
    "cash": ("käteinen", "kontant", "cash"),
    "card": ("kortti", "kort", "card"),
    "mobilepay": ("MobilePay", "MobilePay", "MobilePay"),
    "gift_card": ("lahjakortti", "presentkort", "gift card"),
    "bank_transfer": ("tilisiirto", "banköverföring", "bank transfer"),
    "confirmation": ("vahvistus", "bekräftelse", "confirmation"),
    "reminder": ("muistutus", "påminnelse", "reminder"),
    "change": ("muutosilmoitus", "ändring", "change notice"),
    "cancellation": ("peruutusilmoitus", "avbokning", "cancellation notice"),
    "invoice": ("lasku", "faktura", "invoice"),
    "payment_reminder": ("maksumuistutus", "betalningspåminnelse", "payment reminder"),
    "marketing": ("markkinointi", "marknadsföring", "marketing"),
    # requests
    "access": ("tietojen tarkastus", "insyn", "access"),
    "rectification": ("oikaisu", "rättelse", "rectification"),
    "objection": ("markkinointikielto", "förbud mot marknadsföring", "objection"),
    "erasure": ("poisto", "radering", "erasure"),
    "restriction": ("käsittelyn rajoitus", "begränsning", "restriction"),
    "access_log": ("lokiselvitys", "loggutredning", "access report"),
    "received": ("vastaanotettu", "mottagen", "received"),
    "in_progress": ("käsittelyssä", "under behandling", "in progress"),
    "refused": ("hylätty", "avslagen", "refused"),
}


def value_label(code: object, language: str) -> str:
    """A stored code (consent kind, status, channel …) in words; unknown codes as they are."""
    words = _VALUES.get(str(code))
    return words[LANGUAGES.index(lang(language))] if words else ("" if code is None else
                                                                  str(code))


# What an audited action did, for the client's access report (lokiselvitys) and the access
# log of the data export: third person past, as "<who> <did what>", in words a client
# understands. Every action that can carry a client is named here:
# tests/core/test_access_report_names.py collects them from the source and fails on a new one.
# The owner's on-screen log names the same codes through Qt (ui/privacy/action_names.py).
_ACTIONS: dict[str, tuple[str, str, str]] = {
    "client.viewed": ("katseli asiakastietoja", "såg kunduppgifterna", "viewed the client card"),
    "client.created": ("loi asiakastiedot", "skapade kunduppgifterna", "created the client"),
    "client.updated": ("muutti asiakastietoja", "ändrade kunduppgifterna",
                       "changed client details"),
    "client.history_viewed": ("katseli käyntihistoriaa", "såg besökshistoriken",
                              "viewed the visit history"),
    "client.consents_viewed": ("katseli suostumuksia", "såg samtyckena", "viewed consents"),
    "hetu.revealed": ("katsoi henkilötunnuksen", "såg personbeteckningen",
                      "viewed the identity code"),
    "note.read": ("luki hoitotietoja", "läste vårduppgifter", "read treatment notes"),
    "note.written": ("kirjoitti hoitotiedon", "skrev en vårdanteckning",
                     "wrote a treatment note"),
    "note.edited": ("korjasi hoitotietoa", "rättade en vårdanteckning",
                    "corrected a treatment note"),
    "appointment.booked": ("varasi ajan", "bokade en tid", "booked an appointment"),
    "invoice.viewed": ("katseli laskua", "såg en faktura", "viewed an invoice"),
    "invoice.printed": ("tulosti laskun", "skrev ut en faktura", "printed an invoice"),
    "privacy.access_exported": ("vei tiedot pyyntöäsi varten", "exporterade uppgifterna för "
                                "din begäran", "exported your data for your request"),
    "privacy.access_report": ("laati tämän lokiselvityksen", "upprättade denna utredning",
                              "produced this access report"),
    "consent.given": ("kirjasi suostumuksen", "registrerade ett samtycke", "recorded a consent"),
    "consent.withdrawn": ("kirjasi suostumuksen perumisen", "registrerade ett återkallande",
                          "recorded a withdrawn consent"),
    "consent.marketing_withdrawn": ("kirjasi markkinointikiellon",
                                    "registrerade förbud mot marknadsföring",
                                    "recorded an objection to marketing"),
    "client.archived": ("arkistoi asiakastiedot", "arkiverade kunduppgifterna",
                        "archived the client"),
    "client.merged": ("yhdisti päällekkäiset asiakastiedot", "sammanslog dubbletter",
                      "merged duplicate records"),
    "appointment.moved": ("siirsi ajan", "flyttade en tid", "moved an appointment"),
    "appointment.cancelled": ("perui ajan", "avbokade en tid", "cancelled an appointment"),
    "appointment.arrived": ("kirjasi saapumisen", "registrerade ankomst", "marked the arrival"),
    "appointment.completed": ("kirjasi käynnin", "registrerade besöket", "recorded the visit"),
    "invoice.created": ("laati laskun", "upprättade en faktura", "drew up an invoice"),
    "invoice.issued": ("lähetti laskun", "utfärdade en faktura", "issued an invoice"),
    # no longer written (payment.taken / payment.bank_recorded), kept for older trails
    "payment.recorded": ("kirjasi maksun", "registrerade en betalning", "recorded a payment"),
    "privacy.request_recorded": ("kirjasi tietosuojapyyntösi", "registrerade din begäran",
                                 "recorded your request"),
    "privacy.erasure_planned": ("laati poistosuunnitelman", "gjorde en raderingsplan",
                                "planned the erasure"),
    "privacy.erasure_executed": ("poisti tiedot pyyntösi mukaan", "raderade uppgifterna enligt "
                                 "din begäran", "erased data as you asked"),
    "audit.viewed": ("tarkasteli lokia", "granskade loggen", "reviewed the log"),
    "permission.refused": ("yritti, mutta oikeus puuttui", "försökte utan behörighet",
                           "tried without permission (refused)"),
    "appointment.no_show": ("kirjasi, ettet tullut", "registrerade att du uteblev",
                            "recorded that you did not come"),
    "appointment.resized": ("muutti ajan kestoa", "ändrade tidens längd",
                            "changed an appointment's length"),
    "client.appointments_print": ("tulosti varauksesi", "skrev ut dina bokningar",
                                  "printed your appointments"),
    "client.balance_viewed": ("katseli maksutilannettasi", "såg ditt betalningsläge",
                              "viewed your balance"),
    "client.unarchived": ("palautti asiakastiedot arkistosta", "återställde kunduppgifterna "
                          "från arkivet", "restored the client from the archive"),
    "invoice.balance_viewed": ("katseli laskun maksutilannetta", "såg fakturans betalningsläge",
                               "viewed an invoice's balance"),
    "invoice.buyer_viewed": ("katseli laskun ostajan tietoja", "såg fakturans köpare",
                             "viewed an invoice's buyer"),
    "invoice.credited": ("hyvitti laskun", "krediterade en faktura", "credited an invoice"),
    "invoice.deleted": ("poisti laskuluonnoksen", "raderade ett fakturautkast",
                        "deleted a draft invoice"),
    "invoice.exported": ("vei laskun tiedostoksi", "exporterade en faktura",
                         "exported an invoice"),
    "invoice.reminded": ("laati maksumuistutuksen", "gjorde en betalningspåminnelse",
                         "made a payment reminder"),
    "invoice.reminder_printed": ("tulosti maksumuistutuksen", "skrev ut en betalningspåminnelse",
                                 "printed a payment reminder"),
    "invoice.reminder_viewed": ("katseli maksumuistutusta", "såg en betalningspåminnelse",
                                "viewed a payment reminder"),
    "invoice.sent": ("lähetti laskun sinulle", "skickade en faktura till dig",
                     "sent you an invoice"),
    "invoice.updated": ("muutti laskua", "ändrade en faktura", "changed an invoice"),
    "invoice.visits_listed": ("katseli laskutettavia käyntejä", "såg besök att fakturera",
                              "viewed visits to invoice"),
    "message.cancelled": ("perui viestin", "annullerade ett meddelande", "cancelled a message"),
    "message.dismissed": ("kuittasi epäonnistuneen viestin", "kvitterade ett misslyckat "
                          "meddelande", "dismissed a failed message"),
    "message.failed": ("viestin lähetys epäonnistui", "meddelandet kunde inte skickas",
                       "a message could not be sent"),
    "message.outcome_unknown": ("viestin lähetyksen tulos jäi epäselväksi",
                                "meddelandets resultat blev oklart",
                                "a message's outcome is unknown"),
    "message.queued": ("asetti viestin lähtemään", "köade ett meddelande", "queued a message"),
    "message.retried": ("yritti viestiä uudelleen", "skickade ett meddelande på nytt",
                        "retried a message"),
    "message.retry_scheduled": ("ajasti viestille uuden yrityksen", "schemalade ett nytt "
                                "försök för ett meddelande", "scheduled a message retry"),
    "message.sent": ("lähetti sinulle viestin", "skickade ett meddelande till dig",
                     "sent you a message"),
    "message_template.previewed": ("esikatseli viestiä tiedoillasi", "förhandsgranskade ett "
                                   "meddelande med dina uppgifter",
                                   "previewed a message with your details"),
    "messages.log_viewed": ("katseli viestilokia", "såg meddelandeloggen",
                            "viewed the message log"),
    "payment.bank_recorded": ("kirjasi tilisiirtomaksun", "registrerade en bankbetalning",
                              "recorded a bank payment"),
    "payment.listed": ("katseli maksuja", "såg betalningar", "viewed payments"),
    "payment.previewed": ("esikatseli maksua", "förhandsgranskade en betalning",
                          "previewed a payment"),
    "payment.refunded": ("palautti maksun", "återbetalade en betalning", "refunded a payment"),
    "payment.taken": ("otti vastaan maksun", "tog emot en betalning", "took a payment"),
    "privacy.outcome_printed": ("tulosti poiston lopputuloksen", "skrev ut raderingens "
                                "resultat", "printed the erasure outcome"),
    "privacy.request_updated": ("päivitti tietosuojapyyntöäsi", "uppdaterade din begäran",
                                "updated your request"),
    "privacy.requests_viewed": ("katseli tietosuojapyyntöjä", "såg dataskyddsbegäranden",
                                "viewed data-protection requests"),
    "privacy.retention_anonymised": ("anonymisoi vanhentuneet tiedot", "anonymiserade "
                                     "uppgifter efter lagringstiden",
                                     "anonymised data past its retention time"),
    "receipt.printed": ("tulosti kuitin", "skrev ut ett kvitto", "printed a receipt"),
    "receipt.refund_printed": ("tulosti palautuskuitin", "skrev ut ett återbetalningskvitto",
                               "printed a refund receipt"),
    "series.cancelled": ("perui toistuvat ajat", "avbokade återkommande tider",
                         "cancelled recurring appointments"),
    "series.created": ("varasi toistuvat ajat", "bokade återkommande tider",
                       "booked recurring appointments"),
    "series.moved": ("siirsi toistuvat ajat", "flyttade återkommande tider",
                     "moved recurring appointments"),
    "waitlist.added": ("lisäsi sinut jonoon", "satte dig i kölistan",
                       "put you on the waiting list"),
    "waitlist.removed": ("poisti sinut jonosta", "tog bort dig från kölistan",
                         "took you off the waiting list"),
    "waitlist.resolved": ("hoiti jonotuksesi", "åtgärdade din köplats",
                          "resolved your waiting-list entry"),
}


def action_label(code: str, language: str) -> str:
    """An audit action code in words; an unknown code (an older version's) as it is."""
    words = _ACTIONS.get(code)
    return words[LANGUAGES.index(lang(language))] if words else code
