<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AdminView</name>
    <message>
        <location filename="../../ui/admin/admin_view.py" line="38"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_view.py" line="39"/>
        <source>Services</source>
        <translation>Tjänster</translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_view.py" line="40"/>
        <source>Rooms</source>
        <translation>Rum</translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_view.py" line="41"/>
        <source>Opening hours</source>
        <translation>Öppettider</translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_view.py" line="42"/>
        <source>Business profile</source>
        <translation>Företagsuppgifter</translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_view.py" line="43"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
</context>
<context>
    <name>BankPage</name>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="152"/>
        <source>Bank account</source>
        <translation>Bankkonto</translation>
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
        <translation>Kunderna betalar fakturorna till det här kontot.</translation>
    </message>
</context>
<context>
    <name>BillingView</name>
    <message>
        <location filename="../../ui/billing/__init__.py" line="16"/>
        <source>Billing</source>
        <translation>Fakturering</translation>
    </message>
    <message>
        <location filename="../../ui/billing/__init__.py" line="18"/>
        <source>Invoices, payments at the desk, and unpaid and overdue invoices. Not available in this version yet.</source>
        <translation>Fakturor, betalningar i receptionen samt obetalda och förfallna fakturor. Finns ännu inte i den här versionen.</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="51"/>
        <source>New booking</source>
        <translation>Ny bokning</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="61"/>
        <source>&amp;Service</source>
        <translation>&amp;Tjänst</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="64"/>
        <source>&amp;Practitioner</source>
        <translation>&amp;Behandlare</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="67"/>
        <source>Free &amp;times</source>
        <translation>Lediga &amp;tider</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="74"/>
        <source>Name, phone or email</source>
        <translation>Namn, telefon eller e-post</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="76"/>
        <source>C&amp;lient</source>
        <translation>K&amp;und</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="80"/>
        <source>New client…</source>
        <translation>Ny kund…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="90"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="91"/>
        <source>Walk-in</source>
        <translation>Drop-in</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="92"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="93"/>
        <source>Other</source>
        <translation>Annan</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="95"/>
        <source>C&amp;hannel</source>
        <translation>K&amp;anal</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="98"/>
        <source>&amp;Book</source>
        <translation>&amp;Boka</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="153"/>
        <source>Anyone</source>
        <translation>Vem som helst</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="175"/>
        <source>Mon</source>
        <translation>mån</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="175"/>
        <source>Tue</source>
        <translation>tis</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="175"/>
        <source>Wed</source>
        <translation>ons</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="175"/>
        <source>Thu</source>
        <translation>tors</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="176"/>
        <source>Fri</source>
        <translation>fre</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="176"/>
        <source>Sat</source>
        <translation>lör</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="176"/>
        <source>Sun</source>
        <translation>sön</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="177"/>
        <source>%1 %2 at %3 – %4</source>
        <translation>%1 %2 kl. %3 – %4</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="202"/>
        <source>No free times in the next eight weeks.</source>
        <translation>Inga lediga tider under de kommande åtta veckorna.</translation>
    </message>
</context>
<context>
    <name>BusinessPage</name>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="122"/>
        <source>Business</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="123"/>
        <source>These details appear on invoices and in the privacy notice.</source>
        <translation>Uppgifterna visas på fakturor och i dataskyddsbeskrivningen.</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="124"/>
        <source>Business name</source>
        <translation>Företagets namn</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="125"/>
        <source>Business ID (Y-tunnus)</source>
        <translation>FO-nummer</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="127"/>
        <source>Street address</source>
        <translation>Gatuadress</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="128"/>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="129"/>
        <source>City</source>
        <translation>Postort</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="130"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="131"/>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="132"/>
        <source>Website (optional)</source>
        <translation>Webbplats (valfri)</translation>
    </message>
</context>
<context>
    <name>CalendarOverview</name>
    <message>
        <location filename="../../ui/calendar/overview_view.py" line="79"/>
        <source>Previous day</source>
        <translation>Föregående dag</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/overview_view.py" line="82"/>
        <source>Next day</source>
        <translation>Nästa dag</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/overview_view.py" line="84"/>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/overview_view.py" line="133"/>
        <source>%1: %n appointment(s)</source>
        <translation>
            <numerusform>%1: %n bokning</numerusform>
            <numerusform>%1: %n bokningar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientCardDialog</name>
    <message>
        <location filename="../../ui/clients/client_card.py" line="55"/>
        <source>Details</source>
        <translation>Grunduppgifter</translation>
    </message>
    <message>
        <location filename="../../ui/clients/client_card.py" line="56"/>
        <source>Consents</source>
        <translation>Samtycken</translation>
    </message>
    <message>
        <location filename="../../ui/clients/client_card.py" line="57"/>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <location filename="../../ui/clients/client_card.py" line="63"/>
        <source>Treatment notes</source>
        <translation>Vårdanteckningar</translation>
    </message>
    <message>
        <location filename="../../ui/clients/client_card.py" line="77"/>
        <source>Client: %1</source>
        <translation>Kund: %1</translation>
    </message>
    <message>
        <location filename="../../ui/clients/client_card.py" line="78"/>
        <source> (archived)</source>
        <translation> (arkiverad)</translation>
    </message>
    <message>
        <location filename="../../ui/clients/client_card.py" line="125"/>
        <source>The client card was closed</source>
        <translation>Kundkortet stängdes</translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <location filename="../../ui/clients/merge_dialog.py" line="41"/>
        <source>Name, phone or birth date</source>
        <translation>Namn, telefon eller födelsedatum</translation>
    </message>
    <message>
        <location filename="../../ui/clients/merge_dialog.py" line="49"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../ui/clients/merge_dialog.py" line="49"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/clients/merge_dialog.py" line="49"/>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../ui/clients/merge_dialog.py" line="50"/>
        <source>Birth date</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <location filename="../../ui/clients/merge_dialog.py" line="51"/>
        <source>Identity code</source>
        <translation>Personbeteckning</translation>
    </message>
    <message>
        <location filename="../../ui/clients/merge_dialog.py" line="52"/>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location filename="../../ui/clients/merge_dialog.py" line="52"/>
        <source>Billing</source>
        <translation>Fakturering</translation>
    </message>
</context>
<context>
    <name>ClientsView</name>
    <message>
        <location filename="../../ui/clients/clients_view.py" line="81"/>
        <source>Find a client: name, phone, email, birth date or identity code</source>
        <translation>Sök kund: namn, telefon, e-post, födelsedatum eller personbeteckning</translation>
    </message>
    <message>
        <location filename="../../ui/clients/clients_view.py" line="85"/>
        <source>Show archived</source>
        <translation>Visa arkiverade</translation>
    </message>
    <message>
        <location filename="../../ui/clients/clients_view.py" line="122"/>
        <source>New client…</source>
        <translation>Ny kund…</translation>
    </message>
    <message>
        <location filename="../../ui/clients/clients_view.py" line="124"/>
        <source>Open card</source>
        <translation>Öppna kortet</translation>
    </message>
    <message>
        <location filename="../../ui/clients/clients_view.py" line="126"/>
        <source>Merge duplicates…</source>
        <translation>Slå ihop dubbletter…</translation>
    </message>
    <message>
        <location filename="../../ui/clients/clients_view.py" line="130"/>
        <source>Import…</source>
        <translation>Importera…</translation>
    </message>
    <message>
        <location filename="../../ui/clients/clients_view.py" line="132"/>
        <source>Export…</source>
        <translation>Exportera…</translation>
    </message>
    <message>
        <location filename="../../ui/clients/clients_view.py" line="164"/>
        <source>Cannot search</source>
        <translation>Det går inte att söka</translation>
    </message>
    <message>
        <location filename="../../ui/clients/clients_view.py" line="180"/>
        <source>Showing the first %1 clients. Type more to narrow the search.</source>
        <translation>Visar de %1 första kunderna. Skriv mer för att begränsa sökningen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/clients/clients_view.py" line="183"/>
        <source>%n client(s) found.</source>
        <translation>
            <numerusform>%n kund hittades.</numerusform>
            <numerusform>%n kunder hittades.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/clients/clients_view.py" line="244"/>
        <source>Cannot open the client card</source>
        <translation>Det går inte att öppna kundkortet</translation>
    </message>
    <message>
        <location filename="../../ui/clients/clients_view.py" line="291"/>
        <source>Export clients</source>
        <translation>Exportera kunder</translation>
    </message>
    <message>
        <location filename="../../ui/clients/clients_view.py" line="291"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/clients/clients_view.py" line="302"/>
        <location filename="../../ui/clients/clients_view.py" line="307"/>
        <source>Cannot export</source>
        <translation>Det går inte att exportera</translation>
    </message>
    <message>
        <location filename="../../ui/clients/clients_view.py" line="308"/>
        <source>The file could not be written. Choose another folder.</source>
        <translation>Det gick inte att skriva filen. Välj en annan mapp.</translation>
    </message>
