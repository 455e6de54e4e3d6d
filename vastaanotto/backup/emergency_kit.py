"""The emergency kit: one A4 page with the recovery key and how to use it (fi, sv, en).

The page is the only copy of the key outside the keyring. It says how to restore in the
program and how to decrypt a backup without it, with the standard ``age`` tool.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from vastaanotto.backup.keys import BackupKeys
from vastaanotto.billing.pdf_fonts import BOLD, FONT, register_fonts, wrap
from vastaanotto.clock import HELSINKI
from vastaanotto.errors import ValidationError

TEXTS = {
    "fi": {
        "title": "Varmuuskopioiden hätäpaketti",
        "intro": "Säilytä tämä sivu lukitussa paikassa, erillään tietokoneesta. Ilman alla olevaa "
                 "palautusavainta varmuuskopioita ei voi avata, jos tämän tietokoneen avainnippu "
                 "katoaa. Kuka tahansa, jolla on sekä avain että varmuuskopio, voi lukea "
                 "asiakastiedot.",
        "practice": "Yritys", "practice_id": "Yrityksen tunniste", "created": "Luotu",
        "fingerprint": "Avaimen tunniste", "key": "Palautusavain",
        "program_title": "Palautus ohjelmassa",
        "program": "Ylläpito → Varmuuskopiot → Palauta. Valitse varmuuskopio ja liitä "
                   "palautusavain, kun ohjelma sitä kysyy. Komentoriviltä: vastaanotto-admin "
                   "restore --file TIEDOSTO.age --recovery-key-file AVAIN.txt",
        "age_title": "Avaaminen ilman ohjelmaa (age-työkalu)",
        "age": "Tallenna palautusavain yksinään tiedostoon avain.txt. Asenna age "
               "(https://age-encryption.org, Debian/Ubuntu: apt install age) ja aja:",
        "age_after": "Tulos on tavallinen SQLite-tietokanta, jonka voi avata esim. sqlite3:lla. "
                     "Jokaisen varmuuskopion vieressä on .manifest-tiedosto, jolla ohjelma "
                     "tarkistaa, ettei varmuuskopiota ole väärennetty.",
    },
    "sv": {
        "title": "Nödpaket för säkerhetskopior",
        "intro": "Förvara den här sidan inlåst, skild från datorn. Utan återställningsnyckeln "
                 "nedan kan säkerhetskopiorna inte öppnas om datorns nyckelring går förlorad. "
                 "Den som har både nyckeln och en säkerhetskopia kan läsa kunduppgifterna.",
        "practice": "Företag", "practice_id": "Företagets id", "created": "Skapad",
        "fingerprint": "Nyckelns id", "key": "Återställningsnyckel",
        "program_title": "Återställning i programmet",
        "program": "Administration → Säkerhetskopior → Återställ. Välj säkerhetskopian och klistra "
                   "in återställningsnyckeln när programmet frågar. Från kommandoraden: "
                   "vastaanotto-admin restore --file FIL.age --recovery-key-file NYCKEL.txt",
        "age_title": "Öppna utan programmet (verktyget age)",
        "age": "Spara återställningsnyckeln ensam i filen nyckel.txt. Installera age "
               "(https://age-encryption.org, Debian/Ubuntu: apt install age) och kör:",
        "age_after": "Resultatet är en vanlig SQLite-databas som kan öppnas t.ex. med sqlite3. "
                     "Bredvid varje säkerhetskopia finns en .manifest-fil med vilken programmet "
                     "kontrollerar att kopian inte är förfalskad.",
    },
    "en": {
        "title": "Backup emergency kit",
        "intro": "Keep this page locked away, apart from the computer. Without the recovery key "
                 "below, the backups cannot be opened if this computer's keyring is lost. "
                 "Anyone holding both the key and a backup can read the client data.",
        "practice": "Business", "practice_id": "Business id", "created": "Created",
        "fingerprint": "Key id", "key": "Recovery key",
        "program_title": "Restoring in the program",
        "program": "Administration → Backups → Restore. Choose the backup and paste the recovery "
                   "key when the program asks for it. From the command line: vastaanotto-admin "
                   "restore --file FILE.age --recovery-key-file KEY.txt",
        "age_title": "Opening without the program (the age tool)",
        "age": "Save the recovery key alone in a file key.txt. Install age "
               "(https://age-encryption.org, Debian/Ubuntu: apt install age) and run:",
        "age_after": "The result is an ordinary SQLite database that opens with e.g. sqlite3. "
                     "Next to each backup is a .manifest file with which the program checks that "
                     "the backup was not forged.",
    },
}
AGE_COMMAND = {"fi": "age -d -i avain.txt -o vastaanotto.sqlite3 VARMUUSKOPIO.age",
               "sv": "age -d -i nyckel.txt -o vastaanotto.sqlite3 KOPIA.age",
               "en": "age -d -i key.txt -o vastaanotto.sqlite3 BACKUP.age"}


def key_lines(identity_text: str) -> list[str]:
    """The key in four groups of lines a person can copy by hand without losing their place."""
    return [identity_text[i:i + 37] for i in range(0, len(identity_text), 37)]


def write_kit(path: Path, keys: BackupKeys, *, practice_name: str, practice_uid: str,
              language: str = "fi", created_at: dt.datetime | None = None) -> Path:
    if language not in TEXTS:
        raise ValidationError("language", "invalid_choice")
    register_fonts()
    text = TEXTS[language]
    created = (created_at or dt.datetime.now(dt.timezone.utc)).astimezone(HELSINKI)
    width, height = A4
    left, right = 20 * mm, width - 20 * mm
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setTitle(text["title"])
    y = height - 25 * mm

    def paragraph(body: str, size: float = 10, font: str = FONT, gap: float = 4.5) -> None:
        nonlocal y
        pdf.setFont(font, size)
        for line in wrap(body, font, size, right - left):
            pdf.drawString(left, y, line)
            y -= size * 1.35
        y -= gap

    pdf.setFont(BOLD, 18)
    pdf.drawString(left, y, text["title"])
    y -= 12 * mm
    paragraph(text["intro"])
    for label, value in ((text["practice"], practice_name),
                         (text["practice_id"], practice_uid),
                         (text["created"], created.strftime("%d.%m.%Y %H.%M")),
                         (text["fingerprint"], keys.fingerprint)):
        pdf.setFont(BOLD, 10)
        pdf.drawString(left, y, f"{label}:")
        pdf.setFont(FONT, 10)
        pdf.drawString(left + 45 * mm, y, value)
        y -= 6 * mm
    y -= 4 * mm
    pdf.setFont(BOLD, 12)
    pdf.drawString(left, y, text["key"])
    y -= 3 * mm
    box_top = y
    y -= 8 * mm
    pdf.setFont("Courier-Bold", 13)
    for line in key_lines(keys.identity_text):
        pdf.drawString(left + 4 * mm, y, line)
        y -= 7 * mm
    pdf.rect(left, y + 2 * mm, right - left, box_top - y - 2 * mm)
    y -= 8 * mm
    for title, body in ((text["program_title"], text["program"]),
                        (text["age_title"], text["age"])):
        pdf.setFont(BOLD, 12)
        pdf.drawString(left, y, title)
        y -= 6 * mm
        paragraph(body)
    pdf.setFont("Courier", 10)
    pdf.drawString(left + 4 * mm, y, AGE_COMMAND[language])
    y -= 8 * mm
    paragraph(text["age_after"])
    pdf.showPage()
    pdf.save()
    return path
