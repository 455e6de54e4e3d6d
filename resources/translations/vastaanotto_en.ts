<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AdminView</name>
    <message>
        <location filename="../../ui/admin/admin_view.py" line="38"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_view.py" line="39"/>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_view.py" line="40"/>
        <source>Rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_view.py" line="41"/>
        <source>Opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_view.py" line="42"/>
        <source>Business profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_view.py" line="43"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BankPage</name>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="152"/>
        <source>Bank account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="153"/>
        <source>IBAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="154"/>
        <source>BIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="155"/>
        <source>Clients pay invoices to this account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BillingView</name>
    <message>
        <location filename="../../ui/billing/__init__.py" line="16"/>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/billing/__init__.py" line="18"/>
        <source>Invoices, payments at the desk, and unpaid and overdue invoices. Not available in this version yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="51"/>
        <source>New booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="61"/>
        <source>&amp;Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="64"/>
        <source>&amp;Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="67"/>
        <source>Free &amp;times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="74"/>
        <source>Name, phone or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="76"/>
        <source>C&amp;lient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="80"/>
        <source>New client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="90"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="91"/>
        <source>Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="92"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="93"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="95"/>
        <source>C&amp;hannel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="98"/>
        <source>&amp;Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="153"/>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="175"/>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="175"/>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="175"/>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="175"/>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="176"/>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="176"/>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="176"/>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="177"/>
        <source>%1 %2 at %3 – %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="202"/>
        <source>No free times in the next eight weeks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusinessPage</name>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="122"/>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="123"/>
        <source>These details appear on invoices and in the privacy notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="124"/>
        <source>Business name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="125"/>
        <source>Business ID (Y-tunnus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="127"/>
        <source>Street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="128"/>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="129"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="130"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="131"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="132"/>
        <source>Website (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarOverview</name>
    <message>
        <location filename="../../ui/calendar/overview_view.py" line="79"/>
        <source>Previous day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/overview_view.py" line="82"/>
        <source>Next day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/overview_view.py" line="84"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/overview_view.py" line="133"/>
        <source>%1: %n appointment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientCardDialog</name>
    <message>
        <location filename="../../ui/clients/client_card.py" line="55"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/client_card.py" line="56"/>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/client_card.py" line="57"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/client_card.py" line="63"/>
        <source>Treatment notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/client_card.py" line="77"/>
        <source>Client: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/client_card.py" line="78"/>
        <source> (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/client_card.py" line="125"/>
        <source>The client card was closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <location filename="../../ui/clients/merge_dialog.py" line="41"/>
        <source>Name, phone or birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/merge_dialog.py" line="49"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/merge_dialog.py" line="49"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/merge_dialog.py" line="49"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/merge_dialog.py" line="50"/>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/merge_dialog.py" line="51"/>
        <source>Identity code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/merge_dialog.py" line="52"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/merge_dialog.py" line="52"/>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientsView</name>
    <message>
        <location filename="../../ui/clients/clients_view.py" line="81"/>
        <source>Find a client: name, phone, email, birth date or identity code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/clients_view.py" line="85"/>
        <source>Show archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/clients_view.py" line="122"/>
        <source>New client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/clients_view.py" line="124"/>
        <source>Open card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/clients_view.py" line="126"/>
        <source>Merge duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/clients_view.py" line="130"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/clients_view.py" line="132"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/clients_view.py" line="164"/>
        <source>Cannot search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/clients_view.py" line="180"/>
        <source>Showing the first %1 clients. Type more to narrow the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/clients/clients_view.py" line="183"/>
        <source>%n client(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/clients/clients_view.py" line="244"/>
        <source>Cannot open the client card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/clients_view.py" line="291"/>
        <source>Export clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/clients_view.py" line="291"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/clients_view.py" line="302"/>
        <location filename="../../ui/clients/clients_view.py" line="307"/>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/clients_view.py" line="308"/>
        <source>The file could not be written. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColorButton</name>
    <message>
        <location filename="../../ui/admin/common.py" line="227"/>
        <source>Choose a colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentsTab</name>
    <message>
        <location filename="../../ui/clients/consents_tab.py" line="37"/>
        <source>Current consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/consents_tab.py" line="46"/>
        <source>Forbid direct marketing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/consents_tab.py" line="49"/>
        <source>The client objects to direct marketing: withdraws both marketing consents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/consents_tab.py" line="54"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/consents_tab.py" line="73"/>
        <source>Given: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/consents_tab.py" line="79"/>
        <source>Cannot show the consent history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/consents_tab.py" line="83"/>
        <source>Record consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/consents_tab.py" line="83"/>
        <source>Record withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/consents_tab.py" line="84"/>
        <source>How did the client give this consent?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/consents_tab.py" line="85"/>
        <source>How did the client withdraw this consent?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/consents_tab.py" line="107"/>
        <source>Forbid direct marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/consents_tab.py" line="108"/>
        <source>How did the client forbid direct marketing?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="139"/>
        <source>Contact person of the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="140"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="141"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="142"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="145"/>
        <source>The privacy notice (rekisteriseloste) names this person as the one clients contact about their personal data: access requests, corrections and erasure.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="61"/>
        <source>Practical notes only, never health data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="63"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="64"/>
        <source>Archived (hidden from searches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="74"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="94"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="94"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="95"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="95"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="96"/>
        <source>Street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="96"/>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="97"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="105"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="106"/>
        <source>Birth year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="107"/>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="113"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="115"/>
        <source>Shows the whole code. Each view is logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="120"/>
        <source>Personal identity code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="125"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="128"/>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="129"/>
        <source>Billing name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="130"/>
        <source>Billing address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="131"/>
        <source>Billing postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="132"/>
        <source>Billing city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="133"/>
        <source>Paying company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="134"/>
        <source>Company&apos;s business ID (Y-tunnus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="135"/>
        <source>E-invoice address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="136"/>
        <source>E-invoice operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="204"/>
        <source>Show identity code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="205"/>
        <source>Why do you need the personal identity code? The reason is logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/details_tab.py" line="230"/>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../ui/clients/history_tab.py" line="59"/>
        <source>Bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/history_tab.py" line="60"/>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/history_tab.py" line="61"/>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/history_tab.py" line="62"/>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/history_tab.py" line="84"/>
        <source>No-shows: %1    Late cancellations: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/history_tab.py" line="95"/>
        <source>Invoices and payments are not shown to your role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/history_tab.py" line="98"/>
        <source>Only invoices of your own visits and their payments are shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <location filename="../../ui/admin/hours_page.py" line="60"/>
        <source>%1 open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/hours_page.py" line="62"/>
        <source>%1 second period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/hours_page.py" line="114"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/hours_page.py" line="114"/>
        <location filename="../../ui/admin/hours_page.py" line="115"/>
        <source>Opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/hours_page.py" line="114"/>
        <location filename="../../ui/admin/hours_page.py" line="115"/>
        <source>Closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/hours_page.py" line="115"/>
        <source>Second period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/hours_page.py" line="122"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/hours_page.py" line="125"/>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/hours_page.py" line="145"/>
        <source>Some days have more than two periods. Saving here keeps only the first two of each day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/hours_page.py" line="163"/>
        <source>Opening hours saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/hours_page.py" line="176"/>
        <source>Check the days marked in red. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="65"/>
        <source>Import clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="70"/>
        <source>No file chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="72"/>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="81"/>
        <source>Which field each column fills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="99"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="102"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="105"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="110"/>
        <source>Checking rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="111"/>
        <source>Importing clients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="129"/>
        <source>Choose a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="129"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="136"/>
        <source>The file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/clients/import_dialog.py" line="155"/>
        <source>%n row(s) to import.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="170"/>
        <source>(do not import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="176"/>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="208"/>
        <source>Checking the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="215"/>
        <source>Importing clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/clients/import_dialog.py" line="219"/>
        <source>%n client(s) imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/clients/import_dialog.py" line="235"/>
        <source>All %n row(s) can be imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="237"/>
        <source>%1 of %2 rows have errors. Nothing will be imported until they are corrected in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/clients/import_dialog.py" line="241"/>
        <source>%n row(s) have warnings.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/auth/lock_screen.py" line="37"/>
        <source>Locked — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/auth/lock_screen.py" line="47"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/auth/lock_screen.py" line="54"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/auth/lock_screen.py" line="57"/>
        <source>Log in as another user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/auth/lock_screen.py" line="99"/>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/auth/login_dialog.py" line="56"/>
        <source>Log in — Vastaanotto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/auth/login_dialog.py" line="76"/>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/auth/login_dialog.py" line="85"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/auth/login_dialog.py" line="86"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/auth/login_dialog.py" line="128"/>
        <source>Enter your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/auth/login_dialog.py" line="163"/>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="87"/>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="87"/>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="88"/>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="88"/>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="144"/>
        <source>No secure keyring: audit log not keyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148"/>
        <source>The audit trail cannot be protected against tampering until the secret is kept in the operating system&apos;s keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="254"/>
        <source>About Vastaanotto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="255"/>
        <source>Vastaanotto %1
Reception, calendar and billing for small Finnish service businesses.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/clients/merge_dialog.py" line="128"/>
        <source>Merge duplicate clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/merge_dialog.py" line="133"/>
        <source>Bookings, visits, invoices, payments, consents and treatment notes of the card on the right move to the card on the left. Empty fields on the left are filled from the right; nothing on the left is overwritten. The right card is archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/merge_dialog.py" line="139"/>
        <source>Keep this card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/merge_dialog.py" line="141"/>
        <source>Merge this card into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/merge_dialog.py" line="143"/>
        <source>Swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/merge_dialog.py" line="151"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewClientDialog</name>
    <message>
        <location filename="../../ui/clients/new_client_dialog.py" line="34"/>
        <source>New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/new_client_dialog.py" line="46"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/new_client_dialog.py" line="47"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/new_client_dialog.py" line="48"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/new_client_dialog.py" line="49"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/new_client_dialog.py" line="50"/>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/new_client_dialog.py" line="55"/>
        <source>A client in the register looks like the same person. Open the existing card, or create a new client anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/new_client_dialog.py" line="61"/>
        <source>Open existing card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/new_client_dialog.py" line="103"/>
        <source>Create anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../ui/clients/notes_tab.py" line="40"/>
        <source>New treatment note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/notes_tab.py" line="41"/>
        <source>Correct treatment note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/notes_tab.py" line="46"/>
        <source>The client has accepted storing this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/notes_tab.py" line="48"/>
        <source>Belongs in the Kanta archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/notes_tab.py" line="50"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/notes_tab.py" line="58"/>
        <source>The earlier version is kept as it was; this one replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../../ui/clients/notes_tab.py" line="91"/>
        <source>New note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/notes_tab.py" line="94"/>
        <source>Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/notes_tab.py" line="97"/>
        <source>Give a reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/notes_tab.py" line="100"/>
        <source>Show earlier versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/notes_tab.py" line="154"/>
        <source>Treatment notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/notes_tab.py" line="155"/>
        <source>This client is treated by another practitioner. Why do you need to read the notes? The reason is logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/notes_tab.py" line="178"/>
        <source>The notes of another practitioner&apos;s client are shown only with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnerPage</name>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="161"/>
        <source>Owner&apos;s user account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="162"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="163"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="164"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="165"/>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="168"/>
        <source>The owner manages staff, settings, invoices and backups.
Password rules: at least 8 characters; common passwords are refused. A short sentence is easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="180"/>
        <source>The passwords do not match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../ui/admin/staff_page.py" line="101"/>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_page.py" line="105"/>
        <source>Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_page.py" line="106"/>
        <source>New temporary password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_page.py" line="107"/>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_page.py" line="112"/>
        <source>The passwords do not match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../ui/admin/profile_page.py" line="28"/>
        <source>Business name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/profile_page.py" line="29"/>
        <source>Business ID (Y-tunnus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/profile_page.py" line="30"/>
        <source>Street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/profile_page.py" line="31"/>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/profile_page.py" line="32"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/profile_page.py" line="33"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/profile_page.py" line="34"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/profile_page.py" line="35"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/profile_page.py" line="36"/>
        <source>Bank account (IBAN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/profile_page.py" line="37"/>
        <source>BIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/profile_page.py" line="38"/>
        <source>Contact person of the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/profile_page.py" line="39"/>
        <source>Contact person&apos;s email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/profile_page.py" line="40"/>
        <source>Contact person&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/profile_page.py" line="57"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/profile_page.py" line="60"/>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/profile_page.py" line="92"/>
        <source>Business profile saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <location filename="../../ui/admin/rooms_page.py" line="19"/>
        <source>Add room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/rooms_page.py" line="19"/>
        <source>Edit room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/rooms_page.py" line="23"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/rooms_page.py" line="24"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomsPage</name>
    <message>
        <location filename="../../ui/admin/rooms_page.py" line="38"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/rooms_page.py" line="39"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/rooms_page.py" line="41"/>
        <location filename="../../ui/admin/rooms_page.py" line="53"/>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/rooms_page.py" line="52"/>
        <source>Activate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../../ui/admin/services_page.py" line="43"/>
        <source>Add service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/services_page.py" line="43"/>
        <source>Edit service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/services_page.py" line="57"/>
        <source>Needs a room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/services_page.py" line="71"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/services_page.py" line="72"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/services_page.py" line="73"/>
        <source>Price (VAT included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/services_page.py" line="74"/>
        <source>VAT class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/services_page.py" line="75"/>
        <source>Buffer before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/services_page.py" line="76"/>
        <source>Buffer after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/services_page.py" line="77"/>
        <source>Colour in the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/services_page.py" line="79"/>
        <source>Practitioners</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <location filename="../../ui/admin/services_page.py" line="121"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/services_page.py" line="122"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/services_page.py" line="124"/>
        <location filename="../../ui/admin/services_page.py" line="138"/>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/services_page.py" line="137"/>
        <source>Activate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="57"/>
        <source>Lock the window after idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="58"/>
        <source>Calendar grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="59"/>
        <source>Language on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="64"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="108"/>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="118"/>
        <source>Some texts change to the new language only after the program is restarted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="232"/>
        <source>Set up Vastaanotto</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../ui/admin/staff_page.py" line="36"/>
        <source>Add staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_page.py" line="37"/>
        <source>Edit staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_page.py" line="54"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_page.py" line="55"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_page.py" line="56"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_page.py" line="57"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_page.py" line="58"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_page.py" line="59"/>
        <source>Colour in the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_page.py" line="60"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_page.py" line="67"/>
        <source>Temporary password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_page.py" line="68"/>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_page.py" line="91"/>
        <source>The passwords do not match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../../ui/admin/staff_page.py" line="121"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_page.py" line="122"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_page.py" line="124"/>
        <source>Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_page.py" line="126"/>
        <location filename="../../ui/admin/staff_page.py" line="140"/>
        <location filename="../../ui/admin/staff_page.py" line="160"/>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_page.py" line="128"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_page.py" line="139"/>
        <source>Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_page.py" line="161"/>
        <source>%1 can no longer log in. Their bookings and history are kept. Deactivate?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="187"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="188"/>
        <source>Check the details. Finish creates the practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="206"/>
        <source>Owner&apos;s user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="207"/>
        <source>Owner&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../ui/tasks.py" line="141"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="143"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="164"/>
        <location filename="../../ui/tasks.py" line="174"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="94"/>
        <source>Welcome to Vastaanotto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="97"/>
        <source>This computer has no practice yet. The next pages ask for the business details printed on invoices and in the privacy notice, the bank account for payments, and the owner&apos;s user account.

Nothing is saved until you press Finish on the last page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../ui/actions.py" line="49"/>
        <source>&amp;Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="51"/>
        <source>C&amp;lients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="52"/>
        <source>&amp;Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="53"/>
        <source>&amp;Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="55"/>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="56"/>
        <source>&amp;New booking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="58"/>
        <source>&amp;Find client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="60"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="61"/>
        <source>Log &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="62"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="63"/>
        <source>&amp;About Vastaanotto</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>admin</name>
    <message>
        <location filename="../../ui/admin/common.py" line="53"/>
        <source>Check the fields marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/models.py" line="34"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/models.py" line="35"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/models.py" line="36"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/models.py" line="37"/>
        <location filename="../../ui/admin/models.py" line="85"/>
        <location filename="../../ui/admin/models.py" line="116"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/models.py" line="38"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/models.py" line="78"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/models.py" line="79"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/models.py" line="80"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/models.py" line="81"/>
        <source>VAT class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/models.py" line="82"/>
        <source>Buffers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/models.py" line="83"/>
        <source>Needs room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/models.py" line="84"/>
        <source>Practitioners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/models.py" line="92"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/models.py" line="114"/>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/models.py" line="115"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <location filename="../../ui/calendar/overview_view.py" line="47"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/overview_view.py" line="48"/>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/overview_view.py" line="49"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/overview_view.py" line="50"/>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/overview_view.py" line="51"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clients</name>
    <message>
        <location filename="../../ui/clients/common.py" line="63"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/common.py" line="64"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/common.py" line="65"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/common.py" line="66"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/common.py" line="67"/>
        <source>Does not want to say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/common.py" line="71"/>
        <source>Finnish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/common.py" line="72"/>
        <source>Swedish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/common.py" line="73"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/common.py" line="77"/>
        <source>Appointment reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/common.py" line="78"/>
        <source>Marketing by email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/common.py" line="79"/>
        <source>Marketing by SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/common.py" line="80"/>
        <source>Storing treatment data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/common.py" line="84"/>
        <source>By phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/common.py" line="85"/>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/common.py" line="86"/>
        <source>On a form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/common.py" line="87"/>
        <source>By email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/common.py" line="88"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="52"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="53"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="54"/>
        <location filename="../../ui/clients/models.py" line="209"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="55"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="56"/>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="65"/>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="66"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="87"/>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="88"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="89"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="90"/>
        <source>Stored because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="91"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="101"/>
        <source>%1 (replaced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="106"/>
        <source>client accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="108"/>
        <source>Kanta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="117"/>
        <source>Credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="119"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="121"/>
        <source>Credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="123"/>
        <source>Overpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="125"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="127"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="128"/>
        <source>Open</source>
        <comment>invoice state: not yet paid</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="132"/>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="133"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="134"/>
        <source>MobilePay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="135"/>
        <source>Gift card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="136"/>
        <source>Bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="148"/>
        <location filename="../../ui/clients/models.py" line="176"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="149"/>
        <location filename="../../ui/clients/models.py" line="177"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="150"/>
        <location filename="../../ui/clients/models.py" line="178"/>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="151"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="164"/>
        <source>%1, late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="204"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="205"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="206"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="207"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="208"/>
        <source>Open</source>
        <comment>column: amount still unpaid</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="237"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="238"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="239"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="240"/>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="314"/>
        <source>Same phone or email as row %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="318"/>
        <source>A client with the same phone or email is already in the register; merge them after the import if they are the same person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="335"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="336"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="337"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="338"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="345"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="345"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/search_model.py" line="40"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/search_model.py" line="41"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/search_model.py" line="42"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/search_model.py" line="43"/>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/search_model.py" line="44"/>
        <source>Identity code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/search_model.py" line="50"/>
        <source>%1 (archived)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/errors.py" line="19"/>
        <location filename="../../ui/errors.py" line="32"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="20"/>
        <source>Business ID (Y-tunnus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="21"/>
        <source>Street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="22"/>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="23"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="24"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="25"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="26"/>
        <source>Contact person of the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="27"/>
        <source>Contact person&apos;s email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="28"/>
        <source>Contact person&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="29"/>
        <source>IBAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="30"/>
        <source>BIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="31"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="33"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="34"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="35"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="36"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="37"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="38"/>
        <source>Buffer before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="39"/>
        <source>Buffer after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="40"/>
        <source>VAT class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="41"/>
        <source>Opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="42"/>
        <source>Practitioners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="44"/>
        <source>Personal identity code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="45"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="46"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="47"/>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="48"/>
        <source>Birth year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="49"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="50"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="51"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="52"/>
        <source>Billing name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="53"/>
        <source>Billing address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="54"/>
        <source>Billing postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="55"/>
        <source>Billing city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="56"/>
        <source>Paying company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="57"/>
        <source>Paying company&apos;s business ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="58"/>
        <source>E-invoice address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="59"/>
        <source>E-invoice operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="60"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="61"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="62"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="63"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="64"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="154"/>
        <source>This client is treated by another practitioner. Give a reason; it is logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="66"/>
        <source>Belongs in the Kanta archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="67"/>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="68"/>
        <source>Language of the headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="77"/>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="78"/>
        <source>Too long: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="79"/>
        <source>Contains characters that are not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="80"/>
        <source>Not a valid Finnish business ID (Y-tunnus), e.g. 1234567-1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="81"/>
        <source>Not a valid IBAN. Check the account number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="82"/>
        <source>The account must be a Finnish IBAN (starting with FI).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="83"/>
        <source>Not a valid BIC code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="84"/>
        <source>Not a valid personal identity code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="85"/>
        <source>Not a valid phone number, e.g. 040 123 4567.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="86"/>
        <source>Not a valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="87"/>
        <source>A Finnish postal code has five digits, e.g. 00100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="88"/>
        <source>Not a valid amount of money, e.g. 49,90.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="89"/>
        <source>The amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="90"/>
        <source>The amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="91"/>
        <source>The duration must be between 1 minute and 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="92"/>
        <source>The amount is too small.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="93"/>
        <source>The amount must be between 0 and 999 999,99 €.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="94"/>
        <source>Not a valid reference number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="95"/>
        <source>A reference base has 3–19 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="96"/>
        <source>Not a valid due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="97"/>
        <source>Not a valid date, e.g. 21.11.2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="98"/>
        <source>The birth date cannot be in the future or before 1880.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="99"/>
        <source>The personal identity code does not match the birth date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="101"/>
        <source>The birth year does not match the birth date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="102"/>
        <source>A buffer must be 0–%1 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="104"/>
        <source>The password must have at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="105"/>
        <source>The password is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="106"/>
        <source>This password is too common. Choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="43"/>
        <source>Idle lock (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="65"/>
        <source>Client accepted storing the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="107"/>
        <source>Use 2–64 lowercase letters a–z, digits, dots, dashes or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="109"/>
        <source>This user name is already in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="110"/>
        <source>This name is already in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="111"/>
        <source>Choose a colour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="112"/>
        <source>Choose practitioners only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="113"/>
        <source>Opening time must be before closing time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="114"/>
        <source>Opening hours of the same day overlap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="115"/>
        <source>Invalid weekday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="116"/>
        <source>Enter a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="117"/>
        <source>The value is too small.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="118"/>
        <source>The value is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="119"/>
        <source>Choose one of the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="120"/>
        <source>No VAT rate is defined for this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="121"/>
        <source>The quantity cannot be negative on an invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="122"/>
        <source>The quantity cannot be zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="123"/>
        <source>The invoice has no lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="124"/>
        <source>The due date cannot be before the invoice date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="125"/>
        <source>One invoice can only contain visits of the same client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="127"/>
        <source>The visit has no service to invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="128"/>
        <source>The invoice line no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="129"/>
        <source>The invoice has been issued and cannot be changed. Make a credit note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="131"/>
        <source>The invoice has not been issued yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="132"/>
        <source>This invoice cannot be credited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="133"/>
        <source>The invoice has already been credited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="134"/>
        <source>The credit is larger than what is left of the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="136"/>
        <source>The visit is already on an invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="137"/>
        <source>The fonts for PDF documents are missing. Reinstall the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="139"/>
        <source>The practitioner already has a booking then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="140"/>
        <source>The room is already booked then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="141"/>
        <source>The client already has a booking then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="142"/>
        <source>The practitioner is absent then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="143"/>
        <source>The practice is closed on this public holiday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="144"/>
        <source>The practice is closed on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="145"/>
        <source>The time is outside the opening hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="146"/>
        <source>The time is outside the practitioner&apos;s working hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="148"/>
        <source>The appointment&apos;s status cannot be changed this way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="150"/>
        <source>No free time was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="151"/>
        <source>This time does not exist: the clocks move forward then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="153"/>
        <source>The date must be between 2000 and 2100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="157"/>
        <source>Record whether the client accepted storing the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="159"/>
        <source>This note has a newer version. Edit the newest one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="161"/>
        <source>The client&apos;s card was merged into another card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="162"/>
        <source>The visit does not belong to this client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="163"/>
        <source>The card has already been merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="164"/>
        <source>Choose two different cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="165"/>
        <source>The cards disagree on: %1. Correct one of them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="167"/>
        <source>Some rows are invalid. Nothing was imported; see the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="169"/>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="170"/>
        <source>The file is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="171"/>
        <source>The file has too many rows (at most %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="172"/>
        <source>The file&apos;s character encoding is not supported. Save it as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="174"/>
        <source>The file contains characters that cannot be read. Save it as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="176"/>
        <source>The file is not a readable CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="177"/>
        <source>A column choice is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="178"/>
        <source>Two columns are mapped to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="179"/>
        <source>No column is mapped to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="180"/>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="181"/>
        <source>You do not have the right to do this. The attempt was logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="182"/>
        <source>The item no longer exists. It may have been removed at another desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="183"/>
        <source>The practice must keep at least one active owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="184"/>
        <source>You cannot deactivate your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="185"/>
        <source>The practice has already been set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="186"/>
        <source>No secure password store (keyring) is available on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="188"/>
        <source>The database cannot be kept on a network drive. Choose a local folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="190"/>
        <source>The database could not be written. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="199"/>
        <source>Something went wrong (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="210"/>
        <source>The account is locked after too many failed attempts. Ask the owner to unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/errors.py" line="213"/>
        <source>Too many failed attempts. Try again in %n minute(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="217"/>
        <source>Unexpected error. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="228"/>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <location filename="../../ui/formatting.py" line="61"/>
        <source>Reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="62"/>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="63"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="74"/>
        <source>General rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="75"/>
        <source>Reduced rate (first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="76"/>
        <source>Reduced rate (second)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="77"/>
        <source>Health care, exempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="81"/>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="82"/>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="83"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="84"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="85"/>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="89"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="89"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
