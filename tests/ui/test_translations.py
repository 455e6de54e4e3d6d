"""The Qt Linguist sources: every Finnish and Swedish message translated, placeholders kept,
the .ts files in step with the tr() calls under ui/, and the translators really installed.

A developer who adds a tr() string gets a failing test here naming it; the fix is
``python -m ui.i18n --update`` and translating the new messages in vastaanotto_fi.ts and
vastaanotto_sv.ts.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from ui import i18n

ROOT = Path(__file__).resolve().parents[2]
TRANSLATED = ("fi", "sv")
# Qt's positional markers and the plural count; %10 and up are not used.
PLACEHOLDER = re.compile(r"%[1-9n]")
# A mnemonic: one "&" before a letter or digit ("&&" is a literal ampersand).
MNEMONIC = re.compile(r"(?<!&)&(?=\w)")

Key = tuple[str, str, str]  # context, source, disambiguation comment


def ts_path(language: str) -> Path:
    return ROOT / "resources" / "translations" / f"vastaanotto_{language}.ts"


def messages(path: Path) -> list[tuple[Key, ET.Element]]:
    root = ET.parse(path).getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            # Locations are relative to the .ts file; made relative to the project here.
            for location in message.iter("location"):
                filename = (path.parent / location.get("filename", "?")).resolve()
                if filename.is_relative_to(ROOT):
                    location.set("filename", filename.relative_to(ROOT).as_posix())
            found.append((key, message))
    return found


def where(message: ET.Element) -> str:
    location = message.find("location")
    if location is None:
        return "?"
    return f"{location.get('filename', '?')}:{location.get('line', '?')}"


def describe(key: Key, message: ET.Element | None = None) -> str:
    context, source, comment = key
    text = f"[{context}] {source!r}"
    if comment:
        text += f" ({comment})"
    return text + (f" at {where(message)}" if message is not None else "")


def translations(message: ET.Element) -> list[str]:
    """The translated text, or each plural form of a numerus message."""
    translation = message.find("translation")
    if translation is None:
        return []
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_message_is_translated(language):
    path = ts_path(language)
    assert path.exists(), f"{path} is missing: run python -m ui.i18n --update"
    found = messages(path)
    assert found, f"{path.name} has no messages"
    problems = []
    for key, message in found:
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "missing"
        if kind in ("vanished", "obsolete"):
            problems.append(f"{describe(key, message)}: {kind}, no longer in the sources")
        elif kind == "unfinished":
            problems.append(f"{describe(key, message)}: unfinished")
        elif kind == "missing":
            problems.append(f"{describe(key, message)}: no <translation>")
        else:
            texts = translations(message)
            if not texts or not all(t.strip() for t in texts):
                problems.append(f"{describe(key, message)}: empty translation")
            elif message.get("numerus") == "yes" and len(texts) < 2:
                problems.append(f"{describe(key, message)}: needs singular and plural forms")
    assert not problems, (f"{path.name}: {len(problems)} message(s) to fix:\n"
                          + "\n".join(problems))


@pytest.mark.parametrize("language", TRANSLATED)
def test_placeholders_and_mnemonics_are_kept(language):
    problems = []
    for key, message in messages(ts_path(language)):
        source = key[1]
        wanted = set(PLACEHOLDER.findall(source))
        has_mnemonic = bool(MNEMONIC.search(source))
        for text in translations(message):
            if not text:
                continue  # reported by test_every_message_is_translated
            got = set(PLACEHOLDER.findall(text))
            if wanted - got:
                problems.append(f"{describe(key, message)}: {text!r} lacks "
                                f"{', '.join(sorted(wanted - got))}")
            if got - wanted:
                problems.append(f"{describe(key, message)}: {text!r} adds "
                                f"{', '.join(sorted(got - wanted))}")
            if has_mnemonic and not MNEMONIC.search(text):
                problems.append(f"{describe(key, message)}: {text!r} lacks the & mnemonic")
    assert not problems, "\n".join(problems)


def lupdate() -> str:
    tool = i18n._tool("pyside6-lupdate")
    if not (Path(tool).exists() or shutil.which(tool)):
        pytest.fail("pyside6-lupdate not found next to the Python interpreter or on PATH")
    return tool


def _translate_calls(tree):
    import ast
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            yield node, name


def test_every_tr_call_is_one_lupdate_can_read():
    """pyside6-lupdate reads ``self.tr(text[, disambiguation, n])`` and
    ``translate(context, text[, disambiguation])`` with literal texts. It does not follow an
    alias (``t = QCoreApplication.translate``), and it files a count given to ``translate``
    as a plain message, which Qt never uses for a count: such texts stay English."""
    import ast

    problems = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Assign) and isinstance(node.value, ast.Attribute)
                    and node.value.attr == "translate"
                    and any(getattr(t, "id", "") != "translate" for t in node.targets)):
                problems.append(f"{path.relative_to(ROOT)}:{node.lineno}: alias of translate")
        for node, name in _translate_calls(tree):
            if name == "translate" and (len(node.args) > 3 or node.keywords):
                problems.append(f"{path.relative_to(ROOT)}:{node.lineno}: a count given to "
                                "translate(); use self.tr(text, '', n) in a class")
    assert not problems, "\n".join(problems)


def test_every_message_has_a_context():
    """lupdate files a tr() it cannot place (e.g. a module-level ``def tr(text)`` wrapper
    around ``translate("x", text)``) under an empty context, which Qt never looks up at run
    time: those texts would stay English whatever the .ts says."""
    stray = [describe(key, message) for key, message in messages(ts_path("fi")) if not key[0]]
    assert not stray, "tr() calls lupdate cannot place:\n" + "\n".join(stray[:20])


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_ts_files_are_up_to_date_with_the_sources(language, tmp_path):
    """Runs lupdate into a copy, as ``python -m ui.i18n --update`` would, and compares."""
    committed = ts_path(language)
    assert committed.exists(), f"{committed} is missing: run python -m ui.i18n --update"
    fresh = tmp_path / committed.name
    shutil.copyfile(committed, fresh)  # so lupdate keeps what is there, as the update does
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run([lupdate(), "-no-obsolete", "-silent", *sources, "-ts", str(fresh)],
                   check=True, capture_output=True, cwd=ROOT)
    now = dict(messages(fresh))
    before = dict(messages(committed))
    new = sorted(set(now) - set(before))
    gone = sorted(set(before) - set(now))
    lines = []
    if new:
        lines.append(f"{len(new)} source string(s) not in {committed.name}:")
        lines += [f"  {describe(k, now[k])}" for k in new]
    if gone:
        lines.append(f"{len(gone)} message(s) in {committed.name} no longer in the sources:")
        lines += [f"  {describe(k, before[k])}" for k in gone]
    if lines:
        lines.append("Run: python -m ui.i18n --update, then translate the new messages in "
                     "vastaanotto_fi.ts and vastaanotto_sv.ts.")
    assert not lines, "\n".join(lines)


@pytest.fixture
def translators(qapp, monkeypatch, tmp_path):
    """Installs languages as the app does; the .qm files go to tmp, not the user cache."""
    monkeypatch.setattr(i18n, "compiled_dir", lambda: tmp_path)
    previous = QLocale()

    def install(language: str) -> str:
        return i18n.install(qapp, language)

    yield install
    i18n.install(qapp, "en")
    QLocale.setDefault(previous)


def tr(context: str, text: str, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, None, n)


def test_installed_translators_switch_the_language(translators, owner_ctx, qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from ui.main_window import MainWindow

    def window():
        made = MainWindow(owner_ctx, qsettings=QSettings(str(tmp_path / "ui.ini"),
                                                         QSettings.Format.IniFormat))
        qtbot.addWidget(made)
        return made

    assert translators("fi") == "fi"
    assert tr("errors", "This field is required.") == "Tämä kenttä on pakollinen."
    assert tr("MainWindow", "Calendar") == "Kalenteri"
    assert tr("CalendarOverview", "%1: %n appointment(s)", 1) == "%1: 1 ajanvaraus"
    assert tr("CalendarOverview", "%1: %n appointment(s)", 3) == "%1: 3 ajanvarausta"
    finnish = window()
    assert finnish.navigation.item(0).text() == "Kalenteri"
    assert [m.title() for m in (a.menu() for a in finnish.menuBar().actions())] == [
        "&Tiedosto", "&Näytä", "&Ohje"]

    assert translators("sv") == "sv"
    assert tr("errors", "This field is required.") == "Fältet är obligatoriskt."
    assert tr("MainWindow", "Calendar") == "Kalender"
    assert tr("CalendarOverview", "%1: %n appointment(s)", 2) == "%1: 2 bokningar"

    assert translators("en") == "en"
    assert tr("errors", "This field is required.") == "This field is required."
    assert tr("MainWindow", "Calendar") == "Calendar"
    english = window()
    assert english.navigation.item(0).text() == "Calendar"
    assert english.menuBar().actions()[0].menu().title() == "&File"
