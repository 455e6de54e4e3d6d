"""The core never imports Qt or the UI (STYLE.md 1): import every core module in a fresh
interpreter and look at sys.modules."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = textwrap.dedent("""
    import importlib, json, pkgutil, sys, traceback

    import vastaanotto

    imported, failed = [], {}
    for info in pkgutil.walk_packages(vastaanotto.__path__, "vastaanotto."):
        try:
            importlib.import_module(info.name)
            imported.append(info.name)
        except Exception:
            failed[info.name] = traceback.format_exc(limit=3)

    def is_forbidden(name):
        return (name.split(".")[0] in {"PySide6", "shiboken6", "PyQt5", "PyQt6", "ui"})

    print(json.dumps({
        "imported": imported,
        "failed": failed,
        "forbidden": sorted(m for m in sys.modules if is_forbidden(m)),
    }))
""")


def run_probe(code: str) -> dict:
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_core_modules_import_without_qt_or_ui():
    report = run_probe(PROBE)
    assert report["failed"] == {}, "core modules that do not import:\n" + "\n".join(
        f"{k}:\n{v}" for k, v in report["failed"].items())
    # The walk really covered the core (not an empty or wrong package).
    expected = {"vastaanotto.db.engine", "vastaanotto.services.auth",
                "vastaanotto.privacy.audit_chain", "vastaanotto.models.staff",
                "vastaanotto.secrets", "vastaanotto.permissions"}
    assert expected <= set(report["imported"])
    assert report["forbidden"] == []


def test_probe_detects_a_qt_import():
    """The detector itself works: a core-like import of PySide6 shows up in the report."""
    report = run_probe("import PySide6.QtCore\n" + PROBE)
    assert "PySide6.QtCore" in report["forbidden"]
