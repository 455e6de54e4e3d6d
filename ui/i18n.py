"""Qt Linguist end to end: English source strings, ``resources/translations/*.ts`` sources,
``.qm`` files built into the user cache at run time (never committed), Qt's own qtbase
translations loaded too.

``python -m ui.i18n --update`` runs pyside6-lupdate over ui/ to refresh the .ts files.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANGUAGES = ("fi", "sv", "en")
DEFAULT_LANGUAGE = "fi"
_installed: list[QTranslator] = []


def translations_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    base = Path(frozen) if frozen else Path(__file__).resolve().parents[1]
    return base / "resources" / "translations"


def _tool(name: str) -> str:
    """pyside6-lrelease/lupdate from the venv that runs us, else from PATH."""
    candidate = Path(sys.executable).with_name(name)
    return str(candidate) if candidate.exists() else (shutil.which(name) or name)


def compiled_dir() -> Path:
    from vastaanotto.paths import cache_dir

    path = cache_dir() / "translations"
    path.mkdir(parents=True, exist_ok=True)
    return path


def build_qm(language: str) -> Path | None:
    """Compile the .ts of ``language`` into the cache if it is missing or older than the .ts.

    A frozen build carries .qm files compiled by ``make package`` (it has no lrelease)."""
    prebuilt = translations_dir() / f"vastaanotto_{language}.qm"
    if getattr(sys, "frozen", False) and prebuilt.exists():
        return prebuilt
    ts = translations_dir() / f"vastaanotto_{language}.ts"
    if not ts.exists():
        return None
    qm = compiled_dir() / f"vastaanotto_{language}.qm"
    if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
        tmp = qm.with_suffix(".qm.tmp")
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(tmp)],
                       check=True, capture_output=True)
        tmp.replace(qm)  # atomic: a half-written .qm is never loaded
    return qm


def install(app: QCoreApplication, language: str = DEFAULT_LANGUAGE) -> str:
    """Install the translators for ``language`` (replacing earlier ones); returns it."""
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale({"fi": QLocale.Finnish, "sv": QLocale.Swedish,
                                "en": QLocale.English}[language],
                               QLocale.Finland))
    if language != "en":  # English is the source language
        qtbase = QTranslator(app)
        if qtbase.load(f"qtbase_{language}",
                       QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qtbase)
            _installed.append(qtbase)
        qm = build_qm(language)
        ours = QTranslator(app)
        if qm is not None and ours.load(str(qm)):
            app.installTranslator(ours)
            _installed.append(ours)
    return language


def has_own_translator() -> bool:
    """True when the program's own .qm is installed (the packaged self-test checks it)."""
    return any("vastaanotto_" in Path(t.filePath()).name for t in _installed)


def update_sources() -> None:
    """Refresh every .ts from the tr() calls under ui/ (keeps existing translations)."""
    root = Path(__file__).resolve().parents[1]
    sources = sorted(str(p) for p in (root / "ui").rglob("*.py"))
    for language in LANGUAGES:
        ts = translations_dir() / f"vastaanotto_{language}.ts"
        subprocess.run([_tool("pyside6-lupdate"), "-no-obsolete", *sources, "-ts", str(ts)],
                       check=True)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Translation tools")
    parser.add_argument("--update", action="store_true", help="refresh .ts from sources")
    parser.add_argument("--build", action="store_true", help="build .qm into the cache")
    args = parser.parse_args(argv)
    if args.update:
        update_sources()
    if args.build or not args.update:
        for language in LANGUAGES:
            print(language, build_qm(language))


if __name__ == "__main__":
    main()
