"""The business's privacy notice (rekisteri- ja tietosuojaseloste), generated from its facts.

Twelve sections as a Finnish rekisteriseloste has them, in Finnish, Swedish and English, as
plain text and PDF. Every sentence that describes what the software does is built from
:class:`NoticeFacts` (read by ``services.privacy.notice_facts`` from the business profile,
the settings, the backup targets and the message providers), so the notice stays true when a
setting changes: change the idle-lock minutes and the notice says the new number.

Laws cited: EU:n yleinen tietosuoja-asetus (EU) 2016/679, tietosuojalaki 1050/2018, laki
sosiaali- ja terveydenhuollon asiakastietojen käsittelystä 703/2023, kirjanpitolaki
1336/1997, STM:n asetus potilasasiakirjoista 94/2022. No database access here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from vastaanotto.privacy.access_report import date_text
from vastaanotto.privacy.pdf import Document

__all__ = ["NoticeFacts", "BackupPlace", "Provider", "sections", "render_text", "render_pdf",
           "LANGUAGES", "SECTION_COUNT"]

LANGUAGES = ("fi", "sv", "en")
SECTION_COUNT = 12


@dataclass(frozen=True)
class BackupPlace:
    name: str
    kind: str        # folder, sftp, webdav
    location: str    # location_description, as the owner wrote it


@dataclass(frozen=True)
class Provider:
    name: str
    channel: str     # email, sms
    country: str = ""


@dataclass(frozen=True)
class NoticeFacts:
    practice_name: str
    business_id: str
    address: str
    phone: str = ""
    email: str = ""
    website: str = ""
    contact_name: str = ""
    contact_email: str = ""
    contact_phone: str = ""
    backups: tuple[BackupPlace, ...] = ()
    providers: tuple[Provider, ...] = ()
    providers_known: bool = True      # False when the messaging module is not installed
    encrypted_at_rest: bool | None = None   # None: a database server (PostgreSQL)
    audit_keyed: bool = True
    idle_lock_minutes: int = 10
    session_max_hours: int = 12
    retention_inactive_years: int = 6
    access_requests_per_year: int = 1
    online_booking: bool = False
    dated: dt.date = field(default_factory=dt.date.today)


_KIND = {
    "fi": {"folder": "kansio (esim. USB-levy tai verkkolevy)", "sftp": "SFTP-palvelin",
           "webdav": "WebDAV-palvelin (esim. Nextcloud)"},
    "sv": {"folder": "mapp (t.ex. USB-disk eller nätverksenhet)", "sftp": "SFTP-server",
           "webdav": "WebDAV-server (t.ex. Nextcloud)"},
    "en": {"folder": "folder (e.g. a USB disk or network drive)", "sftp": "SFTP server",
           "webdav": "WebDAV server (e.g. Nextcloud)"},
}
_CHANNEL = {"fi": {"email": "sähköposti", "sms": "tekstiviestit"},
            "sv": {"email": "e-post", "sms": "textmeddelanden"},
            "en": {"email": "email", "sms": "text messages"}}


def _backups(f: NoticeFacts, lang: str) -> str:
    if not f.backups:
        return {"fi": "Varmuuskopiokohdetta ei ole vielä määritetty.",
                "sv": "Inget mål för säkerhetskopior har ännu angetts.",
                "en": "No backup target has been set up yet."}[lang]
    items = "; ".join(f"{b.name}: {_KIND[lang].get(b.kind, b.kind)}"
                      + (f", {b.location}" if b.location else "") for b in f.backups)
    return {"fi": f"Salatut varmuuskopiot tallennetaan seuraaviin kohteisiin: {items}.",
            "sv": f"De krypterade säkerhetskopiorna lagras på följande platser: {items}.",
            "en": f"The encrypted backups are stored at: {items}."}[lang]


def _providers(f: NoticeFacts, lang: str) -> str:
    if not f.providers:
        return {"fi": "Emme käytä ulkopuolisia viestipalveluja.",
                "sv": "Vi använder inga externa meddelandetjänster.",
                "en": "We use no outside messaging services."}[lang]
    items = "; ".join(f"{p.name} ({_CHANNEL[lang].get(p.channel, p.channel)}"
                      + (f", {p.country}" if p.country else "") + ")" for p in f.providers)
    return {"fi": "Ajanvarausvahvistukset, muistutukset ja laskut lähetetään seuraavien "
                  f"palveluntarjoajien kautta, jotka toimivat henkilötietojen käsittelijöinä "
                  f"(tietosuoja-asetus 28 artikla) ja saavat vain lähettämiseen tarvittavat "
                  f"tiedot (nimi, puhelinnumero tai sähköpostiosoite, viestin teksti): {items}.",
            "sv": "Bokningsbekräftelser, påminnelser och fakturor skickas via följande "
                  "tjänsteleverantörer, som är personuppgiftsbiträden (artikel 28 i "
                  "dataskyddsförordningen) och får endast de uppgifter som behövs för "
                  f"utskicket (namn, telefonnummer eller e-postadress, meddelandets text): "
                  f"{items}.",
            "en": "Booking confirmations, reminders and invoices are sent through the "
                  "following providers, who act as processors (GDPR Article 28) and receive "
                  "only what sending needs (name, phone number or email address, the text of "
                  f"the message): {items}."}[lang]


def _at_rest(f: NoticeFacts, lang: str) -> str:
    if f.encrypted_at_rest is None:
        return {"fi": "Tietokanta on tietokantapalvelimella, jonka pääsy on rajattu "
                      "salasanoin; yhteydet työasemilta palvelimelle on suojattu.",
                "sv": "Databasen finns på en databasserver med lösenordsskyddad åtkomst; "
                      "förbindelserna från arbetsstationerna är skyddade.",
                "en": "The database runs on a database server whose access is protected by "
                      "passwords; connections from the workstations are protected."}[lang]
    if f.encrypted_at_rest:
        return {"fi": "Tietokanta on salattu levyllä (SQLCipher, AES-256); salausavain on "
                      "käyttöjärjestelmän avainsäilössä.",
                "sv": "Databasen är krypterad på disken (SQLCipher, AES-256); nyckeln finns i "
                      "operativsystemets nyckelring.",
                "en": "The database is encrypted on disk (SQLCipher, AES-256); its key is "
                      "kept in the operating system's keyring."}[lang]
    return {"fi": "Tietokantatiedostoa ei ole salattu levyllä; sen suojana ovat "
                  "tietokoneen käyttäjätunnukset ja levyn oikeudet.",
            "sv": "Databasfilen är inte krypterad på disken; den skyddas av datorns "
                  "användarkonton och filbehörigheter.",
            "en": "The database file is not encrypted on disk; it is protected by the "
                  "computer's user accounts and file permissions."}[lang]


_PHONE = {"fi": "puh.", "sv": "tfn", "en": "tel."}


def _contact(lang: str, phone: str, *others: str) -> str:
    parts = ([f"{_PHONE[lang]} {phone}"] if phone else []) + [x for x in others if x]
    return ", ".join(parts)


def _fi(f: NoticeFacts) -> list[tuple[str, list[str]]]:
    cookies = (
        "Verkkoajanvaraus käyttää vain toiminnan kannalta välttämättömiä evästeitä "
        "(istunnon ylläpito ja tietoturva). Emme käytä seuranta- tai markkinointievästeitä."
        if f.online_booking else
        "Emme tarjoa verkkoajanvarausta tämän järjestelmän kautta, emmekä käytä evästeitä "
        "asiakastietojen keräämiseen.")
    return [
        ("1. Rekisterinpitäjä", [f"{f.practice_name} (Y-tunnus {f.business_id})",
                                 f.address, _contact("fi", f.phone, f.email, f.website)]),
        ("2. Rekisteriasioista vastaava yhteyshenkilö",
         [f.contact_name, _contact("fi", f.contact_phone, f.contact_email)]),
        ("3. Rekisterin nimi", [f"{f.practice_name}: asiakas- ja ajanvarausrekisteri"]),
        ("4. Henkilötietojen käsittelyn tarkoitus, oikeusperuste ja tietolähteet", [
            "Tietoja käsitellään asiakassuhteen hoitamiseen: ajanvaraukseen, palvelujen "
            "tuottamiseen, asiakkaan hoitoon ja sen dokumentointiin, laskutukseen ja "
            "maksujen seurantaan, asiakasviestintään sekä lakisääteisten velvoitteiden "
            "täyttämiseen.",
            "Oikeusperusteet ovat sopimus ja asiakassuhde (tietosuoja-asetus 6 artikla 1 b), "
            "lakisääteinen velvoite (6 artikla 1 c; kirjanpitolaki, asiakastietolaki), "
            "terveydenhuollon palvelujen tarjoaminen terveystietojen osalta (9 artikla 2 h) "
            "ja suoramarkkinoinnin osalta asiakkaan suostumus (6 artikla 1 a).",
            "Tiedot saadaan asiakkaalta itseltään, ajanvarauksen yhteydessä ja "
            "asiakassuhteen aikana. Hoitotiedot kirjaa asiakasta hoitava ammattilainen."]),
        ("5. Rekisterin tietosisältö", [
            "Nimi, sähköpostiosoite, osoite, puhelinnumero, sukupuoli, syntymävuosi, "
            "syntymäaika tai henkilötunnus (vain kun hoitosuhde sitä edellyttää), "
            "laskutustiedot, asiointikieli, suostumukset muistutuksiin sekä sähköposti- ja "
            "tekstiviestimarkkinointiin (milloin, miten ja kenen kirjaamana annettu tai "
            "peruttu), ajanvaraukset, käynnit, laskut ja maksut.",
            "Asiakkaan hyväksymät hoitotiedot tallennetaan hoitosuhteen hoitamiseksi. "
            "Lain edellyttämät potilastiedot viedään valtakunnalliseen Kanta-arkistoon.",
            "Lisäksi rekisteri sisältää tiedon siitä, kuka on katsellut ja muuttanut "
            "asiakastietoja, ajanvarauksia ja maksuja (käyttöloki)."]),
        ("6. Tietojen luovutukset ja siirrot EU:n ja ETA:n ulkopuolelle", [
            "Tietoja ei luovuteta kolmansille osapuolille, paitsi lain niin velvoittaessa "
            "(esim. Kanta-palvelut, viranomaiset). Tietoja ei siirretä EU:n tai ETA:n "
            "ulkopuolelle.", _providers(f, "fi")]),
        ("7. Tietojen säilytysaika", [
            "Tietoja säilytetään asiakassuhteen ajan ja sen jälkeen niin kauan kuin laki "
            "edellyttää. Kirjanpitoaineisto (laskut ja maksut) säilytetään kuusi vuotta sen "
            "vuoden lopusta, jonka aikana tilikausi päättyi (kirjanpitolaki 2 luku 10 §). "
            "Potilasasiakirjat säilytetään 12 vuotta potilaan kuolemasta tai, jos "
            "kuolinpäivää ei tiedetä, 120 vuotta syntymästä (STM:n asetus 94/2022). "
            "Käyttöloki säilytetään yhtä kauan kuin tiedot, joiden käsittelyä se kuvaa.",
            f"Asiakkaat, joilla ei ole ollut asiointia {f.retention_inactive_years} vuoteen, "
            "käydään läpi kuukausittain; ne, joiden tietoja laki ei enää velvoita "
            "säilyttämään, anonymisoidaan."]),
        ("8. Rekisterin suojauksen periaatteet", [
            "Rekisteriä käytetään vain henkilökunnan henkilökohtaisilla tunnuksilla. "
            "Salasanoja ei tallenneta selväkielisinä, vaan suolattuina ja hitaina "
            "tiivisteinä (Argon2id). Toistuvat väärät kirjautumiset lukitsevat tunnuksen "
            f"tilapäisesti. Ohjelma lukittuu {f.idle_lock_minutes} minuutin käyttämättömyyden "
            f"jälkeen ja kirjaa käyttäjän ulos viimeistään {f.session_max_hours} tunnin "
            "kuluttua. Käyttöoikeudet on rajattu tehtävän mukaan: esimerkiksi hoitotietoja "
            "lukevat vain hoitajat, ja henkilötunnus näytetään vain sitä tarvitseville.",
            _at_rest(f, "fi"),
            "Varmuuskopiot salataan työasemalla age-muodossa (X25519) ennen siirtoa, ja "
            "jokainen varmuuskopio allekirjoitetaan ja tarkistetaan. " + _backups(f, "fi"),
            "Tietoturvaloukkaukset havaitaan ja niistä ilmoitetaan tietosuojavaltuutetulle "
            "ja tarvittaessa asiakkaille tietosuoja-asetuksen 33 ja 34 artiklan mukaisesti."]),
        ("9. Rekisteröidyn oikeudet", [
            "Sinulla on oikeus saada pääsy kaikkiin sinua koskeviin tietoihin (15 artikla), "
            "oikeus saada virheelliset tiedot korjatuiksi (16 artikla), oikeus tietojen "
            "poistamiseen siltä osin kuin laki ei velvoita säilyttämään niitä (17 artikla), "
            "oikeus käsittelyn rajoittamiseen (18 artikla), oikeus siirtää antamasi tiedot "
            "koneluettavassa muodossa (20 artikla) ja oikeus kieltää suoramarkkinointi "
            "(21 artikla). Voit perua suostumuksesi milloin tahansa.",
            "Pyynnöt tehdään kohdassa 2 nimetylle yhteyshenkilölle. Vastaamme kuukauden "
            f"kuluessa. Tarkastusoikeuden voi käyttää maksutta {f.access_requests_per_year} "
            "kerran vuodessa; tätä useammin esitetyistä pyynnöistä voidaan periä kohtuullinen "
            "maksu (12 artikla 5 kohta).",
            "Sinulla on oikeus tehdä valitus valvontaviranomaiselle: Tietosuojavaltuutetun "
            "toimisto, PL 800, 00531 Helsinki, tietosuoja.fi."]),
        ("10. Evästeet", [cookies]),
        ("11. Lokitiedot", [
            "Jokaisesta asiakastietojen katselusta ja muutoksesta, henkilötunnuksen "
            "näyttämisestä, hoitotietojen lukemisesta, tulosteista ja tietojen viennistä, "
            "kirjautumisista ja estetyistä toimenpiteistä kirjataan aika, käyttäjä, työasema, "
            "toimenpide ja asiakas (ei terveystietojen sisältöä). Kun hoitaja lukee toisen "
            "hoitajan asiakkaan hoitotietoja, hänen on kirjattava syy.",
            "Loki on muuttumaton ja ketjutettu tarkistussummin (HMAC-SHA256)"
            + (" salaisella avaimella" if f.audit_keyed else "")
            + ", joten jälkikäteiset muutokset havaitaan. Lokia saa lukea vain "
            "rekisterinpitäjän nimeämä henkilö. Sinulla on oikeus saada lokiselvitys siitä, "
            "kuka tietojasi on käsitellyt (asiakastietolaki 703/2023)."]),
        ("12. Sovellettava lainsäädäntö", [
            "EU:n yleinen tietosuoja-asetus (EU) 2016/679; tietosuojalaki (1050/2018); laki "
            "sosiaali- ja terveydenhuollon asiakastietojen käsittelystä (703/2023); "
            "kirjanpitolaki (1336/1997); sosiaali- ja terveysministeriön asetus "
            "potilasasiakirjoista (94/2022)."]),
    ]


def _sv(f: NoticeFacts) -> list[tuple[str, list[str]]]:
    cookies = (
        "Webbokningen använder endast kakor som är nödvändiga för tjänsten (session och "
        "säkerhet). Vi använder inga spårnings- eller marknadsföringskakor."
        if f.online_booking else
        "Vi erbjuder ingen webbokning via detta system och använder inga kakor för att "
        "samla in kunduppgifter.")
    return [
        ("1. Personuppgiftsansvarig", [f"{f.practice_name} (FO-nummer {f.business_id})",
                                       f.address, _contact("sv", f.phone, f.email, f.website)]),
        ("2. Kontaktperson i registerärenden",
         [f.contact_name, _contact("sv", f.contact_phone, f.contact_email)]),
        ("3. Registrets namn", [f"{f.practice_name}: kund- och tidsbokningsregister"]),
        ("4. Ändamål, rättslig grund och uppgiftskällor", [
            "Uppgifterna behandlas för att sköta kundrelationen: tidsbokning, tjänsterna, "
            "kundens vård och dokumentationen av den, fakturering och uppföljning av "
            "betalningar, kundkommunikation samt lagstadgade skyldigheter.",
            "Rättsliga grunder är avtal och kundrelation (artikel 6.1 b i "
            "dataskyddsförordningen), rättslig förpliktelse (6.1 c; bokföringslagen, "
            "klientuppgiftslagen), tillhandahållande av hälso- och sjukvård för "
            "hälsouppgifter (9.2 h) och för direktmarknadsföring kundens samtycke (6.1 a).",
            "Uppgifterna fås av kunden själv, vid bokning och under kundrelationen. "
            "Vårduppgifter antecknas av den yrkesperson som vårdar kunden."]),
        ("5. Registrets innehåll", [
            "Namn, e-postadress, adress, telefonnummer, kön, födelseår, födelsedatum eller "
            "personbeteckning (endast när vårdrelationen kräver det), faktureringsuppgifter, "
            "språk, samtycken till påminnelser samt till marknadsföring per e-post och "
            "textmeddelande (när, hur och av vem givet eller återkallat), bokningar, besök, "
            "fakturor och betalningar.",
            "Vårduppgifter som kunden godkänt lagras för vårdrelationen. Journaluppgifter "
            "som lagen kräver förs till det riksomfattande Kanta-arkivet.",
            "Registret innehåller också uppgift om vem som har sett och ändrat "
            "kunduppgifter, bokningar och betalningar (användningslogg)."]),
        ("6. Utlämnande och överföring utanför EU och EES", [
            "Uppgifter lämnas inte ut till tredje parter, utom när lagen kräver det (t.ex. "
            "Kanta-tjänsterna, myndigheter). Uppgifter överförs inte utanför EU eller EES.",
            _providers(f, "sv")]),
        ("7. Lagringstid", [
            "Uppgifterna bevaras under kundrelationen och därefter så länge lagen kräver. "
            "Bokföringsmaterial (fakturor och betalningar) bevaras sex år från utgången av det "
            "år då räkenskapsperioden gick ut (bokföringslagen 2 kap. 10 §). "
            "Journalhandlingar bevaras 12 år efter patientens död eller, om dödsdagen inte är "
            "känd, 120 år efter födseln (SHM:s förordning 94/2022). Användningsloggen bevaras "
            "lika länge som de uppgifter den beskriver.",
            f"Kunder utan kontakt på {f.retention_inactive_years} år gås igenom varje månad; "
            "de vars uppgifter lagen inte längre kräver att bevaras anonymiseras."]),
        ("8. Principer för skyddet av registret", [
            "Registret används endast med personalens personliga användarkonton. Lösenord "
            "lagras aldrig i klartext utan som saltade, långsamma hashvärden (Argon2id). "
            "Upprepade felaktiga inloggningar låser kontot tillfälligt. Programmet låses "
            f"efter {f.idle_lock_minutes} minuters inaktivitet och loggar ut användaren "
            f"senast efter {f.session_max_hours} timmar. Behörigheterna följer "
            "arbetsuppgiften: till exempel läser endast behandlare vårduppgifter, och "
            "personbeteckningen visas endast för dem som behöver den.",
            _at_rest(f, "sv"),
            "Säkerhetskopiorna krypteras på arbetsstationen i age-format (X25519) före "
            "överföringen, och varje kopia signeras och kontrolleras. " + _backups(f, "sv"),
            "Personuppgiftsincidenter upptäcks och anmäls till dataombudsmannen och vid "
            "behov till kunderna enligt artiklarna 33 och 34 i dataskyddsförordningen."]),
        ("9. Den registrerades rättigheter", [
            "Du har rätt att få tillgång till alla uppgifter om dig (artikel 15), att få "
            "felaktiga uppgifter rättade (16), att få uppgifter raderade i den mån lagen inte "
            "kräver att de bevaras (17), att begränsa behandlingen (18), att få de uppgifter "
            "du lämnat i maskinläsbar form (20) och att förbjuda direktmarknadsföring (21). "
            "Du kan när som helst återkalla ditt samtycke.",
            "Begäranden riktas till kontaktpersonen i punkt 2. Vi svarar inom en månad. "
            f"Rätten till insyn är avgiftsfri {f.access_requests_per_year} gång(er) per år; "
            "för tätare begäranden kan en skälig avgift tas ut (artikel 12.5).",
            "Du har rätt att lämna klagomål till tillsynsmyndigheten: Dataombudsmannens "
            "byrå, PB 800, 00531 Helsingfors, tietosuoja.fi."]),
        ("10. Kakor", [cookies]),
        ("11. Loggar", [
            "För varje visning och ändring av kunduppgifter, visning av personbeteckning, "
            "läsning av vårduppgifter, utskrift och export, inloggning och nekad åtgärd "
            "registreras tid, användare, arbetsstation, åtgärd och kund (inte innehållet i "
            "hälsouppgifter). En behandlare som läser en annan behandlares kunds "
            "vårduppgifter måste ange orsaken.",
            "Loggen är oföränderlig och kedjad med kontrollsummor (HMAC-SHA256)"
            + (" med en hemlig nyckel" if f.audit_keyed else "")
            + ", så att ändringar i efterhand upptäcks. Loggen får läsas endast av personer "
            "som den personuppgiftsansvarige utsett. Du har rätt att få en loggutredning över "
            "vem som har behandlat dina uppgifter (klientuppgiftslagen 703/2023)."]),
        ("12. Tillämplig lagstiftning", [
            "EU:s allmänna dataskyddsförordning (EU) 2016/679; dataskyddslagen (1050/2018); "
            "lagen om behandling av klientuppgifter inom social- och hälsovården (703/2023); "
            "bokföringslagen (1336/1997); social- och hälsovårdsministeriets förordning om "
            "journalhandlingar (94/2022)."]),
    ]


def _en(f: NoticeFacts) -> list[tuple[str, list[str]]]:
    cookies = (
        "Online booking uses only cookies strictly necessary for the service (session and "
        "security). We use no tracking or marketing cookies."
        if f.online_booking else
        "We offer no online booking through this system and use no cookies to collect "
        "client data.")
    return [
        ("1. Controller", [f"{f.practice_name} (business ID {f.business_id})", f.address,
                           _contact("en", f.phone, f.email, f.website)]),
        ("2. Contact person for the register",
         [f.contact_name, _contact("en", f.contact_phone, f.contact_email)]),
        ("3. Name of the register", [f"{f.practice_name}: client and booking register"]),
        ("4. Purpose, legal basis and sources of the data", [
            "The data is processed to manage the customer relationship: booking, providing "
            "the services, the client's care and its documentation, invoicing and following "
            "payments, communicating with the client, and meeting legal obligations.",
            "The legal bases are the contract and customer relationship (GDPR Article "
            "6(1)(b)), legal obligations (6(1)(c); Accounting Act, Client Data Act), the "
            "provision of health care for health data (9(2)(h)) and, for direct marketing, "
            "the client's consent (6(1)(a)).",
            "The data comes from the client, when booking and during the customer "
            "relationship. Treatment notes are written by the professional who treats the "
            "client."]),
        ("5. Content of the register", [
            "Name, email address, address, phone number, gender, birth year, birth date or "
            "personal identity code (only when a care relationship requires it), billing "
            "details, language, consents to reminders and to email and SMS marketing (when, "
            "how and by whom given or withdrawn), bookings, visits, invoices and payments.",
            "Treatment data the client accepted is stored for the care relationship. Patient "
            "records that the law requires go to the national Kanta archive.",
            "The register also records who viewed and who changed client data, bookings and "
            "payments (the audit trail)."]),
        ("6. Disclosures and transfers outside the EU and EEA", [
            "Data is not disclosed to third parties, except where the law requires it (e.g. "
            "the Kanta services, authorities). Data is not transferred outside the EU or EEA.",
            _providers(f, "en")]),
        ("7. Retention", [
            "Data is kept while the customer relationship lasts and afterwards as long as the "
            "law requires. Bookkeeping records (invoices and payments) are kept for six years "
            "from the end of the year in which the financial period ended (Accounting Act, "
            "chapter 2, section 10). Patient records are kept for 12 years after the "
            "patient's death or, if the date of death is not known, 120 years after birth "
            "(Decree 94/2022 of the Ministry of Social Affairs and Health). The audit trail "
            "is kept as long as the records it covers.",
            f"Clients with no activity for {f.retention_inactive_years} years are reviewed "
            "monthly; those whose data the law no longer requires us to keep are "
            "anonymised."]),
        ("8. How the register is protected", [
            "The register is used only with the staff's personal accounts. Passwords are "
            "never stored in clear, only as salted, slow hashes (Argon2id). Repeated failed "
            "logins lock the account for a while. The program locks after "
            f"{f.idle_lock_minutes} minutes of inactivity and logs the user out after at "
            f"most {f.session_max_hours} hours. Access follows each person's task: for "
            "example, only practitioners read treatment notes, and the identity code is "
            "shown only to those who need it.",
            _at_rest(f, "en"),
            "Backups are encrypted on the workstation in the age format (X25519) before "
            "they leave it, and every backup is signed and verified. " + _backups(f, "en"),
            "Personal data breaches are detected and reported to the Data Protection "
            "Ombudsman and, where needed, to the clients under GDPR Articles 33 and 34."]),
        ("9. Your rights", [
            "You have the right of access to all data about you (Article 15), to have "
            "inaccurate data rectified (16), to erasure where the law does not require us "
            "to keep the data (17), to restriction of processing (18), to receive the data "
            "you gave in a machine-readable form (20) and to object to direct marketing "
            "(21). You may withdraw a consent at any time.",
            "Send requests to the contact person in section 2. We answer within one month. "
            f"Access requests are free of charge {f.access_requests_per_year} time(s) a "
            "year; for more frequent requests a reasonable fee may be charged (Article "
            "12(5)).",
            "You have the right to lodge a complaint with the supervisory authority: Office "
            "of the Data Protection Ombudsman, P.O. Box 800, 00531 Helsinki, Finland, "
            "tietosuoja.fi."]),
        ("10. Cookies", [cookies]),
        ("11. Logs", [
            "Every view and change of client data, every display of an identity code, every "
            "reading of treatment notes, every print and export, every login and every "
            "refused action is recorded with the time, user, workstation, action and client "
            "(never the content of health data). A practitioner who reads the notes of "
            "another practitioner's client must record a reason.",
            "The log cannot be changed and is chained with checksums (HMAC-SHA256"
            + (" with a secret key" if f.audit_keyed else "")
            + "), so any later change is detected. Only persons named by the controller may "
            "read it. You have the right to a report of who has processed your data (Client "
            "Data Act 703/2023)."]),
        ("12. Applicable legislation", [
            "EU General Data Protection Regulation (EU) 2016/679; Data Protection Act "
            "(1050/2018); Act on the Processing of Client Data in Healthcare and Social "
            "Welfare (703/2023); Accounting Act (1336/1997); Decree of the Ministry of Social "
            "Affairs and Health on patient records (94/2022)."]),
    ]


_TITLE = {"fi": "Rekisteri- ja tietosuojaseloste",
          "sv": "Register- och dataskyddsbeskrivning",
          "en": "Privacy notice"}
_SUBTITLE = {"fi": "EU:n yleinen tietosuoja-asetus (2016/679) 13 ja 14 artikla. Päivitetty",
             "sv": "EU:s allmänna dataskyddsförordning (2016/679) artiklarna 13 och 14. "
                   "Uppdaterad",
             "en": "EU General Data Protection Regulation (2016/679) Articles 13 and 14. "
                   "Updated"}


def sections(facts: NoticeFacts, language: str = "fi") -> list[tuple[str, list[str]]]:
    """The twelve (heading, paragraphs) of the notice; empty paragraphs left out."""
    build = {"fi": _fi, "sv": _sv, "en": _en}[language if language in LANGUAGES else "fi"]
    return [(h, [p for p in paras if p.strip()]) for h, paras in build(facts)]


def title(facts: NoticeFacts, language: str = "fi") -> str:
    return f"{_TITLE.get(language, _TITLE['fi'])}: {facts.practice_name}"


def render_text(facts: NoticeFacts, language: str = "fi") -> str:
    lang = language if language in LANGUAGES else "fi"
    head = title(facts, lang)
    out = [head, "=" * len(head), f"{_SUBTITLE[lang]} {date_text(facts.dated)}.", ""]
    for heading, paragraphs in sections(facts, lang):
        out += [heading, "-" * len(heading), *[p + "\n" for p in paragraphs]]
    return "\n".join(out).rstrip() + "\n"


def render_pdf(facts: NoticeFacts, language: str = "fi") -> bytes:
    lang = language if language in LANGUAGES else "fi"
    doc = Document(title(facts, lang), footer=f"{facts.practice_name} – {_TITLE[lang]} "
                                             f"{date_text(facts.dated)}")
    doc.paragraph(f"{_SUBTITLE[lang]} {date_text(facts.dated)}.", small=True)
    for heading, paragraphs in sections(facts, lang):
        doc.heading(heading)
        for p in paragraphs:
            doc.paragraph(p)
    return doc.render()
