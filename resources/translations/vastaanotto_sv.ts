<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AddEntryDialog</name>
    <message>
        <location filename="../../ui/calendar/waitlist_dialog.py" line="95"/>
        <source>Add to the waitlist</source>
        <translation>Lägg till på kölistan</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/waitlist_dialog.py" line="103"/>
        <source>Name, phone or email</source>
        <translation>Namn, telefon eller e-post</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/waitlist_dialog.py" line="104"/>
        <source>C&amp;lient</source>
        <translation>K&amp;und</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/waitlist_dialog.py" line="111"/>
        <source>&amp;Service</source>
        <translation>&amp;Tjänst</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/waitlist_dialog.py" line="114"/>
        <source>&amp;Practitioner</source>
        <translation>&amp;Behandlare</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/waitlist_dialog.py" line="130"/>
        <source>&amp;Between</source>
        <translation>&amp;Mellan</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/waitlist_dialog.py" line="134"/>
        <source>&amp;Note</source>
        <translation>&amp;Anteckning</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/waitlist_dialog.py" line="174"/>
        <source>Anyone</source>
        <translation>Vem som helst</translation>
    </message>
</context>
<context>
    <name>AdminView</name>
    <message>
        <location filename="../../ui/admin/admin_view.py" line="49"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_view.py" line="50"/>
        <source>Services</source>
        <translation>Tjänster</translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_view.py" line="51"/>
        <source>Rooms</source>
        <translation>Rum</translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_view.py" line="52"/>
        <source>Opening hours</source>
        <translation>Öppettider</translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_view.py" line="53"/>
        <source>Business profile</source>
        <translation>Företagsuppgifter</translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_view.py" line="54"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_view.py" line="55"/>
        <source>Message settings</source>
        <translation>Meddelandeinställningar</translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_view.py" line="56"/>
        <source>Message templates</source>
        <translation>Meddelandemallar</translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_view.py" line="57"/>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_view.py" line="58"/>
        <source>Encryption</source>
        <translation>Kryptering</translation>
    </message>
