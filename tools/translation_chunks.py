"""Hand the unfinished Finnish and Swedish messages to translators as JSON, and merge them back.

    python tools/translation_chunks.py export OUT_DIR [--size 150]
        writes OUT_DIR/chunk_NN.json: a list of {"context", "source", "comment", "numerus",
        "where", "fi", "sv"} with fi/sv empty (or a list of two plural forms when numerus);
    python tools/translation_chunks.py merge FILE...
        writes the filled-in fi/sv texts into resources/translations/vastaanotto_{fi,sv}.ts and
        marks them finished. A message whose placeholders (%1, %n) do not match is refused.

Run ``python -m ui.i18n --update`` first so the .ts files know every tr() string.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("fi", "sv")
PLACEHOLDER = re.compile(r"%[1-9n]")


def ts_path(language: str) -> Path:
    return ROOT / "resources" / "translations" / f"vastaanotto_{language}.ts"


def _key(context: str, message: ET.Element) -> tuple[str, str, str]:
    return (context, message.findtext("source") or "", message.findtext("comment") or "")


def _iter(root: ET.Element):
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield _key(name, message), message


def _unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None:
        return True
    if translation.get("type") in ("unfinished",):
        return True
    if message.get("numerus") == "yes":
        return not all((f.text or "").strip() for f in translation.iter("numerusform"))
    return not (translation.text or "").strip()


def export(out_dir: Path, size: int) -> int:
    wanted: dict[tuple[str, str, str], dict] = {}
    for language in LANGUAGES:
        root = ET.parse(ts_path(language)).getroot()
        for key, message in _iter(root):
            if not _unfinished(message):
                continue
            location = message.find("location")
            entry = wanted.setdefault(key, {
                "context": key[0], "source": key[1], "comment": key[2],
                "numerus": message.get("numerus") == "yes",
                "where": location.get("filename", "") if location is not None else "",
                "fi": None, "sv": None})
            entry[language] = ["", ""] if entry["numerus"] else ""
    # A message unfinished in one language only keeps the other as it is (None = leave).
    entries = list(wanted.values())
    out_dir.mkdir(parents=True, exist_ok=True)
    for n in range(0, len(entries), size):
        path = out_dir / f"chunk_{n // size:02d}.json"
        path.write_text(json.dumps(entries[n:n + size], ensure_ascii=False, indent=1),
                        encoding="utf-8")
    return len(entries)


def _check(entry: dict, language: str, text) -> str | None:
    forms = text if isinstance(text, list) else [text]
    if not all(isinstance(f, str) and f.strip() for f in forms):
        return "empty"
    want = sorted(set(PLACEHOLDER.findall(entry["source"])))
    for form in forms:
        got = sorted(set(PLACEHOLDER.findall(form)))
        if entry["numerus"]:
            # A plural form may leave %n out only if the source has no other placeholder.
            got = sorted(set(got) | {"%n"}) if "%n" in want else got
        if got != want:
            return f"placeholders {got} != {want}"
    return None


def merge(files: list[Path]) -> int:
    by_key: dict[tuple[str, str, str], dict] = {}
    for file in files:
        for entry in json.loads(file.read_text(encoding="utf-8")):
            by_key[(entry["context"], entry["source"], entry["comment"])] = entry
    problems = 0
    for language in LANGUAGES:
        path = ts_path(language)
        tree = ET.parse(path)
        for key, message in _iter(tree.getroot()):
            entry = by_key.get(key)
            if entry is None or entry.get(language) in (None, "", ["", ""]):
                continue
            text = entry[language]
            problem = _check(entry, language, text)
            if problem:
                print(f"{language} [{key[0]}] {key[1]!r}: {problem}", file=sys.stderr)
                problems += 1
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.attrib.pop("type", None)
            for child in list(translation):
                translation.remove(child)
            if entry["numerus"]:
                translation.text = None
                for form in text:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = text
        ET.indent(tree, space="    ")
        body = ET.tostring(tree.getroot(), encoding="unicode")
        path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                        encoding="utf-8")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("export")
    ex.add_argument("out_dir", type=Path)
    ex.add_argument("--size", type=int, default=150)
    mg = sub.add_parser("merge")
    mg.add_argument("files", type=Path, nargs="+")
    args = parser.parse_args()
    if args.command == "export":
        print(export(args.out_dir, args.size), "messages to translate")
        return 0
    problems = merge(args.files)
    print(problems, "refused")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
