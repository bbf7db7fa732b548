"""The import graph of the runtime package: no cycle, and rules read recognized spans, never recognize or extract.

Every ``import`` of a ``vnadmin_parse`` module counts, inside functions and under ``TYPE_CHECKING`` too: a
cycle that only type checking sees is still two modules that cannot be understood one without the other.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "vnadmin_parse"
ROOT = "vnadmin_parse"


def _modules() -> dict[str, Path]:
    out = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        out[name] = path
    return out


def _imports(name: str, path: Path, known: set[str]) -> Iterator[str]:
    """The package modules ``name`` imports (``from a import b`` is module ``a.b`` when that is a module)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (a.name for a in node.names if a.name.split(".")[0] == ROOT)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(
                    package.split(".")[: len(package.split(".")) - node.level + 1] + ([base] if base else [])
                )
            if base.split(".")[0] != ROOT:
                continue
            subs = [f"{base}.{a.name}" for a in node.names if f"{base}.{a.name}" in known]
            yield from subs if subs else [base]


def graph() -> dict[str, set[str]]:
    modules = _modules()
    known = set(modules)
    return {n: {m for m in _imports(n, p, known) if m in known and m != n} for n, p in modules.items()}


def _cycles(g: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in sorted(g[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(g):
        if v not in index:
            visit(v)
    return out


def test_no_import_cycle() -> None:
    assert _cycles(graph()) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_rules_do_not_import_recognize_or_extract() -> None:
    g = graph()
    found = {
        rule: {m for m in deps if m.startswith(("vnadmin_parse.recognize", "vnadmin_parse.extract"))}
        for rule, deps in g.items()
        if rule.startswith("vnadmin_parse.rules.")
    }
    # A rule reads what the recognizers put in ``Analysis``: recognition a rule needs belongs in recognize/.
    assert {rule: deps for rule, deps in found.items() if deps} == {}


def test_no_development_tool_in_the_runtime_package() -> None:
    modules = _modules()
    for tool in ("generate", "render_seed", "build_lexicon", "build_gazetteer"):
        assert not [n for n in modules if n.endswith(f".{tool}")], tool
