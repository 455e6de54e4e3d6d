"""Every error code the billing core can raise has words in ui/errors.py.

The codes are collected from the source (AST), not listed by hand, so a new
``Conflict("something_new")`` in a billing file fails this test until the UI can say it:
without a message the person would read "Something went wrong (something_new)."
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from ui.errors import code_message
from vastaanotto import errors as core_errors

ROOT = Path(__file__).resolve().parents[2]
BILLING_FILES = sorted(
    {*ROOT.glob("vastaanotto/services/payment*.py"), *ROOT.glob("vastaanotto/billing/*.py")}
    | {ROOT / "vastaanotto/services" / name for name in (
        "receipts.py", "invoicing.py", "invoice_lists.py", "invoice_rules.py", "reminders.py",
        "reports.py", "client_history.py")})

ERROR_CLASSES = {name: cls for name, cls in vars(core_errors).items()
                 if isinstance(cls, type) and issubclass(cls, core_errors.VastaanottoError)}


def _name(func: ast.expr) -> str:
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _literal(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _code_arg(node: ast.AST) -> ast.expr | None:
    """The code argument of a core error's construction, None for anything else."""
    if not isinstance(node, ast.Call) or _name(node.func) not in ERROR_CLASSES:
        return None
    position = 1 if issubclass(ERROR_CLASSES[_name(node.func)], core_errors.ValidationError) \
        else 0
    if len(node.args) > position:
        return node.args[position]
    return next((k.value for k in node.keywords if k.arg == "code"), None)


def codes_in(path: Path) -> set[str]:
    """The codes of the core errors constructed in ``path``: the literal code argument
    (ValidationError's second, the others' first or ``code=``), the class's own code when
    none is given, and the literal strings assigned to a variable named ``code`` (a code
    passed on as ``ValidationError(field, code)``)."""
    found: set[str] = set()
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for function in ast.walk(tree):
        if isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)) and any(
                _code_arg(n) is not None and isinstance(_code_arg(n), ast.Name)
                and _code_arg(n).id == "code" for n in ast.walk(function)):
            for node in ast.walk(function):
                if isinstance(node, ast.Assign) and any(
                        isinstance(t, ast.Name) and t.id == "code" for t in node.targets):
                    if (value := _literal(node.value)) is not None:
                        found.add(value)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or _name(node.func) not in ERROR_CLASSES:
            continue
        cls = ERROR_CLASSES[_name(node.func)]
        if cls is core_errors.ValidationErrors:
            continue   # a bundle of ValidationErrors, each collected where it is made
        arg = _code_arg(node)
        if cls is core_errors.PermissionDenied:
            found.add(cls.code)   # its argument is the action, not a code
        elif arg is None:
            found.add(cls.code)
        elif (code := _literal(arg)) is not None:
            found.add(code)
    return found


def billing_codes() -> dict[str, list[str]]:
    codes: dict[str, list[str]] = {}
    for path in BILLING_FILES:
        for code in codes_in(path):
            codes.setdefault(code, []).append(path.name)
    return codes


def test_the_collector_sees_the_known_codes():
    """Guards the collector itself: a broken AST walk would find nothing and pass."""
    codes = billing_codes()
    for code in ("payment_is_rounding", "payment_is_refund", "zero_amount", "not_found",
                 "permission_denied", "statement_invalid_record", "reminder_too_early",
                 "visit_already_invoiced", "pdf_fonts_missing", "end_before_start"):
        assert code in codes, code
    assert len(codes) > 40


@pytest.mark.parametrize("code", sorted(billing_codes()))
def test_every_billing_error_code_has_a_message(qapp, code):
    fallback = code_message("__no_such_code__", {}).replace("__no_such_code__", code)
    assert code_message(code, {}) != fallback, \
        f"ui/errors.py has no message for {code!r} (raised in {billing_codes()[code]})"
