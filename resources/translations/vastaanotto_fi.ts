<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>AddEntryDialog</name>
    <message>
        <location filename="../../ui/calendar/waitlist_dialog.py" line="95"/>
        <source>Add to the waitlist</source>
        <translation>Lisää jonotuslistalle</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/waitlist_dialog.py" line="103"/>
        <source>Name, phone or email</source>
        <translation>Nimi, puhelin tai sähköposti</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/waitlist_dialog.py" line="104"/>
        <source>C&amp;lient</source>
        <translation>A&amp;siakas</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/waitlist_dialog.py" line="111"/>
        <source>&amp;Service</source>
        <translation>&amp;Palvelu</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/waitlist_dialog.py" line="114"/>
        <source>&amp;Practitioner</source>
        <translation>&amp;Ammatinharjoittaja</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/waitlist_dialog.py" line="130"/>
        <source>&amp;Between</source>
        <translation>Aika&amp;väli</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/waitlist_dialog.py" line="134"/>
        <source>&amp;Note</source>
        <translation>&amp;Lisätiedot</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/waitlist_dialog.py" line="174"/>
        <source>Anyone</source>
        <translation>Kuka tahansa</translation>
    </message>
</context>
<context>
    <name>AdminView</name>
    <message>
        <location filename="../../ui/admin/admin_view.py" line="49"/>
        <source>Staff</source>
        <translation>Henkilökunta</translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_view.py" line="50"/>
        <source>Services</source>
        <translation>Palvelut</translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_view.py" line="51"/>
        <source>Rooms</source>
        <translation>Huoneet</translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_view.py" line="52"/>
        <source>Opening hours</source>
        <translation>Aukioloajat</translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_view.py" line="53"/>
        <source>Business profile</source>
        <translation>Yrityksen tiedot</translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_view.py" line="54"/>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_view.py" line="55"/>
        <source>Message settings</source>
        <translation>Viestiasetukset</translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_view.py" line="56"/>
        <source>Message templates</source>
        <translation>Viestipohjat</translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_view.py" line="57"/>
        <source>Backups</source>
        <translation>Varmuuskopiot</translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_view.py" line="58"/>
        <source>Encryption</source>
        <translation>Salaus</translation>
    </message>
