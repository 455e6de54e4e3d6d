<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>AdminView</name>
    <message>
        <location filename="../../ui/admin/admin_view.py" line="38"/>
        <source>Staff</source>
        <translation>Henkilökunta</translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_view.py" line="39"/>
        <source>Services</source>
        <translation>Palvelut</translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_view.py" line="40"/>
        <source>Rooms</source>
        <translation>Huoneet</translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_view.py" line="41"/>
        <source>Opening hours</source>
        <translation>Aukioloajat</translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_view.py" line="42"/>
        <source>Business profile</source>
        <translation>Yrityksen tiedot</translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_view.py" line="43"/>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
</context>
<context>
    <name>BankPage</name>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="152"/>
        <source>Bank account</source>
        <translation>Pankkitili</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="153"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="154"/>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="155"/>
        <source>Clients pay invoices to this account.</source>
        <translation>Asiakkaat maksavat laskut tälle tilille.</translation>
    </message>
</context>
<context>
    <name>BillingView</name>
    <message>
        <location filename="../../ui/billing/__init__.py" line="16"/>
        <source>Billing</source>
        <translation>Laskutus</translation>
    </message>
    <message>
        <location filename="../../ui/billing/__init__.py" line="18"/>
        <source>Invoices, payments at the desk, and unpaid and overdue invoices. Not available in this version yet.</source>
        <translation>Laskut, maksut vastaanotossa sekä avoimet ja erääntyneet laskut. Ei vielä käytettävissä tässä versiossa.</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="51"/>
        <source>New booking</source>
        <translation>Uusi ajanvaraus</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="61"/>
        <source>&amp;Service</source>
        <translation>&amp;Palvelu</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="64"/>
        <source>&amp;Practitioner</source>
        <translation>&amp;Ammatinharjoittaja</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="67"/>
        <source>Free &amp;times</source>
        <translation>Vapaat &amp;ajat</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="74"/>
        <source>Name, phone or email</source>
        <translation>Nimi, puhelin tai sähköposti</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="76"/>
        <source>C&amp;lient</source>
        <translation>A&amp;siakas</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="80"/>
        <source>New client…</source>
        <translation>Uusi asiakas…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="90"/>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="91"/>
        <source>Walk-in</source>
        <translation>Ilman ajanvarausta</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="92"/>
        <source>Online</source>
        <translation>Verkossa</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="93"/>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="95"/>
        <source>C&amp;hannel</source>
        <translation>&amp;Kanava</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="98"/>
        <source>&amp;Book</source>
        <translation>&amp;Varaa</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="153"/>
        <source>Anyone</source>
        <translation>Kuka tahansa</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="175"/>
        <source>Mon</source>
        <translation>ma</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="175"/>
        <source>Tue</source>
        <translation>ti</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="175"/>
        <source>Wed</source>
        <translation>ke</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="175"/>
        <source>Thu</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="176"/>
        <source>Fri</source>
        <translation>pe</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="176"/>
        <source>Sat</source>
        <translation>la</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="176"/>
        <source>Sun</source>
        <translation>su</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="177"/>
        <source>%1 %2 at %3 – %4</source>
        <translation>%1 %2 klo %3 – %4</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="202"/>
        <source>No free times in the next eight weeks.</source>
        <translation>Ei vapaita aikoja seuraavan kahdeksan viikon aikana.</translation>
    </message>
</context>
<context>
    <name>BusinessPage</name>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="122"/>
        <source>Business</source>
        <translation>Yritys</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="123"/>
        <source>These details appear on invoices and in the privacy notice.</source>
        <translation>Nämä tiedot näkyvät laskuissa ja tietosuojaselosteessa.</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="124"/>
        <source>Business name</source>
        <translation>Yrityksen nimi</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="125"/>
        <source>Business ID (Y-tunnus)</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="127"/>
        <source>Street address</source>
        <translation>Katuosoite</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="128"/>
        <source>Postal code</source>
        <translation>Postinumero</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="129"/>
        <source>City</source>
        <translation>Postitoimipaikka</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="130"/>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="131"/>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="132"/>
        <source>Website (optional)</source>
        <translation>Verkkosivut (valinnainen)</translation>
    </message>
</context>
<context>
    <name>CalendarOverview</name>
    <message>
        <location filename="../../ui/calendar/overview_view.py" line="79"/>
        <source>Previous day</source>
        <translation>Edellinen päivä</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/overview_view.py" line="82"/>
        <source>Next day</source>
        <translation>Seuraava päivä</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/overview_view.py" line="84"/>
        <source>Today</source>
        <translation>Tänään</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/overview_view.py" line="133"/>
        <source>%1: %n appointment(s)</source>
        <translation>
            <numerusform>%1: %n ajanvaraus</numerusform>
            <numerusform>%1: %n ajanvarausta</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientCardDialog</name>
    <message>
        <location filename="../../ui/clients/client_card.py" line="55"/>
        <source>Details</source>
        <translation>Perustiedot</translation>
    </message>
    <message>
        <location filename="../../ui/clients/client_card.py" line="56"/>
        <source>Consents</source>
        <translation>Suostumukset</translation>
    </message>
    <message>
        <location filename="../../ui/clients/client_card.py" line="57"/>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <location filename="../../ui/clients/client_card.py" line="63"/>
        <source>Treatment notes</source>
        <translation>Hoitotiedot</translation>
    </message>
    <message>
        <location filename="../../ui/clients/client_card.py" line="77"/>
        <source>Client: %1</source>
        <translation>Asiakas: %1</translation>
    </message>
    <message>
        <location filename="../../ui/clients/client_card.py" line="78"/>
        <source> (archived)</source>
        <translation> (arkistoitu)</translation>
    </message>
    <message>
        <location filename="../../ui/clients/client_card.py" line="125"/>
        <source>The client card was closed</source>
        <translation>Asiakaskortti suljettiin</translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <location filename="../../ui/clients/merge_dialog.py" line="41"/>
        <source>Name, phone or birth date</source>
        <translation>Nimi, puhelin tai syntymäaika</translation>
    </message>
    <message>
        <location filename="../../ui/clients/merge_dialog.py" line="49"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../ui/clients/merge_dialog.py" line="49"/>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location filename="../../ui/clients/merge_dialog.py" line="49"/>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <location filename="../../ui/clients/merge_dialog.py" line="50"/>
        <source>Birth date</source>
        <translation>Syntymäaika</translation>
    </message>
    <message>
        <location filename="../../ui/clients/merge_dialog.py" line="51"/>
        <source>Identity code</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <location filename="../../ui/clients/merge_dialog.py" line="52"/>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <location filename="../../ui/clients/merge_dialog.py" line="52"/>
        <source>Billing</source>
        <translation>Laskutus</translation>
    </message>
