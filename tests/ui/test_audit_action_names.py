"""Every audit action code the core can write has a plain name in the owner's log viewer.

The codes are collected from the source (tests/audit_action_codes.py, by AST), not listed by
hand, so a new ``audit(session, ctx, "something.new")`` fails this test until
ui/privacy/action_names.py names it: without a name the auditor would read the raw code.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.audit_action_codes import collect
from ui.privacy import action_names
from ui.privacy.action_names import action_name

COLLECTED = collect()


def test_the_collector_sees_the_known_codes():
    """Guards the collector itself: a broken AST walk would find nothing and pass."""
    codes = COLLECTED.codes
    for code in ("invoice.listed", "calendar.viewed", "login.ok", "privacy.request_recorded",
                 "permission.refused",                      # literal in require()
                 "client.unarchived", "consent.withdrawn",  # "a" if x else "b"
                 "room.updated",                            # local variable
                 "appointment.resized", "invoice.printed",  # passed to a private wrapper
                 "backup.created", "backup.keys_imported",  # _audit_now imported elsewhere
                 "message.sent", "message.retry_scheduled",  # messaging/sender._audit
                 "privacy.retention_run"):                  # module constant
        assert code in codes, code
    assert len(codes) > 120
    assert COLLECTED.unresolved == [], \
        "audit() calls whose action the collector cannot see:\n" + \
        "\n".join(COLLECTED.unresolved)


@pytest.mark.parametrize("code", sorted(COLLECTED.codes))
def test_every_audit_action_has_a_name(qapp, code):
    name = action_name(code)
    assert name and name != code, \
        f"ui/privacy/action_names.py has no name for {code!r} " \
        f"(written in {sorted(COLLECTED.codes[code])})"


def test_names_tell_the_actions_apart(qapp):
    """The filter list shows names: two codes with one name could not be told apart."""
    names = action_names.action_names(COLLECTED.codes)
    by_name: dict[str, list[str]] = {}
    for code, name in names.items():
        by_name.setdefault(name, []).append(code)
    assert {n: c for n, c in by_name.items() if len(c) > 1} == {}


def test_an_unknown_code_is_shown_as_it_is(qapp):
    assert action_name("future.thing_done") == "future.thing_done"
    assert action_name("") == ""


def test_names_are_literal_translate_calls_for_the_extractor():
    """lupdate reads only literal ``translate("audit_actions", "…")`` calls: each name must be
    one, with the source text exactly as shown when no translation is loaded."""
    tree = ast.parse(Path(action_names.__file__).read_text(encoding="utf-8"))
    sources = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "translate":
            context, source = node.args[:2]
            assert isinstance(context, ast.Constant) and context.value == "audit_actions"
            assert isinstance(source, ast.Constant) and isinstance(source.value, str)
            sources.append(source.value)
    assert set(action_names.action_names(COLLECTED.codes).values()) <= set(sources)