</context>
<context>
    <name>AppointmentPanel</name>
    <message>
        <location filename="../../ui/calendar/appointment_panel.py" line="58"/>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/appointment_panel.py" line="58"/>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/appointment_panel.py" line="59"/>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/appointment_panel.py" line="60"/>
        <source>Practitioner</source>
        <translation>Ammatinharjoittaja</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/appointment_panel.py" line="60"/>
        <source>Room</source>
        <translation>Huone</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/appointment_panel.py" line="61"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/appointment_panel.py" line="61"/>
        <source>No-shows</source>
        <translation>Ei saapunut</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/appointment_panel.py" line="62"/>
        <source>Late cancellations</source>
        <translation>Myöhäiset peruutukset</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/appointment_panel.py" line="63"/>
        <source>Series</source>
        <translation>Sarja</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/appointment_panel.py" line="63"/>
        <source>Note</source>
        <translation>Lisätiedot</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/appointment_panel.py" line="71"/>
        <source>&amp;Arrived</source>
        <translation>&amp;Saapunut</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/appointment_panel.py" line="73"/>
        <source>Co&amp;mpleted</source>
        <translation>&amp;Valmis</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/appointment_panel.py" line="75"/>
        <source>No-&amp;show</source>
        <translation>&amp;Ei saapunut</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/appointment_panel.py" line="77"/>
        <source>Cancel…</source>
        <translation>Peru…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/appointment_panel.py" line="79"/>
        <source>Take &amp;payment…</source>
        <translation>Vastaanota &amp;maksu…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/appointment_panel.py" line="81"/>
        <source>Print &amp;upcoming…</source>
        <translation>Tulosta &amp;tulevat…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/appointment_panel.py" line="83"/>
        <source>Print the client&apos;s upcoming appointments</source>
        <translation>Tulosta asiakkaan tulevat ajanvaraukset</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/appointment_panel.py" line="105"/>
        <source>No appointment selected</source>
        <translation>Ei valittua ajanvarausta</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/appointment_panel.py" line="113"/>
        <source>(no client)</source>
        <translation>(ei asiakasta)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/appointment_panel.py" line="123"/>
        <source>%1 (late)</source>
        <translation>%1 (myöhään)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/appointment_panel.py" line="129"/>
        <source>Recurring</source>
        <translation>Toistuva</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/appointment_panel.py" line="142"/>
        <source>Your role cannot take payments.</source>
        <translation>Roolisi ei salli maksujen vastaanottamista.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/appointment_panel.py" line="144"/>
        <source>Mark the appointment completed first.</source>
        <translation>Merkitse ajanvaraus ensin valmiiksi.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/appointment_panel.py" line="146"/>
        <source>Only a completed appointment can be paid.</source>
        <translation>Vain valmiin ajanvarauksen voi maksaa.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/appointment_panel.py" line="148"/>
        <source>Take payment for this visit</source>
        <translation>Vastaanota maksu tästä käynnistä</translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message numerus="yes">
        <location filename="../../ui/privacy/audit_page.py" line="208"/>
        <source>%n event(s), newest first.</source>
        <translation>
            <numerusform>%n tapahtuma, uusin ensin.</numerusform>
            <numerusform>%n tapahtumaa, uusimmat ensin.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="75"/>
        <source>Add…</source>
        <translation>Lisää…</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="76"/>
        <source>Edit…</source>
        <translation>Muokkaa…</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="78"/>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="80"/>
        <source>Test</source>
        <translation>Testaa</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="83"/>
        <source>Back up now</source>
        <translation>Varmuuskopioi nyt</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="101"/>
        <source>Backups at the selected location</source>
        <translation>Valitun tallennuspaikan varmuuskopiot</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="109"/>
        <source>Refresh list</source>
        <translation>Päivitä luettelo</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="112"/>
        <source>Verify newest</source>
        <translation>Tarkista uusin</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="115"/>
        <source>Download the newest backup, decrypt it and check it completely, as a restore would. Done automatically once a week.</source>
        <translation>Lataa uusin varmuuskopio, pura sen salaus ja tarkista se kokonaan, kuten palautuksessa. Tehdään automaattisesti kerran viikossa.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="118"/>
        <source>Restore…</source>
        <translation>Palauta…</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="128"/>
        <source>Schedule and retention</source>
        <translation>Aikataulu ja säilytys</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="132"/>
        <source>Back up every (hours)</source>
        <translation>Varmuuskopiointiväli (tuntia)</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="133"/>
        <source>Warn when older than (hours)</source>
        <translation>Varoita, kun vanhempi kuin (tuntia)</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="134"/>
        <source>Keep daily backups</source>
        <translation>Säilytettäviä päivittäisiä varmuuskopioita</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="135"/>
        <source>Keep weekly backups</source>
        <translation>Säilytettäviä viikoittaisia varmuuskopioita</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="136"/>
        <source>Keep monthly backups</source>
        <translation>Säilytettäviä kuukausittaisia varmuuskopioita</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="145"/>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="152"/>
        <source>Emergency kit</source>
        <translation>Palautusohje (hätäpaketti)</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="155"/>
        <source>Backups are encrypted with the practice&apos;s backup key, kept in this computer&apos;s secure key store. The emergency kit is a printed page with the recovery key: without it the backups cannot be opened if this computer is lost. Print it, and keep it locked away apart from the computer.</source>
        <translation>Varmuuskopiot salataan vastaanoton varmuuskopioavaimella, jota säilytetään tämän tietokoneen suojatussa avainsäilössä. Palautusohje on tulostettu sivu, jolla on palautusavain: ilman sitä varmuuskopioita ei voi avata, jos tämä tietokone katoaa. Tulosta se ja säilytä sitä lukitussa paikassa erillään tietokoneesta.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="166"/>
        <source>Print emergency kit…</source>
        <translation>Tulosta palautusohje…</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="186"/>
        <source>No backup location yet. Add one: a USB disk or a network folder, a server (SFTP) or a cloud folder (WebDAV, e.g. Nextcloud).</source>
        <translation>Varmuuskopioiden tallennuspaikkaa ei ole vielä lisätty. Lisää tallennuspaikka: USB-levy tai verkkokansio, palvelin (SFTP) tai pilvikansio (WebDAV, esim. Nextcloud).</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="189"/>
        <source>No backup has been made yet.</source>
        <translation>Varmuuskopiota ei ole vielä tehty.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="191"/>
        <source>Last backup: %1</source>
        <translation>Viimeisin varmuuskopio: %1</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="193"/>
        <source>Last check of a backup: %1</source>
        <translation>Varmuuskopion viimeisin tarkistus: %1</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="201"/>
        <source>No secure key store is available on this computer, so backups cannot be encrypted here.</source>
        <translation>Tällä tietokoneella ei ole suojattua avainsäilöä, joten varmuuskopioita ei voi salata täällä.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="204"/>
        <source>Backup key fingerprint: %1</source>
        <translation>Varmuuskopioavaimen sormenjälki: %1</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="206"/>
        <source>The backup key is created with the first backup or the first emergency kit.</source>
        <translation>Varmuuskopioavain luodaan ensimmäisen varmuuskopion tai ensimmäisen palautusohjeen yhteydessä.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="222"/>
        <source>Reading the backup list</source>
        <translation>Luetaan varmuuskopioluetteloa</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="269"/>
        <source>Delete backup location</source>
        <translation>Poista tallennuspaikka</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="270"/>
        <source>Stop backing up to “%1”? The backups already there are not deleted.</source>
        <translation>Lopetetaanko varmuuskopiointi kohteeseen ”%1”? Siellä jo olevia varmuuskopioita ei poisteta.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="282"/>
        <source>Testing the backup location</source>
        <translation>Testataan tallennuspaikkaa</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="285"/>
        <source>“%1” works: a test file was written, read back and removed.</source>
        <translation>”%1” toimii: testitiedosto kirjoitettiin, luettiin ja poistettiin.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="295"/>
        <source>Backing up</source>
        <translation>Varmuuskopioidaan</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="299"/>
        <source>Backup no. %1 made and verified (%2).</source>
        <translation>Varmuuskopio nro %1 tehty ja tarkistettu (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="302"/>
        <source>It could not be saved to: %1.</source>
        <translation>Tallennus epäonnistui kohteisiin: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="320"/>
        <source>Checking the newest backup</source>
        <translation>Tarkistetaan uusinta varmuuskopiota</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="324"/>
        <source>Backup no. %1 of %2 opened and checked: %3 clients, %4 appointments, %5 invoices; the audit trail (%6 events) is intact.</source>
        <translation>Varmuuskopio nro %1 (tehty %2) avattiin ja tarkistettiin: %3 asiakasta, %4 ajanvarausta, %5 laskua; tapahtumaloki (%6 tapahtumaa) on eheä.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="351"/>
        <source>Save the emergency kit</source>
        <translation>Tallenna palautusohje</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="352"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="363"/>
        <source>The emergency kit was saved to %1. Print it and delete the file.</source>
        <translation>Palautusohje tallennettiin tiedostoon %1. Tulosta se ja poista tiedosto.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="375"/>
        <source>Must be at least the backup interval (%1 hours).</source>
        <translation>Oltava vähintään varmuuskopiointiväli (%1 tuntia).</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_page.py" line="389"/>
        <source>Saved.</source>
        <translation>Tallennettu.</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <location filename="../../ui/backup/scheduler.py" line="90"/>
        <source>Backing up</source>
        <translation>Varmuuskopioidaan</translation>
    </message>
    <message>
        <location filename="../../ui/backup/scheduler.py" line="101"/>
        <source>Checking the newest backup</source>
        <translation>Tarkistetaan uusinta varmuuskopiota</translation>
    </message>
    <message>
        <location filename="../../ui/backup/scheduler.py" line="122"/>
        <source>Backup failed</source>
        <translation>Varmuuskopiointi epäonnistui</translation>
    </message>
    <message>
        <location filename="../../ui/backup/scheduler.py" line="123"/>
        <source>The automatic backup failed:
%1

Check the backup location in Administration → Backups.</source>
        <translation>Automaattinen varmuuskopiointi epäonnistui:
%1

Tarkista tallennuspaikka kohdassa Ylläpito → Varmuuskopiot.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/scheduler.py" line="165"/>
        <source>Backing up before closing</source>
        <translation>Varmuuskopioidaan ennen sulkemista</translation>
    </message>
</context>
<context>
    <name>BackupStatusLabel</name>
    <message>
        <location filename="../../ui/backup/status_label.py" line="70"/>
        <source>Backup status unknown</source>
        <translation>Varmuuskopioinnin tila tuntematon</translation>
    </message>
    <message>
        <location filename="../../ui/backup/status_label.py" line="73"/>
        <source>No backup yet</source>
        <translation>Ei vielä varmuuskopiota</translation>
    </message>
    <message>
        <location filename="../../ui/backup/status_label.py" line="75"/>
        <source>Last backup: %1</source>
        <translation>Viimeisin varmuuskopio: %1</translation>
    </message>
    <message>
        <location filename="../../ui/backup/status_label.py" line="78"/>
        <source>The last backup failed: %1</source>
        <translation>Viimeisin varmuuskopiointi epäonnistui: %1</translation>
    </message>
    <message>
        <location filename="../../ui/backup/status_label.py" line="82"/>
        <source>No backup location is set up (Administration → Backups).</source>
        <translation>Varmuuskopioiden tallennuspaikkaa ei ole määritetty (Ylläpito → Varmuuskopiot).</translation>
    </message>
    <message>
        <location filename="../../ui/backup/status_label.py" line="84"/>
        <source>No backup location is set up.</source>
        <translation>Varmuuskopioiden tallennuspaikkaa ei ole määritetty.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/backup/status_label.py" line="86"/>
        <source>No verified backup in the last %n hour(s).</source>
        <translation>
            <numerusform>Ei tarkistettua varmuuskopiota viimeisen %n tunnin aikana.</numerusform>
            <numerusform>Ei tarkistettua varmuuskopiota viimeisten %n tunnin aikana.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/backup/status_label.py" line="91"/>
        <source>Backups are up to date.</source>
        <translation>Varmuuskopiot ovat ajan tasalla.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/status_label.py" line="97"/>
        <source>%1

Please tell the owner of the practice.</source>
        <translation>%1

Kerro asiasta vastaanoton omistajalle.</translation>
    </message>
</context>
<context>
    <name>BankImportDialog</name>
    <message>
        <location filename="../../ui/billing/bank_import_dialog.py" line="91"/>
        <source>Import bank file</source>
        <translation>Tuo pankkitiedosto</translation>
    </message>
    <message>
        <location filename="../../ui/billing/bank_import_dialog.py" line="99"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Valitse tiedosto…</translation>
    </message>
    <message>
        <location filename="../../ui/billing/bank_import_dialog.py" line="102"/>
        <source>camt.054 (XML) or KTL reference payment file</source>
        <translation>camt.054 (XML) tai KTL-viitemaksuaineisto</translation>
    </message>
    <message>
        <location filename="../../ui/billing/bank_import_dialog.py" line="116"/>
        <source>&amp;Record payments</source>
        <translation>&amp;Kirjaa maksut</translation>
    </message>
    <message>
        <location filename="../../ui/billing/bank_import_dialog.py" line="128"/>
        <source>Choose bank file</source>
        <translation>Valitse pankkitiedosto</translation>
    </message>
    <message>
        <location filename="../../ui/billing/bank_import_dialog.py" line="129"/>
        <source>Bank files (*.xml *.txt *.dat *.ktl);;All files (*)</source>
        <translation>Pankkitiedostot (*.xml *.txt *.dat *.ktl);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <location filename="../../ui/billing/bank_import_dialog.py" line="150"/>
        <source>Reading the bank file</source>
        <translation>Luetaan pankkitiedostoa</translation>
    </message>
    <message>
        <location filename="../../ui/billing/bank_import_dialog.py" line="158"/>
        <source>%1 payments (%2) match invoices and will be recorded. %3 lines do not match and %4 were imported before.</source>
        <translation>%1 maksua (%2) täsmää laskuihin, ja ne kirjataan. %3 riviä ei täsmää mihinkään laskuun, ja %4 on tuotu jo aiemmin.</translation>
    </message>
    <message>
        <location filename="../../ui/billing/bank_import_dialog.py" line="170"/>
        <source>Recording payments</source>
        <translation>Kirjataan maksuja</translation>
    </message>
    <message>
        <location filename="../../ui/billing/bank_import_dialog.py" line="176"/>
        <source>Recorded %1 payments, %2 in all.</source>
        <translation>Kirjattiin %1 maksua, yhteensä %2.</translation>
    </message>
</context>
<context>
    <name>BankPage</name>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="191"/>
        <source>Bank account</source>
        <translation>Pankkitili</translation>
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
        <translation>Asiakkaat maksavat laskut tälle tilille.</translation>
    </message>
</context>
<context>
    <name>BankTransferDialog</name>
    <message>
        <location filename="../../ui/billing/payments_page.py" line="73"/>
        <source>Record bank transfer</source>
        <translation>Kirjaa tilisiirto</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payments_page.py" line="82"/>
        <source>Reference or invoice number</source>
        <translation>Viitenumero tai laskun numero</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payments_page.py" line="83"/>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payments_page.py" line="84"/>
        <source>Booking date</source>
        <translation>Kirjauspäivä</translation>
    </message>
</context>
<context>
    <name>BillingView</name>
    <message>
        <location filename="../../ui/billing/billing_view.py" line="43"/>
        <source>Invoices</source>
        <translation>Laskut</translation>
    </message>
    <message>
        <location filename="../../ui/billing/billing_view.py" line="47"/>
        <source>Payments</source>
        <translation>Maksut</translation>
    </message>
    <message>
        <location filename="../../ui/billing/billing_view.py" line="53"/>
        <location filename="../../ui/billing/billing_view.py" line="87"/>
        <source>Overdue</source>
        <translation>Erääntyneet</translation>
    </message>
    <message>
        <location filename="../../ui/billing/billing_view.py" line="58"/>
        <source>Reports</source>
        <translation>Raportit</translation>
    </message>
    <message>
        <location filename="../../ui/billing/billing_view.py" line="60"/>
        <source>Invoices are handled at the reception. Open an invoice of your own client from the client card.</source>
        <translation>Laskut käsitellään vastaanotossa. Avaa oman asiakkaasi lasku asiakaskortilta.</translation>
    </message>
    <message>
        <location filename="../../ui/billing/billing_view.py" line="86"/>
        <source>Overdue (%1)</source>
        <translation>Erääntyneet (%1)</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="109"/>
        <source>Dates: %1</source>
        <translation>Päivät: %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="167"/>
        <source>New booking</source>
        <translation>Uusi ajanvaraus</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="177"/>
        <source>&amp;Service</source>
        <translation>&amp;Palvelu</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="180"/>
        <source>&amp;Practitioner</source>
        <translation>&amp;Ammatinharjoittaja</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="183"/>
        <source>Free &amp;times</source>
        <translation>Vapaat &amp;ajat</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="190"/>
        <source>Name, phone or email</source>
        <translation>Nimi, puhelin tai sähköposti</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="192"/>
        <source>C&amp;lient</source>
        <translation>A&amp;siakas</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="196"/>
        <source>New client…</source>
        <translation>Uusi asiakas…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="206"/>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="207"/>
        <source>Walk-in</source>
        <translation>Ilman ajanvarausta</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="208"/>
        <source>Online</source>
        <translation>Verkossa</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="209"/>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="211"/>
        <source>C&amp;hannel</source>
        <translation>&amp;Kanava</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="214"/>
        <source>&amp;Book</source>
        <translation>&amp;Varaa</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="267"/>
        <source>Anyone</source>
        <translation>Kuka tahansa</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="283"/>
        <source>Mon</source>
        <translation>ma</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="283"/>
        <source>Tue</source>
        <translation>ti</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="283"/>
        <source>Wed</source>
        <translation>ke</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="283"/>
        <source>Thu</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="284"/>
        <source>Fri</source>
        <translation>pe</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="284"/>
        <source>Sat</source>
        <translation>la</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="284"/>
        <source>Sun</source>
        <translation>su</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="285"/>
        <source>%1 %2 at %3 – %4</source>
        <translation>%1 %2 klo %3 – %4</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="314"/>
        <source>No free times in the next eight weeks.</source>
        <translation>Ei vapaita aikoja seuraavan kahdeksan viikon aikana.</translation>
    </message>
</context>
<context>
    <name>BusinessPage</name>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="161"/>
        <source>Business</source>
        <translation>Yritys</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="162"/>
        <source>These details appear on invoices and in the privacy notice.</source>
        <translation>Nämä tiedot näkyvät laskuissa ja tietosuojaselosteessa.</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="163"/>
        <source>Business name</source>
        <translation>Yrityksen nimi</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="164"/>
        <source>Business ID (Y-tunnus)</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="166"/>
        <source>Street address</source>
        <translation>Katuosoite</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="167"/>
        <source>Postal code</source>
        <translation>Postinumero</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="168"/>
        <source>City</source>
        <translation>Postitoimipaikka</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="169"/>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="170"/>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="171"/>
        <source>Website (optional)</source>
        <translation>Verkkosivut (valinnainen)</translation>
    </message>
</context>
<context>
    <name>CalendarOverview</name>
    <message>
        <location filename="../../ui/calendar/overview_view.py" line="80"/>
        <source>Previous day</source>
        <translation>Edellinen päivä</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/overview_view.py" line="83"/>
        <source>Next day</source>
        <translation>Seuraava päivä</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/overview_view.py" line="85"/>
        <source>Today</source>
        <translation>Tänään</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/overview_view.py" line="126"/>
        <source>%1: %n appointment(s)</source>
        <translation>
            <numerusform>%1: %n ajanvaraus</numerusform>
            <numerusform>%1: %n ajanvarausta</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarToolbar</name>
    <message>
        <location filename="../../ui/calendar/calendar_toolbar.py" line="23"/>
        <source>Day</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_toolbar.py" line="23"/>
        <source>Week</source>
        <translation>Viikko</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_toolbar.py" line="24"/>
        <source>Month</source>
        <translation>Kuukausi</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_toolbar.py" line="24"/>
        <source>My day</source>
        <translation>Oma päivä</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_toolbar.py" line="36"/>
        <source>Previous</source>
        <translation>Edellinen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_toolbar.py" line="37"/>
        <source>Today</source>
        <translation>Tänään</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_toolbar.py" line="39"/>
        <source>Next</source>
        <translation>Seuraava</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_toolbar.py" line="57"/>
        <source>All practitioners</source>
        <translation>Kaikki ammatinharjoittajat</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_toolbar.py" line="61"/>
        <source>By practitioner</source>
        <translation>Ammatinharjoittajittain</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_toolbar.py" line="62"/>
        <source>By room</source>
        <translation>Huoneittain</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_toolbar.py" line="66"/>
        <source>Colour by service</source>
        <translation>Väri palvelun mukaan</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_toolbar.py" line="67"/>
        <source>Colour by practitioner</source>
        <translation>Väri ammatinharjoittajan mukaan</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_toolbar.py" line="72"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_toolbar.py" line="74"/>
        <source>Cancelled</source>
        <translation>Perutut</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_toolbar.py" line="76"/>
        <source>Show cancelled appointments</source>
        <translation>Näytä perutut ajanvaraukset</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_toolbar.py" line="48"/>
        <source>Walk-in…</source>
        <translation>Ilman ajanvarausta…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_toolbar.py" line="50"/>
        <source>Waitlist</source>
        <translation>Jonotuslista</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_toolbar.py" line="52"/>
        <source>Print…</source>
        <translation>Tulosta…</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../ui/calendar/appointment_actions.py" line="45"/>
        <source>Open</source>
        <translation>Avaa</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/appointment_actions.py" line="50"/>
        <source>Arrived</source>
        <translation>Saapunut</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/appointment_actions.py" line="52"/>
        <source>Completed</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/appointment_actions.py" line="54"/>
        <source>No-show</source>
        <translation>Ei saapunut</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/appointment_actions.py" line="56"/>
        <source>Cancel…</source>
        <translation>Peru…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/appointment_actions.py" line="64"/>
        <source>Repeat…</source>
        <translation>Toista…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/appointment_actions.py" line="212"/>
        <source>Move appointment</source>
        <translation>Siirrä ajanvaraus</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/appointment_actions.py" line="238"/>
        <source>Resize appointment</source>
        <translation>Muuta ajanvarauksen kestoa</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/appointment_flows.py" line="166"/>
        <source>Mark the appointment completed first.</source>
        <translation>Merkitse ajanvaraus ensin valmiiksi.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_view.py" line="234"/>
        <source>Undo</source>
        <translation>Kumoa</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_view.py" line="236"/>
        <source>Redo</source>
        <translation>Tee uudelleen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_view.py" line="354"/>
        <source>All practitioners</source>
        <translation>Kaikki ammatinharjoittajat</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_view.py" line="438"/>
        <source>Closed: %1</source>
        <translation>Suljettu: %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_view.py" line="439"/>
        <source>Closed</source>
        <translation>Suljettu</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_view.py" line="494"/>
        <source>Week %1: %2–%3</source>
        <translation>Viikko %1: %2–%3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/calendar_view.py" line="496"/>
        <source>%1: %n appointment(s)</source>
        <translation>
            <numerusform>%1: %n ajanvaraus</numerusform>
            <numerusform>%1: %n ajanvarausta</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_view.py" line="591"/>
        <source>%1 (late)</source>
        <translation>%1 (myöhään)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_view.py" line="596"/>
        <source>No-shows: %1</source>
        <translation>Ei saapunut: %1</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <location filename="../../ui/calendar/cancel_dialog.py" line="37"/>
        <source>Cancel appointment</source>
        <translation>Peru ajanvaraus</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/cancel_dialog.py" line="47"/>
        <source>By the &amp;client</source>
        <translation>&amp;Asiakas</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/cancel_dialog.py" line="49"/>
        <source>By &amp;us</source>
        <translation>&amp;Vastaanotto</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/cancel_dialog.py" line="55"/>
        <source>Cancelled</source>
        <translation>Peruja</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/cancel_dialog.py" line="60"/>
        <source>&amp;Reason</source>
        <translation>&amp;Syy</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/cancel_dialog.py" line="62"/>
        <source>Less than the notice period before the start: a cancellation by the client is recorded as late.</source>
        <translation>Aloitukseen on vähemmän aikaa kuin peruutusaika: asiakkaan tekemä peruutus kirjataan myöhäiseksi.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/cancel_dialog.py" line="71"/>
        <source>Cancel &amp;appointment</source>
        <translation>&amp;Peru ajanvaraus</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/cancel_dialog.py" line="74"/>
        <source>&amp;Keep it</source>
        <translation>&amp;Älä peru</translation>
    </message>
</context>
<context>
    <name>ClientCardDialog</name>
    <message>
        <location filename="../../ui/clients/client_card.py" line="58"/>
        <source>Details</source>
        <translation>Perustiedot</translation>
    </message>
    <message>
        <location filename="../../ui/clients/client_card.py" line="59"/>
        <source>Consents</source>
        <translation>Suostumukset</translation>
    </message>
    <message>
        <location filename="../../ui/clients/client_card.py" line="60"/>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <location filename="../../ui/clients/client_card.py" line="71"/>
        <source>Treatment notes</source>
        <translation>Hoitotiedot</translation>
    </message>
    <message>
        <location filename="../../ui/clients/client_card.py" line="77"/>
        <source>Privacy…</source>
        <translation>Tietosuoja…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/clients/client_card.py" line="90"/>
        <source>Messages (%n failed)</source>
        <translation>
            <numerusform>Viestit (%n epäonnistui)</numerusform>
            <numerusform>Viestit (%n epäonnistui)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/clients/client_card.py" line="91"/>
        <source>Messages</source>
        <translation>Viestit</translation>
    </message>
    <message>
        <location filename="../../ui/clients/client_card.py" line="98"/>
        <source>Client: %1</source>
        <translation>Asiakas: %1</translation>
    </message>
    <message>
        <location filename="../../ui/clients/client_card.py" line="99"/>
        <source> (archived)</source>
        <translation> (arkistoitu)</translation>
    </message>
    <message>
        <location filename="../../ui/clients/client_card.py" line="146"/>
        <source>The client card was closed</source>
        <translation>Asiakaskortti suljettiin</translation>
    </message>
</context>
<context>
    <name>ClientMessagesWidget</name>
    <message>
        <location filename="../../ui/messages/client_messages.py" line="44"/>
        <source>Messages are visible to reception and the owner.</source>
        <translation>Viestit näkyvät vastaanottovirkailijoille ja omistajalle.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/messages/client_messages.py" line="49"/>
        <source>%n message(s) to this client failed. See the reason below; retry from the message log.</source>
        <translation>
            <numerusform>%n viestin lähetys tälle asiakkaalle epäonnistui. Katso syy alta ja yritä uudelleen viestilokista.</numerusform>
            <numerusform>%n viestin lähetys tälle asiakkaalle epäonnistui. Katso syy alta ja yritä uudelleen viestilokista.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/messages/client_messages.py" line="53"/>
        <source>%n recent message(s).</source>
        <translation>
            <numerusform>%n viimeaikainen viesti.</numerusform>
            <numerusform>%n viimeaikaista viestiä.</numerusform>
        </translation>
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
    <message>
        <location filename="../../ui/calendar/client_picker.py" line="93"/>
        <source>Name, phone or email</source>
        <translation>Nimi, puhelin tai sähköposti</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/client_picker.py" line="97"/>
        <source>New client…</source>
        <translation>Uusi asiakas…</translation>
    </message>
</context>
<context>
    <name>ClientsView</name>
    <message>
        <location filename="../../ui/clients/clients_view.py" line="66"/>
        <source>Find a client: name, phone, email, birth date or identity code</source>
        <translation>Etsi asiakasta: nimi, puhelin, sähköposti, syntymäaika tai henkilötunnus</translation>
    </message>
    <message>
        <location filename="../../ui/clients/clients_view.py" line="70"/>
        <source>Show archived</source>
        <translation>Näytä arkistoidut</translation>
    </message>
    <message>
        <location filename="../../ui/clients/clients_view.py" line="98"/>
        <source>New client…</source>
        <translation>Uusi asiakas…</translation>
    </message>
    <message>
        <location filename="../../ui/clients/clients_view.py" line="100"/>
        <source>Open card</source>
        <translation>Avaa kortti</translation>
    </message>
    <message>
        <location filename="../../ui/clients/clients_view.py" line="102"/>
        <source>Merge duplicates…</source>
        <translation>Yhdistä kaksoiskappaleet…</translation>
    </message>
    <message>
        <location filename="../../ui/clients/clients_view.py" line="106"/>
        <source>Import…</source>
        <translation>Tuo…</translation>
    </message>
    <message>
        <location filename="../../ui/clients/clients_view.py" line="108"/>
        <source>Export…</source>
        <translation>Vie…</translation>
    </message>
    <message>
        <location filename="../../ui/clients/clients_view.py" line="140"/>
        <source>Cannot search</source>
        <translation>Haku ei onnistu</translation>
    </message>
    <message>
        <location filename="../../ui/clients/clients_view.py" line="156"/>
        <source>Showing the first %1 clients. Type more to narrow the search.</source>
        <translation>Näytetään %1 ensimmäistä asiakasta. Tarkenna hakua kirjoittamalla lisää.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/clients/clients_view.py" line="159"/>
        <source>%n client(s) found.</source>
        <translation>
            <numerusform>%n asiakas löytyi.</numerusform>
            <numerusform>%n asiakasta löytyi.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/clients/clients_view.py" line="220"/>
        <source>Cannot open the client card</source>
        <translation>Asiakaskortin avaaminen ei onnistu</translation>
    </message>
    <message>
        <location filename="../../ui/clients/clients_view.py" line="267"/>
        <source>Export clients</source>
        <translation>Vie asiakkaat</translation>
    </message>
    <message>
        <location filename="../../ui/clients/clients_view.py" line="267"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-tiedostot (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/clients/clients_view.py" line="278"/>
        <location filename="../../ui/clients/clients_view.py" line="283"/>
        <source>Cannot export</source>
        <translation>Vienti ei onnistu</translation>
    </message>
    <message>
        <location filename="../../ui/clients/clients_view.py" line="284"/>
        <source>The file could not be written. Choose another folder.</source>
        <translation>Tiedostoa ei voitu kirjoittaa. Valitse toinen kansio.</translation>
    </message>
</context>
<context>
    <name>ColorButton</name>
    <message>
        <location filename="../../ui/admin/common.py" line="228"/>
        <source>Choose a colour</source>
        <translation>Valitse väri</translation>
    </message>
</context>
<context>
    <name>ConsentsTab</name>
    <message>
        <location filename="../../ui/clients/consents_tab.py" line="38"/>
        <source>Current consents</source>
        <translation>Voimassa olevat suostumukset</translation>
    </message>
    <message>
        <location filename="../../ui/clients/consents_tab.py" line="47"/>
        <source>Forbid direct marketing…</source>
        <translation>Kiellä suoramarkkinointi…</translation>
    </message>
    <message>
        <location filename="../../ui/clients/consents_tab.py" line="50"/>
        <source>The client objects to direct marketing: withdraws both marketing consents.</source>
        <translation>Asiakas kieltää suoramarkkinoinnin: molemmat markkinointisuostumukset peruutetaan.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/consents_tab.py" line="55"/>
        <source>History</source>
        <translation>Suostumushistoria</translation>
    </message>
    <message>
        <location filename="../../ui/clients/consents_tab.py" line="68"/>
        <source>Given: %1</source>
        <translation>Annettu: %1</translation>
    </message>
    <message>
        <location filename="../../ui/clients/consents_tab.py" line="74"/>
        <source>Cannot show the consent history</source>
        <translation>Suostumushistorian näyttäminen ei onnistu</translation>
    </message>
    <message>
        <location filename="../../ui/clients/consents_tab.py" line="78"/>
        <source>Record consent</source>
        <translation>Kirjaa suostumus</translation>
    </message>
    <message>
        <location filename="../../ui/clients/consents_tab.py" line="78"/>
        <source>Record withdrawal</source>
        <translation>Kirjaa suostumuksen peruutus</translation>
    </message>
    <message>
        <location filename="../../ui/clients/consents_tab.py" line="79"/>
        <source>How did the client give this consent?</source>
        <translation>Miten asiakas antoi tämän suostumuksen?</translation>
    </message>
    <message>
        <location filename="../../ui/clients/consents_tab.py" line="80"/>
        <source>How did the client withdraw this consent?</source>
        <translation>Miten asiakas peruutti tämän suostumuksen?</translation>
    </message>
    <message>
        <location filename="../../ui/clients/consents_tab.py" line="102"/>
        <source>Forbid direct marketing</source>
        <translation>Kiellä suoramarkkinointi</translation>
    </message>
    <message>
        <location filename="../../ui/clients/consents_tab.py" line="103"/>
        <source>How did the client forbid direct marketing?</source>
        <translation>Miten asiakas kielsi suoramarkkinoinnin?</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="178"/>
        <source>Contact person of the register</source>
        <translation>Rekisterin yhteyshenkilö</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="179"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="180"/>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="181"/>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="184"/>
        <source>The privacy notice (rekisteriseloste) names this person as the one clients contact about their personal data: access requests, corrections and erasure.</source>
        <translation>Tietosuojaselosteessa (rekisteriseloste) tämä henkilö nimetään yhteyshenkilöksi, johon asiakkaat ottavat yhteyttä henkilötietojaan koskevissa asioissa: tarkastuspyynnöt, tietojen oikaisu ja poistaminen.</translation>
    </message>
</context>
<context>
    <name>CreditDialog</name>
    <message>
        <location filename="../../ui/billing/credit_dialog.py" line="29"/>
        <source>Credit note for invoice %1</source>
        <translation>Hyvityslasku laskulle %1</translation>
    </message>
    <message>
        <location filename="../../ui/billing/credit_dialog.py" line="34"/>
        <source>Credit everything still open</source>
        <translation>Hyvitä kaikki vielä hyvittämätön</translation>
    </message>
    <message>
        <location filename="../../ui/billing/credit_dialog.py" line="42"/>
        <source>Line</source>
        <translation>Rivi</translation>
    </message>
    <message>
        <location filename="../../ui/billing/credit_dialog.py" line="42"/>
        <source>Unit price</source>
        <translation>Yksikköhinta</translation>
    </message>
    <message>
        <location filename="../../ui/billing/credit_dialog.py" line="43"/>
        <source>Open quantity</source>
        <translation>Jäljellä oleva määrä</translation>
    </message>
    <message>
        <location filename="../../ui/billing/credit_dialog.py" line="44"/>
        <source>Quantity to credit</source>
        <translation>Hyvitettävä määrä</translation>
    </message>
    <message>
        <location filename="../../ui/billing/credit_dialog.py" line="62"/>
        <source>Reason (printed on the note)</source>
        <translation>Syy (tulostetaan hyvityslaskuun)</translation>
    </message>
    <message>
        <location filename="../../ui/billing/credit_dialog.py" line="66"/>
        <source>Issue credit note</source>
        <translation>Vahvista hyvityslasku</translation>
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
    <name>EncryptionPage</name>
    <message>
        <location filename="../../ui/admin/encryption_page.py" line="54"/>
        <source>Encrypt the database…</source>
        <translation>Salaa tietokanta…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/encryption_page.py" line="73"/>
        <source>The database is on a database server.</source>
        <translation>Tietokanta on tietokantapalvelimella.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/encryption_page.py" line="75"/>
        <source>Encryption at rest of a PostgreSQL database is set up on the server (disk encryption); this program encrypts the backups it makes.</source>
        <translation>PostgreSQL-tietokannan tallennussalaus määritetään palvelimella (levysalaus); tämä ohjelma salaa tekemänsä varmuuskopiot.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/encryption_page.py" line="79"/>
        <source>The database is encrypted (SQLCipher, a 256-bit key kept in this computer&apos;s secure key store).</source>
        <translation>Tietokanta on salattu (SQLCipher, 256-bittinen avain, jota säilytetään tämän tietokoneen suojatussa avainsäilössä).</translation>
    </message>
    <message>
        <location filename="../../ui/admin/encryption_page.py" line="82"/>
        <source>A copied database file cannot be read without the key. If this computer&apos;s key store is lost, the practice is restored from a backup with the emergency kit (Administration → Backups).</source>
        <translation>Kopioitua tietokantatiedostoa ei voi lukea ilman avainta. Jos tämän tietokoneen avainsäilö menetetään, vastaanoton tiedot palautetaan varmuuskopiosta palautusohjeen avulla (Ylläpito → Varmuuskopiot).</translation>
    </message>
    <message>
        <location filename="../../ui/admin/encryption_page.py" line="86"/>
        <source>The database is not encrypted.</source>
        <translation>Tietokantaa ei ole salattu.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/encryption_page.py" line="89"/>
        <source>Encrypting makes the database file unreadable without a key kept in this computer&apos;s secure key store. The database is copied encrypted, the copy is checked row by row, and only then does it replace the original, so an interruption never loses data. Close Vastaanotto on other computers first. Make a new backup afterwards.</source>
        <translation>Salaus tekee tietokantatiedostosta lukukelvottoman ilman avainta, jota säilytetään tämän tietokoneen suojatussa avainsäilössä. Tietokanta kopioidaan salattuna, kopio tarkistetaan rivi riviltä, ja vasta sitten se korvaa alkuperäisen, joten keskeytys ei koskaan hävitä tietoja. Sulje ensin Vastaanotto muilla tietokoneilla. Tee lopuksi uusi varmuuskopio.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/encryption_page.py" line="96"/>
        <source>No secure key store (keyring) is available on this computer, and the key is never written to a file. Set up the operating system&apos;s key store, or protect the computer with full-disk encryption (BitLocker, FileVault, LUKS).</source>
        <translation>Tällä tietokoneella ei ole käytettävissä suojattua avainsäilöä (keyring), eikä avainta koskaan kirjoiteta tiedostoon. Ota käyttöön käyttöjärjestelmän avainsäilö tai suojaa tietokone koko levyn salauksella (BitLocker, FileVault, LUKS).</translation>
    </message>
    <message>
        <location filename="../../ui/admin/encryption_page.py" line="104"/>
        <source>Encrypt the database</source>
        <translation>Salaa tietokanta</translation>
    </message>
    <message>
        <location filename="../../ui/admin/encryption_page.py" line="105"/>
        <source>Encrypt the database now? It takes a moment; the program waits until it is done. Close Vastaanotto on any other computer first.</source>
        <translation>Salataanko tietokanta nyt? Se kestää hetken; ohjelma odottaa, kunnes salaus on valmis. Sulje ensin Vastaanotto kaikilla muilla tietokoneilla.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/encryption_page.py" line="120"/>
        <source>The database is now encrypted: %1 rows in %2 tables copied and checked. Make a new backup now.</source>
        <translation>Tietokanta on nyt salattu: %1 riviä %2 taulussa kopioitu ja tarkistettu. Tee nyt uusi varmuuskopio.</translation>
    </message>
</context>
<context>
    <name>EncryptionStatusLabel</name>
    <message>
        <location filename="../../ui/admin/encryption_page.py" line="150"/>
        <source>Demo practice: not encrypted</source>
        <translation>Esittelyvastaanotto: ei salattu</translation>
    </message>
    <message>
        <location filename="../../ui/admin/encryption_page.py" line="152"/>
        <source>The demo practice holds made-up data only, so its database is not encrypted and it opens on any computer, with or without a key store.</source>
        <translation>Esittelyvastaanotossa on vain keksittyjä tietoja, joten sen tietokantaa ei salata ja se aukeaa millä tahansa tietokoneella, avainsäilön kanssa tai ilman.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/encryption_page.py" line="156"/>
        <source>Database not encrypted</source>
        <translation>Tietokantaa ei ole salattu</translation>
    </message>
    <message>
        <location filename="../../ui/admin/encryption_page.py" line="158"/>
        <source>The database file on this computer is not encrypted. The owner can encrypt it in Administration → Encryption once a secure key store is available.</source>
        <translation>Tämän tietokoneen tietokantatiedostoa ei ole salattu. Omistaja voi salata sen kohdassa Ylläpito → Salaus, kun suojattu avainsäilö on käytettävissä.</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../ui/clients/history_tab.py" line="47"/>
        <source>Bookings</source>
        <translation>Ajanvaraukset</translation>
    </message>
    <message>
        <location filename="../../ui/clients/history_tab.py" line="48"/>
        <source>Visits</source>
        <translation>Käynnit</translation>
    </message>
    <message>
        <location filename="../../ui/clients/history_tab.py" line="49"/>
        <source>Invoices</source>
        <translation>Laskut</translation>
    </message>
    <message>
        <location filename="../../ui/clients/history_tab.py" line="50"/>
        <source>Payments</source>
        <translation>Maksut</translation>
    </message>
    <message>
        <location filename="../../ui/clients/history_tab.py" line="72"/>
        <source>No-shows: %1    Late cancellations: %2</source>
        <translation>Ei saapunut: %1    Myöhäiset peruutukset: %2</translation>
    </message>
    <message>
        <location filename="../../ui/clients/history_tab.py" line="83"/>
        <source>Invoices and payments are not shown to your role.</source>
        <translation>Laskuja ja maksuja ei näytetä roolillesi.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/history_tab.py" line="86"/>
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
        <location filename="../../ui/clients/import_dialog.py" line="66"/>
        <source>Import clients</source>
        <translation>Tuo asiakkaita</translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="71"/>
        <source>No file chosen.</source>
        <translation>Tiedostoa ei ole valittu.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="73"/>
        <source>Choose file…</source>
        <translation>Valitse tiedosto…</translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="82"/>
        <source>Which field each column fills</source>
        <translation>Mihin kenttään kukin sarake tuodaan</translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="100"/>
        <source>Check</source>
        <translation>Tarkista</translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="103"/>
        <source>Import</source>
        <translation>Tuo</translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="106"/>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="111"/>
        <source>Checking rows…</source>
        <translation>Tarkistetaan rivejä…</translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="112"/>
        <source>Importing clients…</source>
        <translation>Tuodaan asiakkaita…</translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="124"/>
        <source>Choose a CSV file</source>
        <translation>Valitse CSV-tiedosto</translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="124"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-tiedostot (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="131"/>
        <source>The file could not be read.</source>
        <translation>Tiedostoa ei voitu lukea.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/clients/import_dialog.py" line="150"/>
        <source>%n row(s) to import.</source>
        <translation>
            <numerusform>%n tuotava rivi.</numerusform>
            <numerusform>%n tuotavaa riviä.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="165"/>
        <source>(do not import)</source>
        <translation>(älä tuo)</translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="171"/>
        <source>Column %1</source>
        <translation>Sarake %1</translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="203"/>
        <source>Checking the file</source>
        <translation>Tarkistetaan tiedostoa</translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="210"/>
        <source>Importing clients</source>
        <translation>Tuodaan asiakkaita</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/clients/import_dialog.py" line="214"/>
        <source>%n client(s) imported.</source>
        <translation>
            <numerusform>%n asiakas tuotu.</numerusform>
            <numerusform>%n asiakasta tuotu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/clients/import_dialog.py" line="230"/>
        <source>All %n row(s) can be imported.</source>
        <translation>
            <numerusform>%n rivi voidaan tuoda.</numerusform>
            <numerusform>Kaikki %n riviä voidaan tuoda.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/clients/import_dialog.py" line="232"/>
        <source>%1 of %2 rows have errors. Nothing will be imported until they are corrected in the file.</source>
        <translation>Virheellisiä rivejä: %1/%2. Mitään ei tuoda, ennen kuin virheet on korjattu tiedostoon.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/clients/import_dialog.py" line="236"/>
        <source>%n row(s) have warnings.</source>
        <translation>
            <numerusform>%n rivillä on varoituksia.</numerusform>
            <numerusform>%n rivillä on varoituksia.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoiceEditor</name>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="64"/>
        <source>Invoice</source>
        <translation>Lasku</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="93"/>
        <source>Buyer</source>
        <translation>Ostaja</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="96"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="96"/>
        <source>Business ID (Y-tunnus)</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="97"/>
        <source>Street address</source>
        <translation>Katuosoite</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="97"/>
        <source>Postal code</source>
        <translation>Postinumero</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="98"/>
        <source>City</source>
        <translation>Postitoimipaikka</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="98"/>
        <source>E-invoice address</source>
        <translation>Verkkolaskuosoite</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="99"/>
        <source>E-invoice operator</source>
        <translation>Verkkolaskuvälittäjä</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="105"/>
        <source>for a company payer</source>
        <translation>kun maksaja on yritys</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="111"/>
        <source>Terms</source>
        <translation>Ehdot</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="115"/>
        <source>Finnish</source>
        <translation>Suomi</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="115"/>
        <source>Swedish</source>
        <translation>Ruotsi</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="116"/>
        <source>English</source>
        <translation>Englanti</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="126"/>
        <source> days</source>
        <translation> päivää</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="135"/>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="136"/>
        <source>Delivery date</source>
        <translation>Toimituspäivä</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="137"/>
        <source>Payment terms</source>
        <translation>Maksuehto</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="138"/>
        <source>Due date</source>
        <translation>Eräpäivä</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="139"/>
        <source>Notes on the invoice</source>
        <translation>Laskun lisätiedot</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="145"/>
        <source>Lines</source>
        <translation>Laskurivit</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="151"/>
        <source>Add line</source>
        <translation>Lisää rivi</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="153"/>
        <source>Remove line</source>
        <translation>Poista rivi</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="158"/>
        <source>Add no-show fee</source>
        <translation>Lisää maksu käyttämättä jätetystä ajasta</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="169"/>
        <source>Save draft</source>
        <translation>Tallenna luonnos</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="170"/>
        <source>Issue…</source>
        <translation>Vahvista…</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="171"/>
        <location filename="../../ui/billing/invoice_editor.py" line="430"/>
        <source>Delete draft</source>
        <translation>Poista luonnos</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="172"/>
        <source>Print…</source>
        <translation>Tulosta…</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="173"/>
        <source>Save PDF…</source>
        <translation>Tallenna PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="174"/>
        <source>Save Finvoice XML…</source>
        <translation>Tallenna Finvoice-XML…</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="176"/>
        <source>Send by email</source>
        <translation>Lähetä sähköpostilla</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="178"/>
        <source>Credit note…</source>
        <translation>Hyvityslasku…</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="181"/>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="213"/>
        <source>The practice&apos;s bank account is not Finnish, so no bank barcode (virtuaaliviivakoodi) is printed on the invoice: the payer types the IBAN and the reference by hand.</source>
        <translation>Vastaanoton pankkitili ei ole suomalainen, joten laskuun ei tulosteta virtuaaliviivakoodia: maksaja kirjoittaa IBAN-tilinumeron ja viitenumeron käsin.</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="218"/>
        <source>The practice&apos;s bank account (IBAN) is not valid, so no bank barcode is printed on the invoice. Correct it in the practice settings.</source>
        <translation>Vastaanoton pankkitili (IBAN) ei ole kelvollinen, joten laskuun ei tulosteta virtuaaliviivakoodia. Korjaa se vastaanoton asetuksissa.</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="260"/>
        <source>No-show</source>
        <translation>Ei saapunut</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="261"/>
        <source>Late cancellation</source>
        <translation>Myöhäinen peruutus</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="289"/>
        <source>New invoice</source>
        <translation>Uusi lasku</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="291"/>
        <source>Draft invoice</source>
        <translation>Laskuluonnos</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="293"/>
        <source>Credit note %1</source>
        <translation>Hyvityslasku %1</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="294"/>
        <source>Receipt %1</source>
        <translation>Kuitti %1</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="295"/>
        <source>Invoice %1</source>
        <translation>Lasku %1</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="296"/>
        <source>Issued %1 · due %2 · balance %3</source>
        <translation>Vahvistettu %1 · eräpäivä %2 · saldo %3</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="326"/>
        <source>Totals appear when every line is valid.</source>
        <translation>Summat näkyvät, kun kaikki rivit ovat kelvollisia.</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="329"/>
        <source>Excl. VAT %1 · VAT %2 · &lt;b&gt;Total %3&lt;/b&gt;</source>
        <translation>Veroton %1 · ALV %2 · &lt;b&gt;Yhteensä %3&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="341"/>
        <source>No-show fee %1</source>
        <translation>Käyttämättä jätetyn ajan maksu %1</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="342"/>
        <source>Late cancellation fee %1</source>
        <translation>Myöhäisen peruutuksen maksu %1</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="391"/>
        <source>Line %1: %2: %3</source>
        <translation>Rivi %1: %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="401"/>
        <source>Check the fields marked in red.</source>
        <translation>Tarkista punaisella merkityt kentät.</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="412"/>
        <source>Issue the invoice</source>
        <translation>Vahvista lasku</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="413"/>
        <source>The invoice gets its number and its content is fixed for good: later corrections need a credit note. Issue it now?</source>
        <translation>Lasku saa numeron, eikä sen sisältöä voi enää muuttaa: myöhemmät korjaukset tehdään hyvityslaskulla. Vahvistetaanko lasku nyt?</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="430"/>
        <source>Delete this draft invoice?</source>
        <translation>Poistetaanko tämä laskuluonnos?</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoice_editor.py" line="473"/>
        <source>Save Finvoice XML</source>
        <translation>Tallenna Finvoice-XML</translation>
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
        <translation>Ostaja, Y-tunnus tai laskun numero</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoices_page.py" line="70"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoices_page.py" line="72"/>
        <source>From</source>
        <translation>Aikaväli</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoices_page.py" line="74"/>
        <source>to</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoices_page.py" line="79"/>
        <source>New invoice…</source>
        <translation>Uusi lasku…</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoices_page.py" line="81"/>
        <source>Invoice visits…</source>
        <translation>Laskuta käynnit…</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoices_page.py" line="83"/>
        <source>Open</source>
        <translation>Avaa</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoices_page.py" line="85"/>
        <source>Print unsent…</source>
        <translation>Tulosta lähettämättömät…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/billing/invoices_page.py" line="127"/>
        <source>%n invoice(s), open %1</source>
        <translation>
            <numerusform>%n lasku, avoinna %1</numerusform>
            <numerusform>%n laskua, avoinna %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/billing/invoices_page.py" line="179"/>
        <source>Print %n unsent invoice(s) into one PDF</source>
        <translation>
            <numerusform>Tulosta %n lähettämätön lasku yhteen PDF-tiedostoon</numerusform>
            <numerusform>Tulosta %n lähettämätöntä laskua yhteen PDF-tiedostoon</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoices_page.py" line="180"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-asiakirjat (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoices_page.py" line="190"/>
        <source>Print unsent</source>
        <translation>Tulosta lähettämättömät</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoices_page.py" line="191"/>
        <source>Every issued invoice has been printed or sent.</source>
        <translation>Kaikki vahvistetut laskut on tulostettu tai lähetetty.</translation>
    </message>
    <message>
        <location filename="../../ui/billing/invoices_page.py" line="197"/>
        <source>Printing invoices</source>
        <translation>Tulostetaan laskuja</translation>
    </message>
</context>
<context>
    <name>LinesTable</name>
    <message>
        <location filename="../../ui/billing/lines_table.py" line="60"/>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <location filename="../../ui/billing/lines_table.py" line="60"/>
        <source>Qty</source>
        <translation>Määrä</translation>
    </message>
    <message>
        <location filename="../../ui/billing/lines_table.py" line="61"/>
        <source>Unit price €</source>
        <translation>Yksikköhinta €</translation>
    </message>
    <message>
        <location filename="../../ui/billing/lines_table.py" line="61"/>
        <source>Discount %</source>
        <translation>Alennus %</translation>
    </message>
    <message>
        <location filename="../../ui/billing/lines_table.py" line="62"/>
        <source>VAT</source>
        <translation>ALV</translation>
    </message>
    <message>
        <location filename="../../ui/billing/lines_table.py" line="62"/>
        <source>Total</source>
        <translation>Yhteensä</translation>
    </message>
    <message>
        <location filename="../../ui/billing/lines_table.py" line="198"/>
        <source>0 % exempt (%1)</source>
        <translation>0 % veroton (%1)</translation>
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
        <location filename="../../ui/main_window.py" line="104"/>
        <source>Calendar</source>
        <translation>Kalenteri</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>Clients</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>Billing</source>
        <translation>Laskutus</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>Messages</source>
        <translation>Viestit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106"/>
        <source>Admin</source>
        <translation>Ylläpito</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106"/>
        <source>Privacy</source>
        <translation>Tietosuoja</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135"/>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150"/>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159"/>
        <source>Database: %1</source>
        <translation>Tietokanta: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="167"/>
        <source>No secure keyring: audit log not keyed</source>
        <translation>Ei suojattua salasanasäilöä: tapahtumalokia ei ole suojattu avaimella</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171"/>
        <source>The audit trail cannot be protected against tampering until the secret is kept in the operating system&apos;s keyring.</source>
        <translation>Tapahtumalokia ei voida suojata luvattomilta muutoksilta ennen kuin salainen avain säilytetään käyttöjärjestelmän salasanasäilössä.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="306"/>
        <source>About Vastaanotto</source>
        <translation>Tietoja Vastaanotto-ohjelmasta</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="307"/>
        <source>Vastaanotto %1
Reception, calendar and billing for small Finnish service businesses.</source>
        <translation>Vastaanotto %1
Ajanvaraus, kalenteri ja laskutus pienille suomalaisille palveluyrityksille.</translation>
    </message>
</context>
<context>
    <name>MarketingDialog</name>
    <message>
        <location filename="../../ui/messages/marketing_dialog.py" line="30"/>
        <source>Marketing message</source>
        <translation>Markkinointiviesti</translation>
    </message>
    <message>
        <location filename="../../ui/messages/marketing_dialog.py" line="38"/>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <location filename="../../ui/messages/marketing_dialog.py" line="39"/>
        <source>SMS</source>
        <translation>Tekstiviesti</translation>
    </message>
    <message>
        <location filename="../../ui/messages/marketing_dialog.py" line="48"/>
        <source>Placeholders: %1. An opt-out line is added to every message.</source>
        <translation>Muuttujat: %1. Jokaiseen viestiin lisätään rivi, jolla markkinoinnin voi kieltää.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/marketing_dialog.py" line="52"/>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <location filename="../../ui/messages/marketing_dialog.py" line="53"/>
        <source>Subject</source>
        <translation>Aihe</translation>
    </message>
    <message>
        <location filename="../../ui/messages/marketing_dialog.py" line="54"/>
        <source>Text</source>
        <translation>Teksti</translation>
    </message>
    <message>
        <location filename="../../ui/messages/marketing_dialog.py" line="58"/>
        <source>Count recipients</source>
        <translation>Laske vastaanottajat</translation>
    </message>
    <message>
        <location filename="../../ui/messages/marketing_dialog.py" line="67"/>
        <location filename="../../ui/messages/marketing_dialog.py" line="119"/>
        <source>Send</source>
        <translation>Lähetä</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/messages/marketing_dialog.py" line="90"/>
        <source>%1 characters, %n SMS part(s) before the opt-out line</source>
        <translation>
            <numerusform>%1 merkkiä, %n tekstiviestin osa ennen kieltoriviä</numerusform>
            <numerusform>%1 merkkiä, %n tekstiviestin osaa ennen kieltoriviä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/messages/marketing_dialog.py" line="94"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n merkki</numerusform>
            <numerusform>%n merkkiä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/messages/marketing_dialog.py" line="103"/>
        <source>%n client(s) will receive this message.</source>
        <translation>
            <numerusform>%n asiakas saa tämän viestin.</numerusform>
            <numerusform>%n asiakasta saa tämän viestin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/messages/marketing_dialog.py" line="107"/>
        <source>Left out: %n client(s)</source>
        <translation>
            <numerusform>Jätetään pois: %n asiakas</numerusform>
            <numerusform>Jätetään pois: %n asiakasta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/messages/marketing_dialog.py" line="119"/>
        <source>Send this message to %n client(s)?</source>
        <translation>
            <numerusform>Lähetetäänkö viesti %n asiakkaalle?</numerusform>
            <numerusform>Lähetetäänkö viesti %n asiakkaalle?</numerusform>
        </translation>
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
    <name>MessageLogView</name>
    <message>
        <location filename="../../ui/messages/log_view.py" line="101"/>
        <source>All</source>
        <translation>Kaikki</translation>
    </message>
    <message>
        <location filename="../../ui/messages/log_view.py" line="108"/>
        <source>Filter by client or address</source>
        <translation>Suodata asiakkaan tai osoitteen mukaan</translation>
    </message>
    <message>
        <location filename="../../ui/messages/log_view.py" line="110"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../ui/messages/log_view.py" line="113"/>
        <location filename="../../ui/messages/log_view.py" line="168"/>
        <source>Retry</source>
        <translation>Yritä uudelleen</translation>
    </message>
    <message>
        <location filename="../../ui/messages/log_view.py" line="116"/>
        <source>Dismiss</source>
        <translation>Kuittaa</translation>
    </message>
    <message>
        <location filename="../../ui/messages/log_view.py" line="119"/>
        <source>Refresh</source>
        <translation>Päivitä</translation>
    </message>
    <message>
        <location filename="../../ui/messages/log_view.py" line="169"/>
        <source>It is not known whether this message was delivered. Sending it again may deliver it twice. Send again?</source>
        <translation>Ei tiedetä, onko tämä viesti mennyt perille. Jos lähetät sen uudelleen, se voi mennä perille kahdesti. Lähetetäänkö uudelleen?</translation>
    </message>
</context>
<context>
    <name>MessageSettingsPage</name>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="63"/>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="69"/>
        <source>Marketing message…</source>
        <translation>Markkinointiviesti…</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="81"/>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="83"/>
        <source>Send email</source>
        <translation>Lähetä sähköpostia</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="90"/>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (portti 587)</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="91"/>
        <source>TLS (port 465)</source>
        <translation>TLS (portti 465)</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="92"/>
        <source>None (local test server only)</source>
        <translation>Ei mitään (vain paikallinen testipalvelin)</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="104"/>
        <source>Send test email</source>
        <translation>Lähetä testisähköposti</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="109"/>
        <source>Mail server</source>
        <translation>Sähköpostipalvelin</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="110"/>
        <source>Port</source>
        <translation>Portti</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="111"/>
        <source>Security</source>
        <translation>Suojaus</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="112"/>
        <source>User name</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="113"/>
        <source>Password</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="114"/>
        <source>Sender address</source>
        <translation>Lähettäjän osoite</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="115"/>
        <source>Sender name</source>
        <translation>Lähettäjän nimi</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="116"/>
        <source>Provider&apos;s country</source>
        <translation>Palveluntarjoajan maa</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="117"/>
        <source>Test address</source>
        <translation>Testiosoite</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="127"/>
        <source>SMS</source>
        <translation>Tekstiviesti</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="129"/>
        <source>Send SMS</source>
        <translation>Lähetä tekstiviestejä</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="139"/>
        <source>e.g. Klinikka</source>
        <translation>esim. Klinikka</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="145"/>
        <source>Send test SMS</source>
        <translation>Lähetä testitekstiviesti</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="150"/>
        <source>Provider</source>
        <translation>Palveluntarjoaja</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="151"/>
        <source>Gateway address</source>
        <translation>Yhdyskäytävän osoite</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="152"/>
        <source>API user name</source>
        <translation>API-käyttäjätunnus</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="153"/>
        <source>API password</source>
        <translation>API-salasana</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="154"/>
        <source>Sender ID</source>
        <translation>Lähettäjätunnus</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="155"/>
        <source>Longest SMS (parts)</source>
        <translation>Tekstiviestin enimmäispituus (osia)</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="156"/>
        <source>Test number</source>
        <translation>Testinumero</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="157"/>
        <source>Sender ID: 3–11 letters a–z or digits, no spaces or ä/ö, as Finnish operators require.</source>
        <translation>Lähettäjätunnus: 3–11 kirjainta a–z tai numeroa, ei välilyöntejä eikä ä- tai ö-kirjaimia, kuten suomalaiset operaattorit edellyttävät.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="168"/>
        <source>What is sent</source>
        <translation>Mitä lähetetään</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="170"/>
        <source>Booking confirmation by email</source>
        <translation>Varausvahvistus sähköpostitse</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="171"/>
        <source>Booking confirmation by SMS</source>
        <translation>Varausvahvistus tekstiviestillä</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="177"/>
        <source>SMS, or email if no mobile number</source>
        <translation>Tekstiviesti tai sähköposti, jos matkapuhelinnumeroa ei ole</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="179"/>
        <source>SMS only</source>
        <translation>Vain tekstiviesti</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="180"/>
        <source>Email only</source>
        <translation>Vain sähköposti</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="181"/>
        <source>Both</source>
        <translation>Molemmat</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="191"/>
        <source>Reminder before the appointment</source>
        <translation>Muistutus ennen varattua aikaa</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="192"/>
        <source>Reminder by</source>
        <translation>Muistutustapa</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="193"/>
        <source>No SMS between</source>
        <translation>Ei tekstiviestejä aikavälillä</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="194"/>
        <source>Reminders go only to clients who consented to reminders. SMS due in the quiet hours wait until the morning.</source>
        <translation>Muistutukset lähetetään vain asiakkaille, jotka ovat antaneet suostumuksen muistutuksiin. Hiljaisina tunteina lähteviksi ajoitetut tekstiviestit odottavat aamuun.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="239"/>
        <source>Stored in the keyring</source>
        <translation>Tallennettu salasanasäilöön</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="280"/>
        <source>Check the fields marked in red.</source>
        <translation>Tarkista punaisella merkityt kentät.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="296"/>
        <source>Settings saved.</source>
        <translation>Asetukset tallennettu.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="302"/>
        <source>Test email sent. Check the inbox of %1.</source>
        <translation>Testisähköposti lähetetty. Tarkista osoitteen %1 saapuneet viestit.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="306"/>
        <source>Test SMS sent to %1.</source>
        <translation>Testitekstiviesti lähetetty numeroon %1.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="311"/>
        <source>Sending…</source>
        <translation>Lähetetään…</translation>
    </message>
    <message>
        <location filename="../../ui/messages/settings_page.py" line="333"/>
        <source>Sending a test message</source>
        <translation>Lähetetään testiviestiä</translation>
    </message>
</context>
<context>
    <name>MessageStatusLabel</name>
    <message numerus="yes">
        <location filename="../../ui/messages/status_label.py" line="32"/>
        <source>%n message(s) failed</source>
        <translation>
            <numerusform>%n viestin lähetys epäonnistui</numerusform>
            <numerusform>%n viestin lähetys epäonnistui</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/messages/status_label.py" line="34"/>
        <source>Open the message log to see why and to retry.</source>
        <translation>Avaa viestiloki, niin näet syyn ja voit yrittää uudelleen.</translation>
    </message>
</context>
<context>
    <name>MessageTemplatesPage</name>
    <message>
        <location filename="../../ui/messages/templates_page.py" line="81"/>
        <location filename="../../ui/messages/templates_page.py" line="95"/>
        <source>Preview</source>
        <translation>Esikatselu</translation>
    </message>
    <message>
        <location filename="../../ui/messages/templates_page.py" line="90"/>
        <source>Subject</source>
        <translation>Aihe</translation>
    </message>
    <message>
        <location filename="../../ui/messages/templates_page.py" line="91"/>
        <source>Text</source>
        <translation>Teksti</translation>
    </message>
    <message>
        <location filename="../../ui/messages/templates_page.py" line="93"/>
        <source>Placeholders</source>
        <translation>Muuttujat</translation>
    </message>
    <message>
        <location filename="../../ui/messages/templates_page.py" line="94"/>
        <source>Preview with</source>
        <translation>Esikatsele tiedoilla</translation>
    </message>
    <message>
        <location filename="../../ui/messages/templates_page.py" line="98"/>
        <source>Save template</source>
        <translation>Tallenna viestipohja</translation>
    </message>
    <message>
        <location filename="../../ui/messages/templates_page.py" line="101"/>
        <source>Restore default text</source>
        <translation>Palauta oletusteksti</translation>
    </message>
    <message>
        <location filename="../../ui/messages/templates_page.py" line="118"/>
        <source>Example values</source>
        <translation>Esimerkkiarvot</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/messages/templates_page.py" line="157"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n merkki</numerusform>
            <numerusform>%n merkkiä</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/messages/templates_page.py" line="161"/>
        <source>Template: %1 characters, %2 SMS part(s), %3 (placeholders make it longer)</source>
        <translation>Viestipohja: merkkejä %1, tekstiviestin osia %2, %3 (muuttujat pidentävät viestiä)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/messages/templates_page.py" line="187"/>
        <source>This SMS: %n part(s)</source>
        <translation>
            <numerusform>Tämä tekstiviesti: %n osa</numerusform>
            <numerusform>Tämä tekstiviesti: %n osaa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/messages/templates_page.py" line="203"/>
        <source>Template saved.</source>
        <translation>Viestipohja tallennettu.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/templates_page.py" line="215"/>
        <source>Default text restored.</source>
        <translation>Oletusteksti palautettu.</translation>
    </message>
</context>
<context>
    <name>MessagesModel</name>
    <message>
        <location filename="../../ui/messages/log_view.py" line="49"/>
        <source>Created</source>
        <translation>Luotu</translation>
    </message>
    <message>
        <location filename="../../ui/messages/log_view.py" line="49"/>
        <source>Sent</source>
        <translation>Lähetetty</translation>
    </message>
    <message>
        <location filename="../../ui/messages/log_view.py" line="50"/>
        <source>Message</source>
        <translation>Viesti</translation>
    </message>
    <message>
        <location filename="../../ui/messages/log_view.py" line="50"/>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <location filename="../../ui/messages/log_view.py" line="51"/>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <location filename="../../ui/messages/log_view.py" line="51"/>
        <source>To</source>
        <translation>Vastaanottaja</translation>
    </message>
    <message>
        <location filename="../../ui/messages/log_view.py" line="52"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../ui/messages/log_view.py" line="52"/>
        <source>Attempts</source>
        <translation>Yrityskerrat</translation>
    </message>
    <message>
        <location filename="../../ui/messages/log_view.py" line="53"/>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <location filename="../../ui/messages/log_view.py" line="63"/>
        <source>from %1</source>
        <translation>%1 alkaen</translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message numerus="yes">
        <location filename="../../ui/calendar/month_view.py" line="134"/>
        <source>%n booking(s)</source>
        <translation>
            <numerusform>%n varaus</numerusform>
            <numerusform>%n varausta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/month_view.py" line="149"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n muu</numerusform>
            <numerusform>+%n muuta</numerusform>
        </translation>
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
        <location filename="../../ui/clients/notes_tab.py" line="145"/>
        <source>Treatment notes</source>
        <translation>Hoitotiedot</translation>
    </message>
    <message>
        <location filename="../../ui/clients/notes_tab.py" line="146"/>
        <source>This client is treated by another practitioner. Why do you need to read the notes? The reason is logged.</source>
        <translation>Tätä asiakasta hoitaa toinen ammatinharjoittaja. Miksi tarvitset hoitotiedot? Syy kirjataan lokiin.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/notes_tab.py" line="169"/>
        <source>The notes of another practitioner&apos;s client are shown only with a reason.</source>
        <translation>Toisen ammatinharjoittajan asiakkaan hoitotiedot näytetään vain, kun syy on annettu.</translation>
    </message>
</context>
<context>
    <name>OverduePage</name>
    <message>
        <location filename="../../ui/billing/overdue_page.py" line="55"/>
        <source>A reminder can be sent 14 days after the due date at the earliest, and again after 14 days. Its fee is at most 5 € for a consumer.</source>
        <translation>Maksumuistutuksen voi lähettää aikaisintaan 14 päivää eräpäivän jälkeen ja uudelleen 14 päivän kuluttua. Kuluttajalta voi periä muistutuksesta enintään 5 €.</translation>
    </message>
    <message>
        <location filename="../../ui/billing/overdue_page.py" line="60"/>
        <source>Create reminders</source>
        <translation>Luo maksumuistutukset</translation>
    </message>
    <message>
        <location filename="../../ui/billing/overdue_page.py" line="63"/>
        <source>Select those due a reminder</source>
        <translation>Valitse muistutettavat</translation>
    </message>
    <message>
        <location filename="../../ui/billing/overdue_page.py" line="66"/>
        <source>Print reminders…</source>
        <translation>Tulosta muistutukset…</translation>
    </message>
    <message>
        <location filename="../../ui/billing/overdue_page.py" line="70"/>
        <source>Save reminders as PDF…</source>
        <translation>Tallenna muistutukset PDF-tiedostona…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/billing/overdue_page.py" line="118"/>
        <source>%n invoice(s) are due a reminder.</source>
        <translation>
            <numerusform>%n lasku odottaa muistutusta.</numerusform>
            <numerusform>%n laskua odottaa muistutusta.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/billing/overdue_page.py" line="120"/>
        <source>No invoice is due a reminder today.</source>
        <translation>Tänään ei ole muistutettavia laskuja.</translation>
    </message>
    <message>
        <location filename="../../ui/billing/overdue_page.py" line="147"/>
        <source>Select the invoices to remind first.</source>
        <translation>Valitse ensin muistutettavat laskut.</translation>
    </message>
    <message>
        <location filename="../../ui/billing/overdue_page.py" line="170"/>
        <source>Invoice %1: %2</source>
        <translation>Lasku %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/billing/overdue_page.py" line="189"/>
        <source>Payment reminders</source>
        <translation>Maksumuistutukset</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="58"/>
        <source>Book anyway?</source>
        <translation>Varataanko silti?</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="64"/>
        <source>If you book anyway, your name and this reason are recorded.</source>
        <translation>Jos varaat silti, nimesi ja tämä syy kirjataan.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="70"/>
        <source>&amp;Reason</source>
        <translation>&amp;Syy</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/booking_dialog.py" line="73"/>
        <source>&amp;Book anyway</source>
        <translation>&amp;Varaa silti</translation>
    </message>
</context>
<context>
    <name>OwnerPage</name>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="200"/>
        <source>Owner&apos;s user account</source>
        <translation>Omistajan käyttäjätili</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="201"/>
        <source>User name</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="202"/>
        <source>Full name</source>
        <translation>Koko nimi</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="203"/>
        <source>Password</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="204"/>
        <source>Password again</source>
        <translation>Salasana uudelleen</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="207"/>
        <source>The owner manages staff, settings, invoices and backups.
Password rules: at least 8 characters; common passwords are refused. A short sentence is easy to remember and hard to guess.</source>
        <translation>Omistaja hallinnoi henkilökuntaa, asetuksia, laskuja ja varmuuskopioita.
Salasanan säännöt: vähintään 8 merkkiä; yleisiä salasanoja ei hyväksytä. Lyhyt lause on helppo muistaa ja vaikea arvata.</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="219"/>
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
    <name>PaymentDialog</name>
    <message>
        <location filename="../../ui/billing/payment_dialog.py" line="98"/>
        <source>Take payment</source>
        <translation>Vastaanota maksu</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payment_dialog.py" line="121"/>
        <source>&amp;Add payment method</source>
        <translation>&amp;Lisää maksutapa</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payment_dialog.py" line="133"/>
        <source>exact</source>
        <translation>tasaraha</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payment_dialog.py" line="135"/>
        <source>Cash given</source>
        <translation>Annettu käteinen</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payment_dialog.py" line="154"/>
        <source>Receipt printer (80 mm)</source>
        <translation>Kuittitulostin (80 mm)</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payment_dialog.py" line="155"/>
        <source>A4 paper</source>
        <translation>A4-paperi</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payment_dialog.py" line="156"/>
        <source>&amp;Print receipt</source>
        <translation>&amp;Tulosta kuitti</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payment_dialog.py" line="159"/>
        <source>&amp;Save PDF</source>
        <translation>Tallenna &amp;PDF</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payment_dialog.py" line="169"/>
        <source>Pay</source>
        <translation>Maksa</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payment_dialog.py" line="195"/>
        <location filename="../../ui/billing/payment_dialog.py" line="202"/>
        <source>Invoice %1</source>
        <translation>Lasku %1</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payment_dialog.py" line="199"/>
        <source>To pay: %1</source>
        <translation>Maksettavaa: %1</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payment_dialog.py" line="255"/>
        <source>The payment is more than what is open.</source>
        <translation>Maksu on suurempi kuin avoin summa.</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payment_dialog.py" line="259"/>
        <source>Type the gift card&apos;s code.</source>
        <translation>Kirjoita lahjakortin koodi.</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payment_dialog.py" line="263"/>
        <source>The cash given is less than the cash part.</source>
        <translation>Annettu käteinen on pienempi kuin käteisellä maksettava osuus.</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payment_dialog.py" line="267"/>
        <source>Cash rounding %1 · cash to take %2</source>
        <translation>Käteispyöristys %1 · perittävä käteinen %2</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payment_dialog.py" line="270"/>
        <location filename="../../ui/billing/payment_dialog.py" line="304"/>
        <source>Change %1</source>
        <translation>Vaihtoraha %1</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payment_dialog.py" line="273"/>
        <location filename="../../ui/billing/payment_dialog.py" line="306"/>
        <source>%1 stays open on the invoice.</source>
        <translation>Laskulle jää avoimeksi %1.</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payment_dialog.py" line="299"/>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payment_dialog.py" line="305"/>
        <source>Paid %1.</source>
        <translation>Maksettu %1.</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payment_dialog.py" line="322"/>
        <source>Receipt</source>
        <translation>Kuitti</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payment_dialog.py" line="332"/>
        <source>receipt-%1.pdf</source>
        <translation>kuitti-%1.pdf</translation>
    </message>
</context>
<context>
    <name>PaymentsModel</name>
    <message>
        <location filename="../../ui/billing/payments_page.py" line="48"/>
        <source>Received</source>
        <translation>Vastaanotettu</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payments_page.py" line="48"/>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payments_page.py" line="49"/>
        <source>Method</source>
        <translation>Maksutapa</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payments_page.py" line="49"/>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payments_page.py" line="50"/>
        <source>Payer</source>
        <translation>Maksaja</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payments_page.py" line="50"/>
        <source>Recorded by</source>
        <translation>Kirjaaja</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payments_page.py" line="51"/>
        <source>Note</source>
        <translation>Lisätieto</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payments_page.py" line="57"/>
        <source>Cash rounding</source>
        <translation>Käteispyöristys</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payments_page.py" line="59"/>
        <source>Refund (%1)</source>
        <translation>Palautus (%1)</translation>
    </message>
</context>
<context>
    <name>PaymentsPage</name>
    <message>
        <location filename="../../ui/billing/payments_page.py" line="108"/>
        <source>All days</source>
        <translation>Kaikki päivät</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payments_page.py" line="116"/>
        <source>All methods</source>
        <translation>Kaikki maksutavat</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payments_page.py" line="121"/>
        <source>Everyone</source>
        <translation>Kaikki</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payments_page.py" line="124"/>
        <source>Day</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payments_page.py" line="137"/>
        <source>&amp;Refund…</source>
        <translation>&amp;Palauta maksu…</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payments_page.py" line="139"/>
        <source>Print &amp;receipt…</source>
        <translation>Tulosta &amp;kuitti…</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payments_page.py" line="141"/>
        <source>&amp;Import bank file…</source>
        <translation>&amp;Tuo pankkitiedosto…</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payments_page.py" line="143"/>
        <source>Record bank &amp;transfer…</source>
        <translation>Kirjaa t&amp;ilisiirto…</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payments_page.py" line="166"/>
        <source>Total %1</source>
        <translation>Yhteensä %1</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payments_page.py" line="211"/>
        <source>Refund receipt</source>
        <translation>Palautuskuitti</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payments_page.py" line="211"/>
        <source>Receipt</source>
        <translation>Kuitti</translation>
    </message>
</context>
<context>
    <name>PrintDayDialog</name>
    <message>
        <location filename="../../ui/calendar/print_sheet.py" line="167"/>
        <source>Print day sheet</source>
        <translation>Tulosta päivälista</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/print_sheet.py" line="177"/>
        <source>&amp;Day</source>
        <translation>&amp;Päivä</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/print_sheet.py" line="180"/>
        <source>All practitioners</source>
        <translation>Kaikki ammatinharjoittajat</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/print_sheet.py" line="191"/>
        <source>&amp;Practitioner</source>
        <translation>&amp;Ammatinharjoittaja</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/print_sheet.py" line="196"/>
        <source>&amp;Language of the sheet</source>
        <translation>Listan &amp;kieli</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/print_sheet.py" line="197"/>
        <source>&amp;Print…</source>
        <translation>&amp;Tulosta…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/print_sheet.py" line="197"/>
        <source>&amp;Save as PDF…</source>
        <translation>Tallenna P&amp;DF-tiedostona…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/print_sheet.py" line="235"/>
        <source>Save day sheet as PDF</source>
        <translation>Tallenna päivälista PDF-tiedostona</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/print_sheet.py" line="236"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-asiakirjat (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/print_sheet.py" line="243"/>
        <source>The file could not be written. Choose another folder.</source>
        <translation>Tiedostoa ei voitu kirjoittaa. Valitse toinen kansio.</translation>
    </message>
</context>
<context>
    <name>PrintUpcomingDialog</name>
    <message>
        <location filename="../../ui/calendar/print_sheet.py" line="315"/>
        <source>Print upcoming appointments</source>
        <translation>Tulosta tulevat ajanvaraukset</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/print_sheet.py" line="321"/>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/print_sheet.py" line="324"/>
        <source>The client&apos;s language</source>
        <translation>Asiakkaan kieli</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/print_sheet.py" line="327"/>
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/print_sheet.py" line="328"/>
        <source>&amp;Print…</source>
        <translation>&amp;Tulosta…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/print_sheet.py" line="328"/>
        <source>&amp;Save as PDF…</source>
        <translation>Tallenna P&amp;DF-tiedostona…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/print_sheet.py" line="353"/>
        <source>Save upcoming appointments as PDF</source>
        <translation>Tallenna tulevat ajanvaraukset PDF-tiedostona</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/print_sheet.py" line="354"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-asiakirjat (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/print_sheet.py" line="360"/>
        <source>The file could not be written. Choose another folder.</source>
        <translation>Tiedostoa ei voitu kirjoittaa. Valitse toinen kansio.</translation>
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
    <name>ProtectionPage</name>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="118"/>
        <source>No secure key store on this computer</source>
        <translation>Tällä tietokoneella ei ole suojattua avainsäilöä</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="121"/>
        <source>Vastaanotto encrypts the client database on this computer with a key that it keeps in the operating system&apos;s secure key store (Windows Credential Manager, macOS Keychain, or the Secret Service / KWallet on Linux). No such key store is available now, and the program never writes the key in a file next to the database.

You can set up the practice without encryption now and encrypt the database later in Administration → Encryption once a key store is available. Protect this computer with full-disk encryption (BitLocker, FileVault, LUKS) meanwhile.

Or press Cancel, set up a key store, and start the program again.</source>
        <translation>Vastaanotto salaa tämän tietokoneen asiakastietokannan avaimella, jota se säilyttää käyttöjärjestelmän suojatussa avainsäilössä (Windowsin tunnistetietojen hallinta, macOS:n avainnippu tai Linuxissa Secret Service / KWallet). Avainsäilöä ei ole nyt käytettävissä, eikä ohjelma koskaan kirjoita avainta tiedostoon tietokannan viereen.

Voit ottaa vastaanoton nyt käyttöön ilman salausta ja salata tietokannan myöhemmin kohdassa Ylläpito → Salaus, kun avainsäilö on käytettävissä. Suojaa tämä tietokone sillä välin koko levyn salauksella (BitLocker, FileVault, LUKS).

Voit myös valita Peruuta, ottaa avainsäilön käyttöön ja käynnistää ohjelman uudelleen.</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="130"/>
        <source>Continue without encrypting the database</source>
        <translation>Jatka salaamatta tietokantaa</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../ui/billing/refund_dialog.py" line="29"/>
        <source>Refund payment</source>
        <translation>Palauta maksu</translation>
    </message>
    <message>
        <location filename="../../ui/billing/refund_dialog.py" line="31"/>
        <source>Refund</source>
        <translation>Palauta</translation>
    </message>
    <message>
        <location filename="../../ui/billing/refund_dialog.py" line="32"/>
        <source>%1 by %2 on %3; at most %4 can be refunded.</source>
        <translation>%1 (%2) %3; palauttaa voi enintään %4.</translation>
    </message>
    <message>
        <location filename="../../ui/billing/refund_dialog.py" line="49"/>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <location filename="../../ui/billing/refund_dialog.py" line="50"/>
        <source>Paid back as</source>
        <translation>Palautustapa</translation>
    </message>
    <message>
        <location filename="../../ui/billing/refund_dialog.py" line="51"/>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <location filename="../../ui/billing/bank_import_dialog.py" line="68"/>
        <source>Booked</source>
        <translation>Kirjauspäivä</translation>
    </message>
    <message>
        <location filename="../../ui/billing/bank_import_dialog.py" line="68"/>
        <source>Payer</source>
        <translation>Maksaja</translation>
    </message>
    <message>
        <location filename="../../ui/billing/bank_import_dialog.py" line="69"/>
        <source>Reference</source>
        <translation>Viitenumero</translation>
    </message>
    <message>
        <location filename="../../ui/billing/bank_import_dialog.py" line="69"/>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <location filename="../../ui/billing/bank_import_dialog.py" line="70"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../ui/billing/bank_import_dialog.py" line="70"/>
        <source>Invoice</source>
        <translation>Lasku</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/billing/reports_page.py" line="53"/>
        <source>Cash report of a day</source>
        <translation>Päivän kassaraportti</translation>
    </message>
    <message>
        <location filename="../../ui/billing/reports_page.py" line="55"/>
        <source>Sales by month</source>
        <translation>Myynti kuukausittain</translation>
    </message>
    <message>
        <location filename="../../ui/billing/reports_page.py" line="56"/>
        <source>Sales by service</source>
        <translation>Myynti palveluittain</translation>
    </message>
    <message>
        <location filename="../../ui/billing/reports_page.py" line="57"/>
        <source>Sales by practitioner</source>
        <translation>Myynti ammatinharjoittajittain</translation>
    </message>
    <message>
        <location filename="../../ui/billing/reports_page.py" line="58"/>
        <source>VAT by rate</source>
        <translation>ALV verokannoittain</translation>
    </message>
    <message>
        <location filename="../../ui/billing/reports_page.py" line="59"/>
        <source>Open invoices</source>
        <translation>Avoimet laskut</translation>
    </message>
    <message>
        <location filename="../../ui/billing/reports_page.py" line="60"/>
        <source>Overdue invoices</source>
        <translation>Erääntyneet laskut</translation>
    </message>
    <message>
        <location filename="../../ui/billing/reports_page.py" line="68"/>
        <source>From</source>
        <translation>Ajalta</translation>
    </message>
    <message>
        <location filename="../../ui/billing/reports_page.py" line="69"/>
        <source>to</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../../ui/billing/reports_page.py" line="70"/>
        <source>Day</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <location filename="../../ui/billing/reports_page.py" line="71"/>
        <source>Show</source>
        <translation>Näytä</translation>
    </message>
    <message>
        <location filename="../../ui/billing/reports_page.py" line="74"/>
        <source>Save CSV…</source>
        <translation>Tallenna CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/billing/reports_page.py" line="77"/>
        <source>Print…</source>
        <translation>Tulosta…</translation>
    </message>
    <message>
        <location filename="../../ui/billing/reports_page.py" line="80"/>
        <source>Report</source>
        <translation>Raportti</translation>
    </message>
    <message>
        <location filename="../../ui/billing/reports_page.py" line="176"/>
        <source>Save CSV</source>
        <translation>Tallenna CSV</translation>
    </message>
    <message>
        <location filename="../../ui/billing/reports_page.py" line="177"/>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV-tiedosto Exceliä varten (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/billing/reports_page.py" line="216"/>
        <source>Total</source>
        <translation>Yhteensä</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/backup/restore_dialog.py" line="67"/>
        <source>Restore from a backup</source>
        <translation>Palauta varmuuskopiosta</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_dialog.py" line="72"/>
        <location filename="../../ui/backup/restore_dialog.py" line="105"/>
        <source>Backup</source>
        <translation>Varmuuskopio</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_dialog.py" line="74"/>
        <source>From a backup location</source>
        <translation>Varmuuskopioiden tallennuspaikasta</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_dialog.py" line="75"/>
        <source>From a file</source>
        <translation>Tiedostosta</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_dialog.py" line="90"/>
        <source>Choose…</source>
        <translation>Valitse…</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_dialog.py" line="100"/>
        <source>Only if this computer lacks the backup key: paste the recovery key from the emergency kit (AGE-SECRET-KEY-…).</source>
        <translation>Vain jos tällä tietokoneella ei ole varmuuskopioiden avainta: liitä palautusavain palautusohjeesta (AGE-SECRET-KEY-…).</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_dialog.py" line="104"/>
        <source>Location</source>
        <translation>Tallennuspaikka</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_dialog.py" line="107"/>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_dialog.py" line="108"/>
        <source>Recovery key</source>
        <translation>Palautusavain</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_dialog.py" line="113"/>
        <source>Check the backup</source>
        <translation>Tarkista varmuuskopio</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_dialog.py" line="118"/>
        <source>What will be restored</source>
        <translation>Mitä palautetaan</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_dialog.py" line="131"/>
        <source>Restore…</source>
        <translation>Palauta…</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_dialog.py" line="168"/>
        <source>Reading the backup list</source>
        <translation>Luetaan varmuuskopioiden luetteloa</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_dialog.py" line="174"/>
        <source>No. %1, %2, %3</source>
        <translation>Nro %1, %2, %3</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_dialog.py" line="182"/>
        <source>Backup file</source>
        <translation>Varmuuskopiotiedosto</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_dialog.py" line="183"/>
        <source>Backups (*.age)</source>
        <translation>Varmuuskopiot (*.age)</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_dialog.py" line="212"/>
        <source>Choose a backup.</source>
        <translation>Valitse varmuuskopio.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_dialog.py" line="217"/>
        <source>Choose the backup file.</source>
        <translation>Valitse varmuuskopiotiedosto.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_dialog.py" line="225"/>
        <source>Checking the backup</source>
        <translation>Tarkistetaan varmuuskopiota</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_dialog.py" line="231"/>
        <source>Practice</source>
        <translation>Vastaanotto</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_dialog.py" line="232"/>
        <source>Made</source>
        <translation>Luotu</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_dialog.py" line="233"/>
        <source>Backup no.</source>
        <translation>Varmuuskopion nro</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_dialog.py" line="234"/>
        <source>Size</source>
        <translation>Koko</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_dialog.py" line="235"/>
        <source>Clients</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_dialog.py" line="236"/>
        <source>Appointments</source>
        <translation>Ajanvaraukset</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_dialog.py" line="237"/>
        <source>Invoices</source>
        <translation>Laskut</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_dialog.py" line="245"/>
        <source>A newer verified backup exists. Restoring this one loses everything saved after it was made.</source>
        <translation>Tätä uudempi tarkistettu varmuuskopio on olemassa. Jos palautat tämän, kaikki sen luomisen jälkeen tallennettu menetetään.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_dialog.py" line="258"/>
        <source>The practice&apos;s database is replaced with the backup of %1 (%2 clients). Everything saved after that moment is lost from the database. The current database is kept aside in the kept-aside folder.

Everyone must log in again afterwards. Close Vastaanotto on any other computer that uses this database first.</source>
        <translation>Vastaanoton tietokanta korvataan varmuuskopiolla, joka on tehty %1 (asiakkaita %2). Kaikki tämän hetken jälkeen tallennettu poistuu tietokannasta. Nykyinen tietokanta siirretään talteen sivuun siirrettyjen tiedostojen kansioon.

Kaikkien on kirjauduttava sen jälkeen uudelleen sisään. Sulje ensin Vastaanotto kaikilta muilta tietokoneilta, jotka käyttävät tätä tietokantaa.</translation>
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
    <name>ScopeDialog</name>
    <message>
        <location filename="../../ui/calendar/series_scope.py" line="31"/>
        <source>Cancel a recurring appointment</source>
        <translation>Peru toistuva varaus</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/series_scope.py" line="32"/>
        <source>This appointment is part of a series. Cancel:</source>
        <translation>Tämä varaus kuuluu sarjaan. Peru:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/series_scope.py" line="34"/>
        <source>Move a recurring appointment</source>
        <translation>Siirrä toistuva varaus</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/series_scope.py" line="35"/>
        <source>This appointment is part of a series. Move:</source>
        <translation>Tämä varaus kuuluu sarjaan. Siirrä:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/series_scope.py" line="40"/>
        <source>&amp;Only this appointment</source>
        <translation>&amp;Vain tämä varaus</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/series_scope.py" line="41"/>
        <source>&amp;This and the following</source>
        <translation>&amp;Tämä ja seuraavat</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/series_scope.py" line="42"/>
        <source>&amp;All in the series</source>
        <translation>&amp;Kaikki sarjan varaukset</translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message>
        <location filename="../../ui/calendar/series_dialog.py" line="45"/>
        <source>Repeat appointment</source>
        <translation>Toista varaus</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/series_dialog.py" line="58"/>
        <source> week(s)</source>
        <translation> vk</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/series_dialog.py" line="62"/>
        <source>Repeat &amp;every</source>
        <translation>Toisto&amp;väli</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/series_dialog.py" line="66"/>
        <source>&amp;Number of times</source>
        <translation>&amp;Kertojen määrä</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/series_dialog.py" line="72"/>
        <source>&amp;Until</source>
        <translation>&amp;Päättymispäivä</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/series_dialog.py" line="91"/>
        <source>Skip</source>
        <translation>Ohita</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/series_dialog.py" line="91"/>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/series_dialog.py" line="91"/>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/series_dialog.py" line="92"/>
        <source>Problem</source>
        <translation>Ongelma</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/series_dialog.py" line="106"/>
        <source>&amp;Save</source>
        <translation>&amp;Tallenna</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/series_dialog.py" line="126"/>
        <source>Repeats the appointment of %1 at %2.</source>
        <translation>Toistaa varauksen %1 klo %2.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/series_dialog.py" line="145"/>
        <source>Mon</source>
        <translation>ma</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/series_dialog.py" line="145"/>
        <source>Tue</source>
        <translation>ti</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/series_dialog.py" line="145"/>
        <source>Wed</source>
        <translation>ke</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/series_dialog.py" line="145"/>
        <source>Thu</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/series_dialog.py" line="145"/>
        <source>Fri</source>
        <translation>pe</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/series_dialog.py" line="146"/>
        <source>Sat</source>
        <translation>la</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/series_dialog.py" line="146"/>
        <source>Sun</source>
        <translation>su</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/series_dialog.py" line="166"/>
        <source>First</source>
        <translation>Ensimmäinen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/series_dialog.py" line="194"/>
        <source>%n new appointment(s) will be booked.</source>
        <translation>
            <numerusform>%n uusi varaus tehdään.</numerusform>
            <numerusform>%n uutta varausta tehdään.</numerusform>
        </translation>
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
        <location filename="../../ui/admin/settings_page.py" line="51"/>
        <source>Lock the window after idle</source>
        <translation>Lukitse ikkuna käyttämättömänä</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="52"/>
        <source>Log out after at most</source>
        <translation>Kirjaa ulos viimeistään</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="53"/>
        <source>Payment terms</source>
        <translation>Maksuehto</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="53"/>
        <source> days</source>
        <translation> päivää</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="55"/>
        <source>Late cancellation: less than</source>
        <translation>Myöhäinen peruutus: alle</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="57"/>
        <source>Free access requests per client a year</source>
        <translation>Maksuttomia tarkastuspyyntöjä asiakasta kohden vuodessa</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="59"/>
        <source>Retention run: clients inactive for</source>
        <translation>Säilytysaikojen tarkistus: asiakkaat ilman käyntejä</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="59"/>
        <source> years</source>
        <translation> vuotta</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="76"/>
        <source>Calendar grid</source>
        <translation>Kalenterin aikaruudukko</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="77"/>
        <source>Language on this computer</source>
        <translation>Kieli tällä tietokoneella</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="82"/>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="127"/>
        <source>Settings saved.</source>
        <translation>Asetukset tallennettu.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="137"/>
        <source>Some texts change to the new language only after the program is restarted.</source>
        <translation>Osa teksteistä vaihtuu uudelle kielelle vasta, kun ohjelma käynnistetään uudelleen.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="279"/>
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
        <location filename="../../ui/auth/setup_wizard.py" line="226"/>
        <source>Summary</source>
        <translation>Yhteenveto</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="227"/>
        <source>Check the details. Finish creates the practice.</source>
        <translation>Tarkista tiedot. Valmis-painike luo vastaanoton.</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="245"/>
        <source>Owner&apos;s user name</source>
        <translation>Omistajan käyttäjätunnus</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="246"/>
        <source>Owner&apos;s name</source>
        <translation>Omistajan nimi</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="247"/>
        <source>Database encryption</source>
        <translation>Tietokannan salaus</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="248"/>
        <source>On: the key is kept in this computer&apos;s secure key store</source>
        <translation>Käytössä: avain säilytetään tämän tietokoneen suojatussa avainsäilössä</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="249"/>
        <source>Off: no secure key store</source>
        <translation>Ei käytössä: suojattua avainsäilöä ei ole</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <location filename="../../ui/backup/target_dialog.py" line="36"/>
        <source>Add backup location</source>
        <translation>Lisää varmuuskopioiden tallennuspaikka</translation>
    </message>
    <message>
        <location filename="../../ui/backup/target_dialog.py" line="37"/>
        <source>Edit backup location</source>
        <translation>Muokkaa varmuuskopioiden tallennuspaikkaa</translation>
    </message>
    <message>
        <location filename="../../ui/backup/target_dialog.py" line="49"/>
        <source>e.g. USB disk in the office safe</source>
        <translation>esim. USB-levy toimiston kassakaapissa</translation>
    </message>
    <message>
        <location filename="../../ui/backup/target_dialog.py" line="50"/>
        <source>Back up to this location</source>
        <translation>Varmuuskopioi tähän tallennuspaikkaan</translation>
    </message>
    <message>
        <location filename="../../ui/backup/target_dialog.py" line="55"/>
        <location filename="../../ui/backup/target_dialog.py" line="75"/>
        <source>Choose…</source>
        <translation>Valitse…</translation>
    </message>
    <message>
        <location filename="../../ui/backup/target_dialog.py" line="70"/>
        <location filename="../../ui/backup/target_dialog.py" line="98"/>
        <location filename="../../ui/backup/target_dialog.py" line="128"/>
        <source>Password</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <location filename="../../ui/backup/target_dialog.py" line="71"/>
        <location filename="../../ui/backup/target_dialog.py" line="97"/>
        <source>Key file</source>
        <translation>Avaintiedosto</translation>
    </message>
    <message>
        <location filename="../../ui/backup/target_dialog.py" line="82"/>
        <source>(saved; leave empty to keep it)</source>
        <translation>(tallennettu; jätä tyhjäksi, niin se säilyy)</translation>
    </message>
    <message>
        <location filename="../../ui/backup/target_dialog.py" line="87"/>
        <source>Type</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <location filename="../../ui/backup/target_dialog.py" line="88"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../ui/backup/target_dialog.py" line="90"/>
        <source>Folder</source>
        <translation>Kansio</translation>
    </message>
    <message>
        <location filename="../../ui/backup/target_dialog.py" line="91"/>
        <source>Server</source>
        <translation>Palvelin</translation>
    </message>
    <message>
        <location filename="../../ui/backup/target_dialog.py" line="92"/>
        <source>Port</source>
        <translation>Portti</translation>
    </message>
    <message>
        <location filename="../../ui/backup/target_dialog.py" line="93"/>
        <source>Address (URL)</source>
        <translation>Osoite (URL)</translation>
    </message>
    <message>
        <location filename="../../ui/backup/target_dialog.py" line="94"/>
        <source>User name</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <location filename="../../ui/backup/target_dialog.py" line="95"/>
        <source>Sign in with</source>
        <translation>Kirjautumistapa</translation>
    </message>
    <message>
        <location filename="../../ui/backup/target_dialog.py" line="100"/>
        <source>Folder on the server</source>
        <translation>Kansio palvelimella</translation>
    </message>
    <message>
        <location filename="../../ui/backup/target_dialog.py" line="101"/>
        <source>Location</source>
        <translation>Tallennuspaikka</translation>
    </message>
    <message>
        <location filename="../../ui/backup/target_dialog.py" line="128"/>
        <source>Key passphrase</source>
        <translation>Avaimen tunnuslause</translation>
    </message>
    <message>
        <location filename="../../ui/backup/target_dialog.py" line="132"/>
        <source>Backup folder</source>
        <translation>Varmuuskopiokansio</translation>
    </message>
    <message>
        <location filename="../../ui/backup/target_dialog.py" line="138"/>
        <source>SSH key file</source>
        <translation>SSH-avaintiedosto</translation>
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
    <name>TemplatesModel</name>
    <message>
        <location filename="../../ui/messages/templates_page.py" line="37"/>
        <source>Message</source>
        <translation>Viesti</translation>
    </message>
    <message>
        <location filename="../../ui/messages/templates_page.py" line="37"/>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <location filename="../../ui/messages/templates_page.py" line="38"/>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <location filename="../../ui/messages/templates_page.py" line="39"/>
        <source>Edited</source>
        <translation>Muokattu</translation>
    </message>
    <message>
        <location filename="../../ui/messages/templates_page.py" line="48"/>
        <source>edited</source>
        <translation>muokattu</translation>
    </message>
</context>
<context>
    <name>VisitPicker</name>
    <message>
        <location filename="../../ui/billing/visit_picker.py" line="32"/>
        <source>Invoice visits</source>
        <translation>Laskuta käyntejä</translation>
    </message>
    <message>
        <location filename="../../ui/billing/visit_picker.py" line="38"/>
        <source>Find the client: name, phone or birth date</source>
        <translation>Etsi asiakas: nimi, puhelin tai syntymäaika</translation>
    </message>
    <message>
        <location filename="../../ui/billing/visit_picker.py" line="49"/>
        <source>Completed visits not yet invoiced:</source>
        <translation>Toteutuneet käynnit, joita ei ole vielä laskutettu:</translation>
    </message>
    <message>
        <location filename="../../ui/billing/visit_picker.py" line="55"/>
        <source>Create invoice</source>
        <translation>Luo lasku</translation>
    </message>
    <message>
        <location filename="../../ui/billing/visit_picker.py" line="112"/>
        <source>Choose a client first.</source>
        <translation>Valitse ensin asiakas.</translation>
    </message>
</context>
<context>
    <name>WaitingDialog</name>
    <message>
        <location filename="../../ui/calendar/waitlist_dialog.py" line="323"/>
        <source>Who is waiting</source>
        <translation>Jonotuslistalla odottavat</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/waitlist_dialog.py" line="326"/>
        <source>%n client(s) on the waitlist fit this time. Call them in this order:</source>
        <translation>
            <numerusform>Tähän aikaan sopii %n jonotuslistan asiakas. Soita hänelle:</numerusform>
            <numerusform>Tähän aikaan sopii %n jonotuslistan asiakasta. Soita heille tässä järjestyksessä:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/calendar/waitlist_dialog.py" line="329"/>
        <source>Nobody on the waitlist fits this time.</source>
        <translation>Tähän aikaan ei sovi ketään jonotuslistalta.</translation>
    </message>
</context>
<context>
    <name>WaitlistBanner</name>
    <message>
        <location filename="../../ui/calendar/waitlist_banner.py" line="53"/>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/waitlist_banner.py" line="62"/>
        <source>&amp;Book into the freed time</source>
        <translation>&amp;Varaa vapautunut aika</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/waitlist_banner.py" line="64"/>
        <source>Book the chosen client into the freed time and mark their waitlist entry done</source>
        <translation>Varaa valittu asiakas vapautuneeseen aikaan ja merkitse jonotus hoidetuksi</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/waitlist_banner.py" line="66"/>
        <source>S&amp;how who is waiting…</source>
        <translation>&amp;Näytä jonottajat…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/waitlist_banner.py" line="80"/>
        <source>%n client(s) on the waitlist fit the freed time %1.</source>
        <translation>
            <numerusform>Vapautuneeseen aikaan %1 sopii %n jonotuslistan asiakas.</numerusform>
            <numerusform>Vapautuneeseen aikaan %1 sopii %n jonotuslistan asiakasta.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WaitlistDialog</name>
    <message>
        <location filename="../../ui/calendar/waitlist_dialog.py" line="233"/>
        <source>Waitlist</source>
        <translation>Jonotuslista</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/waitlist_dialog.py" line="240"/>
        <source>Nobody is waiting.</source>
        <translation>Jonotuslistalla ei ole ketään.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/waitlist_dialog.py" line="244"/>
        <source>&amp;Add…</source>
        <translation>&amp;Lisää…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/waitlist_dialog.py" line="246"/>
        <source>Mark &amp;done</source>
        <translation>Merkitse &amp;hoidetuksi</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/waitlist_dialog.py" line="248"/>
        <source>&amp;Remove</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/waitlist_dialog.py" line="254"/>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
</context>
<context>
    <name>WaitlistModel</name>
    <message>
        <location filename="../../ui/calendar/waitlist_dialog.py" line="50"/>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/waitlist_dialog.py" line="50"/>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/waitlist_dialog.py" line="51"/>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/waitlist_dialog.py" line="51"/>
        <source>Practitioner</source>
        <translation>Ammatinharjoittaja</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/waitlist_dialog.py" line="52"/>
        <source>Wants a time</source>
        <translation>Toivottu ajankohta</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/waitlist_dialog.py" line="52"/>
        <source>Note</source>
        <translation>Lisätieto</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/waitlist_dialog.py" line="63"/>
        <source>Anyone</source>
        <translation>Kuka tahansa</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../ui/calendar/walk_in_dialog.py" line="31"/>
        <source>Walk-in</source>
        <translation>Ilman ajanvarausta</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/walk_in_dialog.py" line="39"/>
        <source>&amp;Service</source>
        <translation>&amp;Palvelu</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/walk_in_dialog.py" line="42"/>
        <source>&amp;Practitioner</source>
        <translation>&amp;Ammatinharjoittaja</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/walk_in_dialog.py" line="44"/>
        <source>C&amp;lient</source>
        <translation>A&amp;siakas</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/walk_in_dialog.py" line="46"/>
        <source>&amp;Book now</source>
        <translation>&amp;Varaa nyt</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/walk_in_dialog.py" line="73"/>
        <source>Anyone free</source>
        <translation>Kuka tahansa vapaa</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="99"/>
        <source>Welcome to Vastaanotto</source>
        <translation>Tervetuloa Vastaanotto-ohjelmaan</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_wizard.py" line="102"/>
        <source>This computer has no practice yet. The next pages ask for the business details printed on invoices and in the privacy notice, the bank account for payments, and the owner&apos;s user account.

Nothing is saved until you press Finish on the last page.</source>
        <translation>Tällä tietokoneella ei ole vielä vastaanottoa. Seuraavilla sivuilla kysytään laskuihin ja tietosuojaselosteeseen tulostettavat yrityksen tiedot, pankkitili maksuja varten sekä omistajan käyttäjätili.

Mitään ei tallenneta ennen kuin painat viimeisellä sivulla Valmis.</translation>
    </message>
</context>
<context>
    <name>_Counted</name>
    <message numerus="yes">
        <location filename="../../ui/errors.py" line="464"/>
        <source>Too many failed attempts. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Liian monta epäonnistunutta yritystä. Yritä uudelleen %n minuutin kuluttua.</numerusform>
            <numerusform>Liian monta epäonnistunutta yritystä. Yritä uudelleen %n minuutin kuluttua.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../ui/actions.py" line="51"/>
        <source>&amp;Calendar</source>
        <translation>&amp;Kalenteri</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="53"/>
        <source>C&amp;lients</source>
        <translation>&amp;Asiakkaat</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="54"/>
        <source>&amp;Billing</source>
        <translation>&amp;Laskutus</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="55"/>
        <source>&amp;Messages</source>
        <translation>&amp;Viestit</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="57"/>
        <source>&amp;Privacy</source>
        <translation>Tieto&amp;suoja</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="59"/>
        <source>&amp;Administration</source>
        <translation>&amp;Ylläpito</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="61"/>
        <source>&amp;Today</source>
        <translation>&amp;Tänään</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="62"/>
        <source>&amp;New booking…</source>
        <translation>&amp;Uusi ajanvaraus…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="64"/>
        <source>&amp;Find client…</source>
        <translation>&amp;Etsi asiakas…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="66"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lukitse</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="67"/>
        <source>Log &amp;out</source>
        <translation>&amp;Kirjaudu ulos</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="68"/>
        <source>&amp;Quit</source>
        <translation>L&amp;opeta</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="69"/>
        <source>&amp;About Vastaanotto</source>
        <translation>&amp;Tietoja Vastaanotto-ohjelmasta</translation>
    </message>
</context>
<context>
    <name>admin</name>
    <message>
        <location filename="../../ui/admin/common.py" line="54"/>
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
    <name>audit_actions</name>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="24"/>
        <source>Account locked after failed sign-ins</source>
        <translation>Tili lukittu epäonnistuneiden kirjautumisten vuoksi</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="25"/>
        <source>Account unlocked</source>
        <translation>Tilin lukitus avattu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="26"/>
        <source>Client marked arrived</source>
        <translation>Asiakas merkitty saapuneeksi</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="27"/>
        <source>Appointment booked</source>
        <translation>Varaus tehty</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="28"/>
        <source>Appointment cancelled</source>
        <translation>Varaus peruttu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="29"/>
        <source>Visit completed</source>
        <translation>Käynti kirjattu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="30"/>
        <source>Appointment moved</source>
        <translation>Varaus siirretty</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="31"/>
        <source>Client did not come</source>
        <translation>Asiakas jäi tulematta</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="32"/>
        <source>Appointment length changed</source>
        <translation>Varauksen kestoa muutettu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="33"/>
        <source>Audit log chain verified</source>
        <translation>Tapahtumalokin ketju tarkistettu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="34"/>
        <source>Audit log viewed</source>
        <translation>Tapahtumalokia katseltu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="35"/>
        <source>Backup made</source>
        <translation>Varmuuskopio tehty</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="36"/>
        <source>Backup emergency kit printed</source>
        <translation>Varmuuskopion hätäohje tulostettu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="37"/>
        <source>Backup inspected</source>
        <translation>Varmuuskopio tarkasteltu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="38"/>
        <source>Backup keys created</source>
        <translation>Varmuuskopion avaimet luotu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="39"/>
        <source>Backup keys imported</source>
        <translation>Varmuuskopion avaimet tuotu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="40"/>
        <source>Backup restore started</source>
        <translation>Varmuuskopion palautus aloitettu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="41"/>
        <source>Backup restored</source>
        <translation>Varmuuskopio palautettu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="42"/>
        <source>Backup destination removed</source>
        <translation>Varmuuskopion kohde poistettu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="43"/>
        <source>Backup destination saved</source>
        <translation>Varmuuskopion kohde tallennettu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="44"/>
        <source>Backup destination tested</source>
        <translation>Varmuuskopion kohde testattu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="45"/>
        <source>Backup verified</source>
        <translation>Varmuuskopio tarkistettu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="46"/>
        <source>Bank statement imported</source>
        <translation>Tiliote tuotu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="47"/>
        <source>Bank statement previewed</source>
        <translation>Tiliotteen esikatselu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="48"/>
        <source>Calendar printed</source>
        <translation>Kalenteri tulostettu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="49"/>
        <source>Calendar viewed</source>
        <translation>Kalenteria katseltu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="50"/>
        <source>Client&apos;s appointments printed</source>
        <translation>Asiakkaan varaukset tulostettu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="51"/>
        <source>Client archived</source>
        <translation>Asiakas arkistoitu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="52"/>
        <source>Client&apos;s balance viewed</source>
        <translation>Asiakkaan saldoa katseltu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="53"/>
        <source>Client&apos;s consents viewed</source>
        <translation>Asiakkaan suostumuksia katseltu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="54"/>
        <source>Client added</source>
        <translation>Asiakas lisätty</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="55"/>
        <source>Duplicate clients checked</source>
        <translation>Päällekkäiset asiakkaat tarkistettu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="56"/>
        <source>Client&apos;s visit history viewed</source>
        <translation>Asiakkaan käyntihistoriaa katseltu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="57"/>
        <source>Duplicate clients merged</source>
        <translation>Päällekkäiset asiakkaat yhdistetty</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="58"/>
        <source>Clients searched</source>
        <translation>Asiakkaita haettu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="59"/>
        <source>Client restored from archive</source>
        <translation>Asiakas palautettu arkistosta</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="60"/>
        <source>Client details changed</source>
        <translation>Asiakastietoja muutettu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="61"/>
        <source>Client card viewed</source>
        <translation>Asiakaskorttia katseltu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="62"/>
        <source>Clients exported</source>
        <translation>Asiakkaat viety</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="63"/>
        <source>Client import checked</source>
        <translation>Asiakastuonti tarkistettu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="64"/>
        <source>Client import rejected</source>
        <translation>Asiakastuonti hylätty</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="65"/>
        <source>Clients imported</source>
        <translation>Asiakkaat tuotu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="66"/>
        <source>Consent recorded</source>
        <translation>Suostumus kirjattu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="68"/>
        <source>Objection to marketing recorded</source>
        <translation>Markkinointikielto kirjattu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="69"/>
        <source>Consent withdrawn</source>
        <translation>Suostumus peruttu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="70"/>
        <source>Database encrypted</source>
        <translation>Tietokanta salattu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="71"/>
        <source>Demo data generated</source>
        <translation>Esittelytiedot luotu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="72"/>
        <source>Personal identity code shown</source>
        <translation>Henkilötunnus näytetty</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="73"/>
        <source>Invoice balance viewed</source>
        <translation>Laskun saldoa katseltu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="74"/>
        <source>Invoice buyer viewed</source>
        <translation>Laskun ostajaa katseltu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="75"/>
        <source>Invoice drafted</source>
        <translation>Lasku laadittu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="76"/>
        <source>Invoice credited</source>
        <translation>Lasku hyvitetty</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="77"/>
        <source>Draft invoice deleted</source>
        <translation>Laskuluonnos poistettu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="78"/>
        <source>Invoice exported</source>
        <translation>Lasku viety</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="79"/>
        <source>Invoice issued</source>
        <translation>Lasku lähetetty</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="80"/>
        <source>Invoice list viewed</source>
        <translation>Laskulistaa katseltu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="81"/>
        <source>Overdue invoices listed</source>
        <translation>Erääntyneet laskut listattu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="82"/>
        <source>Invoice printed</source>
        <translation>Lasku tulostettu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="83"/>
        <source>Payment reminder made</source>
        <translation>Maksumuistutus laadittu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="84"/>
        <source>Payment reminder printed</source>
        <translation>Maksumuistutus tulostettu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="85"/>
        <source>Payment reminder viewed</source>
        <translation>Maksumuistutusta katseltu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="86"/>
        <source>Invoice sent</source>
        <translation>Lasku lähetetty asiakkaalle</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="87"/>
        <source>Invoice changed</source>
        <translation>Laskua muutettu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="88"/>
        <source>Invoice viewed</source>
        <translation>Laskua katseltu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="89"/>
        <source>Visits to invoice listed</source>
        <translation>Laskutettavat käynnit listattu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="90"/>
        <source>Sign-in failed</source>
        <translation>Kirjautuminen epäonnistui</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="91"/>
        <source>Sign-in refused: account locked</source>
        <translation>Kirjautuminen estetty: tili lukittu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="92"/>
        <source>Signed in</source>
        <translation>Kirjautui sisään</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="93"/>
        <source>Signed out</source>
        <translation>Kirjautui ulos</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="94"/>
        <source>Marketing message previewed</source>
        <translation>Markkinointiviestin esikatselu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="95"/>
        <source>Marketing messages queued</source>
        <translation>Markkinointiviestit asetettu jonoon</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="96"/>
        <source>Message cancelled</source>
        <translation>Viesti peruttu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="97"/>
        <source>Failed message dismissed</source>
        <translation>Epäonnistunut viesti kuitattu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="98"/>
        <source>Message failed</source>
        <translation>Viestin lähetys epäonnistui</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="99"/>
        <source>Message outcome unknown</source>
        <translation>Viestin lähetyksen tulos tuntematon</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="100"/>
        <source>Message queued</source>
        <translation>Viesti asetettu jonoon</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="101"/>
        <source>Message retried</source>
        <translation>Viesti yritetty uudelleen</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="102"/>
        <source>Message retry scheduled</source>
        <translation>Viestin uusi yritys ajastettu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="103"/>
        <source>Message sent</source>
        <translation>Viesti lähetetty</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="104"/>
        <source>Test message sent</source>
        <translation>Testiviesti lähetetty</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="105"/>
        <source>Message template previewed</source>
        <translation>Viestipohjan esikatselu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="106"/>
        <source>Message template saved</source>
        <translation>Viestipohja tallennettu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="107"/>
        <source>Message log viewed</source>
        <translation>Viestilokia katseltu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="108"/>
        <source>Message settings changed</source>
        <translation>Viestiasetuksia muutettu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="109"/>
        <source>Treatment note corrected</source>
        <translation>Hoitotietoa korjattu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="110"/>
        <source>Treatment notes read</source>
        <translation>Hoitotietoja luettu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="111"/>
        <source>Treatment note written</source>
        <translation>Hoitotieto kirjoitettu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="112"/>
        <source>Opening hours changed</source>
        <translation>Aukioloaikoja muutettu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="113"/>
        <source>Password change failed</source>
        <translation>Salasanan vaihto epäonnistui</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="114"/>
        <source>Password changed</source>
        <translation>Salasana vaihdettu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="115"/>
        <source>Bank payment recorded</source>
        <translation>Tilisiirtomaksu kirjattu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="116"/>
        <source>Payments listed</source>
        <translation>Maksut listattu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="117"/>
        <source>Payment previewed</source>
        <translation>Maksun esikatselu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="118"/>
        <source>Payment refunded</source>
        <translation>Maksu palautettu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="119"/>
        <source>Payment taken</source>
        <translation>Maksu vastaanotettu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="120"/>
        <source>Refused: no permission</source>
        <translation>Estetty: ei oikeutta</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="121"/>
        <source>Business set up</source>
        <translation>Yritys otettu käyttöön</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="122"/>
        <source>Business details changed</source>
        <translation>Yrityksen tietoja muutettu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="124"/>
        <source>Client&apos;s data exported (access request)</source>
        <translation>Asiakkaan tiedot viety (tarkastuspyyntö)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="125"/>
        <source>Access report produced</source>
        <translation>Lokiselvitys laadittu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="126"/>
        <source>Client&apos;s data erased</source>
        <translation>Asiakkaan tiedot poistettu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="127"/>
        <source>Erasure planned</source>
        <translation>Poisto suunniteltu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="128"/>
        <source>Privacy notice produced</source>
        <translation>Tietosuojaseloste laadittu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="129"/>
        <source>Erasure outcome printed</source>
        <translation>Poiston lopputulos tulostettu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="130"/>
        <source>Privacy request recorded</source>
        <translation>Tietosuojapyyntö kirjattu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="131"/>
        <source>Privacy request updated</source>
        <translation>Tietosuojapyyntöä päivitetty</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="132"/>
        <source>Privacy requests viewed</source>
        <translation>Tietosuojapyyntöjä katseltu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="133"/>
        <source>Old client data anonymised</source>
        <translation>Vanhat asiakastiedot anonymisoitu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="134"/>
        <source>Clients past retention listed</source>
        <translation>Säilytysajan ylittäneet asiakkaat listattu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="135"/>
        <source>Retention clean-up run</source>
        <translation>Säilytysajan siivous ajettu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="136"/>
        <source>Receipt printed</source>
        <translation>Kuitti tulostettu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="137"/>
        <source>Refund receipt printed</source>
        <translation>Palautuskuitti tulostettu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="138"/>
        <source>Report viewed</source>
        <translation>Raporttia katseltu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="139"/>
        <source>Room added</source>
        <translation>Huone lisätty</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="140"/>
        <source>Room changed</source>
        <translation>Huonetta muutettu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="141"/>
        <source>Recurring appointments cancelled</source>
        <translation>Toistuvat varaukset peruttu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="142"/>
        <source>Recurring appointments booked</source>
        <translation>Toistuvat varaukset tehty</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="143"/>
        <source>Recurring appointments moved</source>
        <translation>Toistuvat varaukset siirretty</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="144"/>
        <source>Service activated</source>
        <translation>Palvelu otettu käyttöön</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="145"/>
        <source>Service added</source>
        <translation>Palvelu lisätty</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="146"/>
        <source>Service deactivated</source>
        <translation>Palvelu poistettu käytöstä</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="147"/>
        <source>Service changed</source>
        <translation>Palvelua muutettu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="148"/>
        <source>Screen locked</source>
        <translation>Näyttö lukittu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="149"/>
        <source>Screen unlocked</source>
        <translation>Näytön lukitus avattu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="150"/>
        <source>Setting changed</source>
        <translation>Asetusta muutettu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="151"/>
        <source>Staff member activated</source>
        <translation>Työntekijä otettu käyttöön</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="152"/>
        <source>Staff member added</source>
        <translation>Työntekijä lisätty</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="153"/>
        <source>Staff member deactivated</source>
        <translation>Työntekijä poistettu käytöstä</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="154"/>
        <source>Staff member&apos;s password reset</source>
        <translation>Työntekijän salasana nollattu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="155"/>
        <source>Staff member changed</source>
        <translation>Työntekijän tietoja muutettu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="156"/>
        <source>Added to the waiting list</source>
        <translation>Lisätty jonoon</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="157"/>
        <source>Waiting list matched to free times</source>
        <translation>Jonoa verrattu vapaisiin aikoihin</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="158"/>
        <source>Removed from the waiting list</source>
        <translation>Poistettu jonosta</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="159"/>
        <source>Waiting list entry resolved</source>
        <translation>Jonotus hoidettu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="160"/>
        <source>Waiting list viewed</source>
        <translation>Jonoa katseltu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="177"/>
        <source>All events whose code starts with %1</source>
        <translation>Kaikki tapahtumat, joiden koodi alkaa %1</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/action_names.py" line="182"/>
        <source>All actions</source>
        <translation>Kaikki toiminnot</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <location filename="../../ui/backup/models.py" line="22"/>
        <source>Folder or disk</source>
        <translation>Kansio tai levy</translation>
    </message>
    <message>
        <location filename="../../ui/backup/models.py" line="23"/>
        <source>SFTP server</source>
        <translation>SFTP-palvelin</translation>
    </message>
    <message>
        <location filename="../../ui/backup/models.py" line="24"/>
        <source>WebDAV (Nextcloud)</source>
        <translation>WebDAV (Nextcloud)</translation>
    </message>
    <message>
        <location filename="../../ui/backup/models.py" line="51"/>
        <source>Verified</source>
        <translation>Tarkistettu</translation>
    </message>
    <message>
        <location filename="../../ui/backup/models.py" line="52"/>
        <source>Running</source>
        <translation>Käynnissä</translation>
    </message>
    <message>
        <location filename="../../ui/backup/models.py" line="53"/>
        <source>Failed</source>
        <translation>Epäonnistui</translation>
    </message>
    <message>
        <location filename="../../ui/backup/models.py" line="54"/>
        <source>Removed by retention</source>
        <translation>Poistettu säilytysajan päätyttyä</translation>
    </message>
    <message>
        <location filename="../../ui/backup/models.py" line="55"/>
        <source>Not made here</source>
        <translation>Ei tehty tällä tietokoneella</translation>
    </message>
    <message>
        <location filename="../../ui/backup/models.py" line="68"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../ui/backup/models.py" line="69"/>
        <source>Type</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <location filename="../../ui/backup/models.py" line="70"/>
        <source>Where</source>
        <translation>Sijainti</translation>
    </message>
    <message>
        <location filename="../../ui/backup/models.py" line="71"/>
        <source>Last backup</source>
        <translation>Viimeisin varmuuskopio</translation>
    </message>
    <message>
        <location filename="../../ui/backup/models.py" line="72"/>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../ui/backup/models.py" line="83"/>
        <source>Never</source>
        <translation>Ei koskaan</translation>
    </message>
    <message>
        <location filename="../../ui/backup/models.py" line="85"/>
        <source>Off</source>
        <translation>Ei käytössä</translation>
    </message>
    <message>
        <location filename="../../ui/backup/models.py" line="87"/>
        <source>Last run failed</source>
        <translation>Viimeisin ajo epäonnistui</translation>
    </message>
    <message>
        <location filename="../../ui/backup/models.py" line="88"/>
        <source>On</source>
        <translation>Käytössä</translation>
    </message>
    <message>
        <location filename="../../ui/backup/models.py" line="103"/>
        <source>Made</source>
        <translation>Luotu</translation>
    </message>
    <message>
        <location filename="../../ui/backup/models.py" line="104"/>
        <source>No.</source>
        <translation>Nro</translation>
    </message>
    <message>
        <location filename="../../ui/backup/models.py" line="105"/>
        <source>Size</source>
        <translation>Koko</translation>
    </message>
    <message>
        <location filename="../../ui/backup/models.py" line="106"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
</context>
<context>
    <name>billing</name>
    <message>
        <location filename="../../ui/billing/models.py" line="26"/>
        <source>Draft</source>
        <translation>Luonnos</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="27"/>
        <source>Issued</source>
        <translation>Vahvistettu</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="28"/>
        <location filename="../../ui/billing/models.py" line="64"/>
        <source>Paid</source>
        <translation>Maksettu</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="29"/>
        <source>Overdue</source>
        <translation>Erääntynyt</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="30"/>
        <source>Credited</source>
        <translation>Hyvitetty</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="31"/>
        <source>Unpaid</source>
        <translation>Maksamaton</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="32"/>
        <source>All</source>
        <translation>Kaikki</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="36"/>
        <source>Cash</source>
        <translation>Käteinen</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="37"/>
        <source>Card</source>
        <translation>Kortti</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="38"/>
        <source>MobilePay</source>
        <translation>MobilePay</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="39"/>
        <source>Gift card</source>
        <translation>Lahjakortti</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="40"/>
        <source>Bank transfer</source>
        <translation>Tilisiirto</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="42"/>
        <source>Cash rounding</source>
        <translation>Käteispyöristys</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="46"/>
        <source>Payment method</source>
        <translation>Maksutapa</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="47"/>
        <source>Received by</source>
        <translation>Vastaanottaja</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="48"/>
        <source>Count</source>
        <translation>Lukumäärä</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="49"/>
        <source>Refunds</source>
        <translation>Palautukset</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="50"/>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="51"/>
        <source>Month</source>
        <translation>Kuukausi</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="52"/>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="53"/>
        <source>Practitioner</source>
        <translation>Ammatinharjoittaja</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="54"/>
        <source>Excl. VAT</source>
        <translation>Veroton</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="55"/>
        <source>VAT</source>
        <translation>ALV</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="56"/>
        <source>Incl. VAT</source>
        <translation>Verollinen</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="57"/>
        <source>VAT rate</source>
        <translation>ALV-kanta</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="58"/>
        <source>Exemption basis</source>
        <translation>Verottomuuden peruste</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="59"/>
        <location filename="../../ui/billing/models.py" line="108"/>
        <location filename="../../ui/billing/models.py" line="159"/>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="60"/>
        <location filename="../../ui/billing/models.py" line="109"/>
        <location filename="../../ui/billing/models.py" line="159"/>
        <source>Buyer</source>
        <translation>Ostaja</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="61"/>
        <source>Invoice date</source>
        <translation>Laskun päivämäärä</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="62"/>
        <location filename="../../ui/billing/models.py" line="111"/>
        <location filename="../../ui/billing/models.py" line="160"/>
        <source>Due date</source>
        <translation>Eräpäivä</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="63"/>
        <location filename="../../ui/billing/models.py" line="109"/>
        <location filename="../../ui/billing/models.py" line="218"/>
        <location filename="../../ui/billing/reports_page.py" line="169"/>
        <source>Total</source>
        <translation>Yhteensä</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="65"/>
        <location filename="../../ui/billing/models.py" line="110"/>
        <location filename="../../ui/billing/models.py" line="162"/>
        <source>Balance</source>
        <translation>Avoin summa</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="66"/>
        <location filename="../../ui/billing/models.py" line="161"/>
        <source>Days overdue</source>
        <translation>Päiviä myöhässä</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="86"/>
        <source>(no visit)</source>
        <translation>(ei käyntiä)</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="108"/>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="112"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="130"/>
        <source>Credit note</source>
        <translation>Hyvityslasku</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="132"/>
        <source>reminded %1×</source>
        <translation>muistutettu %1×</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="163"/>
        <source>Reminders</source>
        <translation>Muistutukset</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="164"/>
        <source>Reminder fee</source>
        <translation>Muistutusmaksu</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="165"/>
        <source>Next reminder</source>
        <translation>Seuraava muistutus</translation>
    </message>
    <message>
        <location filename="../../ui/billing/models.py" line="174"/>
        <source>now</source>
        <translation>nyt</translation>
    </message>
    <message>
        <location filename="../../ui/billing/printing.py" line="32"/>
        <source>Print</source>
        <translation>Tulosta</translation>
    </message>
    <message>
        <location filename="../../ui/billing/printing.py" line="87"/>
        <source>Save PDF</source>
        <translation>Tallenna PDF</translation>
    </message>
    <message>
        <location filename="../../ui/billing/printing.py" line="88"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-asiakirjat (*.pdf)</translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <location filename="../../ui/calendar/overview_view.py" line="48"/>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/overview_view.py" line="49"/>
        <source>Practitioner</source>
        <translation>Ammatinharjoittaja</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/overview_view.py" line="50"/>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/overview_view.py" line="51"/>
        <source>Room</source>
        <translation>Huone</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/overview_view.py" line="52"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/month_view.py" line="25"/>
        <source>Mon</source>
        <translation>ma</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/month_view.py" line="25"/>
        <source>Tue</source>
        <translation>ti</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/month_view.py" line="26"/>
        <source>Wed</source>
        <translation>ke</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/month_view.py" line="26"/>
        <source>Thu</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/month_view.py" line="27"/>
        <source>Fri</source>
        <translation>pe</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/month_view.py" line="27"/>
        <source>Sat</source>
        <translation>la</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/month_view.py" line="28"/>
        <source>Sun</source>
        <translation>su</translation>
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
        <location filename="../../ui/clients/models.py" line="42"/>
        <source>When</source>
        <translation>Aika</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="43"/>
        <source>Consent</source>
        <translation>Suostumus</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="44"/>
        <location filename="../../ui/clients/models.py" line="199"/>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="45"/>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="46"/>
        <source>Recorded by</source>
        <translation>Kirjaaja</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="55"/>
        <source>Given</source>
        <translation>Annettu</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="56"/>
        <source>Withdrawn</source>
        <translation>Peruutettu</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="77"/>
        <source>Written</source>
        <translation>Kirjoitettu</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="78"/>
        <source>Author</source>
        <translation>Kirjoittaja</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="79"/>
        <source>Version</source>
        <translation>Versio</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="80"/>
        <source>Stored because</source>
        <translation>Tallennusperuste</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="81"/>
        <source>Note</source>
        <translation>Merkintä</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="91"/>
        <source>%1 (replaced)</source>
        <translation>%1 (korvattu)</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="96"/>
        <source>client accepted</source>
        <translation>asiakas hyväksynyt</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="98"/>
        <source>Kanta</source>
        <translation>Kanta</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="107"/>
        <source>Credit note</source>
        <translation>Hyvityslasku</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="109"/>
        <source>Draft</source>
        <translation>Luonnos</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="111"/>
        <source>Credited</source>
        <translation>Hyvitetty</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="113"/>
        <source>Overpaid</source>
        <translation>Liikaa maksettu</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="115"/>
        <source>Paid</source>
        <translation>Maksettu</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="117"/>
        <source>Overdue</source>
        <translation>Erääntynyt</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="118"/>
        <source>Open</source>
        <comment>invoice state: not yet paid</comment>
        <translation>Avoin</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="122"/>
        <source>Cash</source>
        <translation>Käteinen</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="123"/>
        <source>Card</source>
        <translation>Kortti</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="124"/>
        <source>MobilePay</source>
        <translation>MobilePay</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="125"/>
        <source>Gift card</source>
        <translation>Lahjakortti</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="126"/>
        <source>Bank transfer</source>
        <translation>Tilisiirto</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="138"/>
        <location filename="../../ui/clients/models.py" line="166"/>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="139"/>
        <location filename="../../ui/clients/models.py" line="167"/>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="140"/>
        <location filename="../../ui/clients/models.py" line="168"/>
        <source>Practitioner</source>
        <translation>Ammatinharjoittaja</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="141"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="154"/>
        <source>%1, late</source>
        <translation>%1, myöhään</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="194"/>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="195"/>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="196"/>
        <source>Due</source>
        <translation>Eräpäivä</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="197"/>
        <source>Total</source>
        <translation>Yhteensä</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="198"/>
        <source>Open</source>
        <comment>column: amount still unpaid</comment>
        <translation>Avoinna</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="227"/>
        <source>Received</source>
        <translation>Vastaanotettu</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="228"/>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="229"/>
        <source>Method</source>
        <translation>Maksutapa</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="230"/>
        <source>Invoice</source>
        <translation>Lasku</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="240"/>
        <source>Cash rounding</source>
        <translation>Käteispyöristys</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="306"/>
        <source>Same phone or email as row %1.</source>
        <translation>Sama puhelin tai sähköposti kuin rivillä %1.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="310"/>
        <source>A client with the same phone or email is already in the register; merge them after the import if they are the same person.</source>
        <translation>Rekisterissä on jo asiakas, jolla on sama puhelin tai sähköposti; yhdistä asiakkaat tuonnin jälkeen, jos he ovat sama henkilö.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="327"/>
        <source>Row</source>
        <translation>Rivi</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="328"/>
        <source>Problem</source>
        <translation>Ongelma</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="329"/>
        <source>Field</source>
        <translation>Kenttä</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="330"/>
        <source>Message</source>
        <translation>Viesti</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="337"/>
        <source>Error</source>
        <translation>Virhe</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="337"/>
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
    <name>dialog</name>
    <message>
        <location filename="../../ui/billing/payment_dialog.py" line="61"/>
        <source>Gift card code</source>
        <translation>Lahjakortin koodi</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payment_dialog.py" line="65"/>
        <source>Remove this payment method</source>
        <translation>Poista tämä maksutapa</translation>
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
        <location filename="../../ui/errors.py" line="131"/>
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
        <location filename="../../ui/errors.py" line="94"/>
        <source>E-invoice address</source>
        <translation>Verkkolaskuosoite</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="59"/>
        <location filename="../../ui/errors.py" line="95"/>
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
        <location filename="../../ui/errors.py" line="254"/>
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
        <location filename="../../ui/errors.py" line="142"/>
        <source>This field is required.</source>
        <translation>Tämä kenttä on pakollinen.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="143"/>
        <source>Too long: at most %1 characters.</source>
        <translation>Liian pitkä: enintään %1 merkkiä.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="144"/>
        <source>Contains characters that are not allowed.</source>
        <translation>Sisältää merkkejä, jotka eivät ole sallittuja.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="145"/>
        <source>Not a valid Finnish business ID (Y-tunnus), e.g. 1234567-1.</source>
        <translation>Virheellinen Y-tunnus, esim. 1234567-1.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="146"/>
        <source>Not a valid IBAN. Check the account number.</source>
        <translation>Virheellinen IBAN. Tarkista tilinumero.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="147"/>
        <source>The account must be a Finnish IBAN (starting with FI).</source>
        <translation>Tilin on oltava suomalainen IBAN-tilinumero (alkaa kirjaimilla FI).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="148"/>
        <source>Not a valid BIC code.</source>
        <translation>Virheellinen BIC-koodi.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="149"/>
        <source>Not a valid personal identity code.</source>
        <translation>Virheellinen henkilötunnus.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="150"/>
        <source>Not a valid phone number, e.g. 040 123 4567.</source>
        <translation>Virheellinen puhelinnumero, esim. 040 123 4567.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="151"/>
        <source>Not a valid email address.</source>
        <translation>Virheellinen sähköpostiosoite.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="152"/>
        <source>A Finnish postal code has five digits, e.g. 00100.</source>
        <translation>Suomalaisessa postinumerossa on viisi numeroa, esim. 00100.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="153"/>
        <source>Not a valid amount of money, e.g. 49,90.</source>
        <translation>Virheellinen rahamäärä, esim. 49,90.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="154"/>
        <source>The amount cannot be negative.</source>
        <translation>Summa ei voi olla negatiivinen.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="155"/>
        <source>The amount is too large.</source>
        <translation>Summa on liian suuri.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="156"/>
        <source>The duration must be between 1 minute and 24 hours.</source>
        <translation>Keston on oltava 1 minuutin ja 24 tunnin välillä.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="157"/>
        <source>The amount is too small.</source>
        <translation>Summa on liian pieni.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="158"/>
        <source>The amount must be between 0 and 999 999,99 €.</source>
        <translation>Summan on oltava 0–999 999,99 €.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="159"/>
        <source>Not a valid reference number.</source>
        <translation>Virheellinen viitenumero.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="160"/>
        <source>A reference base has 3–19 digits.</source>
        <translation>Viitenumeron perusosassa on 3–19 numeroa.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="161"/>
        <source>Not a valid due date.</source>
        <translation>Virheellinen eräpäivä.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="162"/>
        <source>Not a valid date, e.g. 21.11.2026.</source>
        <translation>Virheellinen päivämäärä, esim. 21.11.2026.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="163"/>
        <source>The birth date cannot be in the future or before 1880.</source>
        <translation>Syntymäaika ei voi olla tulevaisuudessa eikä ennen vuotta 1880.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="164"/>
        <source>The personal identity code does not match the birth date.</source>
        <translation>Henkilötunnus ei vastaa syntymäaikaa.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="166"/>
        <source>The birth year does not match the birth date.</source>
        <translation>Syntymävuosi ei vastaa syntymäaikaa.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="167"/>
        <source>A buffer must be 0–%1 minutes.</source>
        <translation>Puskuriajan on oltava 0–%1 minuuttia.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="169"/>
        <source>The password must have at least 8 characters.</source>
        <translation>Salasanassa on oltava vähintään 8 merkkiä.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="170"/>
        <source>The password is too long.</source>
        <translation>Salasana on liian pitkä.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="171"/>
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
        <location filename="../../ui/errors.py" line="69"/>
        <source>Subject</source>
        <translation>Aihe</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="70"/>
        <source>Message</source>
        <translation>Viesti</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="71"/>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="72"/>
        <source>Test address</source>
        <translation>Testiosoite</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="73"/>
        <source>Test number</source>
        <translation>Testinumero</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="74"/>
        <source>Mail server</source>
        <translation>Sähköpostipalvelin</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="75"/>
        <location filename="../../ui/errors.py" line="126"/>
        <source>Port</source>
        <translation>Portti</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="76"/>
        <source>Sender address</source>
        <translation>Lähettäjän osoite</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="77"/>
        <source>Sender name</source>
        <translation>Lähettäjän nimi</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="78"/>
        <source>Gateway address</source>
        <translation>Tekstiviestipalvelun osoite</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="79"/>
        <source>API user name</source>
        <translation>API-käyttäjätunnus</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="80"/>
        <source>SMS sender ID</source>
        <translation>Tekstiviestin lähettäjätunnus</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="81"/>
        <source>Reminder before</source>
        <translation>Muistutus ennen varausta</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="82"/>
        <source>Quiet hours start</source>
        <translation>Hiljaisen ajan alku</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="83"/>
        <source>Quiet hours end</source>
        <translation>Hiljaisen ajan loppu</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="84"/>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="85"/>
        <source>Quantity</source>
        <translation>Määrä</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="86"/>
        <source>Unit price</source>
        <translation>Yksikköhinta</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="87"/>
        <source>Discount</source>
        <translation>Alennus</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="88"/>
        <source>Buyer</source>
        <translation>Ostaja</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="89"/>
        <source>Buyer&apos;s name</source>
        <translation>Ostajan nimi</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="90"/>
        <source>Buyer&apos;s business ID</source>
        <translation>Ostajan Y-tunnus</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="91"/>
        <source>Buyer&apos;s street address</source>
        <translation>Ostajan katuosoite</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="92"/>
        <source>Buyer&apos;s postal code</source>
        <translation>Ostajan postinumero</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="93"/>
        <source>Buyer&apos;s city</source>
        <translation>Ostajan postitoimipaikka</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="96"/>
        <source>Due date</source>
        <translation>Eräpäivä</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="97"/>
        <source>Invoice total</source>
        <translation>Laskun loppusumma</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="98"/>
        <source>Invoice lines</source>
        <translation>Laskurivit</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="99"/>
        <source>Visits</source>
        <translation>Käynnit</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="100"/>
        <source>Invoices</source>
        <translation>Laskut</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="101"/>
        <source>End of the period</source>
        <translation>Jakson loppu</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="102"/>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="103"/>
        <source>Payment method</source>
        <translation>Maksutapa</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="104"/>
        <source>Gift card code</source>
        <translation>Lahjakortin koodi</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="105"/>
        <source>Payment</source>
        <translation>Maksu</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="106"/>
        <source>Cash given</source>
        <translation>Saatu käteinen</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="107"/>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="109"/>
        <source>Repeat every</source>
        <translation>Toistoväli</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="110"/>
        <source>Number of times</source>
        <translation>Kertojen määrä</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="111"/>
        <source>Until</source>
        <translation>Päättymispäivä</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="112"/>
        <source>Dates</source>
        <translation>Päivämäärät</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="113"/>
        <source>Earliest</source>
        <translation>Aikaisintaan</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="114"/>
        <source>Latest</source>
        <translation>Viimeistään</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="115"/>
        <source>Note</source>
        <translation>Merkintä</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="116"/>
        <source>Reason for booking anyway</source>
        <translation>Syy varata aika silti</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="117"/>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="118"/>
        <source>End</source>
        <translation>Päättymisaika</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="119"/>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="120"/>
        <source>Practitioner</source>
        <translation>Ammatinharjoittaja</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="121"/>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="122"/>
        <source>Room</source>
        <translation>Huone</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="123"/>
        <source>Day</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="124"/>
        <source>Folder</source>
        <translation>Kansio</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="125"/>
        <source>Server</source>
        <translation>Palvelin</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="127"/>
        <source>Folder on the server</source>
        <translation>Kansio palvelimella</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="128"/>
        <source>Address (URL)</source>
        <translation>Osoite (URL)</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="129"/>
        <source>Key file</source>
        <translation>Avaintiedosto</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="130"/>
        <source>Sign-in method</source>
        <translation>Kirjautumistapa</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="132"/>
        <source>Recovery key</source>
        <translation>Palautusavain</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="133"/>
        <source>Location</source>
        <translation>Sijainti</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="172"/>
        <source>Use 2–64 lowercase letters a–z, digits, dots, dashes or underscores.</source>
        <translation>Käytä 2–64 pientä kirjainta a–z, numeroita, pisteitä, väliviivoja tai alaviivoja.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="174"/>
        <source>This user name is already in use.</source>
        <translation>Käyttäjätunnus on jo käytössä.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="175"/>
        <source>This name is already in use.</source>
        <translation>Nimi on jo käytössä.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="176"/>
        <source>Choose a colour.</source>
        <translation>Valitse väri.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="177"/>
        <source>Choose practitioners only.</source>
        <translation>Valitse vain ammatinharjoittajia.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="178"/>
        <source>Opening time must be before closing time.</source>
        <translation>Avautumisajan on oltava ennen sulkeutumisaikaa.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="179"/>
        <source>Opening hours of the same day overlap.</source>
        <translation>Saman päivän aukioloajat menevät päällekkäin.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="180"/>
        <source>Invalid weekday.</source>
        <translation>Virheellinen viikonpäivä.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="181"/>
        <source>Enter a number.</source>
        <translation>Anna luku.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="182"/>
        <source>The value is too small.</source>
        <translation>Arvo on liian pieni.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="183"/>
        <source>The value is too large.</source>
        <translation>Arvo on liian suuri.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="184"/>
        <source>Choose one of the options.</source>
        <translation>Valitse jokin vaihtoehdoista.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="185"/>
        <source>No VAT rate is defined for this date.</source>
        <translation>Tälle päivälle ei ole määritetty ALV-kantaa.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="186"/>
        <source>The quantity cannot be negative on an invoice.</source>
        <translation>Laskulla määrä ei voi olla negatiivinen.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="187"/>
        <source>The quantity cannot be zero.</source>
        <translation>Määrä ei voi olla nolla.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="188"/>
        <source>The invoice has no lines.</source>
        <translation>Laskulla ei ole rivejä.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="189"/>
        <source>The due date cannot be before the invoice date.</source>
        <translation>Eräpäivä ei voi olla ennen laskun päivämäärää.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="190"/>
        <source>One invoice can only contain visits of the same client.</source>
        <translation>Samalla laskulla voi olla vain saman asiakkaan käyntejä.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="192"/>
        <source>The visit has no service to invoice.</source>
        <translation>Käynnillä ei ole laskutettavaa palvelua.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="193"/>
        <source>The invoice line no longer exists.</source>
        <translation>Laskuriviä ei ole enää olemassa.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="194"/>
        <source>The invoice has been issued and cannot be changed. Make a credit note.</source>
        <translation>Lasku on jo vahvistettu, eikä sitä voi muuttaa. Tee hyvityslasku.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="196"/>
        <source>The invoice has not been issued yet.</source>
        <translation>Laskua ei ole vielä vahvistettu.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="197"/>
        <source>This invoice cannot be credited.</source>
        <translation>Tätä laskua ei voi hyvittää.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="198"/>
        <source>The invoice has already been credited.</source>
        <translation>Lasku on jo hyvitetty.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="199"/>
        <source>The credit is larger than what is left of the line.</source>
        <translation>Hyvitys on suurempi kuin rivillä jäljellä oleva summa.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="201"/>
        <source>The visit is already on an invoice.</source>
        <translation>Käynti on jo laskutettu.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="202"/>
        <source>Too early for a reminder: 14 days must pass after the due date and after the previous reminder.</source>
        <translation>Liian aikaista muistuttaa: eräpäivästä ja edellisestä muistutuksesta on kuluttava 14 päivää.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="205"/>
        <source>The invoice is paid, credited or not issued: nothing to remind of.</source>
        <translation>Lasku on maksettu, hyvitetty tai vahvistamatta: muistutettavaa ei ole.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="207"/>
        <source>The invoice has no reminders.</source>
        <translation>Laskulla ei ole maksumuistutuksia.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="208"/>
        <source>The end of the period is before its start.</source>
        <translation>Jakson loppu on ennen sen alkua.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="209"/>
        <source>The period is too long.</source>
        <translation>Jakso on liian pitkä.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="210"/>
        <source>The fonts for PDF documents are missing. Reinstall the program.</source>
        <translation>PDF-asiakirjojen fontit puuttuvat. Asenna ohjelma uudelleen.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="212"/>
        <source>The practitioner already has a booking then.</source>
        <translation>Ammatinharjoittajalla on jo varaus tähän aikaan.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="213"/>
        <source>The room is already booked then.</source>
        <translation>Huone on jo varattu tähän aikaan.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="214"/>
        <source>The client already has a booking then.</source>
        <translation>Asiakkaalla on jo varaus tähän aikaan.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="215"/>
        <source>The practitioner is absent then.</source>
        <translation>Ammatinharjoittaja on poissa tähän aikaan.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="216"/>
        <source>The practice is closed on this public holiday.</source>
        <translation>Vastaanotto on suljettu tänä juhlapyhänä.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="217"/>
        <source>The practice is closed on this day.</source>
        <translation>Vastaanotto on suljettu tänä päivänä.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="218"/>
        <source>The time is outside the opening hours.</source>
        <translation>Aika on aukioloaikojen ulkopuolella.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="219"/>
        <source>The time is outside the practitioner&apos;s working hours.</source>
        <translation>Aika on ammatinharjoittajan työajan ulkopuolella.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="221"/>
        <source>The appointment&apos;s status cannot be changed this way.</source>
        <translation>Ajanvarauksen tilaa ei voi muuttaa näin.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="223"/>
        <source>No free time was found.</source>
        <translation>Vapaita aikoja ei löytynyt.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="225"/>
        <source>Must be between %1 and %2.</source>
        <translation>Arvon on oltava %1–%2.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="227"/>
        <source>Give either the last date or the number of times.</source>
        <translation>Anna joko päättymispäivä tai kertojen määrä.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="229"/>
        <source>The last date must be after the first appointment.</source>
        <translation>Päättymispäivän on oltava ensimmäisen varauksen jälkeen.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="231"/>
        <source>A series can span at most two years.</source>
        <translation>Toistuva varaus voi kestää enintään kaksi vuotta.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="232"/>
        <source>The series would have only one appointment. Choose a later date.</source>
        <translation>Toistuvaan varaukseen tulisi vain yksi aika. Valitse myöhäisempi päivä.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="234"/>
        <source>A series can have at most %1 appointments.</source>
        <translation>Toistuvassa varauksessa voi olla enintään %1 aikaa.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="237"/>
        <source>The appointment is not part of a series.</source>
        <translation>Aika ei kuulu toistuvaan varaukseen.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="238"/>
        <source>The appointment is already part of a series.</source>
        <translation>Aika kuuluu jo toistuvaan varaukseen.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="239"/>
        <source>Every date is skipped: nothing to book.</source>
        <translation>Kaikki päivät on ohitettu: varattavaa ei ole.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="240"/>
        <source>The time has already passed.</source>
        <translation>Aika on jo mennyt.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="241"/>
        <source>The end must be after the start.</source>
        <translation>Päättymisajan on oltava alkamisajan jälkeen.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="242"/>
        <source>The time range is too long.</source>
        <translation>Aikaväli on liian pitkä.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="243"/>
        <source>The time has no time zone.</source>
        <translation>Ajalta puuttuu aikavyöhyke.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="244"/>
        <source>The service is no longer offered.</source>
        <translation>Palvelua ei enää tarjota.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="245"/>
        <source>The practitioner does not give this service.</source>
        <translation>Ammatinharjoittaja ei tarjoa tätä palvelua.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="247"/>
        <source>The practitioner is no longer active.</source>
        <translation>Ammatinharjoittaja ei ole enää aktiivinen.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="248"/>
        <source>The client&apos;s card is archived or merged.</source>
        <translation>Asiakkaan kortti on arkistoitu tai yhdistetty toiseen korttiin.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="249"/>
        <source>The service needs a room.</source>
        <translation>Palvelu vaatii huoneen.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="250"/>
        <source>An appointment can last at most 24 hours.</source>
        <translation>Varaus voi kestää enintään 24 tuntia.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="251"/>
        <source>This time does not exist: the clocks move forward then.</source>
        <translation>Tätä kellonaikaa ei ole: kelloja siirretään silloin tunnilla eteenpäin.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="253"/>
        <source>The date must be between 2000 and 2100.</source>
        <translation>Päivämäärän on oltava vuosien 2000 ja 2100 välillä.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="257"/>
        <source>Record whether the client accepted storing the note.</source>
        <translation>Kirjaa, onko asiakas hyväksynyt merkinnän tallentamisen.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="259"/>
        <source>This note has a newer version. Edit the newest one.</source>
        <translation>Merkinnästä on uudempi versio. Muokkaa uusinta versiota.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="261"/>
        <source>The client&apos;s card was merged into another card.</source>
        <translation>Asiakkaan kortti on yhdistetty toiseen korttiin.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="262"/>
        <source>The visit does not belong to this client.</source>
        <translation>Käynti ei kuulu tälle asiakkaalle.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="263"/>
        <source>The card has already been merged.</source>
        <translation>Kortti on jo yhdistetty.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="264"/>
        <source>Choose two different cards.</source>
        <translation>Valitse kaksi eri korttia.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="265"/>
        <source>The cards disagree on: %1. Correct one of them first.</source>
        <translation>Korttien tiedot eroavat: %1. Korjaa ensin toinen korteista.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="267"/>
        <source>Some rows are invalid. Nothing was imported; see the report.</source>
        <translation>Osa riveistä on virheellisiä. Mitään ei tuotu; katso raportti.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="269"/>
        <source>The file is empty.</source>
        <translation>Tiedosto on tyhjä.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="270"/>
        <source>The file is too large.</source>
        <translation>Tiedosto on liian suuri.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="271"/>
        <source>The file has too many rows (at most %1).</source>
        <translation>Tiedostossa on liian monta riviä (enintään %1).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="272"/>
        <source>The file&apos;s character encoding is not supported. Save it as UTF-8.</source>
        <translation>Tiedoston merkistökoodausta ei tueta. Tallenna se UTF-8-muodossa.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="274"/>
        <source>The file contains characters that cannot be read. Save it as UTF-8.</source>
        <translation>Tiedostossa on merkkejä, joita ei voi lukea. Tallenna se UTF-8-muodossa.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="276"/>
        <source>The file is not a readable CSV file.</source>
        <translation>Tiedosto ei ole luettava CSV-tiedosto.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="277"/>
        <source>A column choice is not valid.</source>
        <translation>Sarakkeen valinta ei kelpaa.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="278"/>
        <source>Two columns are mapped to %1.</source>
        <translation>Kaksi saraketta on liitetty kenttään %1.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="279"/>
        <source>No column is mapped to %1.</source>
        <translation>Kenttään %1 ei ole liitetty yhtään saraketta.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="280"/>
        <source>Wrong user name or password.</source>
        <translation>Väärä käyttäjätunnus tai salasana.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="281"/>
        <source>You do not have the right to do this. The attempt was logged.</source>
        <translation>Sinulla ei ole oikeutta tähän toimintoon. Yritys kirjattiin lokiin.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="282"/>
        <source>The item no longer exists. It may have been removed at another desk.</source>
        <translation>Kohdetta ei ole enää olemassa. Se on ehkä poistettu toisella työasemalla.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="283"/>
        <source>This request has already been completed or refused.</source>
        <translation>Pyyntö on jo toteutettu tai hylätty.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="284"/>
        <source>The practice must keep at least one active owner.</source>
        <translation>Vastaanotolla on oltava vähintään yksi käytössä oleva omistajatili.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="285"/>
        <source>You cannot deactivate your own account.</source>
        <translation>Et voi poistaa omaa tiliäsi käytöstä.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="286"/>
        <source>The practice has already been set up.</source>
        <translation>Vastaanotto on jo otettu käyttöön.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="287"/>
        <source>No secure password store (keyring) is available on this computer.</source>
        <translation>Tällä tietokoneella ei ole käytettävissä suojattua salasanasäilöä (keyring).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="289"/>
        <source>The database cannot be kept on a network drive. Choose a local folder.</source>
        <translation>Tietokantaa ei voi säilyttää verkkolevyllä. Valitse paikallinen kansio.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="291"/>
        <source>The database could not be written. Nothing was saved.</source>
        <translation>Tietokantaan ei voitu kirjoittaa. Mitään ei tallennettu.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="292"/>
        <source>Unknown placeholder {%1}. Use only the placeholders listed.</source>
        <translation>Tuntematon paikkamerkki {%1}. Käytä vain luettelossa olevia paikkamerkkejä.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="294"/>
        <source>A brace { or } is unpaired. Write {{ or }} for a literal brace.</source>
        <translation>Aaltosulkeelta { tai } puuttuu pari. Kirjoita {{ tai }}, jos haluat tekstiin aaltosulkeen.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="296"/>
        <source>The SMS needs %1 parts; at most %2 are allowed. Shorten the text.</source>
        <translation>Tekstiviesti vaatii %1 osaa; enintään %2 on sallittu. Lyhennä tekstiä.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="298"/>
        <source>A sender ID has 3–11 letters a–z or digits (at least one letter), or is a phone number starting with +.</source>
        <translation>Lähettäjätunnuksessa on 3–11 kirjainta a–z tai numeroa (vähintään yksi kirjain), tai se on +-merkillä alkava puhelinnumero.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="301"/>
        <source>Sending failed: %1</source>
        <translation>Lähetys epäonnistui: %1</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="302"/>
        <source>Only a failed message can be retried.</source>
        <translation>Vain epäonnistuneen viestin voi lähettää uudelleen.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="303"/>
        <source>The message has no address. Add one on the client&apos;s card.</source>
        <translation>Viestillä ei ole osoitetta. Lisää osoite asiakkaan korttiin.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="305"/>
        <source>This message is already queued.</source>
        <translation>Viesti on jo lähetysjonossa.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="306"/>
        <source>The amount cannot be zero.</source>
        <translation>Summa ei voi olla nolla.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="307"/>
        <source>The payment is more than what is open (%1).</source>
        <translation>Maksu on suurempi kuin avoin summa (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="309"/>
        <source>The refund is more than what is left of the payment (%1).</source>
        <translation>Palautus on suurempi kuin maksusta jäljellä oleva summa (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="311"/>
        <source>The cash given is less than the cash part.</source>
        <translation>Saatu käteinen on pienempi kuin käteisellä maksettava osuus.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="312"/>
        <source>Cash given only goes with a cash payment.</source>
        <translation>Saadun käteisen voi kirjata vain käteismaksulle.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="313"/>
        <source>The invoice has been credited.</source>
        <translation>Lasku on hyvitetty.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="314"/>
        <source>This document cannot be paid.</source>
        <translation>Tätä asiakirjaa ei voi maksaa.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="315"/>
        <source>The invoice has already been paid.</source>
        <translation>Lasku on jo maksettu.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="316"/>
        <source>The client has nothing open to pay.</source>
        <translation>Asiakkaalla ei ole avoimia maksettavia.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="317"/>
        <source>A refund cannot be refunded.</source>
        <translation>Palautusta ei voi palauttaa.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="318"/>
        <source>A refund receipt is printed for a refund only. Choose the refund row.</source>
        <translation>Palautuskuitin voi tulostaa vain palautuksesta. Valitse palautuksen rivi.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="320"/>
        <source>A cash rounding is not money paid and cannot be refunded. Refund the cash payment itself.</source>
        <translation>Käteispyöristys ei ole maksettua rahaa, eikä sitä voi palauttaa. Palauta itse käteismaksu.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="325"/>
        <source>The payment&apos;s purpose code is not valid for the QR code.</source>
        <translation>Maksun tarkoituskoodi ei kelpaa QR-koodiin.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="327"/>
        <source>The QR code can carry a reference or a message, not both.</source>
        <translation>QR-koodissa voi olla viitenumero tai viesti, mutta ei molempia.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="329"/>
        <source>The QR code cannot carry both a due date and a message.</source>
        <translation>QR-koodissa ei voi olla sekä eräpäivää että viestiä.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="331"/>
        <source>The date cannot be in the future.</source>
        <translation>Päivämäärä ei voi olla tulevaisuudessa.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="332"/>
        <source>The bank file cannot be read. Nothing was recorded.</source>
        <translation>Pankkitiedostoa ei voi lukea. Mitään ei kirjattu.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="333"/>
        <source>The file is neither a camt.054 nor a KTL reference payment file.</source>
        <translation>Tiedosto ei ole camt.054-tiedosto eikä KTL-viitemaksutiedosto.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="335"/>
        <source>The file is not valid XML. Nothing was recorded.</source>
        <translation>Tiedosto ei ole kelvollista XML:ää. Mitään ei kirjattu.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="336"/>
        <source>The XML file is not a camt.054 payment notification.</source>
        <translation>XML-tiedosto ei ole camt.054-maksuilmoitus.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="338"/>
        <source>Entry %1 of the bank file is malformed. Nothing was recorded.</source>
        <translation>Pankkitiedoston tapahtuma %1 on virheellinen. Mitään ei kirjattu.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="340"/>
        <source>The bank file&apos;s totals do not match its payments. Nothing was recorded.</source>
        <translation>Pankkitiedoston summat eivät täsmää sen maksuihin. Mitään ei kirjattu.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="342"/>
        <source>The bank file is not in euros.</source>
        <translation>Pankkitiedosto ei ole euromääräinen.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="344"/>
        <source>Give the full path of the folder.</source>
        <translation>Anna kansion koko polku.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="345"/>
        <source>The folder does not exist. Is the disk connected?</source>
        <translation>Kansiota ei ole olemassa. Onko levy kytketty?</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="346"/>
        <source>The program may not write to this folder.</source>
        <translation>Ohjelmalla ei ole oikeutta kirjoittaa tähän kansioon.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="347"/>
        <source>Not a valid server name.</source>
        <translation>Virheellinen palvelimen nimi.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="348"/>
        <source>The port must be a number 1–65535.</source>
        <translation>Portin on oltava luku 1–65535.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="349"/>
        <source>Not a valid address. It starts with https://.</source>
        <translation>Virheellinen osoite. Osoitteen alussa on https://.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="350"/>
        <source>Use an https:// address: the password would otherwise travel unencrypted.</source>
        <translation>Käytä https://-osoitetta: muuten salasana kulkisi salaamattomana.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="352"/>
        <source>Not a valid folder name.</source>
        <translation>Virheellinen kansion nimi.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="353"/>
        <source>This is not a valid recovery key. Check it against the emergency kit.</source>
        <translation>Palautusavain on virheellinen. Tarkista se palautusohjeesta (hätäpaketista).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="355"/>
        <source>The backup failed.</source>
        <translation>Varmuuskopiointi epäonnistui.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="356"/>
        <source>The backup was refused. Nothing was changed.</source>
        <translation>Varmuuskopio hylättiin. Mitään ei muutettu.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="357"/>
        <source>This computer has no backup key. Restore with the recovery key from the emergency kit.</source>
        <translation>Tällä tietokoneella ei ole varmuuskopioavainta. Palauta käyttämällä palautusohjeessa (hätäpaketissa) olevaa palautusavainta.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="360"/>
        <source>This computer already has a different backup key.</source>
        <translation>Tällä tietokoneella on jo eri varmuuskopioavain.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="362"/>
        <source>The database could not be copied for the backup.</source>
        <translation>Tietokantaa ei voitu kopioida varmuuskopiota varten.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="363"/>
        <source>The copy of the database failed its integrity check.</source>
        <translation>Tietokannan kopio ei läpäissyt eheystarkistusta.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="364"/>
        <source>The encrypted backup did not decrypt correctly. It was not sent.</source>
        <translation>Salatun varmuuskopion salausta ei voitu purkaa oikein. Sitä ei lähetetty.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="366"/>
        <source>Backups of a PostgreSQL database are not supported yet. Use the server&apos;s own backups.</source>
        <translation>PostgreSQL-tietokannan varmuuskopiointia ei vielä tueta. Käytä palvelimen omia varmuuskopioita.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="369"/>
        <source>The backup location cannot be reached. Check the connection or the disk.</source>
        <translation>Varmuuskopioiden tallennuspaikkaan ei saada yhteyttä. Tarkista yhteys tai levy.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="371"/>
        <source>The backup location refused the user name, password or key.</source>
        <translation>Varmuuskopioiden tallennuspaikka ei hyväksynyt käyttäjätunnusta, salasanaa tai avainta.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="373"/>
        <source>The backup location or this disk is full.</source>
        <translation>Varmuuskopioiden tallennuspaikka tai tämä levy on täynnä.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="374"/>
        <source>The folder does not exist on the server.</source>
        <translation>Kansiota ei ole palvelimella.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="376"/>
        <source>The backup did not arrive intact. It was not kept; try again.</source>
        <translation>Varmuuskopio ei siirtynyt ehjänä. Sitä ei säilytetty; yritä uudelleen.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="378"/>
        <source>The backups on the server could not be listed. Nothing was deleted.</source>
        <translation>Palvelimella olevia varmuuskopioita ei voitu luetella. Mitään ei poistettu.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="380"/>
        <source>The server&apos;s identity (host key) has changed. This can be an attack: nothing was sent. Check with the server&apos;s administrator.</source>
        <translation>Palvelimen tunniste (host key) on muuttunut. Kyseessä voi olla hyökkäys: mitään ei lähetetty. Tarkista asia palvelimen ylläpitäjältä.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="383"/>
        <source>Another backup or restore is running, or the database is still open.</source>
        <translation>Toinen varmuuskopiointi tai palautus on käynnissä, tai tietokanta on vielä auki.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="385"/>
        <source>No backup location is set up and enabled.</source>
        <translation>Yhtään varmuuskopioiden tallennuspaikkaa ei ole määritetty ja otettu käyttöön.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="386"/>
        <source>There are no backups at this location yet.</source>
        <translation>Tässä tallennuspaikassa ei ole vielä varmuuskopioita.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="387"/>
        <source>The backup was made with a newer version of the program. Update first.</source>
        <translation>Varmuuskopio on tehty ohjelman uudemmalla versiolla. Päivitä ohjelma ensin.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="389"/>
        <source>Choose the backup again.</source>
        <translation>Valitse varmuuskopio uudelleen.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="390"/>
        <source>The access log inside the backup does not verify.</source>
        <translation>Varmuuskopion sisältämän käyttölokin eheyttä ei voitu varmistaa.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="392"/>
        <source>The backup file is damaged or incomplete. Nothing was changed.</source>
        <translation>Varmuuskopiotiedosto on vioittunut tai puutteellinen. Mitään ei muutettu.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="394"/>
        <source>The backup was made with a different key. Nothing was changed.</source>
        <translation>Varmuuskopio on tehty eri avaimella. Mitään ei muutettu.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="396"/>
        <source>This file is not a Vastaanotto backup.</source>
        <translation>Tiedosto ei ole Vastaanotto-ohjelman varmuuskopio.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="397"/>
        <source>The backup&apos;s signature is not valid: it may be forged. Nothing was changed.</source>
        <translation>Varmuuskopion allekirjoitus ei ole kelvollinen: varmuuskopio voi olla väärennetty. Mitään ei muutettu.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="399"/>
        <source>The backup belongs to another business. Nothing was changed.</source>
        <translation>Varmuuskopio kuuluu toiselle yritykselle. Mitään ei muutettu.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="401"/>
        <source>The server offered an older backup than the one recorded. Nothing was changed; check the server.</source>
        <translation>Palvelin tarjosi vanhemman varmuuskopion kuin on kirjattu. Mitään ei muutettu; tarkista palvelin.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="404"/>
        <source>The backup&apos;s .manifest file is missing; keep it next to the backup.</source>
        <translation>Varmuuskopion .manifest-tiedosto puuttuu; säilytä se samassa kansiossa varmuuskopion kanssa.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="406"/>
        <source>The backup does not match what was recorded when it was made.</source>
        <translation>Varmuuskopio ei vastaa sen tekohetkellä kirjattuja tietoja.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="408"/>
        <source>The database is encrypted, and its key is not in this computer&apos;s secure key store (was the database copied from another computer?). Restore the practice from a backup as the backup emergency kit describes.</source>
        <translation>Tietokanta on salattu, eikä sen avainta ole tämän tietokoneen suojatussa salasanasäilössä (kopioitiinko tietokanta toiselta tietokoneelta?). Palauta vastaanoton tiedot varmuuskopiosta varmuuskopioiden palautusohjeen (hätäpaketin) mukaisesti.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="412"/>
        <source>The database key in this computer&apos;s key store does not open the database. Restore the practice from a backup as the backup emergency kit describes.</source>
        <translation>Tämän tietokoneen salasanasäilössä oleva tietokanta-avain ei avaa tietokantaa. Palauta vastaanoton tiedot varmuuskopiosta varmuuskopioiden palautusohjeen (hätäpaketin) mukaisesti.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="416"/>
        <source>The file is not a Vastaanotto database, or it is damaged. Restore it from a backup.</source>
        <translation>Tiedosto ei ole Vastaanotto-ohjelman tietokanta, tai se on vioittunut. Palauta se varmuuskopiosta.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="419"/>
        <source>The database is in use by another program. Close the other Vastaanotto windows on this computer and try again. Nothing was changed.</source>
        <translation>Tietokanta on toisen ohjelman käytössä. Sulje tämän tietokoneen muut Vastaanotto-ikkunat ja yritä uudelleen. Mitään ei muutettu.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="422"/>
        <source>The database is already encrypted.</source>
        <translation>Tietokanta on jo salattu.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="423"/>
        <source>The encrypted copy did not match the database, so it was not used. Nothing was changed.</source>
        <translation>Salattu kopio ei vastannut tietokantaa, joten sitä ei otettu käyttöön. Mitään ei muutettu.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="426"/>
        <source>Only a database file on this computer can be encrypted here.</source>
        <translation>Tässä voi salata vain tällä tietokoneella olevan tietokantatiedoston.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="430"/>
        <source>The database is encrypted, and no secure key store (keyring) is available on this computer to give its key. Unlock or install the key store, or restore the practice from a backup as the backup emergency kit describes.</source>
        <translation>Tietokanta on salattu, eikä tällä tietokoneella ole käytettävissä suojattua salasanasäilöä (keyring), josta sen avaimen voisi hakea. Avaa salasanasäilön lukitus tai asenna salasanasäilö, tai palauta vastaanoton tiedot varmuuskopiosta varmuuskopioiden palautusohjeen (hätäpaketin) mukaisesti.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="456"/>
        <source>Something went wrong (%1).</source>
        <translation>Jokin meni vikaan (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="475"/>
        <source>The account is locked after too many failed attempts. Ask the owner to unlock it.</source>
        <translation>Tili on lukittu liian monen epäonnistuneen yrityksen vuoksi. Pyydä omistajaa avaamaan lukitus.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="481"/>
        <source>Unexpected error. Nothing was saved.</source>
        <translation>Odottamaton virhe. Mitään ei tallennettu.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="492"/>
        <source>Cannot save</source>
        <translation>Tallennus ei onnistu</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <location filename="../../ui/formatting.py" line="70"/>
        <source>Reception</source>
        <translation>Vastaanottovirkailija</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="71"/>
        <source>Practitioner</source>
        <translation>Ammatinharjoittaja</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="72"/>
        <source>Owner</source>
        <translation>Omistaja</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="83"/>
        <source>General rate</source>
        <translation>Yleinen verokanta</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="84"/>
        <source>Reduced rate (first)</source>
        <translation>Alennettu verokanta (ensimmäinen)</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="85"/>
        <source>Reduced rate (second)</source>
        <translation>Alennettu verokanta (toinen)</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="86"/>
        <source>Health care, exempt</source>
        <translation>Terveydenhuolto, veroton</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="90"/>
        <source>Booked</source>
        <translation>Varattu</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="91"/>
        <source>Arrived</source>
        <translation>Saapunut</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="92"/>
        <source>Completed</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="93"/>
        <source>Cancelled</source>
        <translation>Peruttu</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="94"/>
        <source>No-show</source>
        <translation>Ei saapunut</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="98"/>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="98"/>
        <source>No</source>
        <translation>Ei</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../ui/messages/texts.py" line="18"/>
        <source>Booking confirmation</source>
        <translation>Varausvahvistus</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="19"/>
        <source>Reminder</source>
        <translation>Muistutus</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="20"/>
        <source>Changed time</source>
        <translation>Ajan muutos</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="21"/>
        <source>Cancellation</source>
        <translation>Peruutus</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="22"/>
        <source>Invoice</source>
        <translation>Lasku</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="23"/>
        <source>Payment reminder</source>
        <translation>Maksumuistutus</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="24"/>
        <source>Marketing</source>
        <translation>Markkinointi</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="29"/>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="30"/>
        <source>SMS</source>
        <translation>Tekstiviesti</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="35"/>
        <source>Queued</source>
        <translation>Jonossa</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="36"/>
        <source>Sending</source>
        <translation>Lähetetään</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="37"/>
        <source>Sent</source>
        <translation>Lähetetty</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="38"/>
        <source>Failed</source>
        <translation>Epäonnistui</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="39"/>
        <source>Cancelled</source>
        <translation>Peruttu</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="53"/>
        <source>Unknown whether it was delivered (the program stopped or the server did not answer). Check with the client before retrying.</source>
        <translation>Ei tiedetä, toimitettiinko viesti (ohjelma pysähtyi tai palvelin ei vastannut). Tarkista asia asiakkaalta ennen uudelleenlähetystä.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="56"/>
        <source>No usable email address or mobile number.</source>
        <translation>Käyttökelpoista sähköpostiosoitetta tai matkapuhelinnumeroa ei ole.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="57"/>
        <source>Email is not set up.</source>
        <translation>Sähköpostia ei ole määritetty.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="58"/>
        <source>SMS is not set up.</source>
        <translation>Tekstiviestejä ei ole määritetty.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="59"/>
        <source>The password could not be read from the keyring.</source>
        <translation>Salasanaa ei voitu lukea salasanasäilöstä.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="61"/>
        <source>The server did not answer in time.</source>
        <translation>Palvelin ei vastannut ajoissa.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="62"/>
        <source>The server did not confirm the message.</source>
        <translation>Palvelin ei vahvistanut viestin vastaanottoa.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="63"/>
        <location filename="../../ui/messages/texts.py" line="64"/>
        <source>The gateway did not answer.</source>
        <translation>Tekstiviestipalvelu ei vastannut.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="65"/>
        <source>The server refused the connection.</source>
        <translation>Palvelin kieltäytyi yhteydestä.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="66"/>
        <source>No connection to the server.</source>
        <translation>Ei yhteyttä palvelimeen.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="67"/>
        <source>The server name was not found.</source>
        <translation>Palvelimen nimeä ei löytynyt.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="68"/>
        <source>The server&apos;s certificate is not trusted.</source>
        <translation>Palvelimen varmenne ei ole luotettu.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="69"/>
        <source>The secure connection failed.</source>
        <translation>Suojattu yhteys epäonnistui.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="70"/>
        <source>The server does not offer STARTTLS.</source>
        <translation>Palvelin ei tue STARTTLS:ää.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="71"/>
        <source>The server closed the connection.</source>
        <translation>Palvelin katkaisi yhteyden.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="72"/>
        <source>The gateway address must use https.</source>
        <translation>Tekstiviestipalvelun osoitteen on käytettävä https-yhteyttä.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="73"/>
        <source>The gateway gave an unexpected answer.</source>
        <translation>Tekstiviestipalvelu antoi odottamattoman vastauksen.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="74"/>
        <source>The SMS is too long (%1 parts).</source>
        <translation>Tekstiviesti on liian pitkä (%1 osaa).</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="75"/>
        <source>The appointment was moved.</source>
        <translation>Varaus siirrettiin.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="76"/>
        <source>The appointment was cancelled.</source>
        <translation>Varaus peruttiin.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="77"/>
        <source>The appointment had already started.</source>
        <translation>Varattu aika oli jo alkanut.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="78"/>
        <source>The message could not be prepared (%1).</source>
        <translation>Viestiä ei voitu muodostaa (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="87"/>
        <source>The mail server refused the user name or password.</source>
        <translation>Sähköpostipalvelin ei hyväksynyt käyttäjätunnusta tai salasanaa.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="91"/>
        <source>The mail server asked to try later (%1).</source>
        <translation>Sähköpostipalvelin pyysi yrittämään myöhemmin uudelleen (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="93"/>
        <source>The mail server refused the message (%1).</source>
        <translation>Sähköpostipalvelin hylkäsi viestin (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="98"/>
        <source>The SMS gateway refused the credentials, number or sender (%1).</source>
        <translation>Tekstiviestipalvelu hylkäsi tunnukset, numeron tai lähettäjän (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="100"/>
        <source>The SMS gateway answered with an error (%1).</source>
        <translation>Tekstiviestipalvelu palautti virheen (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="103"/>
        <source>The appointment changed.</source>
        <translation>Varaus muuttui.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="110"/>
        <source>No consent</source>
        <translation>Ei suostumusta</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="111"/>
        <source>Consent withdrawn</source>
        <translation>Suostumus peruutettu</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="112"/>
        <source>No address for this channel</source>
        <translation>Ei osoitetta tälle kanavalle</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="113"/>
        <source>Address not usable</source>
        <translation>Osoite ei ole käyttökelpoinen</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="114"/>
        <source>Card archived</source>
        <translation>Kortti arkistoitu</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="115"/>
        <source>Deceased</source>
        <translation>Kuollut</translation>
    </message>
    <message>
        <location filename="../../ui/messages/texts.py" line="116"/>
        <source>Processing restricted</source>
        <translation>Käsittelyä rajoitettu</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/backup/restore_dialog.py" line="48"/>
        <source>Restore the backup?</source>
        <translation>Palautetaanko varmuuskopio?</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restore_dialog.py" line="50"/>
        <source>Restore</source>
        <translation>Palauta</translation>
    </message>
</context>
<context>
    <name>payments</name>
    <message>
        <location filename="../../ui/billing/bank_import_dialog.py" line="43"/>
        <source>Paid in full</source>
        <translation>Maksettu kokonaan</translation>
    </message>
    <message>
        <location filename="../../ui/billing/bank_import_dialog.py" line="44"/>
        <source>Partial payment</source>
        <translation>Osamaksu</translation>
    </message>
    <message>
        <location filename="../../ui/billing/bank_import_dialog.py" line="45"/>
        <source>Overpaid</source>
        <translation>Liikaa maksettu</translation>
    </message>
    <message>
        <location filename="../../ui/billing/bank_import_dialog.py" line="46"/>
        <source>Already imported</source>
        <translation>Tuotu jo aiemmin</translation>
    </message>
    <message>
        <location filename="../../ui/billing/bank_import_dialog.py" line="47"/>
        <source>Unknown reference</source>
        <translation>Tuntematon viite</translation>
    </message>
    <message>
        <location filename="../../ui/billing/bank_import_dialog.py" line="48"/>
        <source>No reference</source>
        <translation>Ei viitettä</translation>
    </message>
    <message>
        <location filename="../../ui/billing/bank_import_dialog.py" line="49"/>
        <source>Invoice not payable</source>
        <translation>Laskua ei voi maksaa</translation>
    </message>
    <message>
        <location filename="../../ui/billing/bank_import_dialog.py" line="50"/>
        <source>Bank correction</source>
        <translation>Pankin oikaisu</translation>
    </message>
    <message>
        <location filename="../../ui/billing/bank_import_dialog.py" line="51"/>
        <source>Money out</source>
        <translation>Maksu tililtä</translation>
    </message>
    <message>
        <location filename="../../ui/billing/bank_import_dialog.py" line="52"/>
        <source>Not in euros</source>
        <translation>Ei euroissa</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payment_dialog.py" line="40"/>
        <source>Cash</source>
        <translation>Käteinen</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payment_dialog.py" line="41"/>
        <source>Card</source>
        <translation>Kortti</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payment_dialog.py" line="42"/>
        <source>MobilePay</source>
        <translation>MobilePay</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payment_dialog.py" line="43"/>
        <source>Gift card</source>
        <translation>Lahjakortti</translation>
    </message>
    <message>
        <location filename="../../ui/billing/payment_dialog.py" line="44"/>
        <source>Bank transfer</source>
        <translation>Tilisiirto</translation>
    </message>
</context>
<context>
    <name>privacy</name>
    <message>
        <location filename="../../ui/privacy/audit_page.py" line="46"/>
        <source>No.</source>
        <translation>Nro</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_page.py" line="47"/>
        <location filename="../../ui/privacy/dialogs.py" line="259"/>
        <source>When</source>
        <translation>Aika</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_page.py" line="48"/>
        <location filename="../../ui/privacy/dialogs.py" line="260"/>
        <source>Who</source>
        <translation>Kuka</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_page.py" line="49"/>
        <location filename="../../ui/privacy/dialogs.py" line="261"/>
        <source>Workstation</source>
        <translation>Työasema</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_page.py" line="50"/>
        <location filename="../../ui/privacy/audit_page.py" line="127"/>
        <location filename="../../ui/privacy/dialogs.py" line="262"/>
        <source>Action</source>
        <translation>Toiminto</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_page.py" line="51"/>
        <location filename="../../ui/privacy/requests_page.py" line="54"/>
        <source>Outcome</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_page.py" line="52"/>
        <source>Client no.</source>
        <translation>Asiakasnro</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_page.py" line="53"/>
        <source>Fields</source>
        <translation>Kentät</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_page.py" line="54"/>
        <location filename="../../ui/privacy/dialogs.py" line="263"/>
        <source>Reason</source>
        <translation>Syy</translation>
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
        <translation>Hylätty</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_page.py" line="71"/>
        <source>Failed</source>
        <translation>Epäonnistui</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_page.py" line="115"/>
        <location filename="../../ui/privacy/dialogs.py" line="298"/>
        <source>From</source>
        <translation>Alkupäivä</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_page.py" line="116"/>
        <location filename="../../ui/privacy/dialogs.py" line="299"/>
        <source>To</source>
        <translation>Loppupäivä</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_page.py" line="120"/>
        <location filename="../../ui/privacy/dialogs.py" line="64"/>
        <location filename="../../ui/privacy/requests_page.py" line="49"/>
        <location filename="../../ui/privacy/requests_page.py" line="100"/>
        <location filename="../../ui/privacy/retention_page.py" line="34"/>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_page.py" line="121"/>
        <source>Staff member</source>
        <translation>Työntekijä</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_page.py" line="126"/>
        <source>Dates</source>
        <translation>Aikaväli</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_page.py" line="129"/>
        <source>Search</source>
        <translation>Hae</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_page.py" line="132"/>
        <source>Verify chain</source>
        <translation>Tarkista ketju</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_page.py" line="136"/>
        <source>Access report for the client…</source>
        <translation>Asiakkaan lokiselvitys…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_page.py" line="166"/>
        <location filename="../../ui/privacy/audit_page.py" line="205"/>
        <location filename="../../ui/privacy/dialogs.py" line="329"/>
        <source>Cannot read the log</source>
        <translation>Lokin lukeminen ei onnistu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_page.py" line="169"/>
        <source>Anyone</source>
        <translation>Kuka tahansa</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_page.py" line="210"/>
        <source>The newest %1 events; narrow the filters to see older ones.</source>
        <translation>%1 uusinta tapahtumaa; näet vanhemmat tarkentamalla suodattimia.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_page.py" line="218"/>
        <source>Cannot verify</source>
        <translation>Tarkistus ei onnistu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_page.py" line="221"/>
        <location filename="../../ui/privacy/audit_page.py" line="227"/>
        <source>Audit chain</source>
        <translation>Tapahtumalokin ketju</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_page.py" line="222"/>
        <source>The audit chain is intact: %1 events verified.</source>
        <translation>Tapahtumalokin ketju on eheä: %1 tapahtumaa tarkistettu.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_page.py" line="228"/>
        <source>The audit chain is broken at event %1 (%2). Events before it verified: %3. Keep this computer as it is and contact support.</source>
        <translation>Tapahtumalokin ketju on katkennut tapahtuman %1 kohdalla (%2). Sitä edeltävät tarkistetut tapahtumat: %3. Jätä tämä tietokone ennalleen ja ota yhteyttä tukeen.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_page.py" line="237"/>
        <location filename="../../ui/privacy/dialogs.py" line="288"/>
        <source>Access report</source>
        <translation>Lokiselvitys</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_page.py" line="238"/>
        <location filename="../../ui/privacy/dialogs.py" line="74"/>
        <location filename="../../ui/privacy/requests_page.py" line="114"/>
        <source>Choose a client first.</source>
        <translation>Valitse ensin asiakas.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/card_menu.py" line="21"/>
        <source>By phone</source>
        <translation>Puhelimitse</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/card_menu.py" line="22"/>
        <source>In person</source>
        <translation>Henkilökohtaisesti</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/card_menu.py" line="23"/>
        <source>By email</source>
        <translation>Sähköpostitse</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/card_menu.py" line="24"/>
        <source>On a form</source>
        <translation>Lomakkeella</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/card_menu.py" line="25"/>
        <source>Online</source>
        <translation>Verkossa</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/card_menu.py" line="31"/>
        <location filename="../../ui/privacy/card_menu.py" line="87"/>
        <location filename="../../ui/privacy/common.py" line="61"/>
        <source>Objection to marketing</source>
        <translation>Markkinointikielto</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/card_menu.py" line="32"/>
        <source>How did the client object?</source>
        <translation>Miten asiakas kielsi markkinoinnin?</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/card_menu.py" line="55"/>
        <location filename="../../ui/privacy/privacy_view.py" line="59"/>
        <source>Access report…</source>
        <translation>Lokiselvitys…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/card_menu.py" line="61"/>
        <source>Export data…</source>
        <translation>Vie tiedot…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/card_menu.py" line="65"/>
        <source>Object to marketing</source>
        <translation>Kiellä markkinointi</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/card_menu.py" line="71"/>
        <location filename="../../ui/privacy/privacy_view.py" line="56"/>
        <source>Erasure request…</source>
        <translation>Poistopyyntö…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/card_menu.py" line="88"/>
        <source>Both marketing consents are withdrawn, and the objection is recorded.</source>
        <translation>Molemmat markkinointisuostumukset on peruutettu, ja kielto on kirjattu.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/common.py" line="50"/>
        <source>Cannot save</source>
        <translation>Tallennus ei onnistu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/common.py" line="51"/>
        <source>The file could not be written. Choose another folder.</source>
        <translation>Tiedostoa ei voitu kirjoittaa. Valitse toinen kansio.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/common.py" line="59"/>
        <source>Access to data</source>
        <translation>Tietojen tarkastus</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/common.py" line="60"/>
        <source>Rectification</source>
        <translation>Tietojen oikaisu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/common.py" line="62"/>
        <source>Erasure</source>
        <translation>Tietojen poistaminen</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/common.py" line="63"/>
        <source>Restriction</source>
        <translation>Käsittelyn rajoittaminen</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/common.py" line="64"/>
        <source>Access log report</source>
        <translation>Lokiselvitys</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/common.py" line="70"/>
        <location filename="../../ui/privacy/requests_page.py" line="48"/>
        <source>Received</source>
        <translation>Vastaanotettu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/common.py" line="71"/>
        <source>In progress</source>
        <translation>Käsittelyssä</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/common.py" line="72"/>
        <source>Completed</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/common.py" line="79"/>
        <source>Erase now</source>
        <translation>Poistetaan nyt</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/common.py" line="80"/>
        <source>Anonymise now</source>
        <translation>Anonymisoidaan nyt</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/common.py" line="81"/>
        <source>Keep (restricted)</source>
        <translation>Säilytetään (rajoitettu)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/common.py" line="82"/>
        <source>No data</source>
        <translation>Ei tietoja</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/common.py" line="88"/>
        <source>Name, birth date, identity code</source>
        <translation>Nimi, syntymäaika, henkilötunnus</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/common.py" line="89"/>
        <source>Contact and billing details</source>
        <translation>Yhteys- ja laskutustiedot</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/common.py" line="90"/>
        <source>Marketing and reminder consents</source>
        <translation>Markkinointi- ja muistutussuostumukset</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/common.py" line="91"/>
        <source>Consent to storing treatment data</source>
        <translation>Suostumus hoitotietojen tallentamiseen</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/common.py" line="92"/>
        <source>Bookings</source>
        <translation>Ajanvaraukset</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/common.py" line="93"/>
        <source>Visits</source>
        <translation>Käynnit</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/common.py" line="94"/>
        <source>Treatment notes (patient records)</source>
        <translation>Hoitotiedot (potilasasiakirjat)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/common.py" line="95"/>
        <source>Invoices (bookkeeping vouchers)</source>
        <translation>Laskut (kirjanpitotositteet)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/common.py" line="96"/>
        <source>Draft invoices</source>
        <translation>Laskuluonnokset</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/common.py" line="97"/>
        <source>Payments (bookkeeping vouchers)</source>
        <translation>Maksut (kirjanpitotositteet)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/common.py" line="98"/>
        <source>Messages sent</source>
        <translation>Lähetetyt viestit</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/common.py" line="99"/>
        <source>Waiting list</source>
        <translation>Jonotuslista</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/common.py" line="100"/>
        <source>Audit trail</source>
        <translation>Tapahtumaloki</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/common.py" line="118"/>
        <source>Search: name, phone or birth date</source>
        <translation>Hae: nimi, puhelin tai syntymäaika</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/common.py" line="134"/>
        <source>Any client</source>
        <translation>Kaikki asiakkaat</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/common.py" line="144"/>
        <source>Search failed</source>
        <translation>Haku epäonnistui</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/dialogs.py" line="87"/>
        <source>Export client data</source>
        <translation>Vie asiakkaan tiedot</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/dialogs.py" line="90"/>
        <location filename="../../ui/privacy/dialogs.py" line="301"/>
        <source>Language of the PDF</source>
        <translation>PDF-tiedoston kieli</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/dialogs.py" line="91"/>
        <source>The ZIP holds the client&apos;s card, consents, bookings, visits, treatment notes, invoices, payments, messages and who viewed or changed them: data.json for machines and data.pdf for people. The export is recorded in the request register.</source>
        <translation>ZIP-tiedostossa ovat asiakkaan kortti, suostumukset, ajanvaraukset, käynnit, hoitotiedot, laskut, maksut, viestit sekä tiedot siitä, kuka niitä on katsellut tai muuttanut: data.json koneluettavana ja data.pdf ihmisten luettavaksi. Vienti kirjataan pyyntörekisteriin.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/dialogs.py" line="99"/>
        <source>Save ZIP…</source>
        <translation>Tallenna ZIP…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/dialogs.py" line="116"/>
        <source>Export failed</source>
        <translation>Vienti epäonnistui</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/dialogs.py" line="120"/>
        <source>Save client data</source>
        <translation>Tallenna asiakkaan tiedot</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/dialogs.py" line="121"/>
        <source>ZIP archives (*.zip)</source>
        <translation>ZIP-arkistot (*.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/dialogs.py" line="137"/>
        <source>Kind of data</source>
        <translation>Tietoryhmä</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/dialogs.py" line="138"/>
        <source>Count</source>
        <translation>Määrä</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/dialogs.py" line="139"/>
        <source>What happens</source>
        <translation>Toimenpide</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/dialogs.py" line="140"/>
        <source>Kept until</source>
        <translation>Säilytysaika päättyy</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/dialogs.py" line="141"/>
        <source>Legal basis</source>
        <translation>Oikeusperuste</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/dialogs.py" line="164"/>
        <source>Erasure request</source>
        <translation>Poistopyyntö</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/dialogs.py" line="169"/>
        <source>Language of the outcome</source>
        <translation>Vastauksen kieli</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/dialogs.py" line="170"/>
        <source>Show the plan</source>
        <translation>Näytä suunnitelma</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/dialogs.py" line="182"/>
        <source>Erase…</source>
        <translation>Poista…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/dialogs.py" line="206"/>
        <source>Cannot make the plan</source>
        <translation>Suunnitelman laatiminen ei onnistu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/dialogs.py" line="210"/>
        <source>The law keeps this client&apos;s patient records: name, birth date and identity code stay with them, and the client is restricted (hidden from search and booking). Contact details and marketing consents are erased now.</source>
        <translation>Laki edellyttää tämän asiakkaan potilasasiakirjojen säilyttämistä: nimi, syntymäaika ja henkilötunnus säilytetään niiden yhteydessä, ja asiakkaan tietojen käsittelyä rajoitetaan (asiakas piilotetaan hauista ja ajanvarauksesta). Yhteystiedot ja markkinointisuostumukset poistetaan nyt.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/dialogs.py" line="216"/>
        <source>The client&apos;s name and contact details are anonymised now; kept bookkeeping vouchers stay unchanged until their date.</source>
        <translation>Asiakkaan nimi ja yhteystiedot anonymisoidaan nyt; säilytettävät kirjanpitotositteet pysyvät muuttumattomina säilytysaikansa loppuun.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/dialogs.py" line="225"/>
        <source>Erase client data</source>
        <translation>Poista asiakkaan tiedot</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/dialogs.py" line="226"/>
        <source>Erase and anonymise the data as planned? This cannot be undone.</source>
        <translation>Poistetaanko ja anonymisoidaanko tiedot suunnitelman mukaisesti? Toimintoa ei voi perua.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/dialogs.py" line="238"/>
        <source>Erasure failed</source>
        <translation>Poistaminen epäonnistui</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/dialogs.py" line="243"/>
        <source>Done. Save the outcome for the client.</source>
        <translation>Valmis. Tallenna asiakkaalle annettava vastaus.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/dialogs.py" line="244"/>
        <location filename="../../ui/privacy/requests_page.py" line="275"/>
        <source>Save the outcome</source>
        <translation>Tallenna vastaus</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/dialogs.py" line="246"/>
        <location filename="../../ui/privacy/dialogs.py" line="347"/>
        <location filename="../../ui/privacy/notice_page.py" line="85"/>
        <location filename="../../ui/privacy/requests_page.py" line="277"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-tiedostot (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/dialogs.py" line="302"/>
        <source>Show</source>
        <translation>Näytä</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/dialogs.py" line="310"/>
        <location filename="../../ui/privacy/notice_page.py" line="37"/>
        <source>Save PDF…</source>
        <translation>Tallenna PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/dialogs.py" line="342"/>
        <source>Cannot make the report</source>
        <translation>Selvityksen laatiminen ei onnistu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/dialogs.py" line="346"/>
        <source>Save the access report</source>
        <translation>Tallenna lokiselvitys</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/notice_page.py" line="40"/>
        <source>Save text…</source>
        <translation>Tallenna teksti…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/notice_page.py" line="43"/>
        <source>Generated from the business profile, the settings, the backup targets and the message providers. Publish it where clients see it, and save it again after changing them.</source>
        <translation>Laadittu yrityksen tiedoista, asetuksista, varmuuskopioiden tallennuspaikoista ja viestipalveluista. Julkaise se asiakkaiden nähtäville ja tallenna se uudelleen, kun niitä muutetaan.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/notice_page.py" line="48"/>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/notice_page.py" line="70"/>
        <location filename="../../ui/privacy/notice_page.py" line="79"/>
        <source>Cannot make the notice</source>
        <translation>Selosteen laatiminen ei onnistu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/notice_page.py" line="83"/>
        <source>Save the privacy notice</source>
        <translation>Tallenna tietosuojaseloste</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/notice_page.py" line="86"/>
        <source>Text files (*.txt)</source>
        <translation>Tekstitiedostot (*.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/privacy_view.py" line="40"/>
        <source>Audit log</source>
        <translation>Tapahtumaloki</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/privacy_view.py" line="41"/>
        <source>Requests</source>
        <translation>Pyynnöt</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/privacy_view.py" line="42"/>
        <location filename="../../ui/privacy/retention_page.py" line="36"/>
        <source>Retention</source>
        <translation>Säilytysajat</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/privacy_view.py" line="43"/>
        <source>Privacy notice</source>
        <translation>Tietosuojaseloste</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/privacy_view.py" line="53"/>
        <source>Export client data…</source>
        <translation>Vie asiakkaan tiedot…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/requests_page.py" line="50"/>
        <location filename="../../ui/privacy/requests_page.py" line="101"/>
        <source>Request</source>
        <translation>Pyyntö</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/requests_page.py" line="51"/>
        <source>Answer by</source>
        <translation>Vastattava viimeistään</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/requests_page.py" line="52"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/requests_page.py" line="53"/>
        <source>Handler</source>
        <translation>Käsittelijä</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/requests_page.py" line="64"/>
        <source> – over the yearly limit</source>
        <translation> – yli vuosirajan</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/requests_page.py" line="87"/>
        <source>New data-protection request</source>
        <translation>Uusi tietosuojapyyntö</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/requests_page.py" line="102"/>
        <source>Received on</source>
        <translation>Vastaanotettu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/requests_page.py" line="138"/>
        <source>New request…</source>
        <translation>Uusi pyyntö…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/requests_page.py" line="139"/>
        <source>Answer…</source>
        <translation>Vastaa…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/requests_page.py" line="140"/>
        <source>Mark in progress</source>
        <translation>Merkitse käsittelyyn</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/requests_page.py" line="141"/>
        <source>Complete…</source>
        <translation>Merkitse valmiiksi…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/requests_page.py" line="143"/>
        <source>Refuse…</source>
        <translation>Hylkää…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/requests_page.py" line="145"/>
        <source>Print outcome…</source>
        <translation>Tulosta vastaus…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/requests_page.py" line="169"/>
        <source>Cannot read the requests</source>
        <translation>Pyyntöjen lukeminen ei onnistu</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/requests_page.py" line="205"/>
        <source>Over the yearly limit</source>
        <translation>Vuosiraja ylittyy</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/requests_page.py" line="206"/>
        <source>This client has made %1 access requests in twelve months; the free limit is %2. You may charge a reasonable fee or refuse a manifestly excessive request (GDPR art. 12(5)).</source>
        <translation>Tämä asiakas on tehnyt %1 tarkastuspyyntöä kahdentoista kuukauden aikana; maksuttomia pyyntöjä saa tehdä %2. Voit periä kohtuullisen maksun tai kieltäytyä ilmeisen kohtuuttomasta pyynnöstä (tietosuoja-asetuksen 12 artiklan 5 kohta).</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/requests_page.py" line="248"/>
        <source>Outcome (what was done, or why it was refused):</source>
        <translation>Tulos (mitä tehtiin tai miksi pyyntö hylättiin):</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_page.py" line="35"/>
        <source>Last activity</source>
        <translation>Viimeisin tapahtuma</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_page.py" line="44"/>
        <source>May be anonymised</source>
        <translation>Voidaan anonymisoida</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_page.py" line="46"/>
        <source>Kept by law until %1</source>
        <translation>Lakisääteinen säilytys %1 asti</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_page.py" line="47"/>
        <source>Kept by law</source>
        <translation>Lakisääteinen säilytys</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_page.py" line="67"/>
        <source>No retention run in the last month: list the inactive clients and anonymise those the law lets go.</source>
        <translation>Säilytysaikoja ei ole käyty läpi viimeisen kuukauden aikana: hae passiiviset asiakkaat ja anonymisoi ne, joiden tietoja laki ei velvoita säilyttämään.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_page.py" line="73"/>
        <source>List inactive clients</source>
        <translation>Hae passiiviset asiakkaat</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_page.py" line="76"/>
        <source>Anonymise those that may go…</source>
        <translation>Anonymisoi ne, joita ei tarvitse säilyttää…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_page.py" line="107"/>
        <source>Finding inactive clients</source>
        <translation>Haetaan passiivisia asiakkaita</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_page.py" line="115"/>
        <source>%1 inactive clients; %2 may be anonymised, the others are kept by law.</source>
        <translation>%1 passiivista asiakasta; %2 voidaan anonymisoida, muut säilytetään lain perusteella.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_page.py" line="121"/>
        <source>Retention run failed</source>
        <translation>Säilytysaikojen läpikäynti epäonnistui</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_page.py" line="126"/>
        <source>Anonymise clients</source>
        <translation>Anonymisoi asiakkaat</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_page.py" line="127"/>
        <source>Anonymise %1 clients? Names and contact details are removed for good.</source>
        <translation>Anonymisoidaanko %1 asiakasta? Nimet ja yhteystiedot poistetaan pysyvästi.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_page.py" line="136"/>
        <source>Anonymising</source>
        <translation>Anonymisoidaan</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_page.py" line="142"/>
        <source>Anonymised %1 clients; %2 kept by law.</source>
        <translation>%1 asiakasta anonymisoitu; %2 säilytetään lain perusteella.</translation>
    </message>
</context>
</TS>