</context>
<context>
    <name>ClientsView</name>
    <message>
        <location filename="../../ui/clients/clients_view.py" line="81"/>
        <source>Find a client: name, phone, email, birth date or identity code</source>
        <translation>Etsi asiakasta: nimi, puhelin, sähköposti, syntymäaika tai henkilötunnus</translation>
    </message>
    <message>
        <location filename="../../ui/clients/clients_view.py" line="85"/>
        <source>Show archived</source>
        <translation>Näytä arkistoidut</translation>
    </message>
    <message>
        <location filename="../../ui/clients/clients_view.py" line="122"/>
        <source>New client…</source>
        <translation>Uusi asiakas…</translation>
    </message>
    <message>
        <location filename="../../ui/clients/clients_view.py" line="124"/>
        <source>Open card</source>
        <translation>Avaa kortti</translation>
    </message>
    <message>
        <location filename="../../ui/clients/clients_view.py" line="126"/>
        <source>Merge duplicates…</source>
        <translation>Yhdistä kaksoiskappaleet…</translation>
    </message>
    <message>
        <location filename="../../ui/clients/clients_view.py" line="130"/>
        <source>Import…</source>
        <translation>Tuo…</translation>
    </message>
    <message>
        <location filename="../../ui/clients/clients_view.py" line="132"/>
        <source>Export…</source>
        <translation>Vie…</translation>
    </message>
    <message>
        <location filename="../../ui/clients/clients_view.py" line="164"/>
        <source>Cannot search</source>
        <translation>Haku ei onnistu</translation>
    </message>
    <message>
        <location filename="../../ui/clients/clients_view.py" line="180"/>
        <source>Showing the first %1 clients. Type more to narrow the search.</source>
        <translation>Näytetään %1 ensimmäistä asiakasta. Tarkenna hakua kirjoittamalla lisää.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/clients/clients_view.py" line="183"/>
        <source>%n client(s) found.</source>
        <translation>
            <numerusform>%n asiakas löytyi.</numerusform>
            <numerusform>%n asiakasta löytyi.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/clients/clients_view.py" line="244"/>
        <source>Cannot open the client card</source>
        <translation>Asiakaskortin avaaminen ei onnistu</translation>
    </message>
    <message>
        <location filename="../../ui/clients/clients_view.py" line="291"/>
        <source>Export clients</source>
        <translation>Vie asiakkaat</translation>
    </message>
    <message>
        <location filename="../../ui/clients/clients_view.py" line="291"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-tiedostot (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/clients/clients_view.py" line="302"/>
        <location filename="../../ui/clients/clients_view.py" line="307"/>
        <source>Cannot export</source>
        <translation>Vienti ei onnistu</translation>
    </message>
    <message>
        <location filename="../../ui/clients/clients_view.py" line="308"/>
        <source>The file could not be written. Choose another folder.</source>
        <translation>Tiedostoa ei voitu kirjoittaa. Valitse toinen kansio.</translation>
    </message>
</context>
<context>
    <name>ColorButton</name>
    <message>
        <location filename="../../ui/admin/common.py" line="227"/>
        <source>Choose a colour</source>
        <translation>Valitse väri</translation>
    </message>
</context>
<context>
    <name>ConsentsTab</name>
    <message>
        <location filename="../../ui/clients/consents_tab.py" line="37"/>
        <source>Current consents</source>
        <translation>Voimassa olevat suostumukset</translation>
    </message>
    <message>
        <location filename="../../ui/clients/consents_tab.py" line="46"/>
        <source>Forbid direct marketing…</source>
        <translation>Kiellä suoramarkkinointi…</translation>
    </message>
    <message>
        <location filename="../../ui/clients/consents_tab.py" line="49"/>
        <source>The client objects to direct marketing: withdraws both marketing consents.</source>
        <translation>Asiakas kieltää suoramarkkinoinnin: molemmat markkinointisuostumukset peruutetaan.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/consents_tab.py" line="54"/>
        <source>History</source>
        <translation>Suostumushistoria</translation>
    </message>
    <message>
        <location filename="../../ui/clients/consents_tab.py" line="73"/>
        <source>Given: %1</source>
        <translation>Annettu: %1</translation>
    </message>
    <message>
        <location filename="../../ui/clients/consents_tab.py" line="79"/>
        <source>Cannot show the consent history</source>
        <translation>Suostumushistorian näyttäminen ei onnistu</translation>
    </message>
    <message>
        <location filename="../../ui/clients/consents_tab.py" line="83"/>
        <source>Record consent</source>
        <translation>Kirjaa suostumus</translation>
    </message>
    <message>
        <location filename="../../ui/clients/consents_tab.py" line="83"/>
        <source>Record withdrawal</source>
        <translation>Kirjaa suostumuksen peruutus</translation>
    </message>
    <message>
        <location filename="../../ui/clients/consents_tab.py" line="84"/>
        <source>How did the client give this consent?</source>
        <translation>Miten asiakas antoi tämän suostumuksen?</translation>
    </message>
    <message>
        <location filename="../../ui/clients/consents_tab.py" line="85"/>
        <source>How did the client withdraw this consent?</source>
        <translation>Miten asiakas peruutti tämän suostumuksen?</translation>
    </message>
    <message>
        <location filename="../../ui/clients/consents_tab.py" line="107"/>
        <source>Forbid direct marketing</source>
        <translation>Kiellä suoramarkkinointi</translation>
    </message>
    <message>
        <location filename="../../ui/clients/consents_tab.py" line="108"/>
        <source>How did the client forbid direct marketing?</source>
        <translation>Miten asiakas kielsi suoramarkkinoinnin?</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="139"/>
        <source>Contact person of the register</source>
        <translation>Rekisterin yhteyshenkilö</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="140"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="141"/>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="142"/>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="145"/>
        <source>The privacy notice (rekisteriseloste) names this person as the one clients contact about their personal data: access requests, corrections and erasure.</source>
        <translation>Tietosuojaselosteessa (rekisteriseloste) tämä henkilö nimetään yhteyshenkilöksi, johon asiakkaat ottavat yhteyttä henkilötietojaan koskevissa asioissa: tarkastuspyynnöt, tietojen oikaisu ja poistaminen.</translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="61"/>
        <source>Practical notes only, never health data.</source>
        <translation>Vain käytännön muistiinpanoja, ei koskaan terveystietoja.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="63"/>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="64"/>
        <source>Archived (hidden from searches)</source>
        <translation>Arkistoitu (piilotettu hauista)</translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="74"/>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="94"/>
        <source>First name</source>
        <translation>Etunimi</translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="94"/>
        <source>Last name</source>
        <translation>Sukunimi</translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="95"/>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="95"/>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="96"/>
        <source>Street address</source>
        <translation>Katuosoite</translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="96"/>
        <source>Postal code</source>
        <translation>Postinumero</translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="97"/>
        <source>City</source>
        <translation>Postitoimipaikka</translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="105"/>
        <source>Gender</source>
        <translation>Sukupuoli</translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="106"/>
        <source>Birth year</source>
        <translation>Syntymävuosi</translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="107"/>
        <source>Birth date</source>
        <translation>Syntymäaika</translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="113"/>
        <source>Show</source>
        <translation>Näytä</translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="115"/>
        <source>Shows the whole code. Each view is logged.</source>
        <translation>Näyttää koko henkilötunnuksen. Jokainen katselu kirjataan lokiin.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="120"/>
        <source>Personal identity code</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="125"/>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="128"/>
        <source>Billing</source>
        <translation>Laskutus</translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="129"/>
        <source>Billing name</source>
        <translation>Laskutusnimi</translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="130"/>
        <source>Billing address</source>
        <translation>Laskutusosoite</translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="131"/>
        <source>Billing postal code</source>
        <translation>Laskutusosoitteen postinumero</translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="132"/>
        <source>Billing city</source>
        <translation>Laskutusosoitteen postitoimipaikka</translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="133"/>
        <source>Paying company</source>
        <translation>Maksava yritys</translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="134"/>
        <source>Company&apos;s business ID (Y-tunnus)</source>
        <translation>Maksavan yrityksen Y-tunnus</translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="135"/>
        <source>E-invoice address</source>
        <translation>Verkkolaskuosoite</translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="136"/>
        <source>E-invoice operator</source>
        <translation>Verkkolaskuvälittäjä</translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="204"/>
        <source>Show identity code</source>
        <translation>Näytä henkilötunnus</translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="205"/>
        <source>Why do you need the personal identity code? The reason is logged.</source>
        <translation>Miksi tarvitset henkilötunnuksen? Syy kirjataan lokiin.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="230"/>
        <source>Not allowed</source>
        <translation>Ei sallittu</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../ui/clients/history_tab.py" line="59"/>
        <source>Bookings</source>
        <translation>Ajanvaraukset</translation>
    </message>
    <message>
        <location filename="../../ui/clients/history_tab.py" line="60"/>
        <source>Visits</source>
        <translation>Käynnit</translation>
    </message>
    <message>
        <location filename="../../ui/clients/history_tab.py" line="61"/>
        <source>Invoices</source>
        <translation>Laskut</translation>
    </message>
    <message>
        <location filename="../../ui/clients/history_tab.py" line="62"/>
        <source>Payments</source>
        <translation>Maksut</translation>
    </message>
    <message>
        <location filename="../../ui/clients/history_tab.py" line="84"/>
        <source>No-shows: %1    Late cancellations: %2</source>
        <translation>Ei saapunut: %1    Myöhäiset peruutukset: %2</translation>
    </message>
    <message>
        <location filename="../../ui/clients/history_tab.py" line="95"/>
        <source>Invoices and payments are not shown to your role.</source>
        <translation>Laskuja ja maksuja ei näytetä roolillesi.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/history_tab.py" line="98"/>
        <source>Only invoices of your own visits and their payments are shown.</source>
        <translation>Vain omien käyntiesi laskut ja niiden maksut näytetään.</translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <location filename="../../ui/admin/hours_page.py" line="60"/>
        <source>%1 open</source>
        <translation>%1 auki</translation>
    </message>
    <message>
        <location filename="../../ui/admin/hours_page.py" line="62"/>
        <source>%1 second period</source>
        <translation>%1 toinen jakso</translation>
    </message>
    <message>
        <location filename="../../ui/admin/hours_page.py" line="114"/>
        <source>Open</source>
        <translation>Auki</translation>
    </message>
    <message>
        <location filename="../../ui/admin/hours_page.py" line="114"/>
        <location filename="../../ui/admin/hours_page.py" line="115"/>
        <source>Opens</source>
        <translation>Avautuu</translation>
    </message>
    <message>
        <location filename="../../ui/admin/hours_page.py" line="114"/>
        <location filename="../../ui/admin/hours_page.py" line="115"/>
        <source>Closes</source>
        <translation>Sulkeutuu</translation>
    </message>
    <message>
        <location filename="../../ui/admin/hours_page.py" line="115"/>
        <source>Second period</source>
        <translation>Toinen jakso</translation>
    </message>
    <message>
        <location filename="../../ui/admin/hours_page.py" line="122"/>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <location filename="../../ui/admin/hours_page.py" line="125"/>
        <source>Revert</source>
        <translation>Peru muutokset</translation>
    </message>
    <message>
        <location filename="../../ui/admin/hours_page.py" line="145"/>
        <source>Some days have more than two periods. Saving here keeps only the first two of each day.</source>
        <translation>Joillakin päivillä on yli kaksi jaksoa. Jos tallennat tässä, vain kunkin päivän kaksi ensimmäistä jaksoa säilyvät.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/hours_page.py" line="163"/>
        <source>Opening hours saved.</source>
        <translation>Aukioloajat tallennettu.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/hours_page.py" line="176"/>
        <source>Check the days marked in red. Nothing was saved.</source>
        <translation>Tarkista punaisella merkityt päivät. Mitään ei tallennettu.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="65"/>
        <source>Import clients</source>
        <translation>Tuo asiakkaita</translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="70"/>
        <source>No file chosen.</source>
        <translation>Tiedostoa ei ole valittu.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="72"/>
        <source>Choose file…</source>
        <translation>Valitse tiedosto…</translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="81"/>
        <source>Which field each column fills</source>
        <translation>Mihin kenttään kukin sarake tuodaan</translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="99"/>
        <source>Check</source>
        <translation>Tarkista</translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="102"/>
        <source>Import</source>
        <translation>Tuo</translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="105"/>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="110"/>
        <source>Checking rows…</source>
        <translation>Tarkistetaan rivejä…</translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="111"/>
        <source>Importing clients…</source>
        <translation>Tuodaan asiakkaita…</translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="129"/>
        <source>Choose a CSV file</source>
        <translation>Valitse CSV-tiedosto</translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="129"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-tiedostot (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="136"/>
        <source>The file could not be read.</source>
        <translation>Tiedostoa ei voitu lukea.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/clients/import_dialog.py" line="155"/>
        <source>%n row(s) to import.</source>
        <translation>
            <numerusform>%n tuotava rivi.</numerusform>
            <numerusform>%n tuotavaa riviä.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="170"/>
        <source>(do not import)</source>
        <translation>(älä tuo)</translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="176"/>
        <source>Column %1</source>
        <translation>Sarake %1</translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="208"/>
        <source>Checking the file</source>
        <translation>Tarkistetaan tiedostoa</translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="215"/>
        <source>Importing clients</source>
        <translation>Tuodaan asiakkaita</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/clients/import_dialog.py" line="219"/>
        <source>%n client(s) imported.</source>
        <translation>
            <numerusform>%n asiakas tuotu.</numerusform>
            <numerusform>%n asiakasta tuotu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/clients/import_dialog.py" line="235"/>
        <source>All %n row(s) can be imported.</source>
        <translation>
            <numerusform>%n rivi voidaan tuoda.</numerusform>
            <numerusform>Kaikki %n riviä voidaan tuoda.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="237"/>
        <source>%1 of %2 rows have errors. Nothing will be imported until they are corrected in the file.</source>
        <translation>Virheellisiä rivejä: %1/%2. Mitään ei tuoda, ennen kuin virheet on korjattu tiedostoon.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/clients/import_dialog.py" line="241"/>
        <source>%n row(s) have warnings.</source>
        <translation>
            <numerusform>%n rivillä on varoituksia.</numerusform>
            <numerusform>%n rivillä on varoituksia.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/auth/lock_screen.py" line="37"/>
        <source>Locked — %1</source>
        <translation>Lukittu — %1</translation>
    </message>
    <message>
        <location filename="../../ui/auth/lock_screen.py" line="47"/>
        <source>Password</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <location filename="../../ui/auth/lock_screen.py" line="54"/>
        <source>Unlock</source>
        <translation>Avaa lukitus</translation>
    </message>
    <message>
        <location filename="../../ui/auth/lock_screen.py" line="57"/>
        <source>Log in as another user</source>
        <translation>Kirjaudu toisena käyttäjänä</translation>
    </message>
    <message>
        <location filename="../../ui/auth/lock_screen.py" line="99"/>
        <source>Enter your password.</source>
        <translation>Anna salasanasi.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/auth/login_dialog.py" line="56"/>
        <source>Log in — Vastaanotto</source>
        <translation>Kirjaudu sisään — Vastaanotto</translation>
    </message>
    <message>
        <location filename="../../ui/auth/login_dialog.py" line="76"/>
        <source>Log in</source>
        <translation>Kirjaudu sisään</translation>
    </message>
    <message>
        <location filename="../../ui/auth/login_dialog.py" line="85"/>
        <source>User name</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <location filename="../../ui/auth/login_dialog.py" line="86"/>
        <source>Password</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <location filename="../../ui/auth/login_dialog.py" line="128"/>
        <source>Enter your user name and password.</source>
        <translation>Anna käyttäjätunnus ja salasana.</translation>
    </message>
    <message>
        <location filename="../../ui/auth/login_dialog.py" line="163"/>
        <source>Opening the database…</source>
        <translation>Avataan tietokantaa…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="87"/>
        <source>Calendar</source>
        <translation>Kalenteri</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="87"/>
        <source>Clients</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="88"/>
        <source>Billing</source>
        <translation>Laskutus</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="88"/>
        <source>Admin</source>
        <translation>Ylläpito</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117"/>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124"/>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141"/>
        <source>Database: %1</source>
        <translation>Tietokanta: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="144"/>
        <source>No secure keyring: audit log not keyed</source>
        <translation>Ei suojattua salasanasäilöä: tapahtumalokia ei ole suojattu avaimella</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148"/>
        <source>The audit trail cannot be protected against tampering until the secret is kept in the operating system&apos;s keyring.</source>
        <translation>Tapahtumalokia ei voida suojata luvattomilta muutoksilta ennen kuin salainen avain säilytetään käyttöjärjestelmän salasanasäilössä.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="254"/>
        <source>About Vastaanotto</source>
        <translation>Tietoja Vastaanotto-ohjelmasta</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="255"/>
        <source>Vastaanotto %1
Reception, calendar and billing for small Finnish service businesses.</source>
        <translation>Vastaanotto %1
Ajanvaraus, kalenteri ja laskutus pienille suomalaisille palveluyrityksille.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/clients/merge_dialog.py" line="128"/>
        <source>Merge duplicate clients</source>
        <translation>Yhdistä asiakkaiden kaksoiskappaleet</translation>
    </message>
    <message>
        <location filename="../../ui/clients/merge_dialog.py" line="133"/>
        <source>Bookings, visits, invoices, payments, consents and treatment notes of the card on the right move to the card on the left. Empty fields on the left are filled from the right; nothing on the left is overwritten. The right card is archived.</source>
        <translation>Oikeanpuoleisen kortin ajanvaraukset, käynnit, laskut, maksut, suostumukset ja hoitotiedot siirtyvät vasemmanpuoleiselle kortille. Vasemman kortin tyhjät kentät täytetään oikean kortin tiedoilla; vasemman kortin tietoja ei korvata. Oikeanpuoleinen kortti arkistoidaan.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/merge_dialog.py" line="139"/>
        <source>Keep this card</source>
        <translation>Säilytä tämä kortti</translation>
    </message>
    <message>
        <location filename="../../ui/clients/merge_dialog.py" line="141"/>
        <source>Merge this card into it</source>
        <translation>Yhdistä tämä kortti säilytettävään</translation>
    </message>
    <message>
        <location filename="../../ui/clients/merge_dialog.py" line="143"/>
        <source>Swap</source>
        <translation>Vaihda päittäin</translation>
    </message>
    <message>
        <location filename="../../ui/clients/merge_dialog.py" line="151"/>
        <source>Merge</source>
        <translation>Yhdistä</translation>
    </message>
</context>
<context>
    <name>NewClientDialog</name>
    <message>
        <location filename="../../ui/clients/new_client_dialog.py" line="34"/>
        <source>New client</source>
        <translation>Uusi asiakas</translation>
    </message>
    <message>
        <location filename="../../ui/clients/new_client_dialog.py" line="46"/>
        <source>First name</source>
        <translation>Etunimi</translation>
    </message>
    <message>
        <location filename="../../ui/clients/new_client_dialog.py" line="47"/>
        <source>Last name</source>
        <translation>Sukunimi</translation>
    </message>
    <message>
        <location filename="../../ui/clients/new_client_dialog.py" line="48"/>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location filename="../../ui/clients/new_client_dialog.py" line="49"/>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <location filename="../../ui/clients/new_client_dialog.py" line="50"/>
        <source>Birth date</source>
        <translation>Syntymäaika</translation>
    </message>
    <message>
        <location filename="../../ui/clients/new_client_dialog.py" line="55"/>
        <source>A client in the register looks like the same person. Open the existing card, or create a new client anyway.</source>
        <translation>Rekisterissä on asiakas, joka näyttää samalta henkilöltä. Avaa olemassa oleva kortti tai luo silti uusi asiakas.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/new_client_dialog.py" line="61"/>
        <source>Open existing card</source>
        <translation>Avaa olemassa oleva kortti</translation>
    </message>
    <message>
        <location filename="../../ui/clients/new_client_dialog.py" line="103"/>
        <source>Create anyway</source>
        <translation>Luo silti</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../ui/clients/notes_tab.py" line="40"/>
        <source>New treatment note</source>
        <translation>Uusi hoitomerkintä</translation>
    </message>
    <message>
        <location filename="../../ui/clients/notes_tab.py" line="41"/>
        <source>Correct treatment note</source>
        <translation>Korjaa hoitomerkintää</translation>
    </message>
    <message>
        <location filename="../../ui/clients/notes_tab.py" line="46"/>
        <source>The client has accepted storing this</source>
        <translation>Asiakas on hyväksynyt tämän tallentamisen</translation>
    </message>
    <message>
        <location filename="../../ui/clients/notes_tab.py" line="48"/>
        <source>Belongs in the Kanta archive</source>
        <translation>Kuuluu Kanta-arkistoon</translation>
    </message>
    <message>
        <location filename="../../ui/clients/notes_tab.py" line="50"/>
        <source>Note</source>
        <translation>Merkintä</translation>
    </message>
    <message>
        <location filename="../../ui/clients/notes_tab.py" line="58"/>
        <source>The earlier version is kept as it was; this one replaces it.</source>
        <translation>Aiempi versio säilyy ennallaan; tämä korvaa sen.</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../../ui/clients/notes_tab.py" line="91"/>
        <source>New note…</source>
        <translation>Uusi merkintä…</translation>
    </message>
    <message>
        <location filename="../../ui/clients/notes_tab.py" line="94"/>
        <source>Correct…</source>
        <translation>Korjaa…</translation>
    </message>
    <message>
        <location filename="../../ui/clients/notes_tab.py" line="97"/>
        <source>Give a reason…</source>
        <translation>Anna syy…</translation>
    </message>
    <message>
        <location filename="../../ui/clients/notes_tab.py" line="100"/>
        <source>Show earlier versions</source>
        <translation>Näytä aiemmat versiot</translation>
    </message>
    <message>
        <location filename="../../ui/clients/notes_tab.py" line="154"/>
        <source>Treatment notes</source>
        <translation>Hoitotiedot</translation>
    </message>
    <message>
        <location filename="../../ui/clients/notes_tab.py" line="155"/>
        <source>This client is treated by another practitioner. Why do you need to read the notes? The reason is logged.</source>
        <translation>Tätä asiakasta hoitaa toinen ammatinharjoittaja. Miksi tarvitset hoitotiedot? Syy kirjataan lokiin.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/notes_tab.py" line="178"/>
        <source>The notes of another practitioner&apos;s client are shown only with a reason.</source>
        <translation>Toisen ammatinharjoittajan asiakkaan hoitotiedot näytetään vain, kun syy on annettu.</translation>
    </message>
</context>
<context>
    <name>OwnerPage</name>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="161"/>
        <source>Owner&apos;s user account</source>
        <translation>Omistajan käyttäjätili</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="162"/>
        <source>User name</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="163"/>
        <source>Full name</source>
        <translation>Koko nimi</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="164"/>
        <source>Password</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="165"/>
        <source>Password again</source>
        <translation>Salasana uudelleen</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="168"/>
        <source>The owner manages staff, settings, invoices and backups.
Password rules: at least 8 characters; common passwords are refused. A short sentence is easy to remember and hard to guess.</source>
        <translation>Omistaja hallinnoi henkilökuntaa, asetuksia, laskuja ja varmuuskopioita.
Salasanan säännöt: vähintään 8 merkkiä; yleisiä salasanoja ei hyväksytä. Lyhyt lause on helppo muistaa ja vaikea arvata.</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="180"/>
        <source>The passwords do not match.</source>
        <translation>Salasanat eivät täsmää.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../ui/admin/staff_page.py" line="101"/>
        <source>Reset password</source>
        <translation>Nollaa salasana</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_page.py" line="105"/>
        <source>Staff member</source>
        <translation>Työntekijä</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_page.py" line="106"/>
        <source>New temporary password</source>
        <translation>Uusi väliaikainen salasana</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_page.py" line="107"/>
        <source>Password again</source>
        <translation>Salasana uudelleen</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_page.py" line="112"/>
        <source>The passwords do not match.</source>
        <translation>Salasanat eivät täsmää.</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../ui/admin/profile_page.py" line="28"/>
        <source>Business name</source>
        <translation>Yrityksen nimi</translation>
    </message>
    <message>
        <location filename="../../ui/admin/profile_page.py" line="29"/>
        <source>Business ID (Y-tunnus)</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <location filename="../../ui/admin/profile_page.py" line="30"/>
        <source>Street address</source>
        <translation>Katuosoite</translation>
    </message>
    <message>
        <location filename="../../ui/admin/profile_page.py" line="31"/>
        <source>Postal code</source>
        <translation>Postinumero</translation>
    </message>
    <message>
        <location filename="../../ui/admin/profile_page.py" line="32"/>
        <source>City</source>
        <translation>Postitoimipaikka</translation>
    </message>
    <message>
        <location filename="../../ui/admin/profile_page.py" line="33"/>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location filename="../../ui/admin/profile_page.py" line="34"/>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <location filename="../../ui/admin/profile_page.py" line="35"/>
        <source>Website</source>
        <translation>Verkkosivut</translation>
    </message>
    <message>
        <location filename="../../ui/admin/profile_page.py" line="36"/>
        <source>Bank account (IBAN)</source>
        <translation>Pankkitili (IBAN)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/profile_page.py" line="37"/>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <location filename="../../ui/admin/profile_page.py" line="38"/>
        <source>Contact person of the register</source>
        <translation>Rekisterin yhteyshenkilö</translation>
    </message>
    <message>
        <location filename="../../ui/admin/profile_page.py" line="39"/>
        <source>Contact person&apos;s email</source>
        <translation>Yhteyshenkilön sähköposti</translation>
    </message>
    <message>
        <location filename="../../ui/admin/profile_page.py" line="40"/>
        <source>Contact person&apos;s phone</source>
        <translation>Yhteyshenkilön puhelin</translation>
    </message>
    <message>
        <location filename="../../ui/admin/profile_page.py" line="57"/>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <location filename="../../ui/admin/profile_page.py" line="60"/>
        <source>Revert</source>
        <translation>Peru muutokset</translation>
    </message>
    <message>
        <location filename="../../ui/admin/profile_page.py" line="92"/>
        <source>Business profile saved.</source>
        <translation>Yrityksen tiedot tallennettu.</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <location filename="../../ui/admin/rooms_page.py" line="19"/>
        <source>Add room</source>
        <translation>Lisää huone</translation>
    </message>
    <message>
        <location filename="../../ui/admin/rooms_page.py" line="19"/>
        <source>Edit room</source>
        <translation>Muokkaa huonetta</translation>
    </message>
    <message>
        <location filename="../../ui/admin/rooms_page.py" line="23"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../ui/admin/rooms_page.py" line="24"/>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
</context>
<context>
    <name>RoomsPage</name>
    <message>
        <location filename="../../ui/admin/rooms_page.py" line="38"/>
        <source>Add…</source>
        <translation>Lisää…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/rooms_page.py" line="39"/>
        <source>Edit…</source>
        <translation>Muokkaa…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/rooms_page.py" line="41"/>
        <location filename="../../ui/admin/rooms_page.py" line="53"/>
        <source>Deactivate</source>
        <translation>Poista käytöstä</translation>
    </message>
    <message>
        <location filename="../../ui/admin/rooms_page.py" line="52"/>
        <source>Activate</source>
        <translation>Ota käyttöön</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../../ui/admin/services_page.py" line="43"/>
        <source>Add service</source>
        <translation>Lisää palvelu</translation>
    </message>
    <message>
        <location filename="../../ui/admin/services_page.py" line="43"/>
        <source>Edit service</source>
        <translation>Muokkaa palvelua</translation>
    </message>
    <message>
        <location filename="../../ui/admin/services_page.py" line="57"/>
        <source>Needs a room</source>
        <translation>Vaatii huoneen</translation>
    </message>
    <message>
        <location filename="../../ui/admin/services_page.py" line="71"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../ui/admin/services_page.py" line="72"/>
        <source>Duration</source>
        <translation>Kesto</translation>
    </message>
    <message>
        <location filename="../../ui/admin/services_page.py" line="73"/>
        <source>Price (VAT included)</source>
        <translation>Hinta (sis. ALV)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/services_page.py" line="74"/>
        <source>VAT class</source>
        <translation>ALV-luokka</translation>
    </message>
    <message>
        <location filename="../../ui/admin/services_page.py" line="75"/>
        <source>Buffer before</source>
        <translation>Puskuriaika ennen</translation>
    </message>
    <message>
        <location filename="../../ui/admin/services_page.py" line="76"/>
        <source>Buffer after</source>
        <translation>Puskuriaika jälkeen</translation>
    </message>
    <message>
        <location filename="../../ui/admin/services_page.py" line="77"/>
        <source>Colour in the calendar</source>
        <translation>Väri kalenterissa</translation>
    </message>
    <message>
        <location filename="../../ui/admin/services_page.py" line="79"/>
        <source>Practitioners</source>
        <translation>Ammatinharjoittajat</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <location filename="../../ui/admin/services_page.py" line="121"/>
        <source>Add…</source>
        <translation>Lisää…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/services_page.py" line="122"/>
        <source>Edit…</source>
        <translation>Muokkaa…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/services_page.py" line="124"/>
        <location filename="../../ui/admin/services_page.py" line="138"/>
        <source>Deactivate</source>
        <translation>Poista käytöstä</translation>
    </message>
    <message>
        <location filename="../../ui/admin/services_page.py" line="137"/>
        <source>Activate</source>
        <translation>Ota käyttöön</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="57"/>
        <source>Lock the window after idle</source>
        <translation>Lukitse ikkuna käyttämättömänä</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="58"/>
        <source>Calendar grid</source>
        <translation>Kalenterin aikaruudukko</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="59"/>
        <source>Language on this computer</source>
        <translation>Kieli tällä tietokoneella</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="64"/>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="108"/>
        <source>Settings saved.</source>
        <translation>Asetukset tallennettu.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="118"/>
        <source>Some texts change to the new language only after the program is restarted.</source>
        <translation>Osa teksteistä vaihtuu uudelle kielelle vasta, kun ohjelma käynnistetään uudelleen.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="232"/>
        <source>Set up Vastaanotto</source>
        <translation>Vastaanotto-ohjelman käyttöönotto</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../ui/admin/staff_page.py" line="36"/>
        <source>Add staff member</source>
        <translation>Lisää työntekijä</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_page.py" line="37"/>
        <source>Edit staff member</source>
        <translation>Muokkaa työntekijän tietoja</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_page.py" line="54"/>
        <source>User name</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_page.py" line="55"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_page.py" line="56"/>
        <source>Title</source>
        <translation>Ammattinimike</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_page.py" line="57"/>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_page.py" line="58"/>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_page.py" line="59"/>
        <source>Colour in the calendar</source>
        <translation>Väri kalenterissa</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_page.py" line="60"/>
        <source>Roles</source>
        <translation>Roolit</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_page.py" line="67"/>
        <source>Temporary password</source>
        <translation>Väliaikainen salasana</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_page.py" line="68"/>
        <source>Password again</source>
        <translation>Salasana uudelleen</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_page.py" line="91"/>
        <source>The passwords do not match.</source>
        <translation>Salasanat eivät täsmää.</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../../ui/admin/staff_page.py" line="121"/>
        <source>Add…</source>
        <translation>Lisää…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_page.py" line="122"/>
        <source>Edit…</source>
        <translation>Muokkaa…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_page.py" line="124"/>
        <source>Reset password…</source>
        <translation>Nollaa salasana…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_page.py" line="126"/>
        <location filename="../../ui/admin/staff_page.py" line="140"/>
        <location filename="../../ui/admin/staff_page.py" line="160"/>
        <source>Deactivate</source>
        <translation>Poista käytöstä</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_page.py" line="128"/>
        <source>Unlock</source>
        <translation>Avaa lukitus</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_page.py" line="139"/>
        <source>Activate</source>
        <translation>Ota käyttöön</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_page.py" line="161"/>
        <source>%1 can no longer log in. Their bookings and history are kept. Deactivate?</source>
        <translation>%1 ei voi enää kirjautua sisään. Hänen ajanvarauksensa ja historiatietonsa säilyvät. Poistetaanko käytöstä?</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="187"/>
        <source>Summary</source>
        <translation>Yhteenveto</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="188"/>
        <source>Check the details. Finish creates the practice.</source>
        <translation>Tarkista tiedot. Valmis-painike luo vastaanoton.</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="206"/>
        <source>Owner&apos;s user name</source>
        <translation>Omistajan käyttäjätunnus</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="207"/>
        <source>Owner&apos;s name</source>
        <translation>Omistajan nimi</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../ui/tasks.py" line="141"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="143"/>
        <source>Working</source>
        <translation>Käsitellään</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="164"/>
        <location filename="../../ui/tasks.py" line="174"/>
        <source>Cancelling…</source>
        <translation>Peruutetaan…</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="94"/>
        <source>Welcome to Vastaanotto</source>
        <translation>Tervetuloa Vastaanotto-ohjelmaan</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="97"/>
        <source>This computer has no practice yet. The next pages ask for the business details printed on invoices and in the privacy notice, the bank account for payments, and the owner&apos;s user account.

Nothing is saved until you press Finish on the last page.</source>
        <translation>Tällä tietokoneella ei ole vielä vastaanottoa. Seuraavilla sivuilla kysytään laskuihin ja tietosuojaselosteeseen tulostettavat yrityksen tiedot, pankkitili maksuja varten sekä omistajan käyttäjätili.

Mitään ei tallenneta ennen kuin painat viimeisellä sivulla Valmis.</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../ui/actions.py" line="49"/>
        <source>&amp;Calendar</source>
        <translation>&amp;Kalenteri</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="51"/>
        <source>C&amp;lients</source>
        <translation>&amp;Asiakkaat</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="52"/>
        <source>&amp;Billing</source>
        <translation>&amp;Laskutus</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="53"/>
        <source>&amp;Administration</source>
        <translation>&amp;Ylläpito</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="55"/>
        <source>&amp;Today</source>
        <translation>&amp;Tänään</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="56"/>
        <source>&amp;New booking…</source>
        <translation>&amp;Uusi ajanvaraus…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="58"/>
        <source>&amp;Find client…</source>
        <translation>&amp;Etsi asiakas…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="60"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lukitse</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="61"/>
        <source>Log &amp;out</source>
        <translation>&amp;Kirjaudu ulos</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="62"/>
        <source>&amp;Quit</source>
        <translation>L&amp;opeta</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="63"/>
        <source>&amp;About Vastaanotto</source>
        <translation>&amp;Tietoja Vastaanotto-ohjelmasta</translation>
    </message>
</context>
<context>
    <name>admin</name>
    <message>
        <location filename="../../ui/admin/common.py" line="53"/>
        <source>Check the fields marked in red.</source>
        <translation>Tarkista punaisella merkityt kentät.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models.py" line="34"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models.py" line="35"/>
        <source>User name</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models.py" line="36"/>
        <source>Roles</source>
        <translation>Roolit</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models.py" line="37"/>
        <location filename="../../ui/admin/models.py" line="85"/>
        <location filename="../../ui/admin/models.py" line="116"/>
        <source>Active</source>
        <translation>Käytössä</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models.py" line="38"/>
        <source>Locked</source>
        <translation>Lukittu</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models.py" line="78"/>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models.py" line="79"/>
        <source>Duration</source>
        <translation>Kesto</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models.py" line="80"/>
        <source>Price</source>
        <translation>Hinta</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models.py" line="81"/>
        <source>VAT class</source>
        <translation>ALV-luokka</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models.py" line="82"/>
        <source>Buffers</source>
        <translation>Puskuriajat</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models.py" line="83"/>
        <source>Needs room</source>
        <translation>Vaatii huoneen</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models.py" line="84"/>
        <source>Practitioners</source>
        <translation>Ammatinharjoittajat</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models.py" line="92"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models.py" line="114"/>
        <source>Room</source>
        <translation>Huone</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models.py" line="115"/>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <location filename="../../ui/calendar/overview_view.py" line="47"/>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/overview_view.py" line="48"/>
        <source>Practitioner</source>
        <translation>Ammatinharjoittaja</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/overview_view.py" line="49"/>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/overview_view.py" line="50"/>
        <source>Room</source>
        <translation>Huone</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/overview_view.py" line="51"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
</context>
<context>
    <name>clients</name>
    <message>
        <location filename="../../ui/clients/common.py" line="63"/>
        <source>Not recorded</source>
        <translation>Ei kirjattu</translation>
    </message>
    <message>
        <location filename="../../ui/clients/common.py" line="64"/>
        <source>Female</source>
        <translation>Nainen</translation>
    </message>
    <message>
        <location filename="../../ui/clients/common.py" line="65"/>
        <source>Male</source>
        <translation>Mies</translation>
    </message>
    <message>
        <location filename="../../ui/clients/common.py" line="66"/>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <location filename="../../ui/clients/common.py" line="67"/>
        <source>Does not want to say</source>
        <translation>Ei halua kertoa</translation>
    </message>
    <message>
        <location filename="../../ui/clients/common.py" line="71"/>
        <source>Finnish</source>
        <translation>Suomi</translation>
    </message>
    <message>
        <location filename="../../ui/clients/common.py" line="72"/>
        <source>Swedish</source>
        <translation>Ruotsi</translation>
    </message>
    <message>
        <location filename="../../ui/clients/common.py" line="73"/>
        <source>English</source>
        <translation>Englanti</translation>
    </message>
    <message>
        <location filename="../../ui/clients/common.py" line="77"/>
        <source>Appointment reminders</source>
        <translation>Ajanvarausmuistutukset</translation>
    </message>
    <message>
        <location filename="../../ui/clients/common.py" line="78"/>
        <source>Marketing by email</source>
        <translation>Markkinointi sähköpostitse</translation>
    </message>
    <message>
        <location filename="../../ui/clients/common.py" line="79"/>
        <source>Marketing by SMS</source>
        <translation>Markkinointi tekstiviestillä</translation>
    </message>
    <message>
        <location filename="../../ui/clients/common.py" line="80"/>
        <source>Storing treatment data</source>
        <translation>Hoitotietojen tallentaminen</translation>
    </message>
    <message>
        <location filename="../../ui/clients/common.py" line="84"/>
        <source>By phone</source>
        <translation>Puhelimitse</translation>
    </message>
    <message>
        <location filename="../../ui/clients/common.py" line="85"/>
        <source>In person</source>
        <translation>Henkilökohtaisesti</translation>
    </message>
    <message>
        <location filename="../../ui/clients/common.py" line="86"/>
        <source>On a form</source>
        <translation>Lomakkeella</translation>
    </message>
    <message>
        <location filename="../../ui/clients/common.py" line="87"/>
        <source>By email</source>
        <translation>Sähköpostitse</translation>
    </message>
    <message>
        <location filename="../../ui/clients/common.py" line="88"/>
        <source>Online</source>
        <translation>Verkossa</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="52"/>
        <source>When</source>
        <translation>Aika</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="53"/>
        <source>Consent</source>
        <translation>Suostumus</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="54"/>
        <location filename="../../ui/clients/models.py" line="209"/>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="55"/>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="56"/>
        <source>Recorded by</source>
        <translation>Kirjaaja</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="65"/>
        <source>Given</source>
        <translation>Annettu</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="66"/>
        <source>Withdrawn</source>
        <translation>Peruutettu</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="87"/>
        <source>Written</source>
        <translation>Kirjoitettu</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="88"/>
        <source>Author</source>
        <translation>Kirjoittaja</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="89"/>
        <source>Version</source>
        <translation>Versio</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="90"/>
        <source>Stored because</source>
        <translation>Tallennusperuste</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="91"/>
        <source>Note</source>
        <translation>Merkintä</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="101"/>
        <source>%1 (replaced)</source>
        <translation>%1 (korvattu)</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="106"/>
        <source>client accepted</source>
        <translation>asiakas hyväksynyt</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="108"/>
        <source>Kanta</source>
        <translation>Kanta</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="117"/>
        <source>Credit note</source>
        <translation>Hyvityslasku</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="119"/>
        <source>Draft</source>
        <translation>Luonnos</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="121"/>
        <source>Credited</source>
        <translation>Hyvitetty</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="123"/>
        <source>Overpaid</source>
        <translation>Liikaa maksettu</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="125"/>
        <source>Paid</source>
        <translation>Maksettu</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="127"/>
        <source>Overdue</source>
        <translation>Erääntynyt</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="128"/>
        <source>Open</source>
        <comment>invoice state: not yet paid</comment>
        <translation>Avoin</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="132"/>
        <source>Cash</source>
        <translation>Käteinen</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="133"/>
        <source>Card</source>
        <translation>Kortti</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="134"/>
        <source>MobilePay</source>
        <translation>MobilePay</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="135"/>
        <source>Gift card</source>
        <translation>Lahjakortti</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="136"/>
        <source>Bank transfer</source>
        <translation>Tilisiirto</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="148"/>
        <location filename="../../ui/clients/models.py" line="176"/>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="149"/>
        <location filename="../../ui/clients/models.py" line="177"/>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="150"/>
        <location filename="../../ui/clients/models.py" line="178"/>
        <source>Practitioner</source>
        <translation>Ammatinharjoittaja</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="151"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="164"/>
        <source>%1, late</source>
        <translation>%1, myöhään</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="204"/>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="205"/>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="206"/>
        <source>Due</source>
        <translation>Eräpäivä</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="207"/>
        <source>Total</source>
        <translation>Yhteensä</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="208"/>
        <source>Open</source>
        <comment>column: amount still unpaid</comment>
        <translation>Avoinna</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="237"/>
        <source>Received</source>
        <translation>Vastaanotettu</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="238"/>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="239"/>
        <source>Method</source>
        <translation>Maksutapa</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="240"/>
        <source>Invoice</source>
        <translation>Lasku</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="314"/>
        <source>Same phone or email as row %1.</source>
        <translation>Sama puhelin tai sähköposti kuin rivillä %1.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="318"/>
        <source>A client with the same phone or email is already in the register; merge them after the import if they are the same person.</source>
        <translation>Rekisterissä on jo asiakas, jolla on sama puhelin tai sähköposti; yhdistä asiakkaat tuonnin jälkeen, jos he ovat sama henkilö.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="335"/>
        <source>Row</source>
        <translation>Rivi</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="336"/>
        <source>Problem</source>
        <translation>Ongelma</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="337"/>
        <source>Field</source>
        <translation>Kenttä</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="338"/>
        <source>Message</source>
        <translation>Viesti</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="345"/>
        <source>Error</source>
        <translation>Virhe</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="345"/>
        <source>Warning</source>
        <translation>Varoitus</translation>
    </message>
    <message>
        <location filename="../../ui/clients/search_model.py" line="40"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../ui/clients/search_model.py" line="41"/>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location filename="../../ui/clients/search_model.py" line="42"/>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <location filename="../../ui/clients/search_model.py" line="43"/>
        <source>Birth date</source>
        <translation>Syntymäaika</translation>
    </message>
    <message>
        <location filename="../../ui/clients/search_model.py" line="44"/>
        <source>Identity code</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <location filename="../../ui/clients/search_model.py" line="50"/>
        <source>%1 (archived)</source>
        <translation>%1 (arkistoitu)</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/errors.py" line="19"/>
        <location filename="../../ui/errors.py" line="32"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="20"/>
        <source>Business ID (Y-tunnus)</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="21"/>
        <source>Street address</source>
        <translation>Katuosoite</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="22"/>
        <source>Postal code</source>
        <translation>Postinumero</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="23"/>
        <source>City</source>
        <translation>Postitoimipaikka</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="24"/>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="25"/>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="26"/>
        <source>Contact person of the register</source>
        <translation>Rekisterin yhteyshenkilö</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="27"/>
        <source>Contact person&apos;s email</source>
        <translation>Yhteyshenkilön sähköposti</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="28"/>
        <source>Contact person&apos;s phone</source>
        <translation>Yhteyshenkilön puhelin</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="29"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="30"/>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="31"/>
        <source>User name</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="33"/>
        <source>Password</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="34"/>
        <source>Roles</source>
        <translation>Roolit</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="35"/>
        <source>Colour</source>
        <translation>Väri</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="36"/>
        <source>Duration</source>
        <translation>Kesto</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="37"/>
        <source>Price</source>
        <translation>Hinta</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="38"/>
        <source>Buffer before</source>
        <translation>Puskuriaika ennen</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="39"/>
        <source>Buffer after</source>
        <translation>Puskuriaika jälkeen</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="40"/>
        <source>VAT class</source>
        <translation>ALV-luokka</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="41"/>
        <source>Opening hours</source>
        <translation>Aukioloajat</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="42"/>
        <source>Practitioners</source>
        <translation>Ammatinharjoittajat</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="44"/>
        <source>Personal identity code</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="45"/>
        <source>First name</source>
        <translation>Etunimi</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="46"/>
        <source>Last name</source>
        <translation>Sukunimi</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="47"/>
        <source>Birth date</source>
        <translation>Syntymäaika</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="48"/>
        <source>Birth year</source>
        <translation>Syntymävuosi</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="49"/>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="50"/>
        <source>Gender</source>
        <translation>Sukupuoli</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="51"/>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="52"/>
        <source>Billing name</source>
        <translation>Laskutusnimi</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="53"/>
        <source>Billing address</source>
        <translation>Laskutusosoite</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="54"/>
        <source>Billing postal code</source>
        <translation>Laskutusosoitteen postinumero</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="55"/>
        <source>Billing city</source>
        <translation>Laskutusosoitteen postitoimipaikka</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="56"/>
        <source>Paying company</source>
        <translation>Maksava yritys</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="57"/>
        <source>Paying company&apos;s business ID</source>
        <translation>Maksavan yrityksen Y-tunnus</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="58"/>
        <source>E-invoice address</source>
        <translation>Verkkolaskuosoite</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="59"/>
        <source>E-invoice operator</source>
        <translation>Verkkolaskuvälittäjä</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="60"/>
        <source>Reference</source>
        <translation>Viitenumero</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="61"/>
        <source>Text</source>
        <translation>Teksti</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="62"/>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="63"/>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="64"/>
        <source>Columns</source>
        <translation>Sarakkeet</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="154"/>
        <source>This client is treated by another practitioner. Give a reason; it is logged.</source>
        <translation>Asiakasta hoitaa toinen ammatinharjoittaja. Kirjoita syy; se tallennetaan lokiin.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="66"/>
        <source>Belongs in the Kanta archive</source>
        <translation>Kuuluu Kanta-arkistoon</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="67"/>
        <source>Visit</source>
        <translation>Käynti</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="68"/>
        <source>Language of the headings</source>
        <translation>Otsikoiden kieli</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="77"/>
        <source>This field is required.</source>
        <translation>Tämä kenttä on pakollinen.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="78"/>
        <source>Too long: at most %1 characters.</source>
        <translation>Liian pitkä: enintään %1 merkkiä.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="79"/>
        <source>Contains characters that are not allowed.</source>
        <translation>Sisältää merkkejä, jotka eivät ole sallittuja.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="80"/>
        <source>Not a valid Finnish business ID (Y-tunnus), e.g. 1234567-1.</source>
        <translation>Virheellinen Y-tunnus, esim. 1234567-1.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="81"/>
        <source>Not a valid IBAN. Check the account number.</source>
        <translation>Virheellinen IBAN. Tarkista tilinumero.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="82"/>
        <source>The account must be a Finnish IBAN (starting with FI).</source>
        <translation>Tilin on oltava suomalainen IBAN-tilinumero (alkaa kirjaimilla FI).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="83"/>
        <source>Not a valid BIC code.</source>
        <translation>Virheellinen BIC-koodi.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="84"/>
        <source>Not a valid personal identity code.</source>
        <translation>Virheellinen henkilötunnus.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="85"/>
        <source>Not a valid phone number, e.g. 040 123 4567.</source>
        <translation>Virheellinen puhelinnumero, esim. 040 123 4567.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="86"/>
        <source>Not a valid email address.</source>
        <translation>Virheellinen sähköpostiosoite.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="87"/>
        <source>A Finnish postal code has five digits, e.g. 00100.</source>
        <translation>Suomalaisessa postinumerossa on viisi numeroa, esim. 00100.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="88"/>
        <source>Not a valid amount of money, e.g. 49,90.</source>
        <translation>Virheellinen rahamäärä, esim. 49,90.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="89"/>
        <source>The amount cannot be negative.</source>
        <translation>Summa ei voi olla negatiivinen.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="90"/>
        <source>The amount is too large.</source>
        <translation>Summa on liian suuri.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="91"/>
        <source>The duration must be between 1 minute and 24 hours.</source>
        <translation>Keston on oltava 1 minuutin ja 24 tunnin välillä.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="92"/>
        <source>The amount is too small.</source>
        <translation>Summa on liian pieni.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="93"/>
        <source>The amount must be between 0 and 999 999,99 €.</source>
        <translation>Summan on oltava 0–999 999,99 €.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="94"/>
        <source>Not a valid reference number.</source>
        <translation>Virheellinen viitenumero.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="95"/>
        <source>A reference base has 3–19 digits.</source>
        <translation>Viitenumeron perusosassa on 3–19 numeroa.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="96"/>
        <source>Not a valid due date.</source>
        <translation>Virheellinen eräpäivä.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="97"/>
        <source>Not a valid date, e.g. 21.11.2026.</source>
        <translation>Virheellinen päivämäärä, esim. 21.11.2026.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="98"/>
        <source>The birth date cannot be in the future or before 1880.</source>
        <translation>Syntymäaika ei voi olla tulevaisuudessa eikä ennen vuotta 1880.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="99"/>
        <source>The personal identity code does not match the birth date.</source>
        <translation>Henkilötunnus ei vastaa syntymäaikaa.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="101"/>
        <source>The birth year does not match the birth date.</source>
        <translation>Syntymävuosi ei vastaa syntymäaikaa.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="102"/>
        <source>A buffer must be 0–%1 minutes.</source>
        <translation>Puskuriajan on oltava 0–%1 minuuttia.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="104"/>
        <source>The password must have at least 8 characters.</source>
        <translation>Salasanassa on oltava vähintään 8 merkkiä.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="105"/>
        <source>The password is too long.</source>
        <translation>Salasana on liian pitkä.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="106"/>
        <source>This password is too common. Choose another one.</source>
        <translation>Tämä salasana on liian yleinen. Valitse toinen.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="43"/>
        <source>Idle lock (minutes)</source>
        <translation>Lukitus käyttämättömänä (minuuttia)</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="65"/>
        <source>Client accepted storing the note</source>
        <translation>Asiakas hyväksyi merkinnän tallentamisen</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="107"/>
        <source>Use 2–64 lowercase letters a–z, digits, dots, dashes or underscores.</source>
        <translation>Käytä 2–64 pientä kirjainta a–z, numeroita, pisteitä, väliviivoja tai alaviivoja.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="109"/>
        <source>This user name is already in use.</source>
        <translation>Käyttäjätunnus on jo käytössä.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="110"/>
        <source>This name is already in use.</source>
        <translation>Nimi on jo käytössä.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="111"/>
        <source>Choose a colour.</source>
        <translation>Valitse väri.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="112"/>
        <source>Choose practitioners only.</source>
        <translation>Valitse vain ammatinharjoittajia.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="113"/>
        <source>Opening time must be before closing time.</source>
        <translation>Avautumisajan on oltava ennen sulkeutumisaikaa.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="114"/>
        <source>Opening hours of the same day overlap.</source>
        <translation>Saman päivän aukioloajat menevät päällekkäin.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="115"/>
        <source>Invalid weekday.</source>
        <translation>Virheellinen viikonpäivä.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="116"/>
        <source>Enter a number.</source>
        <translation>Anna luku.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="117"/>
        <source>The value is too small.</source>
        <translation>Arvo on liian pieni.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="118"/>
        <source>The value is too large.</source>
        <translation>Arvo on liian suuri.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="119"/>
        <source>Choose one of the options.</source>
        <translation>Valitse jokin vaihtoehdoista.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="120"/>
        <source>No VAT rate is defined for this date.</source>
        <translation>Tälle päivälle ei ole määritetty ALV-kantaa.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="121"/>
        <source>The quantity cannot be negative on an invoice.</source>
        <translation>Laskulla määrä ei voi olla negatiivinen.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="122"/>
        <source>The quantity cannot be zero.</source>
        <translation>Määrä ei voi olla nolla.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="123"/>
        <source>The invoice has no lines.</source>
        <translation>Laskulla ei ole rivejä.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="124"/>
        <source>The due date cannot be before the invoice date.</source>
        <translation>Eräpäivä ei voi olla ennen laskun päivämäärää.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="125"/>
        <source>One invoice can only contain visits of the same client.</source>
        <translation>Samalla laskulla voi olla vain saman asiakkaan käyntejä.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="127"/>
        <source>The visit has no service to invoice.</source>
        <translation>Käynnillä ei ole laskutettavaa palvelua.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="128"/>
        <source>The invoice line no longer exists.</source>
        <translation>Laskuriviä ei ole enää olemassa.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="129"/>
        <source>The invoice has been issued and cannot be changed. Make a credit note.</source>
        <translation>Lasku on jo vahvistettu, eikä sitä voi muuttaa. Tee hyvityslasku.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="131"/>
        <source>The invoice has not been issued yet.</source>
        <translation>Laskua ei ole vielä vahvistettu.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="132"/>
        <source>This invoice cannot be credited.</source>
        <translation>Tätä laskua ei voi hyvittää.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="133"/>
        <source>The invoice has already been credited.</source>
        <translation>Lasku on jo hyvitetty.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="134"/>
        <source>The credit is larger than what is left of the line.</source>
        <translation>Hyvitys on suurempi kuin rivillä jäljellä oleva summa.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="136"/>
        <source>The visit is already on an invoice.</source>
        <translation>Käynti on jo laskutettu.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="137"/>
        <source>The fonts for PDF documents are missing. Reinstall the program.</source>
        <translation>PDF-asiakirjojen fontit puuttuvat. Asenna ohjelma uudelleen.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="139"/>
        <source>The practitioner already has a booking then.</source>
        <translation>Ammatinharjoittajalla on jo varaus tähän aikaan.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="140"/>
        <source>The room is already booked then.</source>
        <translation>Huone on jo varattu tähän aikaan.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="141"/>
        <source>The client already has a booking then.</source>
        <translation>Asiakkaalla on jo varaus tähän aikaan.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="142"/>
        <source>The practitioner is absent then.</source>
        <translation>Ammatinharjoittaja on poissa tähän aikaan.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="143"/>
        <source>The practice is closed on this public holiday.</source>
        <translation>Vastaanotto on suljettu tänä juhlapyhänä.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="144"/>
        <source>The practice is closed on this day.</source>
        <translation>Vastaanotto on suljettu tänä päivänä.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="145"/>
        <source>The time is outside the opening hours.</source>
        <translation>Aika on aukioloaikojen ulkopuolella.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="146"/>
        <source>The time is outside the practitioner&apos;s working hours.</source>
        <translation>Aika on ammatinharjoittajan työajan ulkopuolella.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="148"/>
        <source>The appointment&apos;s status cannot be changed this way.</source>
        <translation>Ajanvarauksen tilaa ei voi muuttaa näin.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="150"/>
        <source>No free time was found.</source>
        <translation>Vapaita aikoja ei löytynyt.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="151"/>
        <source>This time does not exist: the clocks move forward then.</source>
        <translation>Tätä kellonaikaa ei ole: kelloja siirretään silloin tunnilla eteenpäin.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="153"/>
        <source>The date must be between 2000 and 2100.</source>
        <translation>Päivämäärän on oltava vuosien 2000 ja 2100 välillä.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="157"/>
        <source>Record whether the client accepted storing the note.</source>
        <translation>Kirjaa, onko asiakas hyväksynyt merkinnän tallentamisen.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="159"/>
        <source>This note has a newer version. Edit the newest one.</source>
        <translation>Merkinnästä on uudempi versio. Muokkaa uusinta versiota.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="161"/>
        <source>The client&apos;s card was merged into another card.</source>
        <translation>Asiakkaan kortti on yhdistetty toiseen korttiin.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="162"/>
        <source>The visit does not belong to this client.</source>
        <translation>Käynti ei kuulu tälle asiakkaalle.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="163"/>
        <source>The card has already been merged.</source>
        <translation>Kortti on jo yhdistetty.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="164"/>
        <source>Choose two different cards.</source>
        <translation>Valitse kaksi eri korttia.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="165"/>
        <source>The cards disagree on: %1. Correct one of them first.</source>
        <translation>Korttien tiedot eroavat: %1. Korjaa ensin toinen korteista.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="167"/>
        <source>Some rows are invalid. Nothing was imported; see the report.</source>
        <translation>Osa riveistä on virheellisiä. Mitään ei tuotu; katso raportti.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="169"/>
        <source>The file is empty.</source>
        <translation>Tiedosto on tyhjä.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="170"/>
        <source>The file is too large.</source>
        <translation>Tiedosto on liian suuri.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="171"/>
        <source>The file has too many rows (at most %1).</source>
        <translation>Tiedostossa on liian monta riviä (enintään %1).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="172"/>
        <source>The file&apos;s character encoding is not supported. Save it as UTF-8.</source>
        <translation>Tiedoston merkistökoodausta ei tueta. Tallenna se UTF-8-muodossa.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="174"/>
        <source>The file contains characters that cannot be read. Save it as UTF-8.</source>
        <translation>Tiedostossa on merkkejä, joita ei voi lukea. Tallenna se UTF-8-muodossa.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="176"/>
        <source>The file is not a readable CSV file.</source>
        <translation>Tiedosto ei ole luettava CSV-tiedosto.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="177"/>
        <source>A column choice is not valid.</source>
        <translation>Sarakkeen valinta ei kelpaa.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="178"/>
        <source>Two columns are mapped to %1.</source>
        <translation>Kaksi saraketta on liitetty kenttään %1.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="179"/>
        <source>No column is mapped to %1.</source>
        <translation>Kenttään %1 ei ole liitetty yhtään saraketta.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="180"/>
        <source>Wrong user name or password.</source>
        <translation>Väärä käyttäjätunnus tai salasana.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="181"/>
        <source>You do not have the right to do this. The attempt was logged.</source>
        <translation>Sinulla ei ole oikeutta tähän toimintoon. Yritys kirjattiin lokiin.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="182"/>
        <source>The item no longer exists. It may have been removed at another desk.</source>
        <translation>Kohdetta ei ole enää olemassa. Se on ehkä poistettu toisella työasemalla.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="183"/>
        <source>The practice must keep at least one active owner.</source>
        <translation>Vastaanotolla on oltava vähintään yksi käytössä oleva omistajatili.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="184"/>
        <source>You cannot deactivate your own account.</source>
        <translation>Et voi poistaa omaa tiliäsi käytöstä.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="185"/>
        <source>The practice has already been set up.</source>
        <translation>Vastaanotto on jo otettu käyttöön.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="186"/>
        <source>No secure password store (keyring) is available on this computer.</source>
        <translation>Tällä tietokoneella ei ole käytettävissä suojattua salasanasäilöä (keyring).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="188"/>
        <source>The database cannot be kept on a network drive. Choose a local folder.</source>
        <translation>Tietokantaa ei voi säilyttää verkkolevyllä. Valitse paikallinen kansio.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="190"/>
        <source>The database could not be written. Nothing was saved.</source>
        <translation>Tietokantaan ei voitu kirjoittaa. Mitään ei tallennettu.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="199"/>
        <source>Something went wrong (%1).</source>
        <translation>Jokin meni vikaan (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="210"/>
        <source>The account is locked after too many failed attempts. Ask the owner to unlock it.</source>
        <translation>Tili on lukittu liian monen epäonnistuneen yrityksen vuoksi. Pyydä omistajaa avaamaan lukitus.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/errors.py" line="213"/>
        <source>Too many failed attempts. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Liian monta epäonnistunutta yritystä. Yritä uudelleen %n minuutin kuluttua.</numerusform>
            <numerusform>Liian monta epäonnistunutta yritystä. Yritä uudelleen %n minuutin kuluttua.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="217"/>
        <source>Unexpected error. Nothing was saved.</source>
        <translation>Odottamaton virhe. Mitään ei tallennettu.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="228"/>
        <source>Cannot save</source>
        <translation>Tallennus ei onnistu</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <location filename="../../ui/formatting.py" line="61"/>
        <source>Reception</source>
        <translation>Vastaanottovirkailija</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="62"/>
        <source>Practitioner</source>
        <translation>Ammatinharjoittaja</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="63"/>
        <source>Owner</source>
        <translation>Omistaja</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="74"/>
        <source>General rate</source>
        <translation>Yleinen verokanta</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="75"/>
        <source>Reduced rate (first)</source>
        <translation>Alennettu verokanta (ensimmäinen)</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="76"/>
        <source>Reduced rate (second)</source>
        <translation>Alennettu verokanta (toinen)</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="77"/>
        <source>Health care, exempt</source>
        <translation>Terveydenhuolto, veroton</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="81"/>
        <source>Booked</source>
        <translation>Varattu</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="82"/>
        <source>Arrived</source>
        <translation>Saapunut</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="83"/>
        <source>Completed</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="84"/>
        <source>Cancelled</source>
        <translation>Peruttu</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="85"/>
        <source>No-show</source>
        <translation>Ei saapunut</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="89"/>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="89"/>
        <source>No</source>
        <translation>Ei</translation>
    </message>
</context>
</TS>
