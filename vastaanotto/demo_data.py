"""The demo practice's fixed data: staff, services, and the names and places clients are drawn
from. Kept apart from the generator (``vastaanotto.demo``) so each reads on its own."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from vastaanotto.models.resources import VatClass

DEMO_PROFILE = {
    "name": "Kuntoutusklinikka Koivu Oy",
    "business_id": "0737546-2",
    "street": "Hämeenkatu 12 B",
    "postal_code": "33100",
    "city": "Tampere",
    "phone": "03 212 3456",
    "email": "info@koivu.example",
    "website": "https://koivu.example",
    "register_contact_name": "Kaisa Koivu",
    "register_contact_email": "kaisa.koivu@koivu.example",
    "register_contact_phone": "040 123 4567",
    "iban": "FI2112345600000785",
    "bic": "NDEAFIHH",
}

# (username, password, role) for the README, the CLI and the login screen of the demo.
DEMO_LOGINS: list[tuple[str, str, str]] = [
    ("omistaja", "Demo-omistaja-2026", "owner"),
    ("vastaanotto", "Demo-vastaanotto-2026", "reception"),
    ("hoitaja", "Demo-hoitaja-2026", "practitioner (fysioterapeutti)"),
    ("hieroja", "Demo-hieroja-2026", "practitioner (koulutettu hieroja)"),
    ("terapeutti", "Demo-terapeutti-2026", "practitioner (psykoterapeutti)"),
    ("jalkaterapeutti", "Demo-jalkaterapeutti-2026", "practitioner (jalkaterapeutti)"),
]
DEMO_PASSWORDS = {username: password for username, password, _ in DEMO_LOGINS}
OWNER = ("omistaja", "Kaisa Koivu")
RECEPTIONIST = ("vastaanotto", "Sanna Mäkelä", "vastaanottovirkailija")
ROOMS = ("Hoitohuone 1", "Hoitohuone 2")
PHASES = ("practice", "staff", "catalog", "clients", "appointments", "saving", "activity")


@dataclass(frozen=True)
class DemoPractitioner:
    username: str
    display_name: str
    title: str
    color: str
    grid: int          # appointments start on this grid (psychotherapy on the full hour)
    returning: float   # share of bookings by the practitioner's own returning clients
    room: int | None   # index into ROOMS; the room of services that need one
    hours: dict[int, tuple[tuple[str, str], ...]]  # weekday -> local intervals, lunch between


PRACTITIONERS = (
    DemoPractitioner("hoitaja", "Elina Järvinen", "fysioterapeutti", "#2e86ab", 15, 0.6, 0, {
        **{d: (("08:00", "11:30"), ("12:00", "16:00")) for d in range(4)},
        4: (("08:00", "11:30"), ("12:00", "14:00"))}),
    DemoPractitioner("hieroja", "Mikko Heinonen", "koulutettu hieroja", "#c0392b", 15, 0.45, 1, {
        **{d: (("10:00", "13:00"), ("13:30", "18:00")) for d in (0, 1, 3)},
        2: (("08:00", "12:00"), ("12:30", "15:00")), 4: (("08:00", "12:00"),)}),
    DemoPractitioner("terapeutti", "Päivi Söderström", "psykoterapeutti", "#8e44ad", 60, 0.85,
                     None, {
        **{d: (("09:00", "12:00"), ("13:00", "17:00")) for d in range(4)},
        4: (("09:00", "13:00"),)}),
    DemoPractitioner("jalkaterapeutti", "Jussi Ylönen", "jalkaterapeutti", "#27ae60", 15, 0.5, None,
                  {0: (("12:00", "15:00"), ("15:30", "18:00")),
                   **{d: (("08:00", "11:00"), ("11:30", "15:30")) for d in range(1, 5)}}),
)


@dataclass(frozen=True)
class DemoService:
    name: str
    minutes: int
    price: Decimal
    vat_class: VatClass
    practitioners: tuple[str, ...]
    weight: float
    needs_room: bool
    online: bool
    color: str
    description: str


_H, _G = VatClass.HEALTH_EXEMPT, VatClass.GENERAL
SERVICES = (
    DemoService("Fysioterapia 45 min", 45, Decimal("72.00"), _H, ("hoitaja",), 5, True, True,
             "#5dade2", "Yksilöllinen fysioterapiakäynti."),
    DemoService("Fysioterapia 60 min", 60, Decimal("89.00"), _H, ("hoitaja",), 3, True, False,
             "#2e86c1", "Pidempi fysioterapiakäynti, esim. harjoitteiden ohjaus."),
    DemoService("Fysioterapian ensikäynti", 75, Decimal("98.00"), _H, ("hoitaja",), 1.5, True,
             False, "#1b4f72", "Haastattelu, tutkiminen ja hoitosuunnitelma."),
    DemoService("Klassinen hieronta 30 min", 30, Decimal("45.00"), _G, ("hieroja",), 2, True, True,
             "#f1948a", ""),
    DemoService("Klassinen hieronta 60 min", 60, Decimal("72.00"), _G, ("hieroja", "hoitaja"), 3,
             True, True, "#e74c3c", ""),
    DemoService("Urheiluhieronta 90 min", 90, Decimal("99.00"), _G, ("hieroja",), 1.5, True, True,
             "#922b21", ""),
    DemoService("Psykoterapia 45 min", 45, Decimal("105.00"), _H, ("terapeutti",), 8, False, False,
             "#bb8fce", "Kelan kuntoutuspsykoterapiaan oikeuttava käynti."),
    DemoService("Pariterapia 90 min", 90, Decimal("150.00"), _H, ("terapeutti",), 1, False, False,
             "#6c3483", ""),
    DemoService("Jalkaterapia 60 min", 60, Decimal("78.00"), _H, ("jalkaterapeutti",), 4, False,
             True, "#58d68d", ""),
    DemoService("Jalkaterapian ensikäynti", 75, Decimal("88.00"), _H, ("jalkaterapeutti",), 1,
             False, False, "#1e8449", "Jalkojen tutkiminen ja hoitosuunnitelma."),
)

FI_FEMALE = ("Aino Anna Anneli Eeva Elina Emma Helena Hanna Heidi Jenni Johanna Katja Kirsi "
             "Laura Leena Liisa Maija Marja Minna Niina Outi Päivi Pirjo Riikka Sari Satu Sini "
             "Suvi Tiina Tuula Ulla Venla Iida Saara Siiri Hilkka Sirkka Kaarina Ritva Sanna "
             "Mervi Jaana Elsa Aada Enni Pihla Lotta Milla Nelli Veera Kerttu Sointu Seija "
             "Tyyne").split()
FI_MALE = ("Antti Ari Eero Heikki Ilkka Janne Jari Jukka Juha Jussi Kalle Kari Lauri Markku "
           "Matti Mikko Olli Pekka Petri Sami Seppo Tapani Teemu Timo Tuomas Ville Väinö Jyrki "
           "Pentti Raimo Esa Onni Eino Aleksi Elias Leevi Niilo Oskari Veeti Toni Joonas Lasse "
           "Kimmo Hannu Erkki Reijo Yrjö Sakari Kyösti").split()
FI_LAST = ("Virtanen Korhonen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen "
           "Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen "
           "Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila "
           "Savolainen Lahtinen Ahonen Hirvonen Kettunen Leinonen Pölönen Väisänen Kärkkäinen "
           "Jääskeläinen Hyvönen Räsänen Ylönen Seppälä Peltonen Lampinen Kallio Aaltonen "
           "Ketola Närhi Mäenpää Kivelä Pöyhönen Kökkö Hyötyläinen Mönkkönen Sääski Ylä-Mononen "
           "Björkqvist Lindholm Öhman").split()
SV_FEMALE = "Åsa Linnea Ebba Maria Karin Ingrid Stina Malin Sofia Annika Märta Saga".split()
SV_MALE = "Björn Johan Mats Anders Henrik Fredrik Nils Göran Mikael Håkan Måns Stig".split()
SV_LAST = ("Lindqvist Holmström Sjöberg Åkerman Lindroos Nyström Wikström Forsman Grönroos "
           "Björklund Ekholm Öhman Söderlund Åström Lindberg Wahlroos").split()
EN_FEMALE = "Emily Sarah Olivia Anna Maria Chloe Sofia Hannah Julia Eva".split()
EN_MALE = "James Daniel Michael Lucas David Thomas Jonas Marco Adam Samuel".split()
EN_LAST = ("Clarke Novak Smith García Kowalski Müller Rossi Nguyen O'Brien Jensen Dubois "
           "Petrov").split()

STREETS = ("Hämeenkatu Satakunnankatu Pirkankatu Kalevantie Sammonkatu Insinöörinkatu "
           "Teiskontie Lempääläntie Nekalantie Sorinkatu Näsilinnankatu Kuninkaankatu "
           "Puutarhakatu Itsenäisyydenkatu Pyynikintie Koivukuja Pihlajatie Rantatie Kirkkokatu "
           "Myllytie Mäntytie Haapatie Vaahterakuja Sepänkatu Koulukatu Asematie Peltotie "
           "Niittytie Harjutie Järvenrannantie Kalliokatu Tehtaankatu Puistotie Lähdekuja "
           "Metsätie Kauppakatu Ylöjärventie Männistönkatu").split()
# Postal codes of Tampere and the neighbouring towns, where the clinic's clients live.
POSTAL = (("33100", "Tampere"), ("33180", "Tampere"), ("33200", "Tampere"),
          ("33210", "Tampere"), ("33230", "Tampere"), ("33270", "Tampere"),
          ("33500", "Tampere"), ("33540", "Tampere"), ("33560", "Tampere"),
          ("33580", "Tampere"), ("33720", "Tampere"), ("33800", "Tampere"),
          ("33820", "Tampere"), ("33900", "Tampere"), ("33470", "Ylöjärvi"),
          ("33950", "Pirkkala"), ("33960", "Pirkkala"), ("37500", "Lempäälä"),
          ("36200", "Kangasala"), ("36220", "Kangasala"), ("37600", "Valkeakoski"),
          ("37800", "Akaa"), ("39700", "Parkano"), ("33880", "Lempäälä"))
MOBILE_PREFIXES = (("40", 35), ("50", 30), ("44", 15), ("45", 10), ("41", 6), ("46", 4))
EMAIL_DOMAINS = ("example.com", "example.net", "example.org")

CLIENT_CANCEL_REASONS = ("Sairastuminen", "Työeste", "Lapsi sairastui", "Päällekkäinen meno",
                         "Ei tarvetta enää", "Matka", "Kulkuyhteysongelma", "Ei syytä kerrottu")
PRACTICE_CANCEL_REASONS = ("Hoitajan sairastuminen", "Koulutuspäivä", "Tilan tekninen vika")
SICK_DAY_REASON = "Terapeutin sairastuminen"
APPOINTMENT_NOTES = ("Tarvitsee esteettömän sisäänkäynnin", "Toivoo soittoa, jos aika vapautuu "
                     "aiemmin", "Tulee suoraan töistä, voi myöhästyä 5 min", "Lahjakortti",
                     "Tulkki mukana")


# Employers that pay their staff's treatments: their visits are invoiced monthly to the company.
# The business IDs have valid check digits (the invoice would refuse anything else).
COMPANY_BUYERS = (
    {"name": "Pirkanmaan Konepaja Oy", "business_id": "2345678-0", "street": "Tehtaankatu 4",
     "postal_code": "33730", "city": "Tampere"},
    {"name": "Hervannan Ohjelmistotalo Oy", "business_id": "1987654-7",
     "street": "Insinöörinkatu 23", "postal_code": "33720", "city": "Tampere"},
    {"name": "Näsijärven Kuljetus Ky", "business_id": "0854123-1", "street": "Satamakatu 9",
     "postal_code": "33200", "city": "Tampere"},
)
COMPANY_INVOICE_NOTE = "Työnantajan maksama hoitojakso, sopimuksen mukaan."
WAITLIST_NOTES = ("Pääsee myös lyhyellä varoitusajalla", "Vain aamupäivät",
                  "Soita ennen klo 16", "")
