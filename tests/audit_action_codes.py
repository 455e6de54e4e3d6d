"""Every audit action code the core can write, collected from the source (AST).

Used by the tests that make sure each code has words (the log viewer's Action column, the
client's access report), so a new ``audit(session, ctx, "something.new")`` fails them until
someone names it. Listing the codes by hand would go stale the day a service is added.

What counts as a code: the action argument of a call to ``audit`` (the third positional or
``action=``), seen through the ways the services pass it on:

* a literal, or ``"a" if x else "b"``;
* a local variable assigned literals in the same function;
* a parameter of the enclosing function (``_audit_now(ctx, action)``, ``_read(…, action, …)``):
  the literals that callers of that function pass in that place, anywhere in the core;
* a module constant (``retention.RUN_ACTION``).

Anything else is reported as unresolved, and the tests fail on it rather than miss a code.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORE = ROOT / "vastaanotto"


@dataclass
class Collected:
    codes: dict[str, set[str]] = field(default_factory=dict)       # code -> files
    client_codes: set[str] = field(default_factory=set)             # may carry a client_id
    unresolved: list[str] = field(default_factory=list)             # "file:line expr"


def _name(func: ast.expr) -> str:
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _parents(tree: ast.AST) -> dict[ast.AST, ast.AST]:
    return {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}


def _enclosing_function(node, parents):
    while node in parents:
        node = parents[node]
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            return node
    return None


def _argument(call: ast.Call, position: int, keyword: str) -> ast.expr | None:
    if any(isinstance(a, ast.Starred) for a in call.args[:position + 1]):
        return None
    if len(call.args) > position:
        return call.args[position]
    return next((k.value for k in call.keywords if k.arg == keyword), None)


def _carries_client(call: ast.Call) -> bool:
    value = next((k.value for k in call.keywords if k.arg == "client_id"), None)
    return value is not None and not (isinstance(value, ast.Constant) and value.value is None)


class _Core:
    def __init__(self) -> None:
        self.trees: dict[Path, ast.Module] = {}
        self.parents: dict[Path, dict] = {}
        for path in sorted(CORE.rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            self.trees[path] = tree
            self.parents[path] = _parents(tree)
        self.imported = {path: {alias.asname or alias.name for node in ast.walk(tree)
                                if isinstance(node, ast.ImportFrom) for alias in node.names}
                         for path, tree in self.trees.items()}
        self.constants: dict[str, set[str]] = {}
        for tree in self.trees.values():
            for node in tree.body:
                if (isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
                        and isinstance(node.value.value, str)):
                    for target in node.targets:
                        if isinstance(target, ast.Name):
                            self.constants.setdefault(target.id, set()).add(node.value.value)

    def calls_to(self, name: str, within: Path | None = None):
        """Calls of ``name``; of a private (_name) function only in its own module and the
        modules that import it by name (two modules' ``_read`` are different functions)."""
        for path, tree in self.trees.items():
            if (within is not None and name.startswith("_") and path != within
                    and name not in self.imported[path]):
                continue
            for node in ast.walk(tree):
                if isinstance(node, ast.Call) and _name(node.func) == name:
                    yield path, node

    def resolve(self, path: Path, expr: ast.expr, depth: int = 0) -> set[str] | None:
        """The literal codes ``expr`` can be, None when they cannot be seen."""
        if depth > 4:
            return None
        if isinstance(expr, ast.Constant) and isinstance(expr.value, str):
            return {expr.value}
        if isinstance(expr, ast.IfExp):
            body, orelse = self.resolve(path, expr.body, depth), self.resolve(path, expr.orelse,
                                                                              depth)
            return None if body is None or orelse is None else body | orelse
        if isinstance(expr, ast.Attribute) and expr.attr in self.constants:
            return set(self.constants[expr.attr])
        if not isinstance(expr, ast.Name):
            return None
        function = _enclosing_function(expr, self.parents[path])
        if function is None:
            return set(self.constants.get(expr.id, ())) or None
        found: set[str] = set()
        for node in ast.walk(function):
            if isinstance(node, ast.Assign) and any(
                    isinstance(t, ast.Name) and t.id == expr.id for t in node.targets):
                values = self.resolve(path, node.value, depth + 1)
                if values is None:
                    return None
                found |= values
        params = [a.arg for a in (*function.args.posonlyargs, *function.args.args)]
        kwonly = [a.arg for a in function.args.kwonlyargs]
        if expr.id in params or expr.id in kwonly:
            position = params.index(expr.id) if expr.id in params else 10_000
            callers = list(self.calls_to(function.name, path))
            if not callers:
                return None
            for caller_path, call in callers:
                arg = _argument(call, position, expr.id)
                values = None if arg is None else self.resolve(caller_path, arg, depth + 1)
                if values is None:
                    return None
                found |= values
        elif not found and expr.id in self.constants:
            found = set(self.constants[expr.id])
        return found or None

    def wrapper_carries_client(self, path: Path, call: ast.Call) -> bool:
        """True when ``call`` is inside a wrapper whose callers may pass a client."""
        function = _enclosing_function(call, self.parents[path])
        return function is not None and any(
            k.arg == "client_id"
            for _, c in self.calls_to(function.name, path) for k in c.keywords)


def collect() -> Collected:
    core = _Core()
    result = Collected()
    for path, call in core.calls_to("audit"):
        arg = _argument(call, 2, "action")
        codes = None if arg is None else core.resolve(path, arg)
        where = f"{path.relative_to(ROOT)}:{call.lineno}"
        if codes is None:
            result.unresolved.append(f"{where} {ast.unparse(call)[:120]}")
            continue
        for code in codes:
            result.codes.setdefault(code, set()).add(str(path.relative_to(ROOT)))
        if _carries_client(call) or core.wrapper_carries_client(path, call):
            result.client_codes |= codes
    return result