</context>
<context>
    <name>AppointmentPanel</name>
    <message>
        <location filename="../../ui/calendar/appointment_panel.py" line="58"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/appointment_panel.py" line="58"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/appointment_panel.py" line="59"/>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/appointment_panel.py" line="60"/>
        <source>Practitioner</source>
        <translation>Behandlare</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/appointment_panel.py" line="60"/>
        <source>Room</source>
        <translation>Rum</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/appointment_panel.py" line="61"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/appointment_panel.py" line="61"/>
        <source>No-shows</source>
        <translation>Uteblev</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/appointment_panel.py" line="62"/>
        <source>Late cancellations</source>
        <translation>Sena avbokningar</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/appointment_panel.py" line="63"/>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/appointment_panel.py" line="63"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/appointment_panel.py" line="71"/>
        <source>&amp;Arrived</source>
        <translation>&amp;Ankommen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/appointment_panel.py" line="73"/>
        <source>Co&amp;mpleted</source>
        <translation>&amp;Genomförd</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/appointment_panel.py" line="75"/>
        <source>No-&amp;show</source>
        <translation>&amp;Uteblev</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/appointment_panel.py" line="77"/>
        <source>Cancel…</source>
        <translation>Avboka…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/appointment_panel.py" line="79"/>
        <source>Take &amp;payment…</source>
        <translation>Ta emot &amp;betalning…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/appointment_panel.py" line="81"/>
        <source>Print &amp;upcoming…</source>
        <translation>Skriv ut &amp;kommande…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/appointment_panel.py" line="83"/>
        <source>Print the client&apos;s upcoming appointments</source>
        <translation>Skriv ut kundens kommande bokningar</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/appointment_panel.py" line="105"/>
        <source>No appointment selected</source>
        <translation>Ingen bokning har valts</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/appointment_panel.py" line="113"/>
        <source>(no client)</source>
        <translation>(ingen kund)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/appointment_panel.py" line="123"/>
        <source>%1 (late)</source>
        <translation>%1 (sent)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/appointment_panel.py" line="129"/>
        <source>Recurring</source>
        <translation>Återkommande</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/appointment_panel.py" line="142"/>
        <source>Your role cannot take payments.</source>
        <translation>Din roll får inte ta emot betalningar.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/appointment_panel.py" line="144"/>
        <source>Mark the appointment completed first.</source>
        <translation>Markera först bokningen som genomförd.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/appointment_panel.py" line="146"/>
        <source>Only a completed appointment can be paid.</source>
        <translation>Endast en genomförd bokning kan betalas.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/appointment_panel.py" line="148"/>
        <source>Take payment for this visit</source>
        <translation>Ta emot betalning för det här besöket</translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message numerus="yes">
        <location filename="../../ui/privacy/audit_page.py" line="208"/>
        <source>%n event(s), newest first.</source>
        <translation>
            <numerusform>%n händelse, nyaste först.</numerusform>
            <numerusform>%n händelser, nyaste först.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="75"/>
        <source>Add…</source>
        <translation>Lägg till…</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="76"/>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="78"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="80"/>
        <source>Test</source>
        <translation>Testa</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="83"/>
        <source>Back up now</source>
        <translation>Säkerhetskopiera nu</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="101"/>
        <source>Backups at the selected location</source>
        <translation>Säkerhetskopior på den valda platsen</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="109"/>
        <source>Refresh list</source>
        <translation>Uppdatera listan</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="112"/>
        <source>Verify newest</source>
        <translation>Kontrollera den senaste</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="115"/>
        <source>Download the newest backup, decrypt it and check it completely, as a restore would. Done automatically once a week.</source>
        <translation>Hämta den senaste säkerhetskopian, dekryptera den och kontrollera den helt, precis som vid en återställning. Görs automatiskt en gång i veckan.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="118"/>
        <source>Restore…</source>
        <translation>Återställ…</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="128"/>
        <source>Schedule and retention</source>
        <translation>Schema och bevarande</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="132"/>
        <source>Back up every (hours)</source>
        <translation>Intervall för säkerhetskopiering (timmar)</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="133"/>
        <source>Warn when older than (hours)</source>
        <translation>Varna när äldre än (timmar)</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="134"/>
        <source>Keep daily backups</source>
        <translation>Antal dagliga säkerhetskopior att behålla</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="135"/>
        <source>Keep weekly backups</source>
        <translation>Antal veckovisa säkerhetskopior att behålla</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="136"/>
        <source>Keep monthly backups</source>
        <translation>Antal månatliga säkerhetskopior att behålla</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="145"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="152"/>
        <source>Emergency kit</source>
        <translation>Nödpaket</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="155"/>
        <source>Backups are encrypted with the practice&apos;s backup key, kept in this computer&apos;s secure key store. The emergency kit is a printed page with the recovery key: without it the backups cannot be opened if this computer is lost. Print it, and keep it locked away apart from the computer.</source>
        <translation>Säkerhetskopiorna krypteras med mottagningens säkerhetskopieringsnyckel, som förvaras i den här datorns säkra nyckellagring. Nödpaketet är en utskriven sida med återställningsnyckeln: utan den kan säkerhetskopiorna inte öppnas om datorn går förlorad. Skriv ut det och förvara det inlåst, åtskilt från datorn.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="166"/>
        <source>Print emergency kit…</source>
        <translation>Skriv ut nödpaketet…</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="186"/>
        <source>No backup location yet. Add one: a USB disk or a network folder, a server (SFTP) or a cloud folder (WebDAV, e.g. Nextcloud).</source>
        <translation>Ingen plats för säkerhetskopior har lagts till ännu. Lägg till en: en USB-disk eller en nätverksmapp, en server (SFTP) eller en molnmapp (WebDAV, t.ex. Nextcloud).</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="189"/>
        <source>No backup has been made yet.</source>
        <translation>Ingen säkerhetskopia har gjorts ännu.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="191"/>
        <source>Last backup: %1</source>
        <translation>Senaste säkerhetskopia: %1</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="193"/>
        <source>Last check of a backup: %1</source>
        <translation>Senaste kontroll av en säkerhetskopia: %1</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="201"/>
        <source>No secure key store is available on this computer, so backups cannot be encrypted here.</source>
        <translation>Det finns ingen säker nyckellagring på den här datorn, så säkerhetskopior kan inte krypteras här.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="204"/>
        <source>Backup key fingerprint: %1</source>
        <translation>Säkerhetskopieringsnyckelns fingeravtryck: %1</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="206"/>
        <source>The backup key is created with the first backup or the first emergency kit.</source>
        <translation>Säkerhetskopieringsnyckeln skapas med den första säkerhetskopian eller det första nödpaketet.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="222"/>
        <source>Reading the backup list</source>
        <translation>Läser listan över säkerhetskopior</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="269"/>
        <source>Delete backup location</source>
        <translation>Ta bort platsen för säkerhetskopior</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="270"/>
        <source>Stop backing up to “%1”? The backups already there are not deleted.</source>
        <translation>Vill du sluta säkerhetskopiera till ”%1”? Säkerhetskopiorna som redan finns där tas inte bort.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="282"/>
        <source>Testing the backup location</source>
        <translation>Testar platsen för säkerhetskopior</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="285"/>
        <source>“%1” works: a test file was written, read back and removed.</source>
        <translation>”%1” fungerar: en testfil skrevs, lästes och togs bort.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="295"/>
        <source>Backing up</source>
        <translation>Säkerhetskopierar</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="299"/>
        <source>Backup no. %1 made and verified (%2).</source>
        <translation>Säkerhetskopia nr %1 har gjorts och kontrollerats (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="302"/>
        <source>It could not be saved to: %1.</source>
        <translation>Den kunde inte sparas på: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="320"/>
        <source>Checking the newest backup</source>
        <translation>Kontrollerar den senaste säkerhetskopian</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="324"/>
        <source>Backup no. %1 of %2 opened and checked: %3 clients, %4 appointments, %5 invoices; the audit trail (%6 events) is intact.</source>
        <translation>Säkerhetskopia nr %1 från %2 har öppnats och kontrollerats: %3 kunder, %4 bokningar, %5 fakturor; händelseloggen (%6 händelser) är intakt.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="351"/>
        <source>Save the emergency kit</source>
        <translation>Spara nödpaketet</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="352"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="363"/>
        <source>The emergency kit was saved to %1. Print it and delete the file.</source>
        <translation>Nödpaketet sparades i %1. Skriv ut det och radera filen.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="375"/>
        <source>Must be at least the backup interval (%1 hours).</source>
        <translation>Måste vara minst lika lång som intervallet för säkerhetskopiering (%1 timmar).</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="389"/>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <location filename="../../ui/backup/scheduler.py" line="90"/>
        <source>Backing up</source>
        <translation>Säkerhetskopierar</translation>
    </message>
    <message>
        <location filename="../../ui/backup/scheduler.py" line="101"/>
        <source>Checking the newest backup</source>
        <translation>Kontrollerar den senaste säkerhetskopian</translation>
    </message>
    <message>
        <location filename="../../ui/backup/scheduler.py" line="122"/>
        <source>Backup failed</source>
        <translation>Säkerhetskopieringen misslyckades</translation>
    </message>
    <message>
        <location filename="../../ui/backup/scheduler.py" line="123"/>
        <source>The automatic backup failed:
%1

Check the backup location in Administration → Backups.</source>
        <translation>Den automatiska säkerhetskopieringen misslyckades:
%1

Kontrollera platsen för säkerhetskopior under Administration → Säkerhetskopior.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/scheduler.py" line="165"/>
        <source>Backing up before closing</source>
        <translation>Säkerhetskopierar före stängning</translation>
    </message>
</context>
<context>
    <name>BackupStatusLabel</name>
    <message>
        <location filename="../../ui/backup/status_label.py" line="70"/>
        <source>Backup status unknown</source>
        <translation>Säkerhetskopieringens status är okänd</translation>
    </message>
    <message>
        <location filename="../../ui/backup/status_label.py" line="73"/>
        <source>No backup yet</source>
        <translation>Ingen säkerhetskopia ännu</translation>
    </message>
    <message>
        <location filename="../../ui/backup/status_label.py" line="75"/>
        <source>Last backup: %1</source>
        <translation>Senaste säkerhetskopia: %1</translation>
    </message>
    <message>
        <location filename="../../ui/backup/status_label.py" line="78"/>
        <source>The last backup failed: %1</source>
        <translation>Den senaste säkerhetskopieringen misslyckades: %1</translation>
    </message>
    <message>
        <location filename="../../ui/backup/status_label.py" line="82"/>
        <source>No backup location is set up (Administration → Backups).</source>
        <translation>Ingen plats för säkerhetskopior har angetts (Administration → Säkerhetskopior).</translation>
    </message>
    <message>
        <location filename="../../ui/backup/status_label.py" line="84"/>
        <source>No backup location is set up.</source>
        <translation>Ingen plats för säkerhetskopior har ställts in.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/backup/status_label.py" line="86"/>
        <source>No verified backup in the last %n hour(s).</source>
        <translation>
            <numerusform>Ingen kontrollerad säkerhetskopia under den senaste %n timmen.</numerusform>
            <numerusform>Ingen kontrollerad säkerhetskopia under de senaste %n timmarna.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/backup/status_label.py" line="91"/>
        <source>Backups are up to date.</source>
        <translation>Säkerhetskopiorna är uppdaterade.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/status_label.py" line="97"/>
        <source>%1

Please tell the owner of the practice.</source>
        <translation>%1

Meddela mottagningens ägare.</translation>
    </message>
</context>
<context>
    <name>BankImportDialog</name>
    <message>
        <location filename="../../ui/billing/bank_import_dialog.py" line="91"/>
        <source>Import bank file</source>
        <translation>Importera bankfil</translation>
    </message>
    <message>
        <location filename="../../ui/billing/bank_import_dialog.py" line="99"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Välj fil…</translation>
    </message>
    <message>
        <location filename="../../ui/billing/bank_import_dialog.py" line="102"/>
        <source>camt.054 (XML) or KTL reference payment file</source>
        <translation>camt.054 (XML) eller KTL-fil med referensbetalningar</translation>
    </message>
    <message>
        <location filename="../../ui/billing/bank_import_dialog.py" line="116"/>
        <source>&amp;Record payments</source>
        <translation>&amp;Registrera betalningar</translation>
    </message>
    <message>
        <location filename="../../ui/billing/bank_import_dialog.py" line="128"/>
        <source>Choose bank file</source>
        <translation>Välj bankfil</translation>
    </message>
    <message>
        <location filename="../../ui/billing/bank_import_dialog.py" line="129"/>
        <source>Bank files (*.xml *.txt *.dat *.ktl);;All files (*)</source>
        <translation>Bankfiler (*.xml *.txt *.dat *.ktl);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../ui/billing/bank_import_dialog.py" line="150"/>
        <source>Reading the bank file</source>
        <translation>Läser bankfilen</translation>
    </message>
    <message>
        <location filename="../../ui/billing/bank_import_dialog.py" line="158"/>
        <source>%1 payments (%2) match invoices and will be recorded. %3 lines do not match and %4 were imported before.</source>
        <translation>%1 betalningar (%2) motsvarar fakturor och registreras. %3 rader motsvarar ingen faktura och %4 har importerats tidigare.</translation>
    </message>
    <message>
        <location filename="../../ui/billing/bank_import_dialog.py" line="170"/>
        <source>Recording payments</source>
        <translation>Registrerar betalningar</translation>
    </message>
    <message>
        <location filename="../../ui/billing/bank_import_dialog.py" line="176"/>
        <source>Recorded %1 payments, %2 in all.</source>
        <translation>%1 betalningar registrerades, totalt %2.</translation>
    </message>
</context>
<context>
    <name>BankPage</name>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="191"/>
        <source>Bank account</source>
        <translation>Bankkonto</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="192"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="193"/>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="194"/>
        <source>Clients pay invoices to this account.</source>
        <translation>Kunderna betalar fakturorna till det här kontot.</translation>
    </message>
</context>
<context>
    <name>BankTransferDialog</name>
    <message>
        <location filename="../../ui/billing/payments_page.py" line="73"/>
        <source>Record bank transfer</source>
        <translation>Registrera banköverföring</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payments_page.py" line="82"/>
        <source>Reference or invoice number</source>
        <translation>Referensnummer eller fakturanummer</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payments_page.py" line="83"/>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payments_page.py" line="84"/>
        <source>Booking date</source>
        <translation>Bokföringsdag</translation>
    </message>
</context>
<context>
    <name>BillingView</name>
    <message>
        <location filename="../../ui/billing/billing_view.py" line="43"/>
        <source>Invoices</source>
        <translation>Fakturor</translation>
    </message>
    <message>
        <location filename="../../ui/billing/billing_view.py" line="47"/>
        <source>Payments</source>
        <translation>Betalningar</translation>
    </message>
    <message>
        <location filename="../../ui/billing/billing_view.py" line="53"/>
        <location filename="../../ui/billing/billing_view.py" line="87"/>
        <source>Overdue</source>
        <translation>Förfallna</translation>
    </message>
    <message>
        <location filename="../../ui/billing/billing_view.py" line="58"/>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <location filename="../../ui/billing/billing_view.py" line="60"/>
        <source>Invoices are handled at the reception. Open an invoice of your own client from the client card.</source>
        <translation>Fakturorna hanteras i receptionen. Öppna en faktura för din egen kund från kundkortet.</translation>
    </message>
    <message>
        <location filename="../../ui/billing/billing_view.py" line="86"/>
        <source>Overdue (%1)</source>
        <translation>Förfallna (%1)</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="109"/>
        <source>Dates: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="167"/>
        <source>New booking</source>
        <translation>Ny bokning</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="177"/>
        <source>&amp;Service</source>
        <translation>&amp;Tjänst</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="180"/>
        <source>&amp;Practitioner</source>
        <translation>&amp;Behandlare</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="183"/>
        <source>Free &amp;times</source>
        <translation>Lediga &amp;tider</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="190"/>
        <source>Name, phone or email</source>
        <translation>Namn, telefon eller e-post</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="192"/>
        <source>C&amp;lient</source>
        <translation>K&amp;und</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="196"/>
        <source>New client…</source>
        <translation>Ny kund…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="206"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="207"/>
        <source>Walk-in</source>
        <translation>Drop-in</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="208"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="209"/>
        <source>Other</source>
        <translation>Annan</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="211"/>
        <source>C&amp;hannel</source>
        <translation>K&amp;anal</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="214"/>
        <source>&amp;Book</source>
        <translation>&amp;Boka</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="267"/>
        <source>Anyone</source>
        <translation>Vem som helst</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="283"/>
        <source>Mon</source>
        <translation>mån</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="283"/>
        <source>Tue</source>
        <translation>tis</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="283"/>
        <source>Wed</source>
        <translation>ons</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="283"/>
        <source>Thu</source>
        <translation>tors</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="284"/>
        <source>Fri</source>
        <translation>fre</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="284"/>
        <source>Sat</source>
        <translation>lör</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="284"/>
        <source>Sun</source>
        <translation>sön</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="285"/>
        <source>%1 %2 at %3 – %4</source>
        <translation>%1 %2 kl. %3 – %4</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="314"/>
        <source>No free times in the next eight weeks.</source>
        <translation>Inga lediga tider under de kommande åtta veckorna.</translation>
    </message>
</context>
<context>
    <name>BusinessPage</name>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="161"/>
        <source>Business</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="162"/>
        <source>These details appear on invoices and in the privacy notice.</source>
        <translation>Uppgifterna visas på fakturor och i dataskyddsbeskrivningen.</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="163"/>
        <source>Business name</source>
        <translation>Företagets namn</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="164"/>
        <source>Business ID (Y-tunnus)</source>
        <translation>FO-nummer</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="166"/>
        <source>Street address</source>
        <translation>Gatuadress</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="167"/>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="168"/>
        <source>City</source>
        <translation>Postort</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="169"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="170"/>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="171"/>
        <source>Website (optional)</source>
        <translation>Webbplats (valfri)</translation>
    </message>
</context>
<context>
    <name>CalendarOverview</name>
    <message>
        <location filename="../../ui/calendar/overview_view.py" line="80"/>
        <source>Previous day</source>
        <translation>Föregående dag</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/overview_view.py" line="83"/>
        <source>Next day</source>
        <translation>Nästa dag</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/overview_view.py" line="85"/>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/overview_view.py" line="126"/>
        <source>%1: %n appointment(s)</source>
        <translation>
            <numerusform>%1: %n bokning</numerusform>
            <numerusform>%1: %n bokningar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarToolbar</name>
    <message>
        <location filename="../../ui/calendar/calendar_toolbar.py" line="23"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_toolbar.py" line="23"/>
        <source>Week</source>
        <translation>Vecka</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_toolbar.py" line="24"/>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_toolbar.py" line="24"/>
        <source>My day</source>
        <translation>Min dag</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_toolbar.py" line="36"/>
        <source>Previous</source>
        <translation>Föregående</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_toolbar.py" line="37"/>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_toolbar.py" line="39"/>
        <source>Next</source>
        <translation>Nästa</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_toolbar.py" line="57"/>
        <source>All practitioners</source>
        <translation>Alla behandlare</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_toolbar.py" line="61"/>
        <source>By practitioner</source>
        <translation>Per behandlare</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_toolbar.py" line="62"/>
        <source>By room</source>
        <translation>Per rum</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_toolbar.py" line="66"/>
        <source>Colour by service</source>
        <translation>Färg enligt tjänst</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_toolbar.py" line="67"/>
        <source>Colour by practitioner</source>
        <translation>Färg enligt behandlare</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_toolbar.py" line="72"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_toolbar.py" line="74"/>
        <source>Cancelled</source>
        <translation>Avbokade</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_toolbar.py" line="76"/>
        <source>Show cancelled appointments</source>
        <translation>Visa avbokade bokningar</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_toolbar.py" line="48"/>
        <source>Walk-in…</source>
        <translation>Drop-in…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_toolbar.py" line="50"/>
        <source>Waitlist</source>
        <translation>Kölista</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_toolbar.py" line="52"/>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../ui/calendar/appointment_actions.py" line="45"/>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/appointment_actions.py" line="50"/>
        <source>Arrived</source>
        <translation>Ankommen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/appointment_actions.py" line="52"/>
        <source>Completed</source>
        <translation>Genomförd</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/appointment_actions.py" line="54"/>
        <source>No-show</source>
        <translation>Uteblev</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/appointment_actions.py" line="56"/>
        <source>Cancel…</source>
        <translation>Avboka…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/appointment_actions.py" line="64"/>
        <source>Repeat…</source>
        <translation>Upprepa…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/appointment_actions.py" line="212"/>
        <source>Move appointment</source>
        <translation>Flytta bokningen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/appointment_actions.py" line="238"/>
        <source>Resize appointment</source>
        <translation>Ändra bokningens längd</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/appointment_flows.py" line="166"/>
        <source>Mark the appointment completed first.</source>
        <translation>Markera först bokningen som genomförd.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_view.py" line="234"/>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_view.py" line="236"/>
        <source>Redo</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_view.py" line="354"/>
        <source>All practitioners</source>
        <translation>Alla behandlare</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_view.py" line="438"/>
        <source>Closed: %1</source>
        <translation>Stängt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_view.py" line="439"/>
        <source>Closed</source>
        <translation>Stängt</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_view.py" line="494"/>
        <source>Week %1: %2–%3</source>
        <translation>Vecka %1: %2–%3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/calendar_view.py" line="496"/>
        <source>%1: %n appointment(s)</source>
        <translation>
            <numerusform>%1: %n bokning</numerusform>
            <numerusform>%1: %n bokningar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_view.py" line="591"/>
        <source>%1 (late)</source>
        <translation>%1 (sent)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_view.py" line="596"/>
        <source>No-shows: %1</source>
        <translation>Uteblev: %1</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <location filename="../../ui/calendar/cancel_dialog.py" line="37"/>
        <source>Cancel appointment</source>
        <translation>Avboka bokningen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/cancel_dialog.py" line="47"/>
        <source>By the &amp;client</source>
        <translation>Av &amp;kunden</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/cancel_dialog.py" line="49"/>
        <source>By &amp;us</source>
        <translation>Av &amp;oss</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/cancel_dialog.py" line="55"/>
        <source>Cancelled</source>
        <translation>Avbokad</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/cancel_dialog.py" line="60"/>
        <source>&amp;Reason</source>
        <translation>&amp;Orsak</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/cancel_dialog.py" line="62"/>
        <source>Less than the notice period before the start: a cancellation by the client is recorded as late.</source>
        <translation>Det är kortare tid än avbokningstiden kvar till starten: en avbokning av kunden registreras som sen.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/cancel_dialog.py" line="71"/>
        <source>Cancel &amp;appointment</source>
        <translation>&amp;Avboka</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/cancel_dialog.py" line="74"/>
        <source>&amp;Keep it</source>
        <translation>&amp;Behåll bokningen</translation>
    </message>
</context>
<context>
    <name>ClientCardDialog</name>
    <message>
        <location filename="../../ui/clients/client_card.py" line="58"/>
        <source>Details</source>
        <translation>Grunduppgifter</translation>
    </message>
    <message>
        <location filename="../../ui/clients/client_card.py" line="59"/>
        <source>Consents</source>
        <translation>Samtycken</translation>
    </message>
    <message>
        <location filename="../../ui/clients/client_card.py" line="60"/>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <location filename="../../ui/clients/client_card.py" line="71"/>
        <source>Treatment notes</source>
        <translation>Vårdanteckningar</translation>
    </message>
    <message>
        <location filename="../../ui/clients/client_card.py" line="77"/>
        <source>Privacy…</source>
        <translation>Dataskydd…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/clients/client_card.py" line="90"/>
        <source>Messages (%n failed)</source>
        <translation>
            <numerusform>Meddelanden (%n misslyckades)</numerusform>
            <numerusform>Meddelanden (%n misslyckades)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/clients/client_card.py" line="91"/>
        <source>Messages</source>
        <translation>Meddelanden</translation>
    </message>
    <message>
        <location filename="../../ui/clients/client_card.py" line="98"/>
        <source>Client: %1</source>
        <translation>Kund: %1</translation>
    </message>
    <message>
        <location filename="../../ui/clients/client_card.py" line="99"/>
        <source> (archived)</source>
        <translation> (arkiverad)</translation>
    </message>
    <message>
        <location filename="../../ui/clients/client_card.py" line="146"/>
        <source>The client card was closed</source>
        <translation>Kundkortet stängdes</translation>
    </message>
</context>
<context>
    <name>ClientMessagesWidget</name>
    <message>
        <location filename="../../ui/messages/client_messages.py" line="44"/>
        <source>Messages are visible to reception and the owner.</source>
        <translation>Meddelandena syns för receptionisterna och ägaren.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/messages/client_messages.py" line="49"/>
        <source>%n message(s) to this client failed. See the reason below; retry from the message log.</source>
        <translation>
            <numerusform>%n meddelande till den här kunden misslyckades. Se orsaken nedan; försök igen från meddelandeloggen.</numerusform>
            <numerusform>%n meddelanden till den här kunden misslyckades. Se orsaken nedan; försök igen från meddelandeloggen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/messages/client_messages.py" line="53"/>
        <source>%n recent message(s).</source>
        <translation>
            <numerusform>%n nyligen skickat meddelande.</numerusform>
            <numerusform>%n nyligen skickade meddelanden.</numerusform>
        </translation>
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
    <message>
        <location filename="../../ui/calendar/client_picker.py" line="93"/>
        <source>Name, phone or email</source>
        <translation>Namn, telefon eller e-post</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/client_picker.py" line="97"/>
        <source>New client…</source>
        <translation>Ny kund…</translation>
    </message>
</context>
<context>
    <name>ClientsView</name>
    <message>
        <location filename="../../ui/clients/clients_view.py" line="66"/>
        <source>Find a client: name, phone, email, birth date or identity code</source>
        <translation>Sök kund: namn, telefon, e-post, födelsedatum eller personbeteckning</translation>
    </message>
    <message>
        <location filename="../../ui/clients/clients_view.py" line="70"/>
        <source>Show archived</source>
        <translation>Visa arkiverade</translation>
    </message>
    <message>
        <location filename="../../ui/clients/clients_view.py" line="98"/>
        <source>New client…</source>
        <translation>Ny kund…</translation>
    </message>
    <message>
        <location filename="../../ui/clients/clients_view.py" line="100"/>
        <source>Open card</source>
        <translation>Öppna kortet</translation>
    </message>
    <message>
        <location filename="../../ui/clients/clients_view.py" line="102"/>
        <source>Merge duplicates…</source>
        <translation>Slå ihop dubbletter…</translation>
    </message>
    <message>
        <location filename="../../ui/clients/clients_view.py" line="106"/>
        <source>Import…</source>
        <translation>Importera…</translation>
    </message>
    <message>
        <location filename="../../ui/clients/clients_view.py" line="108"/>
        <source>Export…</source>
        <translation>Exportera…</translation>
    </message>
    <message>
        <location filename="../../ui/clients/clients_view.py" line="140"/>
        <source>Cannot search</source>
        <translation>Det går inte att söka</translation>
    </message>
    <message>
        <location filename="../../ui/clients/clients_view.py" line="156"/>
        <source>Showing the first %1 clients. Type more to narrow the search.</source>
        <translation>Visar de %1 första kunderna. Skriv mer för att begränsa sökningen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/clients/clients_view.py" line="159"/>
        <source>%n client(s) found.</source>
        <translation>
            <numerusform>%n kund hittades.</numerusform>
            <numerusform>%n kunder hittades.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/clients/clients_view.py" line="220"/>
        <source>Cannot open the client card</source>
        <translation>Det går inte att öppna kundkortet</translation>
    </message>
    <message>
        <location filename="../../ui/clients/clients_view.py" line="267"/>
        <source>Export clients</source>
        <translation>Exportera kunder</translation>
    </message>
    <message>
        <location filename="../../ui/clients/clients_view.py" line="267"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/clients/clients_view.py" line="278"/>
        <location filename="../../ui/clients/clients_view.py" line="283"/>
        <source>Cannot export</source>
        <translation>Det går inte att exportera</translation>
    </message>
    <message>
        <location filename="../../ui/clients/clients_view.py" line="284"/>
        <source>The file could not be written. Choose another folder.</source>
        <translation>Det gick inte att skriva filen. Välj en annan mapp.</translation>
    </message>
</context>
<context>
    <name>ColorButton</name>
    <message>
        <location filename="../../ui/admin/common.py" line="228"/>
        <source>Choose a colour</source>
        <translation>Välj färg</translation>
    </message>
</context>
<context>
    <name>ConsentsTab</name>
    <message>
        <location filename="../../ui/clients/consents_tab.py" line="38"/>
        <source>Current consents</source>
        <translation>Gällande samtycken</translation>
    </message>
    <message>
        <location filename="../../ui/clients/consents_tab.py" line="47"/>
        <source>Forbid direct marketing…</source>
        <translation>Förbjud direktmarknadsföring…</translation>
    </message>
    <message>
        <location filename="../../ui/clients/consents_tab.py" line="50"/>
        <source>The client objects to direct marketing: withdraws both marketing consents.</source>
        <translation>Kunden motsätter sig direktmarknadsföring: båda samtyckena till marknadsföring återkallas.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/consents_tab.py" line="55"/>
        <source>History</source>
        <translation>Samtyckeshistorik</translation>
    </message>
    <message>
        <location filename="../../ui/clients/consents_tab.py" line="68"/>
        <source>Given: %1</source>
        <translation>Lämnat: %1</translation>
    </message>
    <message>
        <location filename="../../ui/clients/consents_tab.py" line="74"/>
        <source>Cannot show the consent history</source>
        <translation>Det går inte att visa samtyckeshistoriken</translation>
    </message>
    <message>
        <location filename="../../ui/clients/consents_tab.py" line="78"/>
        <source>Record consent</source>
        <translation>Registrera samtycke</translation>
    </message>
    <message>
        <location filename="../../ui/clients/consents_tab.py" line="78"/>
        <source>Record withdrawal</source>
        <translation>Registrera återkallat samtycke</translation>
    </message>
    <message>
        <location filename="../../ui/clients/consents_tab.py" line="79"/>
        <source>How did the client give this consent?</source>
        <translation>Hur lämnade kunden det här samtycket?</translation>
    </message>
    <message>
        <location filename="../../ui/clients/consents_tab.py" line="80"/>
        <source>How did the client withdraw this consent?</source>
        <translation>Hur återkallade kunden det här samtycket?</translation>
    </message>
    <message>
        <location filename="../../ui/clients/consents_tab.py" line="102"/>
        <source>Forbid direct marketing</source>
        <translation>Förbjud direktmarknadsföring</translation>
    </message>
    <message>
        <location filename="../../ui/clients/consents_tab.py" line="103"/>
        <source>How did the client forbid direct marketing?</source>
        <translation>Hur förbjöd kunden direktmarknadsföring?</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="178"/>
        <source>Contact person of the register</source>
        <translation>Registrets kontaktperson</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="179"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="180"/>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="181"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="184"/>
        <source>The privacy notice (rekisteriseloste) names this person as the one clients contact about their personal data: access requests, corrections and erasure.</source>
        <translation>I dataskyddsbeskrivningen (registerbeskrivningen) anges den här personen som den som kunderna kontaktar i frågor om sina personuppgifter: begäran om insyn, rättelse och radering.</translation>
    </message>
</context>
<context>
    <name>CreditDialog</name>
    <message>
        <location filename="../../ui/billing/credit_dialog.py" line="29"/>
        <source>Credit note for invoice %1</source>
        <translation>Kreditnota för faktura %1</translation>
    </message>
    <message>
        <location filename="../../ui/billing/credit_dialog.py" line="34"/>
        <source>Credit everything still open</source>
        <translation>Kreditera allt som ännu inte krediterats</translation>
    </message>
    <message>
        <location filename="../../ui/billing/credit_dialog.py" line="42"/>
        <source>Line</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location filename="../../ui/billing/credit_dialog.py" line="42"/>
        <source>Unit price</source>
        <translation>À-pris</translation>
    </message>
    <message>
        <location filename="../../ui/billing/credit_dialog.py" line="43"/>
        <source>Open quantity</source>
        <translation>Återstående antal</translation>
    </message>
    <message>
        <location filename="../../ui/billing/credit_dialog.py" line="44"/>
        <source>Quantity to credit</source>
        <translation>Antal att kreditera</translation>
    </message>
    <message>
        <location filename="../../ui/billing/credit_dialog.py" line="62"/>
        <source>Reason (printed on the note)</source>
        <translation>Orsak (skrivs ut på kreditnotan)</translation>
    </message>
    <message>
        <location filename="../../ui/billing/credit_dialog.py" line="66"/>
        <source>Issue credit note</source>
        <translation>Utfärda kreditnota</translation>
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
    <name>EncryptionPage</name>
    <message>
        <location filename="../../ui/admin/encryption_page.py" line="54"/>
        <source>Encrypt the database…</source>
        <translation>Kryptera databasen…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/encryption_page.py" line="73"/>
        <source>The database is on a database server.</source>
        <translation>Databasen finns på en databasserver.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/encryption_page.py" line="75"/>
        <source>Encryption at rest of a PostgreSQL database is set up on the server (disk encryption); this program encrypts the backups it makes.</source>
        <translation>Kryptering av lagrade data i en PostgreSQL-databas ställs in på servern (diskkryptering); det här programmet krypterar de säkerhetskopior det gör.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/encryption_page.py" line="79"/>
        <source>The database is encrypted (SQLCipher, a 256-bit key kept in this computer&apos;s secure key store).</source>
        <translation>Databasen är krypterad (SQLCipher, en 256-bitars nyckel som förvaras i den här datorns säkra nyckellagring).</translation>
    </message>
    <message>
        <location filename="../../ui/admin/encryption_page.py" line="82"/>
        <source>A copied database file cannot be read without the key. If this computer&apos;s key store is lost, the practice is restored from a backup with the emergency kit (Administration → Backups).</source>
        <translation>En kopierad databasfil kan inte läsas utan nyckeln. Om den här datorns nyckellagring går förlorad återställs mottagningen från en säkerhetskopia med hjälp av nödpaketet (Administration → Säkerhetskopior).</translation>
    </message>
    <message>
        <location filename="../../ui/admin/encryption_page.py" line="86"/>
        <source>The database is not encrypted.</source>
        <translation>Databasen är inte krypterad.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/encryption_page.py" line="89"/>
        <source>Encrypting makes the database file unreadable without a key kept in this computer&apos;s secure key store. The database is copied encrypted, the copy is checked row by row, and only then does it replace the original, so an interruption never loses data. Close Vastaanotto on other computers first. Make a new backup afterwards.</source>
        <translation>Krypteringen gör databasfilen oläslig utan en nyckel som förvaras i den här datorns säkra nyckellagring. Databasen kopieras krypterad, kopian kontrolleras rad för rad och först därefter ersätter den originalet, så ett avbrott leder aldrig till att data går förlorade. Stäng först Vastaanotto på andra datorer. Gör en ny säkerhetskopia efteråt.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/encryption_page.py" line="96"/>
        <source>No secure key store (keyring) is available on this computer, and the key is never written to a file. Set up the operating system&apos;s key store, or protect the computer with full-disk encryption (BitLocker, FileVault, LUKS).</source>
        <translation>Det finns ingen säker nyckellagring (nyckelring) på den här datorn, och nyckeln skrivs aldrig till en fil. Ställ in operativsystemets nyckellagring eller skydda datorn med kryptering av hela disken (BitLocker, FileVault, LUKS).</translation>
    </message>
    <message>
        <location filename="../../ui/admin/encryption_page.py" line="104"/>
        <source>Encrypt the database</source>
        <translation>Kryptera databasen</translation>
    </message>
    <message>
        <location filename="../../ui/admin/encryption_page.py" line="105"/>
        <source>Encrypt the database now? It takes a moment; the program waits until it is done. Close Vastaanotto on any other computer first.</source>
        <translation>Vill du kryptera databasen nu? Det tar en stund; programmet väntar tills det är klart. Stäng först Vastaanotto på alla andra datorer.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/encryption_page.py" line="120"/>
        <source>The database is now encrypted: %1 rows in %2 tables copied and checked. Make a new backup now.</source>
        <translation>Databasen är nu krypterad: %1 rader i %2 tabeller har kopierats och kontrollerats. Gör en ny säkerhetskopia nu.</translation>
    </message>
</context>
<context>
    <name>EncryptionStatusLabel</name>
    <message>
        <location filename="../../ui/admin/encryption_page.py" line="150"/>
        <source>Demo practice: not encrypted</source>
        <translation>Demomottagning: inte krypterad</translation>
    </message>
    <message>
        <location filename="../../ui/admin/encryption_page.py" line="152"/>
        <source>The demo practice holds made-up data only, so its database is not encrypted and it opens on any computer, with or without a key store.</source>
        <translation>Demomottagningen innehåller bara påhittade uppgifter, så dess databas krypteras inte och den öppnas på vilken dator som helst, med eller utan nyckellagring.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/encryption_page.py" line="156"/>
        <source>Database not encrypted</source>
        <translation>Databasen är inte krypterad</translation>
    </message>
    <message>
        <location filename="../../ui/admin/encryption_page.py" line="158"/>
        <source>The database file on this computer is not encrypted. The owner can encrypt it in Administration → Encryption once a secure key store is available.</source>
        <translation>Databasfilen på den här datorn är inte krypterad. Ägaren kan kryptera den under Administration → Kryptering när en säker nyckellagring finns tillgänglig.</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../ui/clients/history_tab.py" line="47"/>
        <source>Bookings</source>
        <translation>Bokningar</translation>
    </message>
    <message>
        <location filename="../../ui/clients/history_tab.py" line="48"/>
        <source>Visits</source>
        <translation>Besök</translation>
    </message>
    <message>
        <location filename="../../ui/clients/history_tab.py" line="49"/>
        <source>Invoices</source>
        <translation>Fakturor</translation>
    </message>
    <message>
        <location filename="../../ui/clients/history_tab.py" line="50"/>
        <source>Payments</source>
        <translation>Betalningar</translation>
    </message>
    <message>
        <location filename="../../ui/clients/history_tab.py" line="72"/>
        <source>No-shows: %1    Late cancellations: %2</source>
        <translation>Uteblev: %1    Sena avbokningar: %2</translation>
    </message>
    <message>
        <location filename="../../ui/clients/history_tab.py" line="83"/>
        <source>Invoices and payments are not shown to your role.</source>
        <translation>Fakturor och betalningar visas inte för din roll.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/history_tab.py" line="86"/>
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
        <location filename="../../ui/clients/import_dialog.py" line="66"/>
        <source>Import clients</source>
        <translation>Importera kunder</translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="71"/>
        <source>No file chosen.</source>
        <translation>Ingen fil har valts.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="73"/>
        <source>Choose file…</source>
        <translation>Välj fil…</translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="82"/>
        <source>Which field each column fills</source>
        <translation>Vilket fält varje kolumn fyller i</translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="100"/>
        <source>Check</source>
        <translation>Kontrollera</translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="103"/>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="106"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="111"/>
        <source>Checking rows…</source>
        <translation>Kontrollerar rader…</translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="112"/>
        <source>Importing clients…</source>
        <translation>Importerar kunder…</translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="124"/>
        <source>Choose a CSV file</source>
        <translation>Välj en CSV-fil</translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="124"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-filer (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="131"/>
        <source>The file could not be read.</source>
        <translation>Det gick inte att läsa filen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/clients/import_dialog.py" line="150"/>
        <source>%n row(s) to import.</source>
        <translation>
            <numerusform>%n rad att importera.</numerusform>
            <numerusform>%n rader att importera.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="165"/>
        <source>(do not import)</source>
        <translation>(importera inte)</translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="171"/>
        <source>Column %1</source>
        <translation>Kolumn %1</translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="203"/>
        <source>Checking the file</source>
        <translation>Kontrollerar filen</translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="210"/>
        <source>Importing clients</source>
        <translation>Importerar kunder</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/clients/import_dialog.py" line="214"/>
        <source>%n client(s) imported.</source>
        <translation>
            <numerusform>%n kund importerades.</numerusform>
            <numerusform>%n kunder importerades.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/clients/import_dialog.py" line="230"/>
        <source>All %n row(s) can be imported.</source>
        <translation>
            <numerusform>%n rad kan importeras.</numerusform>
            <numerusform>Alla %n rader kan importeras.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="232"/>
        <source>%1 of %2 rows have errors. Nothing will be imported until they are corrected in the file.</source>
        <translation>Rader med fel: %1 av %2. Ingenting importeras förrän felen har rättats i filen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/clients/import_dialog.py" line="236"/>
        <source>%n row(s) have warnings.</source>
        <translation>
            <numerusform>%n rad har varningar.</numerusform>
            <numerusform>%n rader har varningar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoiceEditor</name>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="64"/>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="93"/>
        <source>Buyer</source>
        <translation>Köpare</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="96"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="96"/>
        <source>Business ID (Y-tunnus)</source>
        <translation>FO-nummer</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="97"/>
        <source>Street address</source>
        <translation>Gatuadress</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="97"/>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="98"/>
        <source>City</source>
        <translation>Postort</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="98"/>
        <source>E-invoice address</source>
        <translation>E-fakturaadress</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="99"/>
        <source>E-invoice operator</source>
        <translation>E-fakturaförmedlare</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="105"/>
        <source>for a company payer</source>
        <translation>om betalaren är ett företag</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="111"/>
        <source>Terms</source>
        <translation>Villkor</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="115"/>
        <source>Finnish</source>
        <translation>Finska</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="115"/>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="116"/>
        <source>English</source>
        <translation>Engelska</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="126"/>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="135"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="136"/>
        <source>Delivery date</source>
        <translation>Leveransdag</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="137"/>
        <source>Payment terms</source>
        <translation>Betalningsvillkor</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="138"/>
        <source>Due date</source>
        <translation>Förfallodag</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="139"/>
        <source>Notes on the invoice</source>
        <translation>Anteckningar på fakturan</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="145"/>
        <source>Lines</source>
        <translation>Fakturarader</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="151"/>
        <source>Add line</source>
        <translation>Lägg till rad</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="153"/>
        <source>Remove line</source>
        <translation>Ta bort rad</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="158"/>
        <source>Add no-show fee</source>
        <translation>Lägg till avgift för uteblivet besök</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="169"/>
        <source>Save draft</source>
        <translation>Spara utkast</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="170"/>
        <source>Issue…</source>
        <translation>Utfärda…</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="171"/>
        <location filename="../../ui/billing/invoice_editor.py" line="430"/>
        <source>Delete draft</source>
        <translation>Ta bort utkast</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="172"/>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="173"/>
        <source>Save PDF…</source>
        <translation>Spara PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="174"/>
        <source>Save Finvoice XML…</source>
        <translation>Spara Finvoice-XML…</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="176"/>
        <source>Send by email</source>
        <translation>Skicka per e-post</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="178"/>
        <source>Credit note…</source>
        <translation>Kreditnota…</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="181"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="213"/>
        <source>The practice&apos;s bank account is not Finnish, so no bank barcode (virtuaaliviivakoodi) is printed on the invoice: the payer types the IBAN and the reference by hand.</source>
        <translation>Mottagningens bankkonto är inte finländskt, så ingen virtuell streckkod (virtuaaliviivakoodi) skrivs ut på fakturan: betalaren skriver in IBAN-numret och referensnumret för hand.</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="218"/>
        <source>The practice&apos;s bank account (IBAN) is not valid, so no bank barcode is printed on the invoice. Correct it in the practice settings.</source>
        <translation>Mottagningens bankkonto (IBAN) är ogiltigt, så ingen virtuell streckkod skrivs ut på fakturan. Rätta det i mottagningens inställningar.</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="260"/>
        <source>No-show</source>
        <translation>Uteblev</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="261"/>
        <source>Late cancellation</source>
        <translation>Sen avbokning</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="289"/>
        <source>New invoice</source>
        <translation>Ny faktura</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="291"/>
        <source>Draft invoice</source>
        <translation>Fakturautkast</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="293"/>
        <source>Credit note %1</source>
        <translation>Kreditnota %1</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="294"/>
        <source>Receipt %1</source>
        <translation>Kvitto %1</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="295"/>
        <source>Invoice %1</source>
        <translation>Faktura %1</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="296"/>
        <source>Issued %1 · due %2 · balance %3</source>
        <translation>Utfärdad %1 · förfallodag %2 · saldo %3</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="326"/>
        <source>Totals appear when every line is valid.</source>
        <translation>Summorna visas när alla rader är giltiga.</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="329"/>
        <source>Excl. VAT %1 · VAT %2 · &lt;b&gt;Total %3&lt;/b&gt;</source>
        <translation>Exkl. moms %1 · Moms %2 · &lt;b&gt;Totalt %3&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="341"/>
        <source>No-show fee %1</source>
        <translation>Avgift för uteblivet besök %1</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="342"/>
        <source>Late cancellation fee %1</source>
        <translation>Avgift för sen avbokning %1</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="391"/>
        <source>Line %1: %2: %3</source>
        <translation>Rad %1: %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="401"/>
        <source>Check the fields marked in red.</source>
        <translation>Kontrollera fälten som är markerade med rött.</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="412"/>
        <source>Issue the invoice</source>
        <translation>Utfärda fakturan</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="413"/>
        <source>The invoice gets its number and its content is fixed for good: later corrections need a credit note. Issue it now?</source>
        <translation>Fakturan får ett nummer och innehållet låses permanent: senare rättelser kräver en kreditnota. Vill du utfärda den nu?</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="430"/>
        <source>Delete this draft invoice?</source>
        <translation>Vill du ta bort det här fakturautkastet?</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="473"/>
        <source>Save Finvoice XML</source>
        <translation>Spara Finvoice-XML</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="475"/>
        <source>Finvoice XML (*.xml)</source>
        <translation>Finvoice-XML (*.xml)</translation>
    </message>
</context>
<context>
    <name>InvoicesPage</name>
    <message>
        <location filename="../../ui/billing/invoices_page.py" line="61"/>
        <source>Buyer, business ID or invoice number</source>
        <translation>Köpare, FO-nummer eller fakturanummer</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoices_page.py" line="70"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoices_page.py" line="72"/>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoices_page.py" line="74"/>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoices_page.py" line="79"/>
        <source>New invoice…</source>
        <translation>Ny faktura…</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoices_page.py" line="81"/>
        <source>Invoice visits…</source>
        <translation>Fakturera besök…</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoices_page.py" line="83"/>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoices_page.py" line="85"/>
        <source>Print unsent…</source>
        <translation>Skriv ut oskickade…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/billing/invoices_page.py" line="127"/>
        <source>%n invoice(s), open %1</source>
        <translation>
            <numerusform>%n faktura, obetalt %1</numerusform>
            <numerusform>%n fakturor, obetalt %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/billing/invoices_page.py" line="179"/>
        <source>Print %n unsent invoice(s) into one PDF</source>
        <translation>
            <numerusform>Skriv ut %n oskickad faktura i en PDF-fil</numerusform>
            <numerusform>Skriv ut %n oskickade fakturor i en PDF-fil</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoices_page.py" line="180"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoices_page.py" line="190"/>
        <source>Print unsent</source>
        <translation>Skriv ut oskickade</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoices_page.py" line="191"/>
        <source>Every issued invoice has been printed or sent.</source>
        <translation>Alla utfärdade fakturor har skrivits ut eller skickats.</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoices_page.py" line="197"/>
        <source>Printing invoices</source>
        <translation>Skriver ut fakturor</translation>
    </message>
</context>
<context>
    <name>LinesTable</name>
    <message>
        <location filename="../../ui/billing/lines_table.py" line="60"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location filename="../../ui/billing/lines_table.py" line="60"/>
        <source>Qty</source>
        <translation>Antal</translation>
    </message>
    <message>
        <location filename="../../ui/billing/lines_table.py" line="61"/>
        <source>Unit price €</source>
        <translation>À-pris €</translation>
    </message>
    <message>
        <location filename="../../ui/billing/lines_table.py" line="61"/>
        <source>Discount %</source>
        <translation>Rabatt %</translation>
    </message>
    <message>
        <location filename="../../ui/billing/lines_table.py" line="62"/>
        <source>VAT</source>
        <translation>Moms</translation>
    </message>
    <message>
        <location filename="../../ui/billing/lines_table.py" line="62"/>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <location filename="../../ui/billing/lines_table.py" line="198"/>
        <source>0 % exempt (%1)</source>
        <translation>0 % skattefri (%1)</translation>
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
        <location filename="../../ui/main_window.py" line="104"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>Clients</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>Billing</source>
        <translation>Fakturering</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>Messages</source>
        <translation>Meddelanden</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106"/>
        <source>Admin</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106"/>
        <source>Privacy</source>
        <translation>Dataskydd</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159"/>
        <source>Database: %1</source>
        <translation>Databas: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="167"/>
        <source>No secure keyring: audit log not keyed</source>
        <translation>Ingen säker nyckelring: händelseloggen är inte skyddad med nyckel</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171"/>
        <source>The audit trail cannot be protected against tampering until the secret is kept in the operating system&apos;s keyring.</source>
        <translation>Händelseloggen kan inte skyddas mot manipulering förrän hemligheten förvaras i operativsystemets nyckelring.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="306"/>
        <source>About Vastaanotto</source>
        <translation>Om Vastaanotto</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="307"/>
        <source>Vastaanotto %1
Reception, calendar and billing for small Finnish service businesses.</source>
        <translation>Vastaanotto %1
Reception, kalender och fakturering för små finländska serviceföretag.</translation>
    </message>
</context>
<context>
    <name>MarketingDialog</name>
    <message>
        <location filename="../../ui/messages/marketing_dialog.py" line="30"/>
        <source>Marketing message</source>
        <translation>Marknadsföringsmeddelande</translation>
    </message>
    <message>
        <location filename="../../ui/messages/marketing_dialog.py" line="38"/>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../ui/messages/marketing_dialog.py" line="39"/>
        <source>SMS</source>
        <translation>Sms</translation>
    </message>
    <message>
        <location filename="../../ui/messages/marketing_dialog.py" line="48"/>
        <source>Placeholders: %1. An opt-out line is added to every message.</source>
        <translation>Platshållare: %1. En rad om hur man avböjer marknadsföring läggs till i varje meddelande.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/marketing_dialog.py" line="52"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../ui/messages/marketing_dialog.py" line="53"/>
        <source>Subject</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <location filename="../../ui/messages/marketing_dialog.py" line="54"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/messages/marketing_dialog.py" line="58"/>
        <source>Count recipients</source>
        <translation>Räkna mottagare</translation>
    </message>
    <message>
        <location filename="../../ui/messages/marketing_dialog.py" line="67"/>
        <location filename="../../ui/messages/marketing_dialog.py" line="119"/>
        <source>Send</source>
        <translation>Skicka</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/messages/marketing_dialog.py" line="90"/>
        <source>%1 characters, %n SMS part(s) before the opt-out line</source>
        <translation>
            <numerusform>%1 tecken, %n sms-del före avböjningsraden</numerusform>
            <numerusform>%1 tecken, %n sms-delar före avböjningsraden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/messages/marketing_dialog.py" line="94"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n tecken</numerusform>
            <numerusform>%n tecken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/messages/marketing_dialog.py" line="103"/>
        <source>%n client(s) will receive this message.</source>
        <translation>
            <numerusform>%n kund får det här meddelandet.</numerusform>
            <numerusform>%n kunder får det här meddelandet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/messages/marketing_dialog.py" line="107"/>
        <source>Left out: %n client(s)</source>
        <translation>
            <numerusform>Utelämnas: %n kund</numerusform>
            <numerusform>Utelämnas: %n kunder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/messages/marketing_dialog.py" line="119"/>
        <source>Send this message to %n client(s)?</source>
        <translation>
            <numerusform>Skicka meddelandet till %n kund?</numerusform>
            <numerusform>Skicka meddelandet till %n kunder?</numerusform>
        </translation>
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
    <name>MessageLogView</name>
    <message>
        <location filename="../../ui/messages/log_view.py" line="101"/>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <location filename="../../ui/messages/log_view.py" line="108"/>
        <source>Filter by client or address</source>
        <translation>Filtrera efter kund eller adress</translation>
    </message>
    <message>
        <location filename="../../ui/messages/log_view.py" line="110"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/messages/log_view.py" line="113"/>
        <location filename="../../ui/messages/log_view.py" line="168"/>
        <source>Retry</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <location filename="../../ui/messages/log_view.py" line="116"/>
        <source>Dismiss</source>
        <translation>Kvittera</translation>
    </message>
    <message>
        <location filename="../../ui/messages/log_view.py" line="119"/>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <location filename="../../ui/messages/log_view.py" line="169"/>
        <source>It is not known whether this message was delivered. Sending it again may deliver it twice. Send again?</source>
        <translation>Det är inte känt om meddelandet har levererats. Om du skickar det igen kan det levereras två gånger. Vill du skicka igen?</translation>
    </message>
</context>
<context>
    <name>MessageSettingsPage</name>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="63"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="69"/>
        <source>Marketing message…</source>
        <translation>Marknadsföringsmeddelande…</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="81"/>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="83"/>
        <source>Send email</source>
        <translation>Skicka e-post</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="90"/>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (port 587)</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="91"/>
        <source>TLS (port 465)</source>
        <translation>TLS (port 465)</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="92"/>
        <source>None (local test server only)</source>
        <translation>Ingen (endast lokal testserver)</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="104"/>
        <source>Send test email</source>
        <translation>Skicka test-e-post</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="109"/>
        <source>Mail server</source>
        <translation>E-postserver</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="110"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="111"/>
        <source>Security</source>
        <translation>Säkerhet</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="112"/>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="113"/>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="114"/>
        <source>Sender address</source>
        <translation>Avsändaradress</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="115"/>
        <source>Sender name</source>
        <translation>Avsändarnamn</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="116"/>
        <source>Provider&apos;s country</source>
        <translation>Leverantörens land</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="117"/>
        <source>Test address</source>
        <translation>Testadress</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="127"/>
        <source>SMS</source>
        <translation>Sms</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="129"/>
        <source>Send SMS</source>
        <translation>Skicka sms</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="139"/>
        <source>e.g. Klinikka</source>
        <translation>t.ex. Klinikka</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="145"/>
        <source>Send test SMS</source>
        <translation>Skicka test-sms</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="150"/>
        <source>Provider</source>
        <translation>Leverantör</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="151"/>
        <source>Gateway address</source>
        <translation>Gatewayadress</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="152"/>
        <source>API user name</source>
        <translation>API-användarnamn</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="153"/>
        <source>API password</source>
        <translation>API-lösenord</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="154"/>
        <source>Sender ID</source>
        <translation>Avsändar-ID</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="155"/>
        <source>Longest SMS (parts)</source>
        <translation>Längsta sms (delar)</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="156"/>
        <source>Test number</source>
        <translation>Testnummer</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="157"/>
        <source>Sender ID: 3–11 letters a–z or digits, no spaces or ä/ö, as Finnish operators require.</source>
        <translation>Avsändar-ID: 3–11 bokstäver a–z eller siffror, inga mellanslag eller ä/ö, som finländska operatörer kräver.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="168"/>
        <source>What is sent</source>
        <translation>Vad som skickas</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="170"/>
        <source>Booking confirmation by email</source>
        <translation>Bokningsbekräftelse per e-post</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="171"/>
        <source>Booking confirmation by SMS</source>
        <translation>Bokningsbekräftelse per sms</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="177"/>
        <source>SMS, or email if no mobile number</source>
        <translation>Sms, eller e-post om mobilnummer saknas</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="179"/>
        <source>SMS only</source>
        <translation>Endast sms</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="180"/>
        <source>Email only</source>
        <translation>Endast e-post</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="181"/>
        <source>Both</source>
        <translation>Båda</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="191"/>
        <source>Reminder before the appointment</source>
        <translation>Påminnelse före bokningen</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="192"/>
        <source>Reminder by</source>
        <translation>Påminnelse via</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="193"/>
        <source>No SMS between</source>
        <translation>Inga sms mellan</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="194"/>
        <source>Reminders go only to clients who consented to reminders. SMS due in the quiet hours wait until the morning.</source>
        <translation>Påminnelser skickas bara till kunder som har samtyckt till påminnelser. Sms som skulle skickas under de tysta timmarna väntar till morgonen.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="239"/>
        <source>Stored in the keyring</source>
        <translation>Sparat i nyckelringen</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="280"/>
        <source>Check the fields marked in red.</source>
        <translation>Kontrollera fälten som är markerade med rött.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="296"/>
        <source>Settings saved.</source>
        <translation>Inställningarna har sparats.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="302"/>
        <source>Test email sent. Check the inbox of %1.</source>
        <translation>Test-e-posten har skickats. Kontrollera inkorgen för %1.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="306"/>
        <source>Test SMS sent to %1.</source>
        <translation>Test-sms har skickats till %1.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="311"/>
        <source>Sending…</source>
        <translation>Skickar…</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="333"/>
        <source>Sending a test message</source>
        <translation>Skickar ett testmeddelande</translation>
    </message>
</context>
<context>
    <name>MessageStatusLabel</name>
    <message numerus="yes">
        <location filename="../../ui/messages/status_label.py" line="32"/>
        <source>%n message(s) failed</source>
        <translation>
            <numerusform>%n meddelande misslyckades</numerusform>
            <numerusform>%n meddelanden misslyckades</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/messages/status_label.py" line="34"/>
        <source>Open the message log to see why and to retry.</source>
        <translation>Öppna meddelandeloggen för att se orsaken och försöka igen.</translation>
    </message>
</context>
<context>
    <name>MessageTemplatesPage</name>
    <message>
        <location filename="../../ui/messages/templates_page.py" line="81"/>
        <location filename="../../ui/messages/templates_page.py" line="95"/>
        <source>Preview</source>
        <translation>Förhandsvisning</translation>
    </message>
    <message>
        <location filename="../../ui/messages/templates_page.py" line="90"/>
        <source>Subject</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <location filename="../../ui/messages/templates_page.py" line="91"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/messages/templates_page.py" line="93"/>
        <source>Placeholders</source>
        <translation>Platshållare</translation>
    </message>
    <message>
        <location filename="../../ui/messages/templates_page.py" line="94"/>
        <source>Preview with</source>
        <translation>Förhandsvisa med</translation>
    </message>
    <message>
        <location filename="../../ui/messages/templates_page.py" line="98"/>
        <source>Save template</source>
        <translation>Spara mallen</translation>
    </message>
    <message>
        <location filename="../../ui/messages/templates_page.py" line="101"/>
        <source>Restore default text</source>
        <translation>Återställ standardtexten</translation>
    </message>
    <message>
        <location filename="../../ui/messages/templates_page.py" line="118"/>
        <source>Example values</source>
        <translation>Exempelvärden</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/messages/templates_page.py" line="157"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n tecken</numerusform>
            <numerusform>%n tecken</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/messages/templates_page.py" line="161"/>
        <source>Template: %1 characters, %2 SMS part(s), %3 (placeholders make it longer)</source>
        <translation>Mall: %1 tecken, %2 sms-del(ar), %3 (platshållarna gör det längre)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/messages/templates_page.py" line="187"/>
        <source>This SMS: %n part(s)</source>
        <translation>
            <numerusform>Detta sms: %n del</numerusform>
            <numerusform>Detta sms: %n delar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/messages/templates_page.py" line="203"/>
        <source>Template saved.</source>
        <translation>Mallen har sparats.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/templates_page.py" line="215"/>
        <source>Default text restored.</source>
        <translation>Standardtexten har återställts.</translation>
    </message>
</context>
<context>
    <name>MessagesModel</name>
    <message>
        <location filename="../../ui/messages/log_view.py" line="49"/>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <location filename="../../ui/messages/log_view.py" line="49"/>
        <source>Sent</source>
        <translation>Skickad</translation>
    </message>
    <message>
        <location filename="../../ui/messages/log_view.py" line="50"/>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <location filename="../../ui/messages/log_view.py" line="50"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../ui/messages/log_view.py" line="51"/>
        <source>Client</source>
        <translation>Kund</translation>
    </message>
    <message>
        <location filename="../../ui/messages/log_view.py" line="51"/>
        <source>To</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <location filename="../../ui/messages/log_view.py" line="52"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/messages/log_view.py" line="52"/>
        <source>Attempts</source>
        <translation>Försök</translation>
    </message>
    <message>
        <location filename="../../ui/messages/log_view.py" line="53"/>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <location filename="../../ui/messages/log_view.py" line="63"/>
        <source>from %1</source>
        <translation>från %1</translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message numerus="yes">
        <location filename="../../ui/calendar/month_view.py" line="134"/>
        <source>%n booking(s)</source>
        <translation>
            <numerusform>%n bokning</numerusform>
            <numerusform>%n bokningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/month_view.py" line="149"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n till</numerusform>
            <numerusform>+%n till</numerusform>
        </translation>
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
        <location filename="../../ui/clients/notes_tab.py" line="145"/>
        <source>Treatment notes</source>
        <translation>Vårdanteckningar</translation>
    </message>
    <message>
        <location filename="../../ui/clients/notes_tab.py" line="146"/>
        <source>This client is treated by another practitioner. Why do you need to read the notes? The reason is logged.</source>
        <translation>Den här kunden behandlas av en annan behandlare. Varför behöver du läsa vårdanteckningarna? Orsaken loggas.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/notes_tab.py" line="169"/>
        <source>The notes of another practitioner&apos;s client are shown only with a reason.</source>
        <translation>Vårdanteckningar om en annan behandlares kund visas bara när en orsak har angetts.</translation>
    </message>
</context>
<context>
    <name>OverduePage</name>
    <message>
        <location filename="../../ui/billing/overdue_page.py" line="55"/>
        <source>A reminder can be sent 14 days after the due date at the earliest, and again after 14 days. Its fee is at most 5 € for a consumer.</source>
        <translation>En betalningspåminnelse kan skickas tidigast 14 dagar efter förfallodagen och på nytt efter 14 dagar. Avgiften är högst 5 € för en konsument.</translation>
    </message>
    <message>
        <location filename="../../ui/billing/overdue_page.py" line="60"/>
        <source>Create reminders</source>
        <translation>Skapa betalningspåminnelser</translation>
    </message>
    <message>
        <location filename="../../ui/billing/overdue_page.py" line="63"/>
        <source>Select those due a reminder</source>
        <translation>Välj de som ska påminnas</translation>
    </message>
    <message>
        <location filename="../../ui/billing/overdue_page.py" line="66"/>
        <source>Print reminders…</source>
        <translation>Skriv ut påminnelser…</translation>
    </message>
    <message>
        <location filename="../../ui/billing/overdue_page.py" line="70"/>
        <source>Save reminders as PDF…</source>
        <translation>Spara påminnelserna som PDF…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/billing/overdue_page.py" line="118"/>
        <source>%n invoice(s) are due a reminder.</source>
        <translation>
            <numerusform>Det är dags att påminna om %n faktura.</numerusform>
            <numerusform>Det är dags att påminna om %n fakturor.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/billing/overdue_page.py" line="120"/>
        <source>No invoice is due a reminder today.</source>
        <translation>I dag finns det inga fakturor att påminna om.</translation>
    </message>
    <message>
        <location filename="../../ui/billing/overdue_page.py" line="147"/>
        <source>Select the invoices to remind first.</source>
        <translation>Välj först de fakturor som ska påminnas om.</translation>
    </message>
    <message>
        <location filename="../../ui/billing/overdue_page.py" line="170"/>
        <source>Invoice %1: %2</source>
        <translation>Faktura %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/billing/overdue_page.py" line="189"/>
        <source>Payment reminders</source>
        <translation>Betalningspåminnelser</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="58"/>
        <source>Book anyway?</source>
        <translation>Vill du boka ändå?</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="64"/>
        <source>If you book anyway, your name and this reason are recorded.</source>
        <translation>Om du bokar ändå registreras ditt namn och den här orsaken.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="70"/>
        <source>&amp;Reason</source>
        <translation>&amp;Orsak</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="73"/>
        <source>&amp;Book anyway</source>
        <translation>&amp;Boka ändå</translation>
    </message>
</context>
<context>
    <name>OwnerPage</name>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="200"/>
        <source>Owner&apos;s user account</source>
        <translation>Ägarens användarkonto</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="201"/>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="202"/>
        <source>Full name</source>
        <translation>Fullständigt namn</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="203"/>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="204"/>
        <source>Password again</source>
        <translation>Lösenord igen</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="207"/>
        <source>The owner manages staff, settings, invoices and backups.
Password rules: at least 8 characters; common passwords are refused. A short sentence is easy to remember and hard to guess.</source>
        <translation>Ägaren hanterar personal, inställningar, fakturor och säkerhetskopior.
Lösenordsregler: minst 8 tecken; vanliga lösenord godkänns inte. En kort mening är lätt att komma ihåg och svår att gissa.</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="219"/>
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
    <name>PaymentDialog</name>
    <message>
        <location filename="../../ui/billing/payment_dialog.py" line="98"/>
        <source>Take payment</source>
        <translation>Ta emot betalning</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payment_dialog.py" line="121"/>
        <source>&amp;Add payment method</source>
        <translation>&amp;Lägg till betalningssätt</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payment_dialog.py" line="133"/>
        <source>exact</source>
        <translation>jämna pengar</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payment_dialog.py" line="135"/>
        <source>Cash given</source>
        <translation>Mottaget kontant</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payment_dialog.py" line="154"/>
        <source>Receipt printer (80 mm)</source>
        <translation>Kvittoskrivare (80 mm)</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payment_dialog.py" line="155"/>
        <source>A4 paper</source>
        <translation>A4-papper</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payment_dialog.py" line="156"/>
        <source>&amp;Print receipt</source>
        <translation>&amp;Skriv ut kvitto</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payment_dialog.py" line="159"/>
        <source>&amp;Save PDF</source>
        <translation>Spara &amp;PDF</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payment_dialog.py" line="169"/>
        <source>Pay</source>
        <translation>Betala</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payment_dialog.py" line="195"/>
        <location filename="../../ui/billing/payment_dialog.py" line="202"/>
        <source>Invoice %1</source>
        <translation>Faktura %1</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payment_dialog.py" line="199"/>
        <source>To pay: %1</source>
        <translation>Att betala: %1</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payment_dialog.py" line="255"/>
        <source>The payment is more than what is open.</source>
        <translation>Betalningen är större än det obetalda beloppet.</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payment_dialog.py" line="259"/>
        <source>Type the gift card&apos;s code.</source>
        <translation>Skriv presentkortets kod.</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payment_dialog.py" line="263"/>
        <source>The cash given is less than the cash part.</source>
        <translation>Det mottagna kontantbeloppet är mindre än kontantdelen.</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payment_dialog.py" line="267"/>
        <source>Cash rounding %1 · cash to take %2</source>
        <translation>Kontantavrundning %1 · kontant att ta emot %2</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payment_dialog.py" line="270"/>
        <location filename="../../ui/billing/payment_dialog.py" line="304"/>
        <source>Change %1</source>
        <translation>Växel %1</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payment_dialog.py" line="273"/>
        <location filename="../../ui/billing/payment_dialog.py" line="306"/>
        <source>%1 stays open on the invoice.</source>
        <translation>%1 förblir obetalt på fakturan.</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payment_dialog.py" line="299"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payment_dialog.py" line="305"/>
        <source>Paid %1.</source>
        <translation>Betalt %1.</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payment_dialog.py" line="322"/>
        <source>Receipt</source>
        <translation>Kvitto</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payment_dialog.py" line="332"/>
        <source>receipt-%1.pdf</source>
        <translation>kvitto-%1.pdf</translation>
    </message>
</context>
<context>
    <name>PaymentsModel</name>
    <message>
        <location filename="../../ui/billing/payments_page.py" line="48"/>
        <source>Received</source>
        <translation>Mottagen</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payments_page.py" line="48"/>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payments_page.py" line="49"/>
        <source>Method</source>
        <translation>Betalningssätt</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payments_page.py" line="49"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payments_page.py" line="50"/>
        <source>Payer</source>
        <translation>Betalare</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payments_page.py" line="50"/>
        <source>Recorded by</source>
        <translation>Registrerad av</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payments_page.py" line="51"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payments_page.py" line="57"/>
        <source>Cash rounding</source>
        <translation>Kontantavrundning</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payments_page.py" line="59"/>
        <source>Refund (%1)</source>
        <translation>Återbetalning (%1)</translation>
    </message>
</context>
<context>
    <name>PaymentsPage</name>
    <message>
        <location filename="../../ui/billing/payments_page.py" line="108"/>
        <source>All days</source>
        <translation>Alla dagar</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payments_page.py" line="116"/>
        <source>All methods</source>
        <translation>Alla betalningssätt</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payments_page.py" line="121"/>
        <source>Everyone</source>
        <translation>Alla</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payments_page.py" line="124"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payments_page.py" line="137"/>
        <source>&amp;Refund…</source>
        <translation>&amp;Återbetala…</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payments_page.py" line="139"/>
        <source>Print &amp;receipt…</source>
        <translation>Skriv ut &amp;kvitto…</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payments_page.py" line="141"/>
        <source>&amp;Import bank file…</source>
        <translation>&amp;Importera bankfil…</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payments_page.py" line="143"/>
        <source>Record bank &amp;transfer…</source>
        <translation>Registrera bank&amp;överföring…</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payments_page.py" line="166"/>
        <source>Total %1</source>
        <translation>Totalt %1</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payments_page.py" line="211"/>
        <source>Refund receipt</source>
        <translation>Återbetalningskvitto</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payments_page.py" line="211"/>
        <source>Receipt</source>
        <translation>Kvitto</translation>
    </message>
</context>
<context>
    <name>PrintDayDialog</name>
    <message>
        <location filename="../../ui/calendar/print_sheet.py" line="167"/>
        <source>Print day sheet</source>
        <translation>Skriv ut dagslista</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/print_sheet.py" line="177"/>
        <source>&amp;Day</source>
        <translation>&amp;Dag</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/print_sheet.py" line="180"/>
        <source>All practitioners</source>
        <translation>Alla behandlare</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/print_sheet.py" line="191"/>
        <source>&amp;Practitioner</source>
        <translation>&amp;Behandlare</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/print_sheet.py" line="196"/>
        <source>&amp;Language of the sheet</source>
        <translation>&amp;Listans språk</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/print_sheet.py" line="197"/>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/print_sheet.py" line="197"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Spara som PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/print_sheet.py" line="235"/>
        <source>Save day sheet as PDF</source>
        <translation>Spara dagslistan som PDF</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/print_sheet.py" line="236"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/print_sheet.py" line="243"/>
        <source>The file could not be written. Choose another folder.</source>
        <translation>Det gick inte att skriva filen. Välj en annan mapp.</translation>
    </message>
</context>
<context>
    <name>PrintUpcomingDialog</name>
    <message>
        <location filename="../../ui/calendar/print_sheet.py" line="315"/>
        <source>Print upcoming appointments</source>
        <translation>Skriv ut kommande bokningar</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/print_sheet.py" line="321"/>
        <source>Client</source>
        <translation>Kund</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/print_sheet.py" line="324"/>
        <source>The client&apos;s language</source>
        <translation>Kundens språk</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/print_sheet.py" line="327"/>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/print_sheet.py" line="328"/>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/print_sheet.py" line="328"/>
        <source>&amp;Save as PDF…</source>
        <translation>Spara som &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/print_sheet.py" line="353"/>
        <source>Save upcoming appointments as PDF</source>
        <translation>Spara kommande bokningar som PDF</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/print_sheet.py" line="354"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/print_sheet.py" line="360"/>
        <source>The file could not be written. Choose another folder.</source>
        <translation>Det gick inte att skriva filen. Välj en annan mapp.</translation>
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
    <name>ProtectionPage</name>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="118"/>
        <source>No secure key store on this computer</source>
        <translation>Den här datorn har ingen säker nyckellagring</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="121"/>
        <source>Vastaanotto encrypts the client database on this computer with a key that it keeps in the operating system&apos;s secure key store (Windows Credential Manager, macOS Keychain, or the Secret Service / KWallet on Linux). No such key store is available now, and the program never writes the key in a file next to the database.

You can set up the practice without encryption now and encrypt the database later in Administration → Encryption once a key store is available. Protect this computer with full-disk encryption (BitLocker, FileVault, LUKS) meanwhile.

Or press Cancel, set up a key store, and start the program again.</source>
        <translation>Vastaanotto krypterar kunddatabasen på den här datorn med en nyckel som förvaras i operativsystemets säkra nyckellagring (Autentiseringshanteraren i Windows, nyckelringen i macOS eller Secret Service / KWallet i Linux). Ingen sådan nyckellagring är tillgänglig nu, och programmet skriver aldrig nyckeln i en fil bredvid databasen.

Du kan ta mottagningen i bruk utan kryptering nu och kryptera databasen senare under Administration → Kryptering när en nyckellagring finns tillgänglig. Skydda under tiden datorn med kryptering av hela disken (BitLocker, FileVault, LUKS).

Du kan också trycka på Avbryt, ordna en nyckellagring och starta programmet på nytt.</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="130"/>
        <source>Continue without encrypting the database</source>
        <translation>Fortsätt utan att kryptera databasen</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../ui/billing/refund_dialog.py" line="29"/>
        <source>Refund payment</source>
        <translation>Återbetala en betalning</translation>
    </message>
    <message>
        <location filename="../../ui/billing/refund_dialog.py" line="31"/>
        <source>Refund</source>
        <translation>Återbetala</translation>
    </message>
    <message>
        <location filename="../../ui/billing/refund_dialog.py" line="32"/>
        <source>%1 by %2 on %3; at most %4 can be refunded.</source>
        <translation>%1 med %2 den %3; högst %4 kan återbetalas.</translation>
    </message>
    <message>
        <location filename="../../ui/billing/refund_dialog.py" line="49"/>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <location filename="../../ui/billing/refund_dialog.py" line="50"/>
        <source>Paid back as</source>
        <translation>Återbetalas som</translation>
    </message>
    <message>
        <location filename="../../ui/billing/refund_dialog.py" line="51"/>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <location filename="../../ui/billing/bank_import_dialog.py" line="68"/>
        <source>Booked</source>
        <translation>Bokföringsdag</translation>
    </message>
    <message>
        <location filename="../../ui/billing/bank_import_dialog.py" line="68"/>
        <source>Payer</source>
        <translation>Betalare</translation>
    </message>
    <message>
        <location filename="../../ui/billing/bank_import_dialog.py" line="69"/>
        <source>Reference</source>
        <translation>Referensnummer</translation>
    </message>
    <message>
        <location filename="../../ui/billing/bank_import_dialog.py" line="69"/>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <location filename="../../ui/billing/bank_import_dialog.py" line="70"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/billing/bank_import_dialog.py" line="70"/>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/billing/reports_page.py" line="53"/>
        <source>Cash report of a day</source>
        <translation>Kassarapport för en dag</translation>
    </message>
    <message>
        <location filename="../../ui/billing/reports_page.py" line="55"/>
        <source>Sales by month</source>
        <translation>Försäljning per månad</translation>
    </message>
    <message>
        <location filename="../../ui/billing/reports_page.py" line="56"/>
        <source>Sales by service</source>
        <translation>Försäljning per tjänst</translation>
    </message>
    <message>
        <location filename="../../ui/billing/reports_page.py" line="57"/>
        <source>Sales by practitioner</source>
        <translation>Försäljning per behandlare</translation>
    </message>
    <message>
        <location filename="../../ui/billing/reports_page.py" line="58"/>
        <source>VAT by rate</source>
        <translation>Moms per skattesats</translation>
    </message>
    <message>
        <location filename="../../ui/billing/reports_page.py" line="59"/>
        <source>Open invoices</source>
        <translation>Obetalda fakturor</translation>
    </message>
    <message>
        <location filename="../../ui/billing/reports_page.py" line="60"/>
        <source>Overdue invoices</source>
        <translation>Förfallna fakturor</translation>
    </message>
    <message>
        <location filename="../../ui/billing/reports_page.py" line="68"/>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <location filename="../../ui/billing/reports_page.py" line="69"/>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <location filename="../../ui/billing/reports_page.py" line="70"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location filename="../../ui/billing/reports_page.py" line="71"/>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <location filename="../../ui/billing/reports_page.py" line="74"/>
        <source>Save CSV…</source>
        <translation>Spara CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/billing/reports_page.py" line="77"/>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <location filename="../../ui/billing/reports_page.py" line="80"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../../ui/billing/reports_page.py" line="176"/>
        <source>Save CSV</source>
        <translation>Spara CSV</translation>
    </message>
    <message>
        <location filename="../../ui/billing/reports_page.py" line="177"/>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV för Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/billing/reports_page.py" line="216"/>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/backup/restore_dialog.py" line="67"/>
        <source>Restore from a backup</source>
        <translation>Återställ från en säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_dialog.py" line="72"/>
        <location filename="../../ui/backup/restore_dialog.py" line="105"/>
        <source>Backup</source>
        <translation>Säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_dialog.py" line="74"/>
        <source>From a backup location</source>
        <translation>Från en plats för säkerhetskopior</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_dialog.py" line="75"/>
        <source>From a file</source>
        <translation>Från en fil</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_dialog.py" line="90"/>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_dialog.py" line="100"/>
        <source>Only if this computer lacks the backup key: paste the recovery key from the emergency kit (AGE-SECRET-KEY-…).</source>
        <translation>Endast om den här datorn saknar nyckeln till säkerhetskopiorna: klistra in återställningsnyckeln från nödpaketet (AGE-SECRET-KEY-…).</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_dialog.py" line="104"/>
        <source>Location</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_dialog.py" line="107"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_dialog.py" line="108"/>
        <source>Recovery key</source>
        <translation>Återställningsnyckel</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_dialog.py" line="113"/>
        <source>Check the backup</source>
        <translation>Kontrollera säkerhetskopian</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_dialog.py" line="118"/>
        <source>What will be restored</source>
        <translation>Vad som återställs</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_dialog.py" line="131"/>
        <source>Restore…</source>
        <translation>Återställ…</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_dialog.py" line="168"/>
        <source>Reading the backup list</source>
        <translation>Läser listan över säkerhetskopior</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_dialog.py" line="174"/>
        <source>No. %1, %2, %3</source>
        <translation>Nr %1, %2, %3</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_dialog.py" line="182"/>
        <source>Backup file</source>
        <translation>Säkerhetskopiefil</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_dialog.py" line="183"/>
        <source>Backups (*.age)</source>
        <translation>Säkerhetskopior (*.age)</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_dialog.py" line="212"/>
        <source>Choose a backup.</source>
        <translation>Välj en säkerhetskopia.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_dialog.py" line="217"/>
        <source>Choose the backup file.</source>
        <translation>Välj säkerhetskopiefilen.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_dialog.py" line="225"/>
        <source>Checking the backup</source>
        <translation>Kontrollerar säkerhetskopian</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_dialog.py" line="231"/>
        <source>Practice</source>
        <translation>Mottagning</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_dialog.py" line="232"/>
        <source>Made</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_dialog.py" line="233"/>
        <source>Backup no.</source>
        <translation>Säkerhetskopia nr</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_dialog.py" line="234"/>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_dialog.py" line="235"/>
        <source>Clients</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_dialog.py" line="236"/>
        <source>Appointments</source>
        <translation>Bokningar</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_dialog.py" line="237"/>
        <source>Invoices</source>
        <translation>Fakturor</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_dialog.py" line="245"/>
        <source>A newer verified backup exists. Restoring this one loses everything saved after it was made.</source>
        <translation>Det finns en nyare verifierad säkerhetskopia. Om du återställer den här går allt som sparats efter att den skapades förlorat.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_dialog.py" line="258"/>
        <source>The practice&apos;s database is replaced with the backup of %1 (%2 clients). Everything saved after that moment is lost from the database. The current database is kept aside in the kept-aside folder.

Everyone must log in again afterwards. Close Vastaanotto on any other computer that uses this database first.</source>
        <translation>Mottagningens databas ersätts med säkerhetskopian från %1 (%2 kunder). Allt som sparats efter den tidpunkten försvinner ur databasen. Den nuvarande databasen sparas undan i mappen för undanlagda filer.

Alla måste logga in på nytt efteråt. Stäng först Vastaanotto på alla andra datorer som använder den här databasen.</translation>
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
    <name>ScopeDialog</name>
    <message>
        <location filename="../../ui/calendar/series_scope.py" line="31"/>
        <source>Cancel a recurring appointment</source>
        <translation>Avboka en återkommande bokning</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/series_scope.py" line="32"/>
        <source>This appointment is part of a series. Cancel:</source>
        <translation>Den här bokningen ingår i en serie. Avboka:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/series_scope.py" line="34"/>
        <source>Move a recurring appointment</source>
        <translation>Flytta en återkommande bokning</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/series_scope.py" line="35"/>
        <source>This appointment is part of a series. Move:</source>
        <translation>Den här bokningen ingår i en serie. Flytta:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/series_scope.py" line="40"/>
        <source>&amp;Only this appointment</source>
        <translation>&amp;Endast den här bokningen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/series_scope.py" line="41"/>
        <source>&amp;This and the following</source>
        <translation>&amp;Den här och följande</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/series_scope.py" line="42"/>
        <source>&amp;All in the series</source>
        <translation>&amp;Alla i serien</translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message>
        <location filename="../../ui/calendar/series_dialog.py" line="45"/>
        <source>Repeat appointment</source>
        <translation>Upprepa bokning</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/series_dialog.py" line="58"/>
        <source> week(s)</source>
        <translation> vecka/veckor</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/series_dialog.py" line="62"/>
        <source>Repeat &amp;every</source>
        <translation>&amp;Intervall</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/series_dialog.py" line="66"/>
        <source>&amp;Number of times</source>
        <translation>&amp;Antal gånger</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/series_dialog.py" line="72"/>
        <source>&amp;Until</source>
        <translation>S&amp;lutdatum</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/series_dialog.py" line="91"/>
        <source>Skip</source>
        <translation>Hoppa över</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/series_dialog.py" line="91"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/series_dialog.py" line="91"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/series_dialog.py" line="92"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/series_dialog.py" line="106"/>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/series_dialog.py" line="126"/>
        <source>Repeats the appointment of %1 at %2.</source>
        <translation>Upprepar bokningen %1 kl. %2.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/series_dialog.py" line="145"/>
        <source>Mon</source>
        <translation>mån</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/series_dialog.py" line="145"/>
        <source>Tue</source>
        <translation>tis</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/series_dialog.py" line="145"/>
        <source>Wed</source>
        <translation>ons</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/series_dialog.py" line="145"/>
        <source>Thu</source>
        <translation>tors</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/series_dialog.py" line="145"/>
        <source>Fri</source>
        <translation>fre</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/series_dialog.py" line="146"/>
        <source>Sat</source>
        <translation>lör</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/series_dialog.py" line="146"/>
        <source>Sun</source>
        <translation>sön</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/series_dialog.py" line="166"/>
        <source>First</source>
        <translation>Första</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/series_dialog.py" line="194"/>
        <source>%n new appointment(s) will be booked.</source>
        <translation>
            <numerusform>%n ny bokning görs.</numerusform>
            <numerusform>%n nya bokningar görs.</numerusform>
        </translation>
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
        <location filename="../../ui/admin/settings_page.py" line="51"/>
        <source>Lock the window after idle</source>
        <translation>Lås fönstret efter inaktivitet</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="52"/>
        <source>Log out after at most</source>
        <translation>Logga ut senast efter</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="53"/>
        <source>Payment terms</source>
        <translation>Betalningsvillkor</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="53"/>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="55"/>
        <source>Late cancellation: less than</source>
        <translation>Sen avbokning: mindre än</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="57"/>
        <source>Free access requests per client a year</source>
        <translation>Avgiftsfria registerutdrag per kund och år</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="59"/>
        <source>Retention run: clients inactive for</source>
        <translation>Gallring: kunder utan aktivitet i</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="59"/>
        <source> years</source>
        <translation> år</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="76"/>
        <source>Calendar grid</source>
        <translation>Kalenderns tidsrutnät</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="77"/>
        <source>Language on this computer</source>
        <translation>Språk på den här datorn</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="82"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="127"/>
        <source>Settings saved.</source>
        <translation>Inställningarna har sparats.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="137"/>
        <source>Some texts change to the new language only after the program is restarted.</source>
        <translation>Vissa texter byts till det nya språket först när programmet startas om.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="279"/>
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
        <location filename="../../ui/auth/setup_wizard.py" line="226"/>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="227"/>
        <source>Check the details. Finish creates the practice.</source>
        <translation>Kontrollera uppgifterna. Knappen Färdig skapar mottagningen.</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="245"/>
        <source>Owner&apos;s user name</source>
        <translation>Ägarens användarnamn</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="246"/>
        <source>Owner&apos;s name</source>
        <translation>Ägarens namn</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="247"/>
        <source>Database encryption</source>
        <translation>Kryptering av databasen</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="248"/>
        <source>On: the key is kept in this computer&apos;s secure key store</source>
        <translation>På: nyckeln förvaras i den här datorns säkra nyckellagring</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="249"/>
        <source>Off: no secure key store</source>
        <translation>Av: ingen säker nyckellagring</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <location filename="../../ui/backup/target_dialog.py" line="36"/>
        <source>Add backup location</source>
        <translation>Lägg till plats för säkerhetskopior</translation>
    </message>
    <message>
        <location filename="../../ui/backup/target_dialog.py" line="37"/>
        <source>Edit backup location</source>
        <translation>Redigera plats för säkerhetskopior</translation>
    </message>
    <message>
        <location filename="../../ui/backup/target_dialog.py" line="49"/>
        <source>e.g. USB disk in the office safe</source>
        <translation>t.ex. USB-disk i kontorets kassaskåp</translation>
    </message>
    <message>
        <location filename="../../ui/backup/target_dialog.py" line="50"/>
        <source>Back up to this location</source>
        <translation>Säkerhetskopiera till den här platsen</translation>
    </message>
    <message>
        <location filename="../../ui/backup/target_dialog.py" line="55"/>
        <location filename="../../ui/backup/target_dialog.py" line="75"/>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <location filename="../../ui/backup/target_dialog.py" line="70"/>
        <location filename="../../ui/backup/target_dialog.py" line="98"/>
        <location filename="../../ui/backup/target_dialog.py" line="128"/>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <location filename="../../ui/backup/target_dialog.py" line="71"/>
        <location filename="../../ui/backup/target_dialog.py" line="97"/>
        <source>Key file</source>
        <translation>Nyckelfil</translation>
    </message>
    <message>
        <location filename="../../ui/backup/target_dialog.py" line="82"/>
        <source>(saved; leave empty to keep it)</source>
        <translation>(sparat; lämna tomt för att behålla det)</translation>
    </message>
    <message>
        <location filename="../../ui/backup/target_dialog.py" line="87"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../ui/backup/target_dialog.py" line="88"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../ui/backup/target_dialog.py" line="90"/>
        <source>Folder</source>
        <translation>Mapp</translation>
    </message>
    <message>
        <location filename="../../ui/backup/target_dialog.py" line="91"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../ui/backup/target_dialog.py" line="92"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../ui/backup/target_dialog.py" line="93"/>
        <source>Address (URL)</source>
        <translation>Adress (URL)</translation>
    </message>
    <message>
        <location filename="../../ui/backup/target_dialog.py" line="94"/>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <location filename="../../ui/backup/target_dialog.py" line="95"/>
        <source>Sign in with</source>
        <translation>Logga in med</translation>
    </message>
    <message>
        <location filename="../../ui/backup/target_dialog.py" line="100"/>
        <source>Folder on the server</source>
        <translation>Mapp på servern</translation>
    </message>
    <message>
        <location filename="../../ui/backup/target_dialog.py" line="101"/>
        <source>Location</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../../ui/backup/target_dialog.py" line="128"/>
        <source>Key passphrase</source>
        <translation>Nyckelns lösenfras</translation>
    </message>
    <message>
        <location filename="../../ui/backup/target_dialog.py" line="132"/>
        <source>Backup folder</source>
        <translation>Mapp för säkerhetskopior</translation>
    </message>
    <message>
        <location filename="../../ui/backup/target_dialog.py" line="138"/>
        <source>SSH key file</source>
        <translation>SSH-nyckelfil</translation>
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
    <name>TemplatesModel</name>
    <message>
        <location filename="../../ui/messages/templates_page.py" line="37"/>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <location filename="../../ui/messages/templates_page.py" line="37"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../ui/messages/templates_page.py" line="38"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../ui/messages/templates_page.py" line="39"/>
        <source>Edited</source>
        <translation>Redigerad</translation>
    </message>
    <message>
        <location filename="../../ui/messages/templates_page.py" line="48"/>
        <source>edited</source>
        <translation>redigerad</translation>
    </message>
</context>
<context>
    <name>VisitPicker</name>
    <message>
        <location filename="../../ui/billing/visit_picker.py" line="32"/>
        <source>Invoice visits</source>
        <translation>Fakturera besök</translation>
    </message>
    <message>
        <location filename="../../ui/billing/visit_picker.py" line="38"/>
        <source>Find the client: name, phone or birth date</source>
        <translation>Sök kund: namn, telefon eller födelsedatum</translation>
    </message>
    <message>
        <location filename="../../ui/billing/visit_picker.py" line="49"/>
        <source>Completed visits not yet invoiced:</source>
        <translation>Genomförda besök som inte har fakturerats ännu:</translation>
    </message>
    <message>
        <location filename="../../ui/billing/visit_picker.py" line="55"/>
        <source>Create invoice</source>
        <translation>Skapa faktura</translation>
    </message>
    <message>
        <location filename="../../ui/billing/visit_picker.py" line="112"/>
        <source>Choose a client first.</source>
        <translation>Välj först en kund.</translation>
    </message>
</context>
<context>
    <name>WaitingDialog</name>
    <message>
        <location filename="../../ui/calendar/waitlist_dialog.py" line="323"/>
        <source>Who is waiting</source>
        <translation>Väntande på kölistan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/waitlist_dialog.py" line="326"/>
        <source>%n client(s) on the waitlist fit this time. Call them in this order:</source>
        <translation>
            <numerusform>%n kund på kölistan passar den här tiden. Ring kunden:</numerusform>
            <numerusform>%n kunder på kölistan passar den här tiden. Ring dem i den här ordningen:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/calendar/waitlist_dialog.py" line="329"/>
        <source>Nobody on the waitlist fits this time.</source>
        <translation>Ingen på kölistan passar den här tiden.</translation>
    </message>
</context>
<context>
    <name>WaitlistBanner</name>
    <message>
        <location filename="../../ui/calendar/waitlist_banner.py" line="53"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/waitlist_banner.py" line="62"/>
        <source>&amp;Book into the freed time</source>
        <translation>&amp;Boka in på den frigjorda tiden</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/waitlist_banner.py" line="64"/>
        <source>Book the chosen client into the freed time and mark their waitlist entry done</source>
        <translation>Boka den valda kunden på den lediga tiden och markera köplatsen som klar</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/waitlist_banner.py" line="66"/>
        <source>S&amp;how who is waiting…</source>
        <translation>&amp;Visa vem som väntar…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/waitlist_banner.py" line="80"/>
        <source>%n client(s) on the waitlist fit the freed time %1.</source>
        <translation>
            <numerusform>%n kund på kölistan passar den frigjorda tiden %1.</numerusform>
            <numerusform>%n kunder på kölistan passar den frigjorda tiden %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WaitlistDialog</name>
    <message>
        <location filename="../../ui/calendar/waitlist_dialog.py" line="233"/>
        <source>Waitlist</source>
        <translation>Kölista</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/waitlist_dialog.py" line="240"/>
        <source>Nobody is waiting.</source>
        <translation>Ingen står på kölistan.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/waitlist_dialog.py" line="244"/>
        <source>&amp;Add…</source>
        <translation>&amp;Lägg till…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/waitlist_dialog.py" line="246"/>
        <source>Mark &amp;done</source>
        <translation>Markera som &amp;klar</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/waitlist_dialog.py" line="248"/>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/waitlist_dialog.py" line="254"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>WaitlistModel</name>
    <message>
        <location filename="../../ui/calendar/waitlist_dialog.py" line="50"/>
        <source>Client</source>
        <translation>Kund</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/waitlist_dialog.py" line="50"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/waitlist_dialog.py" line="51"/>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/waitlist_dialog.py" line="51"/>
        <source>Practitioner</source>
        <translation>Behandlare</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/waitlist_dialog.py" line="52"/>
        <source>Wants a time</source>
        <translation>Önskad tid</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/waitlist_dialog.py" line="52"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/waitlist_dialog.py" line="63"/>
        <source>Anyone</source>
        <translation>Vem som helst</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../ui/calendar/walk_in_dialog.py" line="31"/>
        <source>Walk-in</source>
        <translation>Drop-in</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/walk_in_dialog.py" line="39"/>
        <source>&amp;Service</source>
        <translation>&amp;Tjänst</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/walk_in_dialog.py" line="42"/>
        <source>&amp;Practitioner</source>
        <translation>&amp;Behandlare</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/walk_in_dialog.py" line="44"/>
        <source>C&amp;lient</source>
        <translation>K&amp;und</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/walk_in_dialog.py" line="46"/>
        <source>&amp;Book now</source>
        <translation>Boka &amp;nu</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/walk_in_dialog.py" line="73"/>
        <source>Anyone free</source>
        <translation>Vem som helst som är ledig</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="99"/>
        <source>Welcome to Vastaanotto</source>
        <translation>Välkommen till Vastaanotto</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="102"/>
        <source>This computer has no practice yet. The next pages ask for the business details printed on invoices and in the privacy notice, the bank account for payments, and the owner&apos;s user account.

Nothing is saved until you press Finish on the last page.</source>
        <translation>Den här datorn har ännu ingen mottagning. På följande sidor anger du de företagsuppgifter som skrivs ut på fakturor och i dataskyddsbeskrivningen, bankkontot för betalningar och ägarens användarkonto.

Ingenting sparas förrän du trycker på Färdig på sista sidan.</translation>
    </message>
</context>
<context>
    <name>_Counted</name>
    <message numerus="yes">
        <location filename="../../ui/errors.py" line="464"/>
        <source>Too many failed attempts. Try again in %n minute(s).</source>
        <translation>
            <numerusform>För många misslyckade försök. Försök igen om %n minut.</numerusform>
            <numerusform>För många misslyckade försök. Försök igen om %n minuter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../ui/actions.py" line="51"/>
        <source>&amp;Calendar</source>
        <translation>&amp;Kalender</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="53"/>
        <source>C&amp;lients</source>
        <translation>K&amp;under</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="54"/>
        <source>&amp;Billing</source>
        <translation>&amp;Fakturering</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="55"/>
        <source>&amp;Messages</source>
        <translation>&amp;Meddelanden</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="57"/>
        <source>&amp;Privacy</source>
        <translation>&amp;Dataskydd</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="59"/>
        <source>&amp;Administration</source>
        <translation>&amp;Administration</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="61"/>
        <source>&amp;Today</source>
        <translation>&amp;I dag</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="62"/>
        <source>&amp;New booking…</source>
        <translation>&amp;Ny bokning…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="64"/>
        <source>&amp;Find client…</source>
        <translation>&amp;Sök kund…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="66"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="67"/>
        <source>Log &amp;out</source>
        <translation>Logga &amp;ut</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="68"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="69"/>
        <source>&amp;About Vastaanotto</source>
        <translation>&amp;Om Vastaanotto</translation>
    </message>
</context>
<context>
    <name>admin</name>
    <message>
        <location filename="../../ui/admin/common.py" line="54"/>
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
    <name>audit_actions</name>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="24"/>
        <source>Account locked after failed sign-ins</source>
        <translation>Kontot låst efter misslyckade inloggningar</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="25"/>
        <source>Account unlocked</source>
        <translation>Kontot upplåst</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="26"/>
        <source>Client marked arrived</source>
        <translation>Kunden markerad som anländ</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="27"/>
        <source>Appointment booked</source>
        <translation>Bokning gjord</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="28"/>
        <source>Appointment cancelled</source>
        <translation>Bokning avbokad</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="29"/>
        <source>Visit completed</source>
        <translation>Besök registrerat</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="30"/>
        <source>Appointment moved</source>
        <translation>Bokning flyttad</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="31"/>
        <source>Client did not come</source>
        <translation>Kunden uteblev</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="32"/>
        <source>Appointment length changed</source>
        <translation>Bokningens längd ändrad</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="33"/>
        <source>Audit log chain verified</source>
        <translation>Händelseloggens kedja kontrollerad</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="34"/>
        <source>Audit log viewed</source>
        <translation>Händelseloggen visad</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="35"/>
        <source>Backup made</source>
        <translation>Säkerhetskopia gjord</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="36"/>
        <source>Backup emergency kit printed</source>
        <translation>Säkerhetskopians nödkit utskrivet</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="37"/>
        <source>Backup inspected</source>
        <translation>Säkerhetskopia granskad</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="38"/>
        <source>Backup keys created</source>
        <translation>Säkerhetskopians nycklar skapade</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="39"/>
        <source>Backup keys imported</source>
        <translation>Säkerhetskopians nycklar importerade</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="40"/>
        <source>Backup restore started</source>
        <translation>Återställning av säkerhetskopia påbörjad</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="41"/>
        <source>Backup restored</source>
        <translation>Säkerhetskopia återställd</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="42"/>
        <source>Backup destination removed</source>
        <translation>Mål för säkerhetskopior borttaget</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="43"/>
        <source>Backup destination saved</source>
        <translation>Mål för säkerhetskopior sparat</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="44"/>
        <source>Backup destination tested</source>
        <translation>Mål för säkerhetskopior testat</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="45"/>
        <source>Backup verified</source>
        <translation>Säkerhetskopia kontrollerad</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="46"/>
        <source>Bank statement imported</source>
        <translation>Kontoutdrag importerat</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="47"/>
        <source>Bank statement previewed</source>
        <translation>Kontoutdrag förhandsgranskat</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="48"/>
        <source>Calendar printed</source>
        <translation>Kalendern utskriven</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="49"/>
        <source>Calendar viewed</source>
        <translation>Kalendern visad</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="50"/>
        <source>Client&apos;s appointments printed</source>
        <translation>Kundens bokningar utskrivna</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="51"/>
        <source>Client archived</source>
        <translation>Kunden arkiverad</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="52"/>
        <source>Client&apos;s balance viewed</source>
        <translation>Kundens saldo visat</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="53"/>
        <source>Client&apos;s consents viewed</source>
        <translation>Kundens samtycken visade</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="54"/>
        <source>Client added</source>
        <translation>Kund tillagd</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="55"/>
        <source>Duplicate clients checked</source>
        <translation>Dubbletter av kunder kontrollerade</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="56"/>
        <source>Client&apos;s visit history viewed</source>
        <translation>Kundens besökshistorik visad</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="57"/>
        <source>Duplicate clients merged</source>
        <translation>Dubbletter av kunder sammanslagna</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="58"/>
        <source>Clients searched</source>
        <translation>Kunder sökta</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="59"/>
        <source>Client restored from archive</source>
        <translation>Kunden återställd från arkivet</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="60"/>
        <source>Client details changed</source>
        <translation>Kunduppgifter ändrade</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="61"/>
        <source>Client card viewed</source>
        <translation>Kundkortet visat</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="62"/>
        <source>Clients exported</source>
        <translation>Kunder exporterade</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="63"/>
        <source>Client import checked</source>
        <translation>Kundimport kontrollerad</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="64"/>
        <source>Client import rejected</source>
        <translation>Kundimport avvisad</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="65"/>
        <source>Clients imported</source>
        <translation>Kunder importerade</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="66"/>
        <source>Consent recorded</source>
        <translation>Samtycke registrerat</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="68"/>
        <source>Objection to marketing recorded</source>
        <translation>Förbud mot marknadsföring registrerat</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="69"/>
        <source>Consent withdrawn</source>
        <translation>Samtycke återkallat</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="70"/>
        <source>Database encrypted</source>
        <translation>Databasen krypterad</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="71"/>
        <source>Demo data generated</source>
        <translation>Demodata skapade</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="72"/>
        <source>Personal identity code shown</source>
        <translation>Personbeteckningen visad</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="73"/>
        <source>Invoice balance viewed</source>
        <translation>Fakturans saldo visat</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="74"/>
        <source>Invoice buyer viewed</source>
        <translation>Fakturans köpare visad</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="75"/>
        <source>Invoice drafted</source>
        <translation>Faktura upprättad</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="76"/>
        <source>Invoice credited</source>
        <translation>Faktura krediterad</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="77"/>
        <source>Draft invoice deleted</source>
        <translation>Fakturautkast raderat</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="78"/>
        <source>Invoice exported</source>
        <translation>Faktura exporterad</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="79"/>
        <source>Invoice issued</source>
        <translation>Faktura utfärdad</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="80"/>
        <source>Invoice list viewed</source>
        <translation>Fakturalistan visad</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="81"/>
        <source>Overdue invoices listed</source>
        <translation>Förfallna fakturor listade</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="82"/>
        <source>Invoice printed</source>
        <translation>Faktura utskriven</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="83"/>
        <source>Payment reminder made</source>
        <translation>Betalningspåminnelse gjord</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="84"/>
        <source>Payment reminder printed</source>
        <translation>Betalningspåminnelse utskriven</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="85"/>
        <source>Payment reminder viewed</source>
        <translation>Betalningspåminnelse visad</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="86"/>
        <source>Invoice sent</source>
        <translation>Faktura skickad till kunden</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="87"/>
        <source>Invoice changed</source>
        <translation>Faktura ändrad</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="88"/>
        <source>Invoice viewed</source>
        <translation>Faktura visad</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="89"/>
        <source>Visits to invoice listed</source>
        <translation>Besök att fakturera listade</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="90"/>
        <source>Sign-in failed</source>
        <translation>Inloggningen misslyckades</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="91"/>
        <source>Sign-in refused: account locked</source>
        <translation>Inloggning nekad: kontot låst</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="92"/>
        <source>Signed in</source>
        <translation>Loggade in</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="93"/>
        <source>Signed out</source>
        <translation>Loggade ut</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="94"/>
        <source>Marketing message previewed</source>
        <translation>Marknadsföringsmeddelande förhandsgranskat</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="95"/>
        <source>Marketing messages queued</source>
        <translation>Marknadsföringsmeddelanden ställda i kö</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="96"/>
        <source>Message cancelled</source>
        <translation>Meddelande annullerat</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="97"/>
        <source>Failed message dismissed</source>
        <translation>Misslyckat meddelande kvitterat</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="98"/>
        <source>Message failed</source>
        <translation>Meddelandet misslyckades</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="99"/>
        <source>Message outcome unknown</source>
        <translation>Meddelandets resultat okänt</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="100"/>
        <source>Message queued</source>
        <translation>Meddelande ställt i kö</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="101"/>
        <source>Message retried</source>
        <translation>Meddelande skickat på nytt</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="102"/>
        <source>Message retry scheduled</source>
        <translation>Nytt försök för meddelande schemalagt</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="103"/>
        <source>Message sent</source>
        <translation>Meddelande skickat</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="104"/>
        <source>Test message sent</source>
        <translation>Testmeddelande skickat</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="105"/>
        <source>Message template previewed</source>
        <translation>Meddelandemall förhandsgranskad</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="106"/>
        <source>Message template saved</source>
        <translation>Meddelandemall sparad</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="107"/>
        <source>Message log viewed</source>
        <translation>Meddelandeloggen visad</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="108"/>
        <source>Message settings changed</source>
        <translation>Meddelandeinställningar ändrade</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="109"/>
        <source>Treatment note corrected</source>
        <translation>Vårdanteckning rättad</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="110"/>
        <source>Treatment notes read</source>
        <translation>Vårdanteckningar lästa</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="111"/>
        <source>Treatment note written</source>
        <translation>Vårdanteckning skriven</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="112"/>
        <source>Opening hours changed</source>
        <translation>Öppettider ändrade</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="113"/>
        <source>Password change failed</source>
        <translation>Lösenordsbytet misslyckades</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="114"/>
        <source>Password changed</source>
        <translation>Lösenordet bytt</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="115"/>
        <source>Bank payment recorded</source>
        <translation>Bankbetalning registrerad</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="116"/>
        <source>Payments listed</source>
        <translation>Betalningar listade</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="117"/>
        <source>Payment previewed</source>
        <translation>Betalning förhandsgranskad</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="118"/>
        <source>Payment refunded</source>
        <translation>Betalning återbetald</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="119"/>
        <source>Payment taken</source>
        <translation>Betalning mottagen</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="120"/>
        <source>Refused: no permission</source>
        <translation>Nekad: behörighet saknas</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="121"/>
        <source>Business set up</source>
        <translation>Företaget inrättat</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="122"/>
        <source>Business details changed</source>
        <translation>Företagets uppgifter ändrade</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="124"/>
        <source>Client&apos;s data exported (access request)</source>
        <translation>Kundens uppgifter exporterade (begäran om insyn)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="125"/>
        <source>Access report produced</source>
        <translation>Loggutredning upprättad</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="126"/>
        <source>Client&apos;s data erased</source>
        <translation>Kundens uppgifter raderade</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="127"/>
        <source>Erasure planned</source>
        <translation>Radering planerad</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="128"/>
        <source>Privacy notice produced</source>
        <translation>Dataskyddsbeskrivning upprättad</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="129"/>
        <source>Erasure outcome printed</source>
        <translation>Raderingens resultat utskrivet</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="130"/>
        <source>Privacy request recorded</source>
        <translation>Dataskyddsbegäran registrerad</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="131"/>
        <source>Privacy request updated</source>
        <translation>Dataskyddsbegäran uppdaterad</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="132"/>
        <source>Privacy requests viewed</source>
        <translation>Dataskyddsbegäranden visade</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="133"/>
        <source>Old client data anonymised</source>
        <translation>Gamla kunduppgifter anonymiserade</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="134"/>
        <source>Clients past retention listed</source>
        <translation>Kunder över lagringstiden listade</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="135"/>
        <source>Retention clean-up run</source>
        <translation>Rensning efter lagringstid körd</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="136"/>
        <source>Receipt printed</source>
        <translation>Kvitto utskrivet</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="137"/>
        <source>Refund receipt printed</source>
        <translation>Återbetalningskvitto utskrivet</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="138"/>
        <source>Report viewed</source>
        <translation>Rapport visad</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="139"/>
        <source>Room added</source>
        <translation>Rum tillagt</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="140"/>
        <source>Room changed</source>
        <translation>Rum ändrat</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="141"/>
        <source>Recurring appointments cancelled</source>
        <translation>Återkommande bokningar avbokade</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="142"/>
        <source>Recurring appointments booked</source>
        <translation>Återkommande bokningar gjorda</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="143"/>
        <source>Recurring appointments moved</source>
        <translation>Återkommande bokningar flyttade</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="144"/>
        <source>Service activated</source>
        <translation>Tjänst aktiverad</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="145"/>
        <source>Service added</source>
        <translation>Tjänst tillagd</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="146"/>
        <source>Service deactivated</source>
        <translation>Tjänst inaktiverad</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="147"/>
        <source>Service changed</source>
        <translation>Tjänst ändrad</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="148"/>
        <source>Screen locked</source>
        <translation>Skärmen låst</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="149"/>
        <source>Screen unlocked</source>
        <translation>Skärmen upplåst</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="150"/>
        <source>Setting changed</source>
        <translation>Inställning ändrad</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="151"/>
        <source>Staff member activated</source>
        <translation>Anställd aktiverad</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="152"/>
        <source>Staff member added</source>
        <translation>Anställd tillagd</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="153"/>
        <source>Staff member deactivated</source>
        <translation>Anställd inaktiverad</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="154"/>
        <source>Staff member&apos;s password reset</source>
        <translation>Anställds lösenord återställt</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="155"/>
        <source>Staff member changed</source>
        <translation>Anställds uppgifter ändrade</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="156"/>
        <source>Added to the waiting list</source>
        <translation>Tillagd i kölistan</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="157"/>
        <source>Waiting list matched to free times</source>
        <translation>Kölistan matchad mot lediga tider</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="158"/>
        <source>Removed from the waiting list</source>
        <translation>Borttagen från kölistan</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="159"/>
        <source>Waiting list entry resolved</source>
        <translation>Köplats åtgärdad</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="160"/>
        <source>Waiting list viewed</source>
        <translation>Kölistan visad</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="177"/>
        <source>All events whose code starts with %1</source>
        <translation>Alla händelser vars kod börjar med %1</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="182"/>
        <source>All actions</source>
        <translation>Alla åtgärder</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <location filename="../../ui/backup/models.py" line="22"/>
        <source>Folder or disk</source>
        <translation>Mapp eller disk</translation>
    </message>
    <message>
        <location filename="../../ui/backup/models.py" line="23"/>
        <source>SFTP server</source>
        <translation>SFTP-server</translation>
    </message>
    <message>
        <location filename="../../ui/backup/models.py" line="24"/>
        <source>WebDAV (Nextcloud)</source>
        <translation>WebDAV (Nextcloud)</translation>
    </message>
    <message>
        <location filename="../../ui/backup/models.py" line="51"/>
        <source>Verified</source>
        <translation>Verifierad</translation>
    </message>
    <message>
        <location filename="../../ui/backup/models.py" line="52"/>
        <source>Running</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <location filename="../../ui/backup/models.py" line="53"/>
        <source>Failed</source>
        <translation>Misslyckades</translation>
    </message>
    <message>
        <location filename="../../ui/backup/models.py" line="54"/>
        <source>Removed by retention</source>
        <translation>Gallrad</translation>
    </message>
    <message>
        <location filename="../../ui/backup/models.py" line="55"/>
        <source>Not made here</source>
        <translation>Inte skapad på den här datorn</translation>
    </message>
    <message>
        <location filename="../../ui/backup/models.py" line="68"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../ui/backup/models.py" line="69"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../ui/backup/models.py" line="70"/>
        <source>Where</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../../ui/backup/models.py" line="71"/>
        <source>Last backup</source>
        <translation>Senaste säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../../ui/backup/models.py" line="72"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/backup/models.py" line="83"/>
        <source>Never</source>
        <translation>Aldrig</translation>
    </message>
    <message>
        <location filename="../../ui/backup/models.py" line="85"/>
        <source>Off</source>
        <translation>Av</translation>
    </message>
    <message>
        <location filename="../../ui/backup/models.py" line="87"/>
        <source>Last run failed</source>
        <translation>Senaste körningen misslyckades</translation>
    </message>
    <message>
        <location filename="../../ui/backup/models.py" line="88"/>
        <source>On</source>
        <translation>På</translation>
    </message>
    <message>
        <location filename="../../ui/backup/models.py" line="103"/>
        <source>Made</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <location filename="../../ui/backup/models.py" line="104"/>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <location filename="../../ui/backup/models.py" line="105"/>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <location filename="../../ui/backup/models.py" line="106"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>billing</name>
    <message>
        <location filename="../../ui/billing/models.py" line="26"/>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="27"/>
        <source>Issued</source>
        <translation>Utfärdad</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="28"/>
        <location filename="../../ui/billing/models.py" line="64"/>
        <source>Paid</source>
        <translation>Betald</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="29"/>
        <source>Overdue</source>
        <translation>Förfallen</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="30"/>
        <source>Credited</source>
        <translation>Krediterad</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="31"/>
        <source>Unpaid</source>
        <translation>Obetald</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="32"/>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="36"/>
        <source>Cash</source>
        <translation>Kontant</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="37"/>
        <source>Card</source>
        <translation>Kort</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="38"/>
        <source>MobilePay</source>
        <translation>MobilePay</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="39"/>
        <source>Gift card</source>
        <translation>Presentkort</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="40"/>
        <source>Bank transfer</source>
        <translation>Banköverföring</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="42"/>
        <source>Cash rounding</source>
        <translation>Kontantavrundning</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="46"/>
        <source>Payment method</source>
        <translation>Betalningssätt</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="47"/>
        <source>Received by</source>
        <translation>Mottagen av</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="48"/>
        <source>Count</source>
        <translation>Antal</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="49"/>
        <source>Refunds</source>
        <translation>Återbetalningar</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="50"/>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="51"/>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="52"/>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="53"/>
        <source>Practitioner</source>
        <translation>Behandlare</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="54"/>
        <source>Excl. VAT</source>
        <translation>Exkl. moms</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="55"/>
        <source>VAT</source>
        <translation>Moms</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="56"/>
        <source>Incl. VAT</source>
        <translation>Inkl. moms</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="57"/>
        <source>VAT rate</source>
        <translation>Momssats</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="58"/>
        <source>Exemption basis</source>
        <translation>Grund för skattefrihet</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="59"/>
        <location filename="../../ui/billing/models.py" line="108"/>
        <location filename="../../ui/billing/models.py" line="159"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="60"/>
        <location filename="../../ui/billing/models.py" line="109"/>
        <location filename="../../ui/billing/models.py" line="159"/>
        <source>Buyer</source>
        <translation>Köpare</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="61"/>
        <source>Invoice date</source>
        <translation>Fakturadatum</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="62"/>
        <location filename="../../ui/billing/models.py" line="111"/>
        <location filename="../../ui/billing/models.py" line="160"/>
        <source>Due date</source>
        <translation>Förfallodag</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="63"/>
        <location filename="../../ui/billing/models.py" line="109"/>
        <location filename="../../ui/billing/models.py" line="218"/>
        <location filename="../../ui/billing/reports_page.py" line="169"/>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="65"/>
        <location filename="../../ui/billing/models.py" line="110"/>
        <location filename="../../ui/billing/models.py" line="162"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="66"/>
        <location filename="../../ui/billing/models.py" line="161"/>
        <source>Days overdue</source>
        <translation>Dagar efter förfallodagen</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="86"/>
        <source>(no visit)</source>
        <translation>(inget besök)</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="108"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="112"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="130"/>
        <source>Credit note</source>
        <translation>Kreditnota</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="132"/>
        <source>reminded %1×</source>
        <translation>påmind %1×</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="163"/>
        <source>Reminders</source>
        <translation>Påminnelser</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="164"/>
        <source>Reminder fee</source>
        <translation>Påminnelseavgift</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="165"/>
        <source>Next reminder</source>
        <translation>Nästa påminnelse</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="174"/>
        <source>now</source>
        <translation>nu</translation>
    </message>
    <message>
        <location filename="../../ui/billing/printing.py" line="32"/>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <location filename="../../ui/billing/printing.py" line="87"/>
        <source>Save PDF</source>
        <translation>Spara PDF</translation>
    </message>
    <message>
        <location filename="../../ui/billing/printing.py" line="88"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <location filename="../../ui/calendar/overview_view.py" line="48"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/overview_view.py" line="49"/>
        <source>Practitioner</source>
        <translation>Behandlare</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/overview_view.py" line="50"/>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/overview_view.py" line="51"/>
        <source>Room</source>
        <translation>Rum</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/overview_view.py" line="52"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/month_view.py" line="25"/>
        <source>Mon</source>
        <translation>mån</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/month_view.py" line="25"/>
        <source>Tue</source>
        <translation>tis</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/month_view.py" line="26"/>
        <source>Wed</source>
        <translation>ons</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/month_view.py" line="26"/>
        <source>Thu</source>
        <translation>tors</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/month_view.py" line="27"/>
        <source>Fri</source>
        <translation>fre</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/month_view.py" line="27"/>
        <source>Sat</source>
        <translation>lör</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/month_view.py" line="28"/>
        <source>Sun</source>
        <translation>sön</translation>
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
        <location filename="../../ui/clients/models.py" line="42"/>
        <source>When</source>
        <translation>Tidpunkt</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="43"/>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="44"/>
        <location filename="../../ui/clients/models.py" line="199"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="45"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="46"/>
        <source>Recorded by</source>
        <translation>Registrerad av</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="55"/>
        <source>Given</source>
        <translation>Lämnat</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="56"/>
        <source>Withdrawn</source>
        <translation>Återkallat</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="77"/>
        <source>Written</source>
        <translation>Skriven</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="78"/>
        <source>Author</source>
        <translation>Författare</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="79"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="80"/>
        <source>Stored because</source>
        <translation>Grund för lagring</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="81"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="91"/>
        <source>%1 (replaced)</source>
        <translation>%1 (ersatt)</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="96"/>
        <source>client accepted</source>
        <translation>kunden har godkänt</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="98"/>
        <source>Kanta</source>
        <translation>Kanta</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="107"/>
        <source>Credit note</source>
        <translation>Kreditnota</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="109"/>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="111"/>
        <source>Credited</source>
        <translation>Krediterad</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="113"/>
        <source>Overpaid</source>
        <translation>Överbetald</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="115"/>
        <source>Paid</source>
        <translation>Betald</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="117"/>
        <source>Overdue</source>
        <translation>Förfallen</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="118"/>
        <source>Open</source>
        <comment>invoice state: not yet paid</comment>
        <translation>Öppen</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="122"/>
        <source>Cash</source>
        <translation>Kontant</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="123"/>
        <source>Card</source>
        <translation>Kort</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="124"/>
        <source>MobilePay</source>
        <translation>MobilePay</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="125"/>
        <source>Gift card</source>
        <translation>Presentkort</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="126"/>
        <source>Bank transfer</source>
        <translation>Banköverföring</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="138"/>
        <location filename="../../ui/clients/models.py" line="166"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="139"/>
        <location filename="../../ui/clients/models.py" line="167"/>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="140"/>
        <location filename="../../ui/clients/models.py" line="168"/>
        <source>Practitioner</source>
        <translation>Behandlare</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="141"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="154"/>
        <source>%1, late</source>
        <translation>%1, sent</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="194"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="195"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="196"/>
        <source>Due</source>
        <translation>Förfallodag</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="197"/>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="198"/>
        <source>Open</source>
        <comment>column: amount still unpaid</comment>
        <translation>Obetalt</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="227"/>
        <source>Received</source>
        <translation>Mottagen</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="228"/>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="229"/>
        <source>Method</source>
        <translation>Betalningssätt</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="230"/>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="240"/>
        <source>Cash rounding</source>
        <translation>Kontantavrundning</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="306"/>
        <source>Same phone or email as row %1.</source>
        <translation>Samma telefon eller e-post som rad %1.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="310"/>
        <source>A client with the same phone or email is already in the register; merge them after the import if they are the same person.</source>
        <translation>En kund med samma telefon eller e-post finns redan i registret; slå ihop dem efter importen om de är samma person.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="327"/>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="328"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="329"/>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="330"/>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="337"/>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="337"/>
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
    <name>dialog</name>
    <message>
        <location filename="../../ui/billing/payment_dialog.py" line="61"/>
        <source>Gift card code</source>
        <translation>Presentkortets kod</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payment_dialog.py" line="65"/>
        <source>Remove this payment method</source>
        <translation>Ta bort det här betalningssättet</translation>
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
        <location filename="../../ui/errors.py" line="131"/>
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
        <location filename="../../ui/errors.py" line="94"/>
        <source>E-invoice address</source>
        <translation>E-fakturaadress</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="59"/>
        <location filename="../../ui/errors.py" line="95"/>
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
        <location filename="../../ui/errors.py" line="254"/>
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
        <location filename="../../ui/errors.py" line="142"/>
        <source>This field is required.</source>
        <translation>Fältet är obligatoriskt.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="143"/>
        <source>Too long: at most %1 characters.</source>
        <translation>För lång: högst %1 tecken.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="144"/>
        <source>Contains characters that are not allowed.</source>
        <translation>Innehåller tecken som inte är tillåtna.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="145"/>
        <source>Not a valid Finnish business ID (Y-tunnus), e.g. 1234567-1.</source>
        <translation>Ogiltigt FO-nummer, t.ex. 1234567-1.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="146"/>
        <source>Not a valid IBAN. Check the account number.</source>
        <translation>Ogiltigt IBAN. Kontrollera kontonumret.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="147"/>
        <source>The account must be a Finnish IBAN (starting with FI).</source>
        <translation>Kontot måste vara ett finländskt IBAN-nummer (börjar med FI).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="148"/>
        <source>Not a valid BIC code.</source>
        <translation>Ogiltig BIC-kod.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="149"/>
        <source>Not a valid personal identity code.</source>
        <translation>Ogiltig personbeteckning.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="150"/>
        <source>Not a valid phone number, e.g. 040 123 4567.</source>
        <translation>Ogiltigt telefonnummer, t.ex. 040 123 4567.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="151"/>
        <source>Not a valid email address.</source>
        <translation>Ogiltig e-postadress.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="152"/>
        <source>A Finnish postal code has five digits, e.g. 00100.</source>
        <translation>Ett finländskt postnummer har fem siffror, t.ex. 00100.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="153"/>
        <source>Not a valid amount of money, e.g. 49,90.</source>
        <translation>Ogiltigt belopp, t.ex. 49,90.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="154"/>
        <source>The amount cannot be negative.</source>
        <translation>Beloppet kan inte vara negativt.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="155"/>
        <source>The amount is too large.</source>
        <translation>Beloppet är för stort.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="156"/>
        <source>The duration must be between 1 minute and 24 hours.</source>
        <translation>Längden måste vara mellan 1 minut och 24 timmar.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="157"/>
        <source>The amount is too small.</source>
        <translation>Beloppet är för litet.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="158"/>
        <source>The amount must be between 0 and 999 999,99 €.</source>
        <translation>Beloppet måste vara mellan 0 och 999 999,99 €.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="159"/>
        <source>Not a valid reference number.</source>
        <translation>Ogiltigt referensnummer.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="160"/>
        <source>A reference base has 3–19 digits.</source>
        <translation>Referensnumrets grunddel har 3–19 siffror.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="161"/>
        <source>Not a valid due date.</source>
        <translation>Ogiltig förfallodag.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="162"/>
        <source>Not a valid date, e.g. 21.11.2026.</source>
        <translation>Ogiltigt datum, t.ex. 21.11.2026.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="163"/>
        <source>The birth date cannot be in the future or before 1880.</source>
        <translation>Födelsedatumet kan inte vara i framtiden eller före 1880.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="164"/>
        <source>The personal identity code does not match the birth date.</source>
        <translation>Personbeteckningen stämmer inte med födelsedatumet.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="166"/>
        <source>The birth year does not match the birth date.</source>
        <translation>Födelseåret stämmer inte med födelsedatumet.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="167"/>
        <source>A buffer must be 0–%1 minutes.</source>
        <translation>Buffertiden måste vara 0–%1 minuter.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="169"/>
        <source>The password must have at least 8 characters.</source>
        <translation>Lösenordet måste ha minst 8 tecken.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="170"/>
        <source>The password is too long.</source>
        <translation>Lösenordet är för långt.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="171"/>
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
        <location filename="../../ui/errors.py" line="69"/>
        <source>Subject</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="70"/>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="71"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="72"/>
        <source>Test address</source>
        <translation>Testadress</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="73"/>
        <source>Test number</source>
        <translation>Testnummer</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="74"/>
        <source>Mail server</source>
        <translation>E-postserver</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="75"/>
        <location filename="../../ui/errors.py" line="126"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="76"/>
        <source>Sender address</source>
        <translation>Avsändaradress</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="77"/>
        <source>Sender name</source>
        <translation>Avsändarnamn</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="78"/>
        <source>Gateway address</source>
        <translation>Sms-tjänstens adress</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="79"/>
        <source>API user name</source>
        <translation>API-användarnamn</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="80"/>
        <source>SMS sender ID</source>
        <translation>Avsändar-ID för sms</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="81"/>
        <source>Reminder before</source>
        <translation>Påminnelse före bokningen</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="82"/>
        <source>Quiet hours start</source>
        <translation>Tyst tid börjar</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="83"/>
        <source>Quiet hours end</source>
        <translation>Tyst tid slutar</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="84"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="85"/>
        <source>Quantity</source>
        <translation>Antal</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="86"/>
        <source>Unit price</source>
        <translation>Enhetspris</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="87"/>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="88"/>
        <source>Buyer</source>
        <translation>Köpare</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="89"/>
        <source>Buyer&apos;s name</source>
        <translation>Köparens namn</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="90"/>
        <source>Buyer&apos;s business ID</source>
        <translation>Köparens FO-nummer</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="91"/>
        <source>Buyer&apos;s street address</source>
        <translation>Köparens gatuadress</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="92"/>
        <source>Buyer&apos;s postal code</source>
        <translation>Köparens postnummer</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="93"/>
        <source>Buyer&apos;s city</source>
        <translation>Köparens postort</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="96"/>
        <source>Due date</source>
        <translation>Förfallodag</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="97"/>
        <source>Invoice total</source>
        <translation>Fakturans totalbelopp</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="98"/>
        <source>Invoice lines</source>
        <translation>Fakturarader</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="99"/>
        <source>Visits</source>
        <translation>Besök</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="100"/>
        <source>Invoices</source>
        <translation>Fakturor</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="101"/>
        <source>End of the period</source>
        <translation>Periodens slut</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="102"/>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="103"/>
        <source>Payment method</source>
        <translation>Betalningssätt</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="104"/>
        <source>Gift card code</source>
        <translation>Presentkortskod</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="105"/>
        <source>Payment</source>
        <translation>Betalning</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="106"/>
        <source>Cash given</source>
        <translation>Mottagna kontanter</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="107"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="109"/>
        <source>Repeat every</source>
        <translation>Upprepningsintervall</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="110"/>
        <source>Number of times</source>
        <translation>Antal gånger</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="111"/>
        <source>Until</source>
        <translation>Slutdatum</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="112"/>
        <source>Dates</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="113"/>
        <source>Earliest</source>
        <translation>Tidigast</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="114"/>
        <source>Latest</source>
        <translation>Senast</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="115"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="116"/>
        <source>Reason for booking anyway</source>
        <translation>Orsak att boka ändå</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="117"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="118"/>
        <source>End</source>
        <translation>Sluttid</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="119"/>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="120"/>
        <source>Practitioner</source>
        <translation>Behandlare</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="121"/>
        <source>Client</source>
        <translation>Kund</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="122"/>
        <source>Room</source>
        <translation>Rum</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="123"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="124"/>
        <source>Folder</source>
        <translation>Mapp</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="125"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="127"/>
        <source>Folder on the server</source>
        <translation>Mapp på servern</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="128"/>
        <source>Address (URL)</source>
        <translation>Adress (URL)</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="129"/>
        <source>Key file</source>
        <translation>Nyckelfil</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="130"/>
        <source>Sign-in method</source>
        <translation>Inloggningssätt</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="132"/>
        <source>Recovery key</source>
        <translation>Återställningsnyckel</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="133"/>
        <source>Location</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="172"/>
        <source>Use 2–64 lowercase letters a–z, digits, dots, dashes or underscores.</source>
        <translation>Använd 2–64 små bokstäver a–z, siffror, punkter, bindestreck eller understreck.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="174"/>
        <source>This user name is already in use.</source>
        <translation>Användarnamnet används redan.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="175"/>
        <source>This name is already in use.</source>
        <translation>Namnet används redan.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="176"/>
        <source>Choose a colour.</source>
        <translation>Välj en färg.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="177"/>
        <source>Choose practitioners only.</source>
        <translation>Välj endast behandlare.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="178"/>
        <source>Opening time must be before closing time.</source>
        <translation>Öppningstiden måste vara före stängningstiden.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="179"/>
        <source>Opening hours of the same day overlap.</source>
        <translation>Öppettiderna för samma dag överlappar varandra.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="180"/>
        <source>Invalid weekday.</source>
        <translation>Ogiltig veckodag.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="181"/>
        <source>Enter a number.</source>
        <translation>Ange ett tal.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="182"/>
        <source>The value is too small.</source>
        <translation>Värdet är för litet.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="183"/>
        <source>The value is too large.</source>
        <translation>Värdet är för stort.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="184"/>
        <source>Choose one of the options.</source>
        <translation>Välj ett av alternativen.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="185"/>
        <source>No VAT rate is defined for this date.</source>
        <translation>Ingen momssats har angetts för det här datumet.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="186"/>
        <source>The quantity cannot be negative on an invoice.</source>
        <translation>Antalet kan inte vara negativt på en faktura.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="187"/>
        <source>The quantity cannot be zero.</source>
        <translation>Antalet kan inte vara noll.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="188"/>
        <source>The invoice has no lines.</source>
        <translation>Fakturan har inga rader.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="189"/>
        <source>The due date cannot be before the invoice date.</source>
        <translation>Förfallodagen kan inte vara före fakturadatumet.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="190"/>
        <source>One invoice can only contain visits of the same client.</source>
        <translation>En faktura kan bara innehålla besök av samma kund.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="192"/>
        <source>The visit has no service to invoice.</source>
        <translation>Besöket har ingen tjänst att fakturera.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="193"/>
        <source>The invoice line no longer exists.</source>
        <translation>Fakturaraden finns inte längre.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="194"/>
        <source>The invoice has been issued and cannot be changed. Make a credit note.</source>
        <translation>Fakturan har redan utfärdats och kan inte ändras. Gör en kreditnota.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="196"/>
        <source>The invoice has not been issued yet.</source>
        <translation>Fakturan har inte utfärdats ännu.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="197"/>
        <source>This invoice cannot be credited.</source>
        <translation>Den här fakturan kan inte krediteras.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="198"/>
        <source>The invoice has already been credited.</source>
        <translation>Fakturan har redan krediterats.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="199"/>
        <source>The credit is larger than what is left of the line.</source>
        <translation>Krediteringen är större än det som återstår av raden.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="201"/>
        <source>The visit is already on an invoice.</source>
        <translation>Besöket finns redan på en faktura.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="202"/>
        <source>Too early for a reminder: 14 days must pass after the due date and after the previous reminder.</source>
        <translation>För tidigt för en påminnelse: 14 dagar måste ha gått sedan förfallodagen och sedan föregående påminnelse.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="205"/>
        <source>The invoice is paid, credited or not issued: nothing to remind of.</source>
        <translation>Fakturan är betald, krediterad eller inte utfärdad: det finns inget att påminna om.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="207"/>
        <source>The invoice has no reminders.</source>
        <translation>Fakturan har inga påminnelser.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="208"/>
        <source>The end of the period is before its start.</source>
        <translation>Periodens slut är före dess början.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="209"/>
        <source>The period is too long.</source>
        <translation>Perioden är för lång.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="210"/>
        <source>The fonts for PDF documents are missing. Reinstall the program.</source>
        <translation>Typsnitten för PDF-dokument saknas. Installera om programmet.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="212"/>
        <source>The practitioner already has a booking then.</source>
        <translation>Behandlaren har redan en bokning vid den tiden.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="213"/>
        <source>The room is already booked then.</source>
        <translation>Rummet är redan bokat vid den tiden.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="214"/>
        <source>The client already has a booking then.</source>
        <translation>Kunden har redan en bokning vid den tiden.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="215"/>
        <source>The practitioner is absent then.</source>
        <translation>Behandlaren är frånvarande vid den tiden.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="216"/>
        <source>The practice is closed on this public holiday.</source>
        <translation>Mottagningen är stängd den här helgdagen.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="217"/>
        <source>The practice is closed on this day.</source>
        <translation>Mottagningen är stängd den här dagen.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="218"/>
        <source>The time is outside the opening hours.</source>
        <translation>Tiden ligger utanför öppettiderna.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="219"/>
        <source>The time is outside the practitioner&apos;s working hours.</source>
        <translation>Tiden ligger utanför behandlarens arbetstid.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="221"/>
        <source>The appointment&apos;s status cannot be changed this way.</source>
        <translation>Bokningens status kan inte ändras på det här sättet.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="223"/>
        <source>No free time was found.</source>
        <translation>Inga lediga tider hittades.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="225"/>
        <source>Must be between %1 and %2.</source>
        <translation>Måste vara mellan %1 och %2.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="227"/>
        <source>Give either the last date or the number of times.</source>
        <translation>Ange antingen slutdatum eller antal gånger.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="229"/>
        <source>The last date must be after the first appointment.</source>
        <translation>Slutdatumet måste vara efter den första bokningen.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="231"/>
        <source>A series can span at most two years.</source>
        <translation>En serie kan sträcka sig över högst två år.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="232"/>
        <source>The series would have only one appointment. Choose a later date.</source>
        <translation>Serien skulle bara få en bokning. Välj ett senare datum.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="234"/>
        <source>A series can have at most %1 appointments.</source>
        <translation>En serie kan ha högst %1 bokningar.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="237"/>
        <source>The appointment is not part of a series.</source>
        <translation>Bokningen ingår inte i en serie.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="238"/>
        <source>The appointment is already part of a series.</source>
        <translation>Bokningen ingår redan i en serie.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="239"/>
        <source>Every date is skipped: nothing to book.</source>
        <translation>Alla datum har hoppats över: det finns inget att boka.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="240"/>
        <source>The time has already passed.</source>
        <translation>Tiden har redan passerat.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="241"/>
        <source>The end must be after the start.</source>
        <translation>Sluttiden måste vara efter starttiden.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="242"/>
        <source>The time range is too long.</source>
        <translation>Tidsintervallet är för långt.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="243"/>
        <source>The time has no time zone.</source>
        <translation>Tiden saknar tidszon.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="244"/>
        <source>The service is no longer offered.</source>
        <translation>Tjänsten erbjuds inte längre.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="245"/>
        <source>The practitioner does not give this service.</source>
        <translation>Behandlaren erbjuder inte den här tjänsten.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="247"/>
        <source>The practitioner is no longer active.</source>
        <translation>Behandlaren är inte längre aktiv.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="248"/>
        <source>The client&apos;s card is archived or merged.</source>
        <translation>Kundens kort har arkiverats eller slagits ihop med ett annat kort.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="249"/>
        <source>The service needs a room.</source>
        <translation>Tjänsten kräver ett rum.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="250"/>
        <source>An appointment can last at most 24 hours.</source>
        <translation>En bokning får vara högst 24 timmar lång.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="251"/>
        <source>This time does not exist: the clocks move forward then.</source>
        <translation>Den här tiden finns inte: klockan ställs då fram en timme.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="253"/>
        <source>The date must be between 2000 and 2100.</source>
        <translation>Datumet måste vara mellan 2000 och 2100.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="257"/>
        <source>Record whether the client accepted storing the note.</source>
        <translation>Ange om kunden har godkänt att anteckningen sparas.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="259"/>
        <source>This note has a newer version. Edit the newest one.</source>
        <translation>Det finns en nyare version av anteckningen. Redigera den senaste.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="261"/>
        <source>The client&apos;s card was merged into another card.</source>
        <translation>Kundens kort har slagits ihop med ett annat kort.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="262"/>
        <source>The visit does not belong to this client.</source>
        <translation>Besöket hör inte till den här kunden.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="263"/>
        <source>The card has already been merged.</source>
        <translation>Kortet har redan slagits ihop.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="264"/>
        <source>Choose two different cards.</source>
        <translation>Välj två olika kort.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="265"/>
        <source>The cards disagree on: %1. Correct one of them first.</source>
        <translation>Korten har olika uppgifter om: %1. Rätta ett av dem först.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="267"/>
        <source>Some rows are invalid. Nothing was imported; see the report.</source>
        <translation>Vissa rader är ogiltiga. Ingenting importerades; se rapporten.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="269"/>
        <source>The file is empty.</source>
        <translation>Filen är tom.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="270"/>
        <source>The file is too large.</source>
        <translation>Filen är för stor.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="271"/>
        <source>The file has too many rows (at most %1).</source>
        <translation>Filen har för många rader (högst %1).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="272"/>
        <source>The file&apos;s character encoding is not supported. Save it as UTF-8.</source>
        <translation>Filens teckenkodning stöds inte. Spara den som UTF-8.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="274"/>
        <source>The file contains characters that cannot be read. Save it as UTF-8.</source>
        <translation>Filen innehåller tecken som inte kan läsas. Spara den som UTF-8.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="276"/>
        <source>The file is not a readable CSV file.</source>
        <translation>Filen är inte en läsbar CSV-fil.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="277"/>
        <source>A column choice is not valid.</source>
        <translation>Ett kolumnval är ogiltigt.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="278"/>
        <source>Two columns are mapped to %1.</source>
        <translation>Två kolumner är kopplade till fältet %1.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="279"/>
        <source>No column is mapped to %1.</source>
        <translation>Ingen kolumn är kopplad till fältet %1.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="280"/>
        <source>Wrong user name or password.</source>
        <translation>Fel användarnamn eller lösenord.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="281"/>
        <source>You do not have the right to do this. The attempt was logged.</source>
        <translation>Du har inte behörighet att göra detta. Försöket har loggats.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="282"/>
        <source>The item no longer exists. It may have been removed at another desk.</source>
        <translation>Objektet finns inte längre. Det kan ha tagits bort på en annan arbetsstation.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="283"/>
        <source>This request has already been completed or refused.</source>
        <translation>Begäran har redan slutförts eller avslagits.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="284"/>
        <source>The practice must keep at least one active owner.</source>
        <translation>Mottagningen måste ha minst en aktiv ägare.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="285"/>
        <source>You cannot deactivate your own account.</source>
        <translation>Du kan inte inaktivera ditt eget konto.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="286"/>
        <source>The practice has already been set up.</source>
        <translation>Mottagningen har redan tagits i bruk.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="287"/>
        <source>No secure password store (keyring) is available on this computer.</source>
        <translation>Det finns ingen säker lösenordslagring (nyckelring) på den här datorn.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="289"/>
        <source>The database cannot be kept on a network drive. Choose a local folder.</source>
        <translation>Databasen kan inte ligga på en nätverksenhet. Välj en lokal mapp.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="291"/>
        <source>The database could not be written. Nothing was saved.</source>
        <translation>Det gick inte att skriva till databasen. Ingenting sparades.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="292"/>
        <source>Unknown placeholder {%1}. Use only the placeholders listed.</source>
        <translation>Okänd platshållare {%1}. Använd bara platshållarna i listan.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="294"/>
        <source>A brace { or } is unpaired. Write {{ or }} for a literal brace.</source>
        <translation>En klammerparentes { eller } saknar sin motsvarighet. Skriv {{ eller }} för att få en klammerparentes i texten.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="296"/>
        <source>The SMS needs %1 parts; at most %2 are allowed. Shorten the text.</source>
        <translation>Sms:et kräver %1 delar; högst %2 är tillåtna. Förkorta texten.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="298"/>
        <source>A sender ID has 3–11 letters a–z or digits (at least one letter), or is a phone number starting with +.</source>
        <translation>Ett avsändar-ID har 3–11 bokstäver a–z eller siffror (minst en bokstav), eller är ett telefonnummer som börjar med +.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="301"/>
        <source>Sending failed: %1</source>
        <translation>Sändningen misslyckades: %1</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="302"/>
        <source>Only a failed message can be retried.</source>
        <translation>Bara ett misslyckat meddelande kan skickas på nytt.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="303"/>
        <source>The message has no address. Add one on the client&apos;s card.</source>
        <translation>Meddelandet saknar adress. Lägg till en adress på kundens kort.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="305"/>
        <source>This message is already queued.</source>
        <translation>Meddelandet står redan i kö.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="306"/>
        <source>The amount cannot be zero.</source>
        <translation>Beloppet kan inte vara noll.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="307"/>
        <source>The payment is more than what is open (%1).</source>
        <translation>Betalningen är större än det öppna beloppet (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="309"/>
        <source>The refund is more than what is left of the payment (%1).</source>
        <translation>Återbetalningen är större än det som återstår av betalningen (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="311"/>
        <source>The cash given is less than the cash part.</source>
        <translation>De mottagna kontanterna är mindre än kontantdelen.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="312"/>
        <source>Cash given only goes with a cash payment.</source>
        <translation>Mottagna kontanter kan bara anges vid kontantbetalning.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="313"/>
        <source>The invoice has been credited.</source>
        <translation>Fakturan har krediterats.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="314"/>
        <source>This document cannot be paid.</source>
        <translation>Det här dokumentet kan inte betalas.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="315"/>
        <source>The invoice has already been paid.</source>
        <translation>Fakturan har redan betalats.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="316"/>
        <source>The client has nothing open to pay.</source>
        <translation>Kunden har inget öppet att betala.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="317"/>
        <source>A refund cannot be refunded.</source>
        <translation>En återbetalning kan inte återbetalas.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="318"/>
        <source>A refund receipt is printed for a refund only. Choose the refund row.</source>
        <translation>Ett återbetalningskvitto skrivs bara ut för en återbetalning. Välj återbetalningsraden.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="320"/>
        <source>A cash rounding is not money paid and cannot be refunded. Refund the cash payment itself.</source>
        <translation>En kontantavrundning är inte betalda pengar och kan inte återbetalas. Återbetala själva kontantbetalningen.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="325"/>
        <source>The payment&apos;s purpose code is not valid for the QR code.</source>
        <translation>Betalningens ändamålskod är inte giltig för QR-koden.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="327"/>
        <source>The QR code can carry a reference or a message, not both.</source>
        <translation>QR-koden kan innehålla ett referensnummer eller ett meddelande, inte båda.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="329"/>
        <source>The QR code cannot carry both a due date and a message.</source>
        <translation>QR-koden kan inte innehålla både förfallodag och meddelande.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="331"/>
        <source>The date cannot be in the future.</source>
        <translation>Datumet kan inte vara i framtiden.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="332"/>
        <source>The bank file cannot be read. Nothing was recorded.</source>
        <translation>Bankfilen kan inte läsas. Ingenting registrerades.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="333"/>
        <source>The file is neither a camt.054 nor a KTL reference payment file.</source>
        <translation>Filen är varken en camt.054-fil eller en KTL-fil med referensbetalningar.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="335"/>
        <source>The file is not valid XML. Nothing was recorded.</source>
        <translation>Filen är inte giltig XML. Ingenting registrerades.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="336"/>
        <source>The XML file is not a camt.054 payment notification.</source>
        <translation>XML-filen är inte en camt.054-betalningsavisering.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="338"/>
        <source>Entry %1 of the bank file is malformed. Nothing was recorded.</source>
        <translation>Post %1 i bankfilen är felaktig. Ingenting registrerades.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="340"/>
        <source>The bank file&apos;s totals do not match its payments. Nothing was recorded.</source>
        <translation>Bankfilens summor stämmer inte med dess betalningar. Ingenting registrerades.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="342"/>
        <source>The bank file is not in euros.</source>
        <translation>Bankfilen är inte i euro.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="344"/>
        <source>Give the full path of the folder.</source>
        <translation>Ange mappens fullständiga sökväg.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="345"/>
        <source>The folder does not exist. Is the disk connected?</source>
        <translation>Mappen finns inte. Är disken ansluten?</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="346"/>
        <source>The program may not write to this folder.</source>
        <translation>Programmet har inte behörighet att skriva till den här mappen.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="347"/>
        <source>Not a valid server name.</source>
        <translation>Ogiltigt servernamn.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="348"/>
        <source>The port must be a number 1–65535.</source>
        <translation>Porten måste vara ett tal 1–65535.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="349"/>
        <source>Not a valid address. It starts with https://.</source>
        <translation>Ogiltig adress. Den börjar med https://.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="350"/>
        <source>Use an https:// address: the password would otherwise travel unencrypted.</source>
        <translation>Använd en https://-adress: annars skulle lösenordet skickas okrypterat.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="352"/>
        <source>Not a valid folder name.</source>
        <translation>Ogiltigt mappnamn.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="353"/>
        <source>This is not a valid recovery key. Check it against the emergency kit.</source>
        <translation>Det här är inte en giltig återställningsnyckel. Jämför den med nödpaketet.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="355"/>
        <source>The backup failed.</source>
        <translation>Säkerhetskopieringen misslyckades.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="356"/>
        <source>The backup was refused. Nothing was changed.</source>
        <translation>Säkerhetskopian avvisades. Ingenting ändrades.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="357"/>
        <source>This computer has no backup key. Restore with the recovery key from the emergency kit.</source>
        <translation>Den här datorn har ingen nyckel för säkerhetskopior. Återställ med återställningsnyckeln i nödpaketet.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="360"/>
        <source>This computer already has a different backup key.</source>
        <translation>Den här datorn har redan en annan nyckel för säkerhetskopior.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="362"/>
        <source>The database could not be copied for the backup.</source>
        <translation>Databasen kunde inte kopieras för säkerhetskopian.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="363"/>
        <source>The copy of the database failed its integrity check.</source>
        <translation>Kopian av databasen klarade inte integritetskontrollen.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="364"/>
        <source>The encrypted backup did not decrypt correctly. It was not sent.</source>
        <translation>Den krypterade säkerhetskopian kunde inte dekrypteras korrekt. Den skickades inte.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="366"/>
        <source>Backups of a PostgreSQL database are not supported yet. Use the server&apos;s own backups.</source>
        <translation>Säkerhetskopiering av en PostgreSQL-databas stöds inte ännu. Använd serverns egna säkerhetskopior.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="369"/>
        <source>The backup location cannot be reached. Check the connection or the disk.</source>
        <translation>Platsen för säkerhetskopior kan inte nås. Kontrollera anslutningen eller disken.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="371"/>
        <source>The backup location refused the user name, password or key.</source>
        <translation>Platsen för säkerhetskopior godkände inte användarnamnet, lösenordet eller nyckeln.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="373"/>
        <source>The backup location or this disk is full.</source>
        <translation>Platsen för säkerhetskopior eller den här disken är full.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="374"/>
        <source>The folder does not exist on the server.</source>
        <translation>Mappen finns inte på servern.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="376"/>
        <source>The backup did not arrive intact. It was not kept; try again.</source>
        <translation>Säkerhetskopian kom inte fram oskadd. Den sparades inte; försök igen.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="378"/>
        <source>The backups on the server could not be listed. Nothing was deleted.</source>
        <translation>Säkerhetskopiorna på servern kunde inte listas. Ingenting raderades.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="380"/>
        <source>The server&apos;s identity (host key) has changed. This can be an attack: nothing was sent. Check with the server&apos;s administrator.</source>
        <translation>Serverns identitet (värdnyckel) har ändrats. Det kan vara en attack: ingenting skickades. Kontrollera saken med serverns administratör.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="383"/>
        <source>Another backup or restore is running, or the database is still open.</source>
        <translation>En annan säkerhetskopiering eller återställning pågår, eller så är databasen fortfarande öppen.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="385"/>
        <source>No backup location is set up and enabled.</source>
        <translation>Ingen plats för säkerhetskopior har ställts in och aktiverats.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="386"/>
        <source>There are no backups at this location yet.</source>
        <translation>Det finns ännu inga säkerhetskopior på den här platsen.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="387"/>
        <source>The backup was made with a newer version of the program. Update first.</source>
        <translation>Säkerhetskopian har gjorts med en nyare version av programmet. Uppdatera först.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="389"/>
        <source>Choose the backup again.</source>
        <translation>Välj säkerhetskopian på nytt.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="390"/>
        <source>The access log inside the backup does not verify.</source>
        <translation>Åtkomstloggen i säkerhetskopian kunde inte verifieras.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="392"/>
        <source>The backup file is damaged or incomplete. Nothing was changed.</source>
        <translation>Filen med säkerhetskopian är skadad eller ofullständig. Ingenting ändrades.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="394"/>
        <source>The backup was made with a different key. Nothing was changed.</source>
        <translation>Säkerhetskopian har gjorts med en annan nyckel. Ingenting ändrades.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="396"/>
        <source>This file is not a Vastaanotto backup.</source>
        <translation>Filen är inte en säkerhetskopia från Vastaanotto.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="397"/>
        <source>The backup&apos;s signature is not valid: it may be forged. Nothing was changed.</source>
        <translation>Säkerhetskopians signatur är ogiltig: den kan vara förfalskad. Ingenting ändrades.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="399"/>
        <source>The backup belongs to another business. Nothing was changed.</source>
        <translation>Säkerhetskopian tillhör ett annat företag. Ingenting ändrades.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="401"/>
        <source>The server offered an older backup than the one recorded. Nothing was changed; check the server.</source>
        <translation>Servern erbjöd en äldre säkerhetskopia än den som registrerats. Ingenting ändrades; kontrollera servern.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="404"/>
        <source>The backup&apos;s .manifest file is missing; keep it next to the backup.</source>
        <translation>Säkerhetskopians .manifest-fil saknas; förvara den i samma mapp som säkerhetskopian.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="406"/>
        <source>The backup does not match what was recorded when it was made.</source>
        <translation>Säkerhetskopian stämmer inte med det som registrerades när den gjordes.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="408"/>
        <source>The database is encrypted, and its key is not in this computer&apos;s secure key store (was the database copied from another computer?). Restore the practice from a backup as the backup emergency kit describes.</source>
        <translation>Databasen är krypterad och dess nyckel finns inte i den här datorns säkra nyckelring (kopierades databasen från en annan dator?). Återställ mottagningen från en säkerhetskopia enligt anvisningarna i nödpaketet för säkerhetskopior.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="412"/>
        <source>The database key in this computer&apos;s key store does not open the database. Restore the practice from a backup as the backup emergency kit describes.</source>
        <translation>Databasnyckeln i den här datorns nyckelring öppnar inte databasen. Återställ mottagningen från en säkerhetskopia enligt anvisningarna i nödpaketet för säkerhetskopior.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="416"/>
        <source>The file is not a Vastaanotto database, or it is damaged. Restore it from a backup.</source>
        <translation>Filen är inte en databas för Vastaanotto, eller så är den skadad. Återställ den från en säkerhetskopia.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="419"/>
        <source>The database is in use by another program. Close the other Vastaanotto windows on this computer and try again. Nothing was changed.</source>
        <translation>Databasen används av ett annat program. Stäng de andra Vastaanotto-fönstren på den här datorn och försök igen. Ingenting ändrades.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="422"/>
        <source>The database is already encrypted.</source>
        <translation>Databasen är redan krypterad.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="423"/>
        <source>The encrypted copy did not match the database, so it was not used. Nothing was changed.</source>
        <translation>Den krypterade kopian stämde inte med databasen och användes därför inte. Ingenting ändrades.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="426"/>
        <source>Only a database file on this computer can be encrypted here.</source>
        <translation>Här kan bara en databasfil på den här datorn krypteras.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="430"/>
        <source>The database is encrypted, and no secure key store (keyring) is available on this computer to give its key. Unlock or install the key store, or restore the practice from a backup as the backup emergency kit describes.</source>
        <translation>Databasen är krypterad, och på den här datorn finns ingen säker lösenordslagring (nyckelring) som kan ge dess nyckel. Lås upp eller installera nyckelringen, eller återställ mottagningen från en säkerhetskopia enligt anvisningarna i nödpaketet för säkerhetskopior.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="456"/>
        <source>Something went wrong (%1).</source>
        <translation>Något gick fel (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="475"/>
        <source>The account is locked after too many failed attempts. Ask the owner to unlock it.</source>
        <translation>Kontot har låsts efter för många misslyckade försök. Be ägaren att låsa upp det.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="481"/>
        <source>Unexpected error. Nothing was saved.</source>
        <translation>Oväntat fel. Ingenting sparades.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="492"/>
        <source>Cannot save</source>
        <translation>Det går inte att spara</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <location filename="../../ui/formatting.py" line="70"/>
        <source>Reception</source>
        <translation>Receptionist</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="71"/>
        <source>Practitioner</source>
        <translation>Behandlare</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="72"/>
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="83"/>
        <source>General rate</source>
        <translation>Allmän skattesats</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="84"/>
        <source>Reduced rate (first)</source>
        <translation>Nedsatt skattesats (första)</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="85"/>
        <source>Reduced rate (second)</source>
        <translation>Nedsatt skattesats (andra)</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="86"/>
        <source>Health care, exempt</source>
        <translation>Hälso- och sjukvård, skattefri</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="90"/>
        <source>Booked</source>
        <translation>Bokad</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="91"/>
        <source>Arrived</source>
        <translation>Ankommen</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="92"/>
        <source>Completed</source>
        <translation>Genomförd</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="93"/>
        <source>Cancelled</source>
        <translation>Avbokad</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="94"/>
        <source>No-show</source>
        <translation>Uteblev</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="98"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="98"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../ui/messages/texts.py" line="18"/>
        <source>Booking confirmation</source>
        <translation>Bokningsbekräftelse</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="19"/>
        <source>Reminder</source>
        <translation>Påminnelse</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="20"/>
        <source>Changed time</source>
        <translation>Ändrad tid</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="21"/>
        <source>Cancellation</source>
        <translation>Avbokning</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="22"/>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="23"/>
        <source>Payment reminder</source>
        <translation>Betalningspåminnelse</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="24"/>
        <source>Marketing</source>
        <translation>Marknadsföring</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="29"/>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="30"/>
        <source>SMS</source>
        <translation>Sms</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="35"/>
        <source>Queued</source>
        <translation>I kö</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="36"/>
        <source>Sending</source>
        <translation>Skickas</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="37"/>
        <source>Sent</source>
        <translation>Skickat</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="38"/>
        <source>Failed</source>
        <translation>Misslyckat</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="39"/>
        <source>Cancelled</source>
        <translation>Annullerat</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="53"/>
        <source>Unknown whether it was delivered (the program stopped or the server did not answer). Check with the client before retrying.</source>
        <translation>Okänt om meddelandet levererades (programmet stannade eller servern svarade inte). Kontrollera med kunden innan du försöker igen.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="56"/>
        <source>No usable email address or mobile number.</source>
        <translation>Ingen användbar e-postadress eller mobilnummer.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="57"/>
        <source>Email is not set up.</source>
        <translation>E-post har inte ställts in.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="58"/>
        <source>SMS is not set up.</source>
        <translation>Sms har inte ställts in.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="59"/>
        <source>The password could not be read from the keyring.</source>
        <translation>Lösenordet kunde inte läsas från nyckelringen.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="61"/>
        <source>The server did not answer in time.</source>
        <translation>Servern svarade inte i tid.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="62"/>
        <source>The server did not confirm the message.</source>
        <translation>Servern bekräftade inte meddelandet.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="63"/>
        <location filename="../../ui/messages/texts.py" line="64"/>
        <source>The gateway did not answer.</source>
        <translation>Sms-tjänsten svarade inte.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="65"/>
        <source>The server refused the connection.</source>
        <translation>Servern nekade anslutningen.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="66"/>
        <source>No connection to the server.</source>
        <translation>Ingen anslutning till servern.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="67"/>
        <source>The server name was not found.</source>
        <translation>Servernamnet hittades inte.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="68"/>
        <source>The server&apos;s certificate is not trusted.</source>
        <translation>Serverns certifikat är inte betrott.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="69"/>
        <source>The secure connection failed.</source>
        <translation>Den säkra anslutningen misslyckades.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="70"/>
        <source>The server does not offer STARTTLS.</source>
        <translation>Servern erbjuder inte STARTTLS.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="71"/>
        <source>The server closed the connection.</source>
        <translation>Servern stängde anslutningen.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="72"/>
        <source>The gateway address must use https.</source>
        <translation>Sms-tjänstens adress måste använda https.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="73"/>
        <source>The gateway gave an unexpected answer.</source>
        <translation>Sms-tjänsten gav ett oväntat svar.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="74"/>
        <source>The SMS is too long (%1 parts).</source>
        <translation>Sms:et är för långt (%1 delar).</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="75"/>
        <source>The appointment was moved.</source>
        <translation>Bokningen flyttades.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="76"/>
        <source>The appointment was cancelled.</source>
        <translation>Bokningen avbokades.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="77"/>
        <source>The appointment had already started.</source>
        <translation>Bokningen hade redan börjat.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="78"/>
        <source>The message could not be prepared (%1).</source>
        <translation>Meddelandet kunde inte förberedas (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="87"/>
        <source>The mail server refused the user name or password.</source>
        <translation>E-postservern godkände inte användarnamnet eller lösenordet.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="91"/>
        <source>The mail server asked to try later (%1).</source>
        <translation>E-postservern bad om ett nytt försök senare (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="93"/>
        <source>The mail server refused the message (%1).</source>
        <translation>E-postservern avvisade meddelandet (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="98"/>
        <source>The SMS gateway refused the credentials, number or sender (%1).</source>
        <translation>Sms-tjänsten avvisade inloggningsuppgifterna, numret eller avsändaren (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="100"/>
        <source>The SMS gateway answered with an error (%1).</source>
        <translation>Sms-tjänsten svarade med ett fel (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="103"/>
        <source>The appointment changed.</source>
        <translation>Bokningen ändrades.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="110"/>
        <source>No consent</source>
        <translation>Inget samtycke</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="111"/>
        <source>Consent withdrawn</source>
        <translation>Samtycket återkallat</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="112"/>
        <source>No address for this channel</source>
        <translation>Ingen adress för den här kanalen</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="113"/>
        <source>Address not usable</source>
        <translation>Adressen kan inte användas</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="114"/>
        <source>Card archived</source>
        <translation>Kortet arkiverat</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="115"/>
        <source>Deceased</source>
        <translation>Avliden</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="116"/>
        <source>Processing restricted</source>
        <translation>Behandlingen begränsad</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/backup/restore_dialog.py" line="48"/>
        <source>Restore the backup?</source>
        <translation>Återställa säkerhetskopian?</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_dialog.py" line="50"/>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
</context>
<context>
    <name>payments</name>
    <message>
        <location filename="../../ui/billing/bank_import_dialog.py" line="43"/>
        <source>Paid in full</source>
        <translation>Betald i sin helhet</translation>
    </message>
    <message>
        <location filename="../../ui/billing/bank_import_dialog.py" line="44"/>
        <source>Partial payment</source>
        <translation>Delbetalning</translation>
    </message>
    <message>
        <location filename="../../ui/billing/bank_import_dialog.py" line="45"/>
        <source>Overpaid</source>
        <translation>Överbetald</translation>
    </message>
    <message>
        <location filename="../../ui/billing/bank_import_dialog.py" line="46"/>
        <source>Already imported</source>
        <translation>Redan importerad</translation>
    </message>
    <message>
        <location filename="../../ui/billing/bank_import_dialog.py" line="47"/>
        <source>Unknown reference</source>
        <translation>Okänd referens</translation>
    </message>
    <message>
        <location filename="../../ui/billing/bank_import_dialog.py" line="48"/>
        <source>No reference</source>
        <translation>Ingen referens</translation>
    </message>
    <message>
        <location filename="../../ui/billing/bank_import_dialog.py" line="49"/>
        <source>Invoice not payable</source>
        <translation>Fakturan kan inte betalas</translation>
    </message>
    <message>
        <location filename="../../ui/billing/bank_import_dialog.py" line="50"/>
        <source>Bank correction</source>
        <translation>Bankens rättelse</translation>
    </message>
    <message>
        <location filename="../../ui/billing/bank_import_dialog.py" line="51"/>
        <source>Money out</source>
        <translation>Utbetalning</translation>
    </message>
    <message>
        <location filename="../../ui/billing/bank_import_dialog.py" line="52"/>
        <source>Not in euros</source>
        <translation>Inte i euro</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payment_dialog.py" line="40"/>
        <source>Cash</source>
        <translation>Kontant</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payment_dialog.py" line="41"/>
        <source>Card</source>
        <translation>Kort</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payment_dialog.py" line="42"/>
        <source>MobilePay</source>
        <translation>MobilePay</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payment_dialog.py" line="43"/>
        <source>Gift card</source>
        <translation>Presentkort</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payment_dialog.py" line="44"/>
        <source>Bank transfer</source>
        <translation>Banköverföring</translation>
    </message>
</context>
<context>
    <name>privacy</name>
    <message>
        <location filename="../../ui/privacy/audit_page.py" line="46"/>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_page.py" line="47"/>
        <location filename="../../ui/privacy/dialogs.py" line="259"/>
        <source>When</source>
        <translation>Tidpunkt</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_page.py" line="48"/>
        <location filename="../../ui/privacy/dialogs.py" line="260"/>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_page.py" line="49"/>
        <location filename="../../ui/privacy/dialogs.py" line="261"/>
        <source>Workstation</source>
        <translation>Arbetsstation</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_page.py" line="50"/>
        <location filename="../../ui/privacy/audit_page.py" line="127"/>
        <location filename="../../ui/privacy/dialogs.py" line="262"/>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_page.py" line="51"/>
        <location filename="../../ui/privacy/requests_page.py" line="54"/>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_page.py" line="52"/>
        <source>Client no.</source>
        <translation>Kundnr</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_page.py" line="53"/>
        <source>Fields</source>
        <translation>Fält</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_page.py" line="54"/>
        <location filename="../../ui/privacy/dialogs.py" line="263"/>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_page.py" line="69"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_page.py" line="70"/>
        <location filename="../../ui/privacy/common.py" line="73"/>
        <source>Refused</source>
        <translation>Nekad</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_page.py" line="71"/>
        <source>Failed</source>
        <translation>Misslyckades</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_page.py" line="115"/>
        <location filename="../../ui/privacy/dialogs.py" line="298"/>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_page.py" line="116"/>
        <location filename="../../ui/privacy/dialogs.py" line="299"/>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_page.py" line="120"/>
        <location filename="../../ui/privacy/dialogs.py" line="64"/>
        <location filename="../../ui/privacy/requests_page.py" line="49"/>
        <location filename="../../ui/privacy/requests_page.py" line="100"/>
        <location filename="../../ui/privacy/retention_page.py" line="34"/>
        <source>Client</source>
        <translation>Kund</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_page.py" line="121"/>
        <source>Staff member</source>
        <translation>Medarbetare</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_page.py" line="126"/>
        <source>Dates</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_page.py" line="129"/>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_page.py" line="132"/>
        <source>Verify chain</source>
        <translation>Kontrollera kedjan</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_page.py" line="136"/>
        <source>Access report for the client…</source>
        <translation>Loggutdrag för kunden…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_page.py" line="166"/>
        <location filename="../../ui/privacy/audit_page.py" line="205"/>
        <location filename="../../ui/privacy/dialogs.py" line="329"/>
        <source>Cannot read the log</source>
        <translation>Det går inte att läsa loggen</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_page.py" line="169"/>
        <source>Anyone</source>
        <translation>Vem som helst</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_page.py" line="210"/>
        <source>The newest %1 events; narrow the filters to see older ones.</source>
        <translation>De %1 senaste händelserna; begränsa filtren för att se äldre.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_page.py" line="218"/>
        <source>Cannot verify</source>
        <translation>Det går inte att kontrollera</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_page.py" line="221"/>
        <location filename="../../ui/privacy/audit_page.py" line="227"/>
        <source>Audit chain</source>
        <translation>Händelseloggens kedja</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_page.py" line="222"/>
        <source>The audit chain is intact: %1 events verified.</source>
        <translation>Händelseloggens kedja är intakt: %1 händelser har kontrollerats.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_page.py" line="228"/>
        <source>The audit chain is broken at event %1 (%2). Events before it verified: %3. Keep this computer as it is and contact support.</source>
        <translation>Händelseloggens kedja är bruten vid händelse %1 (%2). Kontrollerade händelser före den: %3. Lämna datorn som den är och kontakta supporten.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_page.py" line="237"/>
        <location filename="../../ui/privacy/dialogs.py" line="288"/>
        <source>Access report</source>
        <translation>Loggutdrag</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_page.py" line="238"/>
        <location filename="../../ui/privacy/dialogs.py" line="74"/>
        <location filename="../../ui/privacy/requests_page.py" line="114"/>
        <source>Choose a client first.</source>
        <translation>Välj först en kund.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/card_menu.py" line="21"/>
        <source>By phone</source>
        <translation>Per telefon</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/card_menu.py" line="22"/>
        <source>In person</source>
        <translation>Personligen</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/card_menu.py" line="23"/>
        <source>By email</source>
        <translation>Per e-post</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/card_menu.py" line="24"/>
        <source>On a form</source>
        <translation>På blankett</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/card_menu.py" line="25"/>
        <source>Online</source>
        <translation>Via nätet</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/card_menu.py" line="31"/>
        <location filename="../../ui/privacy/card_menu.py" line="87"/>
        <location filename="../../ui/privacy/common.py" line="61"/>
        <source>Objection to marketing</source>
        <translation>Förbud mot marknadsföring</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/card_menu.py" line="32"/>
        <source>How did the client object?</source>
        <translation>Hur förbjöd kunden marknadsföring?</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/card_menu.py" line="55"/>
        <location filename="../../ui/privacy/privacy_view.py" line="59"/>
        <source>Access report…</source>
        <translation>Loggutdrag…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/card_menu.py" line="61"/>
        <source>Export data…</source>
        <translation>Exportera uppgifter…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/card_menu.py" line="65"/>
        <source>Object to marketing</source>
        <translation>Förbjud marknadsföring</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/card_menu.py" line="71"/>
        <location filename="../../ui/privacy/privacy_view.py" line="56"/>
        <source>Erasure request…</source>
        <translation>Begäran om radering…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/card_menu.py" line="88"/>
        <source>Both marketing consents are withdrawn, and the objection is recorded.</source>
        <translation>Båda samtyckena till marknadsföring har återkallats och förbudet har registrerats.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/common.py" line="50"/>
        <source>Cannot save</source>
        <translation>Det går inte att spara</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/common.py" line="51"/>
        <source>The file could not be written. Choose another folder.</source>
        <translation>Det gick inte att skriva filen. Välj en annan mapp.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/common.py" line="59"/>
        <source>Access to data</source>
        <translation>Insyn i uppgifter</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/common.py" line="60"/>
        <source>Rectification</source>
        <translation>Rättelse</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/common.py" line="62"/>
        <source>Erasure</source>
        <translation>Radering</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/common.py" line="63"/>
        <source>Restriction</source>
        <translation>Begränsning av behandling</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/common.py" line="64"/>
        <source>Access log report</source>
        <translation>Loggutdrag</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/common.py" line="70"/>
        <location filename="../../ui/privacy/requests_page.py" line="48"/>
        <source>Received</source>
        <translation>Mottagen</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/common.py" line="71"/>
        <source>In progress</source>
        <translation>Under behandling</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/common.py" line="72"/>
        <source>Completed</source>
        <translation>Slutförd</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/common.py" line="79"/>
        <source>Erase now</source>
        <translation>Raderas nu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/common.py" line="80"/>
        <source>Anonymise now</source>
        <translation>Anonymiseras nu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/common.py" line="81"/>
        <source>Keep (restricted)</source>
        <translation>Bevaras (begränsad)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/common.py" line="82"/>
        <source>No data</source>
        <translation>Inga uppgifter</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/common.py" line="88"/>
        <source>Name, birth date, identity code</source>
        <translation>Namn, födelsedatum, personbeteckning</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/common.py" line="89"/>
        <source>Contact and billing details</source>
        <translation>Kontakt- och faktureringsuppgifter</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/common.py" line="90"/>
        <source>Marketing and reminder consents</source>
        <translation>Samtycken till marknadsföring och påminnelser</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/common.py" line="91"/>
        <source>Consent to storing treatment data</source>
        <translation>Samtycke till lagring av vårdanteckningar</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/common.py" line="92"/>
        <source>Bookings</source>
        <translation>Bokningar</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/common.py" line="93"/>
        <source>Visits</source>
        <translation>Besök</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/common.py" line="94"/>
        <source>Treatment notes (patient records)</source>
        <translation>Vårdanteckningar (journalhandlingar)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/common.py" line="95"/>
        <source>Invoices (bookkeeping vouchers)</source>
        <translation>Fakturor (bokföringsverifikat)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/common.py" line="96"/>
        <source>Draft invoices</source>
        <translation>Fakturautkast</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/common.py" line="97"/>
        <source>Payments (bookkeeping vouchers)</source>
        <translation>Betalningar (bokföringsverifikat)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/common.py" line="98"/>
        <source>Messages sent</source>
        <translation>Skickade meddelanden</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/common.py" line="99"/>
        <source>Waiting list</source>
        <translation>Kölista</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/common.py" line="100"/>
        <source>Audit trail</source>
        <translation>Händelselogg</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/common.py" line="118"/>
        <source>Search: name, phone or birth date</source>
        <translation>Sök: namn, telefon eller födelsedatum</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/common.py" line="134"/>
        <source>Any client</source>
        <translation>Alla kunder</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/common.py" line="144"/>
        <source>Search failed</source>
        <translation>Sökningen misslyckades</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/dialogs.py" line="87"/>
        <source>Export client data</source>
        <translation>Exportera kundens uppgifter</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/dialogs.py" line="90"/>
        <location filename="../../ui/privacy/dialogs.py" line="301"/>
        <source>Language of the PDF</source>
        <translation>PDF-filens språk</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/dialogs.py" line="91"/>
        <source>The ZIP holds the client&apos;s card, consents, bookings, visits, treatment notes, invoices, payments, messages and who viewed or changed them: data.json for machines and data.pdf for people. The export is recorded in the request register.</source>
        <translation>ZIP-filen innehåller kundens kort, samtycken, bokningar, besök, vårdanteckningar, fakturor, betalningar, meddelanden och vem som har visat eller ändrat dem: data.json för maskinläsning och data.pdf för människor. Exporten registreras i registret över begäranden.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/dialogs.py" line="99"/>
        <source>Save ZIP…</source>
        <translation>Spara ZIP…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/dialogs.py" line="116"/>
        <source>Export failed</source>
        <translation>Exporten misslyckades</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/dialogs.py" line="120"/>
        <source>Save client data</source>
        <translation>Spara kundens uppgifter</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/dialogs.py" line="121"/>
        <source>ZIP archives (*.zip)</source>
        <translation>ZIP-arkiv (*.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/dialogs.py" line="137"/>
        <source>Kind of data</source>
        <translation>Typ av uppgifter</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/dialogs.py" line="138"/>
        <source>Count</source>
        <translation>Antal</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/dialogs.py" line="139"/>
        <source>What happens</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/dialogs.py" line="140"/>
        <source>Kept until</source>
        <translation>Bevaras till</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/dialogs.py" line="141"/>
        <source>Legal basis</source>
        <translation>Rättslig grund</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/dialogs.py" line="164"/>
        <source>Erasure request</source>
        <translation>Begäran om radering</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/dialogs.py" line="169"/>
        <source>Language of the outcome</source>
        <translation>Svarets språk</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/dialogs.py" line="170"/>
        <source>Show the plan</source>
        <translation>Visa planen</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/dialogs.py" line="182"/>
        <source>Erase…</source>
        <translation>Radera…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/dialogs.py" line="206"/>
        <source>Cannot make the plan</source>
        <translation>Det går inte att göra planen</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/dialogs.py" line="210"/>
        <source>The law keeps this client&apos;s patient records: name, birth date and identity code stay with them, and the client is restricted (hidden from search and booking). Contact details and marketing consents are erased now.</source>
        <translation>Lagen kräver att kundens journalhandlingar bevaras: namn, födelsedatum och personbeteckning bevaras tillsammans med dem, och behandlingen av kunden begränsas (kunden döljs i sökningar och bokning). Kontaktuppgifter och samtycken till marknadsföring raderas nu.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/dialogs.py" line="216"/>
        <source>The client&apos;s name and contact details are anonymised now; kept bookkeeping vouchers stay unchanged until their date.</source>
        <translation>Kundens namn och kontaktuppgifter anonymiseras nu; bokföringsverifikat som bevaras förblir oförändrade tills deras bevarandetid går ut.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/dialogs.py" line="225"/>
        <source>Erase client data</source>
        <translation>Radera kundens uppgifter</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/dialogs.py" line="226"/>
        <source>Erase and anonymise the data as planned? This cannot be undone.</source>
        <translation>Vill du radera och anonymisera uppgifterna enligt planen? Det går inte att ångra.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/dialogs.py" line="238"/>
        <source>Erasure failed</source>
        <translation>Raderingen misslyckades</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/dialogs.py" line="243"/>
        <source>Done. Save the outcome for the client.</source>
        <translation>Klart. Spara svaret till kunden.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/dialogs.py" line="244"/>
        <location filename="../../ui/privacy/requests_page.py" line="275"/>
        <source>Save the outcome</source>
        <translation>Spara svaret</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/dialogs.py" line="246"/>
        <location filename="../../ui/privacy/dialogs.py" line="347"/>
        <location filename="../../ui/privacy/notice_page.py" line="85"/>
        <location filename="../../ui/privacy/requests_page.py" line="277"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/dialogs.py" line="302"/>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/dialogs.py" line="310"/>
        <location filename="../../ui/privacy/notice_page.py" line="37"/>
        <source>Save PDF…</source>
        <translation>Spara PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/dialogs.py" line="342"/>
        <source>Cannot make the report</source>
        <translation>Det går inte att göra rapporten</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/dialogs.py" line="346"/>
        <source>Save the access report</source>
        <translation>Spara loggutdraget</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/notice_page.py" line="40"/>
        <source>Save text…</source>
        <translation>Spara texten…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/notice_page.py" line="43"/>
        <source>Generated from the business profile, the settings, the backup targets and the message providers. Publish it where clients see it, and save it again after changing them.</source>
        <translation>Skapad utifrån företagsuppgifterna, inställningarna, platserna för säkerhetskopior och meddelandetjänsterna. Publicera den där kunderna ser den och spara den på nytt när något av dem ändras.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/notice_page.py" line="48"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/notice_page.py" line="70"/>
        <location filename="../../ui/privacy/notice_page.py" line="79"/>
        <source>Cannot make the notice</source>
        <translation>Det går inte att göra beskrivningen</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/notice_page.py" line="83"/>
        <source>Save the privacy notice</source>
        <translation>Spara dataskyddsbeskrivningen</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/notice_page.py" line="86"/>
        <source>Text files (*.txt)</source>
        <translation>Textfiler (*.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/privacy_view.py" line="40"/>
        <source>Audit log</source>
        <translation>Händelselogg</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/privacy_view.py" line="41"/>
        <source>Requests</source>
        <translation>Begäranden</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/privacy_view.py" line="42"/>
        <location filename="../../ui/privacy/retention_page.py" line="36"/>
        <source>Retention</source>
        <translation>Bevarandetider</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/privacy_view.py" line="43"/>
        <source>Privacy notice</source>
        <translation>Dataskyddsbeskrivning</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/privacy_view.py" line="53"/>
        <source>Export client data…</source>
        <translation>Exportera kundens uppgifter…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/requests_page.py" line="50"/>
        <location filename="../../ui/privacy/requests_page.py" line="101"/>
        <source>Request</source>
        <translation>Begäran</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/requests_page.py" line="51"/>
        <source>Answer by</source>
        <translation>Svar senast</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/requests_page.py" line="52"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/requests_page.py" line="53"/>
        <source>Handler</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/requests_page.py" line="64"/>
        <source> – over the yearly limit</source>
        <translation> – över årsgränsen</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/requests_page.py" line="87"/>
        <source>New data-protection request</source>
        <translation>Ny dataskyddsbegäran</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/requests_page.py" line="102"/>
        <source>Received on</source>
        <translation>Mottagen den</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/requests_page.py" line="138"/>
        <source>New request…</source>
        <translation>Ny begäran…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/requests_page.py" line="139"/>
        <source>Answer…</source>
        <translation>Svara…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/requests_page.py" line="140"/>
        <source>Mark in progress</source>
        <translation>Markera som under behandling</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/requests_page.py" line="141"/>
        <source>Complete…</source>
        <translation>Slutför…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/requests_page.py" line="143"/>
        <source>Refuse…</source>
        <translation>Avslå…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/requests_page.py" line="145"/>
        <source>Print outcome…</source>
        <translation>Skriv ut svaret…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/requests_page.py" line="169"/>
        <source>Cannot read the requests</source>
        <translation>Det går inte att läsa begärandena</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/requests_page.py" line="205"/>
        <source>Over the yearly limit</source>
        <translation>Över årsgränsen</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/requests_page.py" line="206"/>
        <source>This client has made %1 access requests in twelve months; the free limit is %2. You may charge a reasonable fee or refuse a manifestly excessive request (GDPR art. 12(5)).</source>
        <translation>Kunden har gjort %1 begäranden om insyn under tolv månader; gränsen för kostnadsfria begäranden är %2. Du kan ta ut en rimlig avgift eller avslå en uppenbart orimlig begäran (dataskyddsförordningen art. 12.5).</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/requests_page.py" line="248"/>
        <source>Outcome (what was done, or why it was refused):</source>
        <translation>Resultat (vad som gjordes eller varför begäran avslogs):</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_page.py" line="35"/>
        <source>Last activity</source>
        <translation>Senaste aktivitet</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_page.py" line="44"/>
        <source>May be anonymised</source>
        <translation>Får anonymiseras</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_page.py" line="46"/>
        <source>Kept by law until %1</source>
        <translation>Bevaras enligt lag till %1</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_page.py" line="47"/>
        <source>Kept by law</source>
        <translation>Bevaras enligt lag</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_page.py" line="67"/>
        <source>No retention run in the last month: list the inactive clients and anonymise those the law lets go.</source>
        <translation>Bevarandetiderna har inte gåtts igenom under den senaste månaden: lista de inaktiva kunderna och anonymisera dem som lagen inte kräver att bevaras.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_page.py" line="73"/>
        <source>List inactive clients</source>
        <translation>Lista inaktiva kunder</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_page.py" line="76"/>
        <source>Anonymise those that may go…</source>
        <translation>Anonymisera dem som inte måste bevaras…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_page.py" line="107"/>
        <source>Finding inactive clients</source>
        <translation>Söker inaktiva kunder</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_page.py" line="115"/>
        <source>%1 inactive clients; %2 may be anonymised, the others are kept by law.</source>
        <translation>%1 inaktiva kunder; %2 får anonymiseras, de övriga bevaras enligt lag.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_page.py" line="121"/>
        <source>Retention run failed</source>
        <translation>Genomgången av bevarandetider misslyckades</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_page.py" line="126"/>
        <source>Anonymise clients</source>
        <translation>Anonymisera kunder</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_page.py" line="127"/>
        <source>Anonymise %1 clients? Names and contact details are removed for good.</source>
        <translation>Vill du anonymisera %1 kunder? Namn och kontaktuppgifter tas bort permanent.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_page.py" line="136"/>
        <source>Anonymising</source>
        <translation>Anonymiserar</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_page.py" line="142"/>
        <source>Anonymised %1 clients; %2 kept by law.</source>
        <translation>%1 kunder anonymiserades; %2 bevaras enligt lag.</translation>
    </message>
</context>
</TS>