</context>
<context>
    <name>ColorButton</name>
    <message>
        <location filename="../../ui/admin/common.py" line="227"/>
        <source>Choose a colour</source>
        <translation>Välj färg</translation>
    </message>
</context>
<context>
    <name>ConsentsTab</name>
    <message>
        <location filename="../../ui/clients/consents_tab.py" line="37"/>
        <source>Current consents</source>
        <translation>Gällande samtycken</translation>
    </message>
    <message>
        <location filename="../../ui/clients/consents_tab.py" line="46"/>
        <source>Forbid direct marketing…</source>
        <translation>Förbjud direktmarknadsföring…</translation>
    </message>
    <message>
        <location filename="../../ui/clients/consents_tab.py" line="49"/>
        <source>The client objects to direct marketing: withdraws both marketing consents.</source>
        <translation>Kunden motsätter sig direktmarknadsföring: båda samtyckena till marknadsföring återkallas.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/consents_tab.py" line="54"/>
        <source>History</source>
        <translation>Samtyckeshistorik</translation>
    </message>
    <message>
        <location filename="../../ui/clients/consents_tab.py" line="73"/>
        <source>Given: %1</source>
        <translation>Lämnat: %1</translation>
    </message>
    <message>
        <location filename="../../ui/clients/consents_tab.py" line="79"/>
        <source>Cannot show the consent history</source>
        <translation>Det går inte att visa samtyckeshistoriken</translation>
    </message>
    <message>
        <location filename="../../ui/clients/consents_tab.py" line="83"/>
        <source>Record consent</source>
        <translation>Registrera samtycke</translation>
    </message>
    <message>
        <location filename="../../ui/clients/consents_tab.py" line="83"/>
        <source>Record withdrawal</source>
        <translation>Registrera återkallat samtycke</translation>
    </message>
    <message>
        <location filename="../../ui/clients/consents_tab.py" line="84"/>
        <source>How did the client give this consent?</source>
        <translation>Hur lämnade kunden det här samtycket?</translation>
    </message>
    <message>
        <location filename="../../ui/clients/consents_tab.py" line="85"/>
        <source>How did the client withdraw this consent?</source>
        <translation>Hur återkallade kunden det här samtycket?</translation>
    </message>
    <message>
        <location filename="../../ui/clients/consents_tab.py" line="107"/>
        <source>Forbid direct marketing</source>
        <translation>Förbjud direktmarknadsföring</translation>
    </message>
    <message>
        <location filename="../../ui/clients/consents_tab.py" line="108"/>
        <source>How did the client forbid direct marketing?</source>
        <translation>Hur förbjöd kunden direktmarknadsföring?</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="139"/>
        <source>Contact person of the register</source>
        <translation>Registrets kontaktperson</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="140"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="141"/>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="142"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="145"/>
        <source>The privacy notice (rekisteriseloste) names this person as the one clients contact about their personal data: access requests, corrections and erasure.</source>
        <translation>I dataskyddsbeskrivningen (registerbeskrivningen) anges den här personen som den som kunderna kontaktar i frågor om sina personuppgifter: begäran om insyn, rättelse och radering.</translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="61"/>
        <source>Practical notes only, never health data.</source>
        <translation>Endast praktiska anteckningar, aldrig hälsouppgifter.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="63"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="64"/>
        <source>Archived (hidden from searches)</source>
        <translation>Arkiverad (dold i sökningar)</translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="74"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="94"/>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="94"/>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="95"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="95"/>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="96"/>
        <source>Street address</source>
        <translation>Gatuadress</translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="96"/>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="97"/>
        <source>City</source>
        <translation>Postort</translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="105"/>
        <source>Gender</source>
        <translation>Kön</translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="106"/>
        <source>Birth year</source>
        <translation>Födelseår</translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="107"/>
        <source>Birth date</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="113"/>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="115"/>
        <source>Shows the whole code. Each view is logged.</source>
        <translation>Visar hela personbeteckningen. Varje visning loggas.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="120"/>
        <source>Personal identity code</source>
        <translation>Personbeteckning</translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="125"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="128"/>
        <source>Billing</source>
        <translation>Fakturering</translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="129"/>
        <source>Billing name</source>
        <translation>Faktureringsnamn</translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="130"/>
        <source>Billing address</source>
        <translation>Faktureringsadress</translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="131"/>
        <source>Billing postal code</source>
        <translation>Faktureringsadressens postnummer</translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="132"/>
        <source>Billing city</source>
        <translation>Faktureringsadressens postort</translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="133"/>
        <source>Paying company</source>
        <translation>Betalande företag</translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="134"/>
        <source>Company&apos;s business ID (Y-tunnus)</source>
        <translation>Betalande företagets FO-nummer</translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="135"/>
        <source>E-invoice address</source>
        <translation>E-fakturaadress</translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="136"/>
        <source>E-invoice operator</source>
        <translation>E-fakturaförmedlare</translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="204"/>
        <source>Show identity code</source>
        <translation>Visa personbeteckning</translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="205"/>
        <source>Why do you need the personal identity code? The reason is logged.</source>
        <translation>Varför behöver du personbeteckningen? Orsaken loggas.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="230"/>
        <source>Not allowed</source>
        <translation>Inte tillåtet</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../ui/clients/history_tab.py" line="59"/>
        <source>Bookings</source>
        <translation>Bokningar</translation>
    </message>
    <message>
        <location filename="../../ui/clients/history_tab.py" line="60"/>
        <source>Visits</source>
        <translation>Besök</translation>
    </message>
    <message>
        <location filename="../../ui/clients/history_tab.py" line="61"/>
        <source>Invoices</source>
        <translation>Fakturor</translation>
    </message>
    <message>
        <location filename="../../ui/clients/history_tab.py" line="62"/>
        <source>Payments</source>
        <translation>Betalningar</translation>
    </message>
    <message>
        <location filename="../../ui/clients/history_tab.py" line="84"/>
        <source>No-shows: %1    Late cancellations: %2</source>
        <translation>Uteblev: %1    Sena avbokningar: %2</translation>
    </message>
    <message>
        <location filename="../../ui/clients/history_tab.py" line="95"/>
        <source>Invoices and payments are not shown to your role.</source>
        <translation>Fakturor och betalningar visas inte för din roll.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/history_tab.py" line="98"/>
        <source>Only invoices of your own visits and their payments are shown.</source>
        <translation>Endast fakturor för dina egna besök och betalningarna av dem visas.</translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <location filename="../../ui/admin/hours_page.py" line="60"/>
        <source>%1 open</source>
        <translation>%1 öppet</translation>
    </message>
    <message>
        <location filename="../../ui/admin/hours_page.py" line="62"/>
        <source>%1 second period</source>
        <translation>%1 andra perioden</translation>
    </message>
    <message>
        <location filename="../../ui/admin/hours_page.py" line="114"/>
        <source>Open</source>
        <translation>Öppet</translation>
    </message>
    <message>
        <location filename="../../ui/admin/hours_page.py" line="114"/>
        <location filename="../../ui/admin/hours_page.py" line="115"/>
        <source>Opens</source>
        <translation>Öppnar</translation>
    </message>
    <message>
        <location filename="../../ui/admin/hours_page.py" line="114"/>
        <location filename="../../ui/admin/hours_page.py" line="115"/>
        <source>Closes</source>
        <translation>Stänger</translation>
    </message>
    <message>
        <location filename="../../ui/admin/hours_page.py" line="115"/>
        <source>Second period</source>
        <translation>Andra perioden</translation>
    </message>
    <message>
        <location filename="../../ui/admin/hours_page.py" line="122"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location filename="../../ui/admin/hours_page.py" line="125"/>
        <source>Revert</source>
        <translation>Ångra ändringar</translation>
    </message>
    <message>
        <location filename="../../ui/admin/hours_page.py" line="145"/>
        <source>Some days have more than two periods. Saving here keeps only the first two of each day.</source>
        <translation>Vissa dagar har fler än två perioder. Om du sparar här behålls bara de två första perioderna för varje dag.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/hours_page.py" line="163"/>
        <source>Opening hours saved.</source>
        <translation>Öppettiderna har sparats.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/hours_page.py" line="176"/>
        <source>Check the days marked in red. Nothing was saved.</source>
        <translation>Kontrollera dagarna som är markerade med rött. Ingenting sparades.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="65"/>
        <source>Import clients</source>
        <translation>Importera kunder</translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="70"/>
        <source>No file chosen.</source>
        <translation>Ingen fil har valts.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="72"/>
        <source>Choose file…</source>
        <translation>Välj fil…</translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="81"/>
        <source>Which field each column fills</source>
        <translation>Vilket fält varje kolumn fyller i</translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="99"/>
        <source>Check</source>
        <translation>Kontrollera</translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="102"/>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="105"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="110"/>
        <source>Checking rows…</source>
        <translation>Kontrollerar rader…</translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="111"/>
        <source>Importing clients…</source>
        <translation>Importerar kunder…</translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="129"/>
        <source>Choose a CSV file</source>
        <translation>Välj en CSV-fil</translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="129"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-filer (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="136"/>
        <source>The file could not be read.</source>
        <translation>Det gick inte att läsa filen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/clients/import_dialog.py" line="155"/>
        <source>%n row(s) to import.</source>
        <translation>
            <numerusform>%n rad att importera.</numerusform>
            <numerusform>%n rader att importera.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="170"/>
        <source>(do not import)</source>
        <translation>(importera inte)</translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="176"/>
        <source>Column %1</source>
        <translation>Kolumn %1</translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="208"/>
        <source>Checking the file</source>
        <translation>Kontrollerar filen</translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="215"/>
        <source>Importing clients</source>
        <translation>Importerar kunder</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/clients/import_dialog.py" line="219"/>
        <source>%n client(s) imported.</source>
        <translation>
            <numerusform>%n kund importerades.</numerusform>
            <numerusform>%n kunder importerades.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/clients/import_dialog.py" line="235"/>
        <source>All %n row(s) can be imported.</source>
        <translation>
            <numerusform>%n rad kan importeras.</numerusform>
            <numerusform>Alla %n rader kan importeras.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="237"/>
        <source>%1 of %2 rows have errors. Nothing will be imported until they are corrected in the file.</source>
        <translation>Rader med fel: %1 av %2. Ingenting importeras förrän felen har rättats i filen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/clients/import_dialog.py" line="241"/>
        <source>%n row(s) have warnings.</source>
        <translation>
            <numerusform>%n rad har varningar.</numerusform>
            <numerusform>%n rader har varningar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/auth/lock_screen.py" line="37"/>
        <source>Locked — %1</source>
        <translation>Låst — %1</translation>
    </message>
    <message>
        <location filename="../../ui/auth/lock_screen.py" line="47"/>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <location filename="../../ui/auth/lock_screen.py" line="54"/>
        <source>Unlock</source>
        <translation>Lås upp</translation>
    </message>
    <message>
        <location filename="../../ui/auth/lock_screen.py" line="57"/>
        <source>Log in as another user</source>
        <translation>Logga in som en annan användare</translation>
    </message>
    <message>
        <location filename="../../ui/auth/lock_screen.py" line="99"/>
        <source>Enter your password.</source>
        <translation>Ange ditt lösenord.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/auth/login_dialog.py" line="56"/>
        <source>Log in — Vastaanotto</source>
        <translation>Logga in — Vastaanotto</translation>
    </message>
    <message>
        <location filename="../../ui/auth/login_dialog.py" line="76"/>
        <source>Log in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <location filename="../../ui/auth/login_dialog.py" line="85"/>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <location filename="../../ui/auth/login_dialog.py" line="86"/>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <location filename="../../ui/auth/login_dialog.py" line="128"/>
        <source>Enter your user name and password.</source>
        <translation>Ange användarnamn och lösenord.</translation>
    </message>
    <message>
        <location filename="../../ui/auth/login_dialog.py" line="163"/>
        <source>Opening the database…</source>
        <translation>Öppnar databasen…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="87"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="87"/>
        <source>Clients</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="88"/>
        <source>Billing</source>
        <translation>Fakturering</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="88"/>
        <source>Admin</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124"/>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141"/>
        <source>Database: %1</source>
        <translation>Databas: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="144"/>
        <source>No secure keyring: audit log not keyed</source>
        <translation>Ingen säker nyckelring: händelseloggen är inte skyddad med nyckel</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148"/>
        <source>The audit trail cannot be protected against tampering until the secret is kept in the operating system&apos;s keyring.</source>
        <translation>Händelseloggen kan inte skyddas mot manipulering förrän hemligheten förvaras i operativsystemets nyckelring.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="254"/>
        <source>About Vastaanotto</source>
        <translation>Om Vastaanotto</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="255"/>
        <source>Vastaanotto %1
Reception, calendar and billing for small Finnish service businesses.</source>
        <translation>Vastaanotto %1
Reception, kalender och fakturering för små finländska serviceföretag.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/clients/merge_dialog.py" line="128"/>
        <source>Merge duplicate clients</source>
        <translation>Slå ihop kunddubbletter</translation>
    </message>
    <message>
        <location filename="../../ui/clients/merge_dialog.py" line="133"/>
        <source>Bookings, visits, invoices, payments, consents and treatment notes of the card on the right move to the card on the left. Empty fields on the left are filled from the right; nothing on the left is overwritten. The right card is archived.</source>
        <translation>Bokningar, besök, fakturor, betalningar, samtycken och vårdanteckningar på kortet till höger flyttas till kortet till vänster. Tomma fält till vänster fylls i från höger; ingenting till vänster skrivs över. Kortet till höger arkiveras.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/merge_dialog.py" line="139"/>
        <source>Keep this card</source>
        <translation>Behåll det här kortet</translation>
    </message>
    <message>
        <location filename="../../ui/clients/merge_dialog.py" line="141"/>
        <source>Merge this card into it</source>
        <translation>Slå ihop det här kortet med det som behålls</translation>
    </message>
    <message>
        <location filename="../../ui/clients/merge_dialog.py" line="143"/>
        <source>Swap</source>
        <translation>Byt plats</translation>
    </message>
    <message>
        <location filename="../../ui/clients/merge_dialog.py" line="151"/>
        <source>Merge</source>
        <translation>Slå ihop</translation>
    </message>
</context>
<context>
    <name>NewClientDialog</name>
    <message>
        <location filename="../../ui/clients/new_client_dialog.py" line="34"/>
        <source>New client</source>
        <translation>Ny kund</translation>
    </message>
    <message>
        <location filename="../../ui/clients/new_client_dialog.py" line="46"/>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <location filename="../../ui/clients/new_client_dialog.py" line="47"/>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <location filename="../../ui/clients/new_client_dialog.py" line="48"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/clients/new_client_dialog.py" line="49"/>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../ui/clients/new_client_dialog.py" line="50"/>
        <source>Birth date</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <location filename="../../ui/clients/new_client_dialog.py" line="55"/>
        <source>A client in the register looks like the same person. Open the existing card, or create a new client anyway.</source>
        <translation>En kund i registret ser ut att vara samma person. Öppna det befintliga kortet eller skapa ändå en ny kund.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/new_client_dialog.py" line="61"/>
        <source>Open existing card</source>
        <translation>Öppna befintligt kort</translation>
    </message>
    <message>
        <location filename="../../ui/clients/new_client_dialog.py" line="103"/>
        <source>Create anyway</source>
        <translation>Skapa ändå</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../ui/clients/notes_tab.py" line="40"/>
        <source>New treatment note</source>
        <translation>Ny vårdanteckning</translation>
    </message>
    <message>
        <location filename="../../ui/clients/notes_tab.py" line="41"/>
        <source>Correct treatment note</source>
        <translation>Rätta vårdanteckning</translation>
    </message>
    <message>
        <location filename="../../ui/clients/notes_tab.py" line="46"/>
        <source>The client has accepted storing this</source>
        <translation>Kunden har godkänt att detta sparas</translation>
    </message>
    <message>
        <location filename="../../ui/clients/notes_tab.py" line="48"/>
        <source>Belongs in the Kanta archive</source>
        <translation>Hör till Kanta-arkivet</translation>
    </message>
    <message>
        <location filename="../../ui/clients/notes_tab.py" line="50"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location filename="../../ui/clients/notes_tab.py" line="58"/>
        <source>The earlier version is kept as it was; this one replaces it.</source>
        <translation>Den tidigare versionen bevaras som den var; den här ersätter den.</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../../ui/clients/notes_tab.py" line="91"/>
        <source>New note…</source>
        <translation>Ny anteckning…</translation>
    </message>
    <message>
        <location filename="../../ui/clients/notes_tab.py" line="94"/>
        <source>Correct…</source>
        <translation>Rätta…</translation>
    </message>
    <message>
        <location filename="../../ui/clients/notes_tab.py" line="97"/>
        <source>Give a reason…</source>
        <translation>Ange orsak…</translation>
    </message>
    <message>
        <location filename="../../ui/clients/notes_tab.py" line="100"/>
        <source>Show earlier versions</source>
        <translation>Visa tidigare versioner</translation>
    </message>
    <message>
        <location filename="../../ui/clients/notes_tab.py" line="154"/>
        <source>Treatment notes</source>
        <translation>Vårdanteckningar</translation>
    </message>
    <message>
        <location filename="../../ui/clients/notes_tab.py" line="155"/>
        <source>This client is treated by another practitioner. Why do you need to read the notes? The reason is logged.</source>
        <translation>Den här kunden behandlas av en annan behandlare. Varför behöver du läsa vårdanteckningarna? Orsaken loggas.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/notes_tab.py" line="178"/>
        <source>The notes of another practitioner&apos;s client are shown only with a reason.</source>
        <translation>Vårdanteckningar om en annan behandlares kund visas bara när en orsak har angetts.</translation>
    </message>
</context>
<context>
    <name>OwnerPage</name>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="161"/>
        <source>Owner&apos;s user account</source>
        <translation>Ägarens användarkonto</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="162"/>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="163"/>
        <source>Full name</source>
        <translation>Fullständigt namn</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="164"/>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="165"/>
        <source>Password again</source>
        <translation>Lösenord igen</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="168"/>
        <source>The owner manages staff, settings, invoices and backups.
Password rules: at least 8 characters; common passwords are refused. A short sentence is easy to remember and hard to guess.</source>
        <translation>Ägaren hanterar personal, inställningar, fakturor och säkerhetskopior.
Lösenordsregler: minst 8 tecken; vanliga lösenord godkänns inte. En kort mening är lätt att komma ihåg och svår att gissa.</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="180"/>
        <source>The passwords do not match.</source>
        <translation>Lösenorden stämmer inte överens.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../ui/admin/staff_page.py" line="101"/>
        <source>Reset password</source>
        <translation>Återställ lösenord</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_page.py" line="105"/>
        <source>Staff member</source>
        <translation>Medarbetare</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_page.py" line="106"/>
        <source>New temporary password</source>
        <translation>Nytt tillfälligt lösenord</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_page.py" line="107"/>
        <source>Password again</source>
        <translation>Lösenord igen</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_page.py" line="112"/>
        <source>The passwords do not match.</source>
        <translation>Lösenorden stämmer inte överens.</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../ui/admin/profile_page.py" line="28"/>
        <source>Business name</source>
        <translation>Företagets namn</translation>
    </message>
    <message>
        <location filename="../../ui/admin/profile_page.py" line="29"/>
        <source>Business ID (Y-tunnus)</source>
        <translation>FO-nummer</translation>
    </message>
    <message>
        <location filename="../../ui/admin/profile_page.py" line="30"/>
        <source>Street address</source>
        <translation>Gatuadress</translation>
    </message>
    <message>
        <location filename="../../ui/admin/profile_page.py" line="31"/>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <location filename="../../ui/admin/profile_page.py" line="32"/>
        <source>City</source>
        <translation>Postort</translation>
    </message>
    <message>
        <location filename="../../ui/admin/profile_page.py" line="33"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/admin/profile_page.py" line="34"/>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../ui/admin/profile_page.py" line="35"/>
        <source>Website</source>
        <translation>Webbplats</translation>
    </message>
    <message>
        <location filename="../../ui/admin/profile_page.py" line="36"/>
        <source>Bank account (IBAN)</source>
        <translation>Bankkonto (IBAN)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/profile_page.py" line="37"/>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <location filename="../../ui/admin/profile_page.py" line="38"/>
        <source>Contact person of the register</source>
        <translation>Registrets kontaktperson</translation>
    </message>
    <message>
        <location filename="../../ui/admin/profile_page.py" line="39"/>
        <source>Contact person&apos;s email</source>
        <translation>Kontaktpersonens e-post</translation>
    </message>
    <message>
        <location filename="../../ui/admin/profile_page.py" line="40"/>
        <source>Contact person&apos;s phone</source>
        <translation>Kontaktpersonens telefon</translation>
    </message>
    <message>
        <location filename="../../ui/admin/profile_page.py" line="57"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location filename="../../ui/admin/profile_page.py" line="60"/>
        <source>Revert</source>
        <translation>Ångra ändringar</translation>
    </message>
    <message>
        <location filename="../../ui/admin/profile_page.py" line="92"/>
        <source>Business profile saved.</source>
        <translation>Företagsuppgifterna har sparats.</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <location filename="../../ui/admin/rooms_page.py" line="19"/>
        <source>Add room</source>
        <translation>Lägg till rum</translation>
    </message>
    <message>
        <location filename="../../ui/admin/rooms_page.py" line="19"/>
        <source>Edit room</source>
        <translation>Redigera rum</translation>
    </message>
    <message>
        <location filename="../../ui/admin/rooms_page.py" line="23"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../ui/admin/rooms_page.py" line="24"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
</context>
<context>
    <name>RoomsPage</name>
    <message>
        <location filename="../../ui/admin/rooms_page.py" line="38"/>
        <source>Add…</source>
        <translation>Lägg till…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/rooms_page.py" line="39"/>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/rooms_page.py" line="41"/>
        <location filename="../../ui/admin/rooms_page.py" line="53"/>
        <source>Deactivate</source>
        <translation>Inaktivera</translation>
    </message>
    <message>
        <location filename="../../ui/admin/rooms_page.py" line="52"/>
        <source>Activate</source>
        <translation>Aktivera</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../../ui/admin/services_page.py" line="43"/>
        <source>Add service</source>
        <translation>Lägg till tjänst</translation>
    </message>
    <message>
        <location filename="../../ui/admin/services_page.py" line="43"/>
        <source>Edit service</source>
        <translation>Redigera tjänst</translation>
    </message>
    <message>
        <location filename="../../ui/admin/services_page.py" line="57"/>
        <source>Needs a room</source>
        <translation>Kräver ett rum</translation>
    </message>
    <message>
        <location filename="../../ui/admin/services_page.py" line="71"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../ui/admin/services_page.py" line="72"/>
        <source>Duration</source>
        <translation>Längd</translation>
    </message>
    <message>
        <location filename="../../ui/admin/services_page.py" line="73"/>
        <source>Price (VAT included)</source>
        <translation>Pris (inkl. moms)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/services_page.py" line="74"/>
        <source>VAT class</source>
        <translation>Momsklass</translation>
    </message>
    <message>
        <location filename="../../ui/admin/services_page.py" line="75"/>
        <source>Buffer before</source>
        <translation>Buffertid före</translation>
    </message>
    <message>
        <location filename="../../ui/admin/services_page.py" line="76"/>
        <source>Buffer after</source>
        <translation>Buffertid efter</translation>
    </message>
    <message>
        <location filename="../../ui/admin/services_page.py" line="77"/>
        <source>Colour in the calendar</source>
        <translation>Färg i kalendern</translation>
    </message>
    <message>
        <location filename="../../ui/admin/services_page.py" line="79"/>
        <source>Practitioners</source>
        <translation>Behandlare</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <location filename="../../ui/admin/services_page.py" line="121"/>
        <source>Add…</source>
        <translation>Lägg till…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/services_page.py" line="122"/>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/services_page.py" line="124"/>
        <location filename="../../ui/admin/services_page.py" line="138"/>
        <source>Deactivate</source>
        <translation>Inaktivera</translation>
    </message>
    <message>
        <location filename="../../ui/admin/services_page.py" line="137"/>
        <source>Activate</source>
        <translation>Aktivera</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="57"/>
        <source>Lock the window after idle</source>
        <translation>Lås fönstret efter inaktivitet</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="58"/>
        <source>Calendar grid</source>
        <translation>Kalenderns tidsrutnät</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="59"/>
        <source>Language on this computer</source>
        <translation>Språk på den här datorn</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="64"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="108"/>
        <source>Settings saved.</source>
        <translation>Inställningarna har sparats.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="118"/>
        <source>Some texts change to the new language only after the program is restarted.</source>
        <translation>Vissa texter byts till det nya språket först när programmet startas om.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="232"/>
        <source>Set up Vastaanotto</source>
        <translation>Ta Vastaanotto i bruk</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../ui/admin/staff_page.py" line="36"/>
        <source>Add staff member</source>
        <translation>Lägg till medarbetare</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_page.py" line="37"/>
        <source>Edit staff member</source>
        <translation>Redigera medarbetare</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_page.py" line="54"/>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_page.py" line="55"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_page.py" line="56"/>
        <source>Title</source>
        <translation>Yrkestitel</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_page.py" line="57"/>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_page.py" line="58"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_page.py" line="59"/>
        <source>Colour in the calendar</source>
        <translation>Färg i kalendern</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_page.py" line="60"/>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_page.py" line="67"/>
        <source>Temporary password</source>
        <translation>Tillfälligt lösenord</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_page.py" line="68"/>
        <source>Password again</source>
        <translation>Lösenord igen</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_page.py" line="91"/>
        <source>The passwords do not match.</source>
        <translation>Lösenorden stämmer inte överens.</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../../ui/admin/staff_page.py" line="121"/>
        <source>Add…</source>
        <translation>Lägg till…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_page.py" line="122"/>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_page.py" line="124"/>
        <source>Reset password…</source>
        <translation>Återställ lösenord…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_page.py" line="126"/>
        <location filename="../../ui/admin/staff_page.py" line="140"/>
        <location filename="../../ui/admin/staff_page.py" line="160"/>
        <source>Deactivate</source>
        <translation>Inaktivera</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_page.py" line="128"/>
        <source>Unlock</source>
        <translation>Lås upp</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_page.py" line="139"/>
        <source>Activate</source>
        <translation>Aktivera</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_page.py" line="161"/>
        <source>%1 can no longer log in. Their bookings and history are kept. Deactivate?</source>
        <translation>%1 kan inte längre logga in. Personens bokningar och historik sparas. Vill du inaktivera?</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="187"/>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="188"/>
        <source>Check the details. Finish creates the practice.</source>
        <translation>Kontrollera uppgifterna. Knappen Färdig skapar mottagningen.</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="206"/>
        <source>Owner&apos;s user name</source>
        <translation>Ägarens användarnamn</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="207"/>
        <source>Owner&apos;s name</source>
        <translation>Ägarens namn</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../ui/tasks.py" line="141"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="143"/>
        <source>Working</source>
        <translation>Bearbetar</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="164"/>
        <location filename="../../ui/tasks.py" line="174"/>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="94"/>
        <source>Welcome to Vastaanotto</source>
        <translation>Välkommen till Vastaanotto</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="97"/>
        <source>This computer has no practice yet. The next pages ask for the business details printed on invoices and in the privacy notice, the bank account for payments, and the owner&apos;s user account.

Nothing is saved until you press Finish on the last page.</source>
        <translation>Den här datorn har ännu ingen mottagning. På följande sidor anger du de företagsuppgifter som skrivs ut på fakturor och i dataskyddsbeskrivningen, bankkontot för betalningar och ägarens användarkonto.

Ingenting sparas förrän du trycker på Färdig på sista sidan.</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../ui/actions.py" line="49"/>
        <source>&amp;Calendar</source>
        <translation>&amp;Kalender</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="51"/>
        <source>C&amp;lients</source>
        <translation>K&amp;under</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="52"/>
        <source>&amp;Billing</source>
        <translation>&amp;Fakturering</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="53"/>
        <source>&amp;Administration</source>
        <translation>&amp;Administration</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="55"/>
        <source>&amp;Today</source>
        <translation>&amp;I dag</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="56"/>
        <source>&amp;New booking…</source>
        <translation>&amp;Ny bokning…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="58"/>
        <source>&amp;Find client…</source>
        <translation>&amp;Sök kund…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="60"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="61"/>
        <source>Log &amp;out</source>
        <translation>Logga &amp;ut</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="62"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="63"/>
        <source>&amp;About Vastaanotto</source>
        <translation>&amp;Om Vastaanotto</translation>
    </message>
</context>
<context>
    <name>admin</name>
    <message>
        <location filename="../../ui/admin/common.py" line="53"/>
        <source>Check the fields marked in red.</source>
        <translation>Kontrollera fälten som är markerade med rött.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models.py" line="34"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models.py" line="35"/>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models.py" line="36"/>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models.py" line="37"/>
        <location filename="../../ui/admin/models.py" line="85"/>
        <location filename="../../ui/admin/models.py" line="116"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models.py" line="38"/>
        <source>Locked</source>
        <translation>Låst</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models.py" line="78"/>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models.py" line="79"/>
        <source>Duration</source>
        <translation>Längd</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models.py" line="80"/>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models.py" line="81"/>
        <source>VAT class</source>
        <translation>Momsklass</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models.py" line="82"/>
        <source>Buffers</source>
        <translation>Buffertider</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models.py" line="83"/>
        <source>Needs room</source>
        <translation>Kräver rum</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models.py" line="84"/>
        <source>Practitioners</source>
        <translation>Behandlare</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models.py" line="92"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models.py" line="114"/>
        <source>Room</source>
        <translation>Rum</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models.py" line="115"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <location filename="../../ui/calendar/overview_view.py" line="47"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/overview_view.py" line="48"/>
        <source>Practitioner</source>
        <translation>Behandlare</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/overview_view.py" line="49"/>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/overview_view.py" line="50"/>
        <source>Room</source>
        <translation>Rum</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/overview_view.py" line="51"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>clients</name>
    <message>
        <location filename="../../ui/clients/common.py" line="63"/>
        <source>Not recorded</source>
        <translation>Inte angivet</translation>
    </message>
    <message>
        <location filename="../../ui/clients/common.py" line="64"/>
        <source>Female</source>
        <translation>Kvinna</translation>
    </message>
    <message>
        <location filename="../../ui/clients/common.py" line="65"/>
        <source>Male</source>
        <translation>Man</translation>
    </message>
    <message>
        <location filename="../../ui/clients/common.py" line="66"/>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <location filename="../../ui/clients/common.py" line="67"/>
        <source>Does not want to say</source>
        <translation>Vill inte uppge</translation>
    </message>
    <message>
        <location filename="../../ui/clients/common.py" line="71"/>
        <source>Finnish</source>
        <translation>Finska</translation>
    </message>
    <message>
        <location filename="../../ui/clients/common.py" line="72"/>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <location filename="../../ui/clients/common.py" line="73"/>
        <source>English</source>
        <translation>Engelska</translation>
    </message>
    <message>
        <location filename="../../ui/clients/common.py" line="77"/>
        <source>Appointment reminders</source>
        <translation>Påminnelser om bokningar</translation>
    </message>
    <message>
        <location filename="../../ui/clients/common.py" line="78"/>
        <source>Marketing by email</source>
        <translation>Marknadsföring per e-post</translation>
    </message>
    <message>
        <location filename="../../ui/clients/common.py" line="79"/>
        <source>Marketing by SMS</source>
        <translation>Marknadsföring per sms</translation>
    </message>
    <message>
        <location filename="../../ui/clients/common.py" line="80"/>
        <source>Storing treatment data</source>
        <translation>Lagring av vårdanteckningar</translation>
    </message>
    <message>
        <location filename="../../ui/clients/common.py" line="84"/>
        <source>By phone</source>
        <translation>Per telefon</translation>
    </message>
    <message>
        <location filename="../../ui/clients/common.py" line="85"/>
        <source>In person</source>
        <translation>Personligen</translation>
    </message>
    <message>
        <location filename="../../ui/clients/common.py" line="86"/>
        <source>On a form</source>
        <translation>På blankett</translation>
    </message>
    <message>
        <location filename="../../ui/clients/common.py" line="87"/>
        <source>By email</source>
        <translation>Per e-post</translation>
    </message>
    <message>
        <location filename="../../ui/clients/common.py" line="88"/>
        <source>Online</source>
        <translation>Via nätet</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="52"/>
        <source>When</source>
        <translation>Tidpunkt</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="53"/>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="54"/>
        <location filename="../../ui/clients/models.py" line="209"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="55"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="56"/>
        <source>Recorded by</source>
        <translation>Registrerad av</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="65"/>
        <source>Given</source>
        <translation>Lämnat</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="66"/>
        <source>Withdrawn</source>
        <translation>Återkallat</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="87"/>
        <source>Written</source>
        <translation>Skriven</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="88"/>
        <source>Author</source>
        <translation>Författare</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="89"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="90"/>
        <source>Stored because</source>
        <translation>Grund för lagring</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="91"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="101"/>
        <source>%1 (replaced)</source>
        <translation>%1 (ersatt)</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="106"/>
        <source>client accepted</source>
        <translation>kunden har godkänt</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="108"/>
        <source>Kanta</source>
        <translation>Kanta</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="117"/>
        <source>Credit note</source>
        <translation>Kreditnota</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="119"/>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="121"/>
        <source>Credited</source>
        <translation>Krediterad</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="123"/>
        <source>Overpaid</source>
        <translation>Överbetald</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="125"/>
        <source>Paid</source>
        <translation>Betald</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="127"/>
        <source>Overdue</source>
        <translation>Förfallen</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="128"/>
        <source>Open</source>
        <comment>invoice state: not yet paid</comment>
        <translation>Öppen</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="132"/>
        <source>Cash</source>
        <translation>Kontant</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="133"/>
        <source>Card</source>
        <translation>Kort</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="134"/>
        <source>MobilePay</source>
        <translation>MobilePay</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="135"/>
        <source>Gift card</source>
        <translation>Presentkort</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="136"/>
        <source>Bank transfer</source>
        <translation>Banköverföring</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="148"/>
        <location filename="../../ui/clients/models.py" line="176"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="149"/>
        <location filename="../../ui/clients/models.py" line="177"/>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="150"/>
        <location filename="../../ui/clients/models.py" line="178"/>
        <source>Practitioner</source>
        <translation>Behandlare</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="151"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="164"/>
        <source>%1, late</source>
        <translation>%1, sent</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="204"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="205"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="206"/>
        <source>Due</source>
        <translation>Förfallodag</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="207"/>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="208"/>
        <source>Open</source>
        <comment>column: amount still unpaid</comment>
        <translation>Obetalt</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="237"/>
        <source>Received</source>
        <translation>Mottagen</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="238"/>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="239"/>
        <source>Method</source>
        <translation>Betalningssätt</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="240"/>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="314"/>
        <source>Same phone or email as row %1.</source>
        <translation>Samma telefon eller e-post som rad %1.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="318"/>
        <source>A client with the same phone or email is already in the register; merge them after the import if they are the same person.</source>
        <translation>En kund med samma telefon eller e-post finns redan i registret; slå ihop dem efter importen om de är samma person.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="335"/>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="336"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="337"/>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="338"/>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="345"/>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="345"/>
        <source>Warning</source>
        <translation>Varning</translation>
    </message>
    <message>
        <location filename="../../ui/clients/search_model.py" line="40"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../ui/clients/search_model.py" line="41"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/clients/search_model.py" line="42"/>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../ui/clients/search_model.py" line="43"/>
        <source>Birth date</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <location filename="../../ui/clients/search_model.py" line="44"/>
        <source>Identity code</source>
        <translation>Personbeteckning</translation>
    </message>
    <message>
        <location filename="../../ui/clients/search_model.py" line="50"/>
        <source>%1 (archived)</source>
        <translation>%1 (arkiverad)</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/errors.py" line="19"/>
        <location filename="../../ui/errors.py" line="32"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="20"/>
        <source>Business ID (Y-tunnus)</source>
        <translation>FO-nummer</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="21"/>
        <source>Street address</source>
        <translation>Gatuadress</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="22"/>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="23"/>
        <source>City</source>
        <translation>Postort</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="24"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="25"/>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="26"/>
        <source>Contact person of the register</source>
        <translation>Registrets kontaktperson</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="27"/>
        <source>Contact person&apos;s email</source>
        <translation>Kontaktpersonens e-post</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="28"/>
        <source>Contact person&apos;s phone</source>
        <translation>Kontaktpersonens telefon</translation>
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
        <translation>Användarnamn</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="33"/>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="34"/>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="35"/>
        <source>Colour</source>
        <translation>Färg</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="36"/>
        <source>Duration</source>
        <translation>Längd</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="37"/>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="38"/>
        <source>Buffer before</source>
        <translation>Buffertid före</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="39"/>
        <source>Buffer after</source>
        <translation>Buffertid efter</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="40"/>
        <source>VAT class</source>
        <translation>Momsklass</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="41"/>
        <source>Opening hours</source>
        <translation>Öppettider</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="42"/>
        <source>Practitioners</source>
        <translation>Behandlare</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="44"/>
        <source>Personal identity code</source>
        <translation>Personbeteckning</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="45"/>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="46"/>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="47"/>
        <source>Birth date</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="48"/>
        <source>Birth year</source>
        <translation>Födelseår</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="49"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="50"/>
        <source>Gender</source>
        <translation>Kön</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="51"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="52"/>
        <source>Billing name</source>
        <translation>Faktureringsnamn</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="53"/>
        <source>Billing address</source>
        <translation>Faktureringsadress</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="54"/>
        <source>Billing postal code</source>
        <translation>Faktureringsadressens postnummer</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="55"/>
        <source>Billing city</source>
        <translation>Faktureringsadressens postort</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="56"/>
        <source>Paying company</source>
        <translation>Betalande företag</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="57"/>
        <source>Paying company&apos;s business ID</source>
        <translation>Betalande företagets FO-nummer</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="58"/>
        <source>E-invoice address</source>
        <translation>E-fakturaadress</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="59"/>
        <source>E-invoice operator</source>
        <translation>E-fakturaförmedlare</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="60"/>
        <source>Reference</source>
        <translation>Referensnummer</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="61"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="62"/>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="63"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="64"/>
        <source>Columns</source>
        <translation>Kolumner</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="154"/>
        <source>This client is treated by another practitioner. Give a reason; it is logged.</source>
        <translation>Kunden behandlas av en annan behandlare. Ange ett skäl; det loggas.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="66"/>
        <source>Belongs in the Kanta archive</source>
        <translation>Hör till Kanta-arkivet</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="67"/>
        <source>Visit</source>
        <translation>Besök</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="68"/>
        <source>Language of the headings</source>
        <translation>Rubrikernas språk</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="77"/>
        <source>This field is required.</source>
        <translation>Fältet är obligatoriskt.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="78"/>
        <source>Too long: at most %1 characters.</source>
        <translation>För lång: högst %1 tecken.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="79"/>
        <source>Contains characters that are not allowed.</source>
        <translation>Innehåller tecken som inte är tillåtna.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="80"/>
        <source>Not a valid Finnish business ID (Y-tunnus), e.g. 1234567-1.</source>
        <translation>Ogiltigt FO-nummer, t.ex. 1234567-1.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="81"/>
        <source>Not a valid IBAN. Check the account number.</source>
        <translation>Ogiltigt IBAN. Kontrollera kontonumret.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="82"/>
        <source>The account must be a Finnish IBAN (starting with FI).</source>
        <translation>Kontot måste vara ett finländskt IBAN-nummer (börjar med FI).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="83"/>
        <source>Not a valid BIC code.</source>
        <translation>Ogiltig BIC-kod.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="84"/>
        <source>Not a valid personal identity code.</source>
        <translation>Ogiltig personbeteckning.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="85"/>
        <source>Not a valid phone number, e.g. 040 123 4567.</source>
        <translation>Ogiltigt telefonnummer, t.ex. 040 123 4567.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="86"/>
        <source>Not a valid email address.</source>
        <translation>Ogiltig e-postadress.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="87"/>
        <source>A Finnish postal code has five digits, e.g. 00100.</source>
        <translation>Ett finländskt postnummer har fem siffror, t.ex. 00100.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="88"/>
        <source>Not a valid amount of money, e.g. 49,90.</source>
        <translation>Ogiltigt belopp, t.ex. 49,90.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="89"/>
        <source>The amount cannot be negative.</source>
        <translation>Beloppet kan inte vara negativt.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="90"/>
        <source>The amount is too large.</source>
        <translation>Beloppet är för stort.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="91"/>
        <source>The duration must be between 1 minute and 24 hours.</source>
        <translation>Längden måste vara mellan 1 minut och 24 timmar.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="92"/>
        <source>The amount is too small.</source>
        <translation>Beloppet är för litet.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="93"/>
        <source>The amount must be between 0 and 999 999,99 €.</source>
        <translation>Beloppet måste vara mellan 0 och 999 999,99 €.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="94"/>
        <source>Not a valid reference number.</source>
        <translation>Ogiltigt referensnummer.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="95"/>
        <source>A reference base has 3–19 digits.</source>
        <translation>Referensnumrets grunddel har 3–19 siffror.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="96"/>
        <source>Not a valid due date.</source>
        <translation>Ogiltig förfallodag.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="97"/>
        <source>Not a valid date, e.g. 21.11.2026.</source>
        <translation>Ogiltigt datum, t.ex. 21.11.2026.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="98"/>
        <source>The birth date cannot be in the future or before 1880.</source>
        <translation>Födelsedatumet kan inte vara i framtiden eller före 1880.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="99"/>
        <source>The personal identity code does not match the birth date.</source>
        <translation>Personbeteckningen stämmer inte med födelsedatumet.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="101"/>
        <source>The birth year does not match the birth date.</source>
        <translation>Födelseåret stämmer inte med födelsedatumet.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="102"/>
        <source>A buffer must be 0–%1 minutes.</source>
        <translation>Buffertiden måste vara 0–%1 minuter.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="104"/>
        <source>The password must have at least 8 characters.</source>
        <translation>Lösenordet måste ha minst 8 tecken.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="105"/>
        <source>The password is too long.</source>
        <translation>Lösenordet är för långt.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="106"/>
        <source>This password is too common. Choose another one.</source>
        <translation>Lösenordet är för vanligt. Välj ett annat.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="43"/>
        <source>Idle lock (minutes)</source>
        <translation>Lås vid inaktivitet (minuter)</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="65"/>
        <source>Client accepted storing the note</source>
        <translation>Kunden godkände att anteckningen sparas</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="107"/>
        <source>Use 2–64 lowercase letters a–z, digits, dots, dashes or underscores.</source>
        <translation>Använd 2–64 små bokstäver a–z, siffror, punkter, bindestreck eller understreck.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="109"/>
        <source>This user name is already in use.</source>
        <translation>Användarnamnet används redan.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="110"/>
        <source>This name is already in use.</source>
        <translation>Namnet används redan.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="111"/>
        <source>Choose a colour.</source>
        <translation>Välj en färg.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="112"/>
        <source>Choose practitioners only.</source>
        <translation>Välj endast behandlare.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="113"/>
        <source>Opening time must be before closing time.</source>
        <translation>Öppningstiden måste vara före stängningstiden.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="114"/>
        <source>Opening hours of the same day overlap.</source>
        <translation>Öppettiderna för samma dag överlappar varandra.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="115"/>
        <source>Invalid weekday.</source>
        <translation>Ogiltig veckodag.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="116"/>
        <source>Enter a number.</source>
        <translation>Ange ett tal.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="117"/>
        <source>The value is too small.</source>
        <translation>Värdet är för litet.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="118"/>
        <source>The value is too large.</source>
        <translation>Värdet är för stort.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="119"/>
        <source>Choose one of the options.</source>
        <translation>Välj ett av alternativen.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="120"/>
        <source>No VAT rate is defined for this date.</source>
        <translation>Ingen momssats har angetts för det här datumet.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="121"/>
        <source>The quantity cannot be negative on an invoice.</source>
        <translation>Antalet kan inte vara negativt på en faktura.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="122"/>
        <source>The quantity cannot be zero.</source>
        <translation>Antalet kan inte vara noll.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="123"/>
        <source>The invoice has no lines.</source>
        <translation>Fakturan har inga rader.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="124"/>
        <source>The due date cannot be before the invoice date.</source>
        <translation>Förfallodagen kan inte vara före fakturadatumet.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="125"/>
        <source>One invoice can only contain visits of the same client.</source>
        <translation>En faktura kan bara innehålla besök av samma kund.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="127"/>
        <source>The visit has no service to invoice.</source>
        <translation>Besöket har ingen tjänst att fakturera.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="128"/>
        <source>The invoice line no longer exists.</source>
        <translation>Fakturaraden finns inte längre.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="129"/>
        <source>The invoice has been issued and cannot be changed. Make a credit note.</source>
        <translation>Fakturan har redan utfärdats och kan inte ändras. Gör en kreditnota.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="131"/>
        <source>The invoice has not been issued yet.</source>
        <translation>Fakturan har inte utfärdats ännu.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="132"/>
        <source>This invoice cannot be credited.</source>
        <translation>Den här fakturan kan inte krediteras.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="133"/>
        <source>The invoice has already been credited.</source>
        <translation>Fakturan har redan krediterats.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="134"/>
        <source>The credit is larger than what is left of the line.</source>
        <translation>Krediteringen är större än det som återstår av raden.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="136"/>
        <source>The visit is already on an invoice.</source>
        <translation>Besöket finns redan på en faktura.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="137"/>
        <source>The fonts for PDF documents are missing. Reinstall the program.</source>
        <translation>Typsnitten för PDF-dokument saknas. Installera om programmet.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="139"/>
        <source>The practitioner already has a booking then.</source>
        <translation>Behandlaren har redan en bokning vid den tiden.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="140"/>
        <source>The room is already booked then.</source>
        <translation>Rummet är redan bokat vid den tiden.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="141"/>
        <source>The client already has a booking then.</source>
        <translation>Kunden har redan en bokning vid den tiden.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="142"/>
        <source>The practitioner is absent then.</source>
        <translation>Behandlaren är frånvarande vid den tiden.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="143"/>
        <source>The practice is closed on this public holiday.</source>
        <translation>Mottagningen är stängd den här helgdagen.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="144"/>
        <source>The practice is closed on this day.</source>
        <translation>Mottagningen är stängd den här dagen.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="145"/>
        <source>The time is outside the opening hours.</source>
        <translation>Tiden ligger utanför öppettiderna.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="146"/>
        <source>The time is outside the practitioner&apos;s working hours.</source>
        <translation>Tiden ligger utanför behandlarens arbetstid.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="148"/>
        <source>The appointment&apos;s status cannot be changed this way.</source>
        <translation>Bokningens status kan inte ändras på det här sättet.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="150"/>
        <source>No free time was found.</source>
        <translation>Inga lediga tider hittades.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="151"/>
        <source>This time does not exist: the clocks move forward then.</source>
        <translation>Den här tiden finns inte: klockan ställs då fram en timme.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="153"/>
        <source>The date must be between 2000 and 2100.</source>
        <translation>Datumet måste vara mellan 2000 och 2100.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="157"/>
        <source>Record whether the client accepted storing the note.</source>
        <translation>Ange om kunden har godkänt att anteckningen sparas.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="159"/>
        <source>This note has a newer version. Edit the newest one.</source>
        <translation>Det finns en nyare version av anteckningen. Redigera den senaste.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="161"/>
        <source>The client&apos;s card was merged into another card.</source>
        <translation>Kundens kort har slagits ihop med ett annat kort.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="162"/>
        <source>The visit does not belong to this client.</source>
        <translation>Besöket hör inte till den här kunden.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="163"/>
        <source>The card has already been merged.</source>
        <translation>Kortet har redan slagits ihop.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="164"/>
        <source>Choose two different cards.</source>
        <translation>Välj två olika kort.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="165"/>
        <source>The cards disagree on: %1. Correct one of them first.</source>
        <translation>Korten har olika uppgifter om: %1. Rätta ett av dem först.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="167"/>
        <source>Some rows are invalid. Nothing was imported; see the report.</source>
        <translation>Vissa rader är ogiltiga. Ingenting importerades; se rapporten.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="169"/>
        <source>The file is empty.</source>
        <translation>Filen är tom.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="170"/>
        <source>The file is too large.</source>
        <translation>Filen är för stor.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="171"/>
        <source>The file has too many rows (at most %1).</source>
        <translation>Filen har för många rader (högst %1).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="172"/>
        <source>The file&apos;s character encoding is not supported. Save it as UTF-8.</source>
        <translation>Filens teckenkodning stöds inte. Spara den som UTF-8.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="174"/>
        <source>The file contains characters that cannot be read. Save it as UTF-8.</source>
        <translation>Filen innehåller tecken som inte kan läsas. Spara den som UTF-8.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="176"/>
        <source>The file is not a readable CSV file.</source>
        <translation>Filen är inte en läsbar CSV-fil.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="177"/>
        <source>A column choice is not valid.</source>
        <translation>Ett kolumnval är ogiltigt.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="178"/>
        <source>Two columns are mapped to %1.</source>
        <translation>Två kolumner är kopplade till fältet %1.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="179"/>
        <source>No column is mapped to %1.</source>
        <translation>Ingen kolumn är kopplad till fältet %1.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="180"/>
        <source>Wrong user name or password.</source>
        <translation>Fel användarnamn eller lösenord.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="181"/>
        <source>You do not have the right to do this. The attempt was logged.</source>
        <translation>Du har inte behörighet att göra detta. Försöket har loggats.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="182"/>
        <source>The item no longer exists. It may have been removed at another desk.</source>
        <translation>Objektet finns inte längre. Det kan ha tagits bort på en annan arbetsstation.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="183"/>
        <source>The practice must keep at least one active owner.</source>
        <translation>Mottagningen måste ha minst en aktiv ägare.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="184"/>
        <source>You cannot deactivate your own account.</source>
        <translation>Du kan inte inaktivera ditt eget konto.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="185"/>
        <source>The practice has already been set up.</source>
        <translation>Mottagningen har redan tagits i bruk.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="186"/>
        <source>No secure password store (keyring) is available on this computer.</source>
        <translation>Det finns ingen säker lösenordslagring (nyckelring) på den här datorn.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="188"/>
        <source>The database cannot be kept on a network drive. Choose a local folder.</source>
        <translation>Databasen kan inte ligga på en nätverksenhet. Välj en lokal mapp.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="190"/>
        <source>The database could not be written. Nothing was saved.</source>
        <translation>Det gick inte att skriva till databasen. Ingenting sparades.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="199"/>
        <source>Something went wrong (%1).</source>
        <translation>Något gick fel (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="210"/>
        <source>The account is locked after too many failed attempts. Ask the owner to unlock it.</source>
        <translation>Kontot har låsts efter för många misslyckade försök. Be ägaren att låsa upp det.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/errors.py" line="213"/>
        <source>Too many failed attempts. Try again in %n minute(s).</source>
        <translation>
            <numerusform>För många misslyckade försök. Försök igen om %n minut.</numerusform>
            <numerusform>För många misslyckade försök. Försök igen om %n minuter.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="217"/>
        <source>Unexpected error. Nothing was saved.</source>
        <translation>Oväntat fel. Ingenting sparades.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="228"/>
        <source>Cannot save</source>
        <translation>Det går inte att spara</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <location filename="../../ui/formatting.py" line="61"/>
        <source>Reception</source>
        <translation>Receptionist</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="62"/>
        <source>Practitioner</source>
        <translation>Behandlare</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="63"/>
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="74"/>
        <source>General rate</source>
        <translation>Allmän skattesats</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="75"/>
        <source>Reduced rate (first)</source>
        <translation>Nedsatt skattesats (första)</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="76"/>
        <source>Reduced rate (second)</source>
        <translation>Nedsatt skattesats (andra)</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="77"/>
        <source>Health care, exempt</source>
        <translation>Hälso- och sjukvård, skattefri</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="81"/>
        <source>Booked</source>
        <translation>Bokad</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="82"/>
        <source>Arrived</source>
        <translation>Ankommen</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="83"/>
        <source>Completed</source>
        <translation>Genomförd</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="84"/>
        <source>Cancelled</source>
        <translation>Avbokad</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="85"/>
        <source>No-show</source>
        <translation>Uteblev</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="89"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="89"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
</context>
</TS>
