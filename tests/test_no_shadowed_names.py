"""No module-level name in the package is bound twice by accident.

The PHI recognizers hold hundreds of module-level patterns; a second `_NAME = ...` further down
silently replaces the first, and every use of the first then reads the second. That happened twice
(`_GREETING_END`, `_NAMES_AS_NAMES_AFTER` in `names.py`) and only a change in results showed it.
Growing a set on purpose (`COMMON_WORDS = COMMON_WORDS | ...`) reads the old value and is allowed.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "compliance_lint"
MODULES = sorted(PACKAGE.rglob("*.py"))


def _bound_names(node: ast.stmt) -> list[str]:
    if isinstance(node, ast.Assign):
        return [t.id for t in node.targets if isinstance(t, ast.Name)]
    if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
        return [node.target.id]
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return [node.name]
    return []


def _reads(node: ast.stmt, name: str) -> bool:
    value = getattr(node, "value", None)
    return value is not None and any(isinstance(n, ast.Name) and n.id == name for n in ast.walk(value))


def shadowed(source: str) -> list[tuple[str, int, int]]:
    """(name, first line, later line) for every module-level rebinding that does not read the old value."""
    seen: dict[str, int] = {}
    out: list[tuple[str, int, int]] = []
    for node in ast.parse(source).body:
        for name in _bound_names(node):
            if name in seen and not _reads(node, name):
                out.append((name, seen[name], node.lineno))
            seen[name] = node.lineno
    return out


def test_the_check_finds_a_shadowed_pattern() -> None:
    source = "import re\n_CUE = re.compile('a')\nWORDS = {'x'}\nWORDS = WORDS | {'y'}\n_CUE = re.compile('b')\n"
    assert shadowed(source) == [("_CUE", 2, 5)]


@pytest.mark.parametrize("module", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_level_name_is_bound_twice(module: Path) -> None:
    assert shadowed(module.read_text(encoding="utf-8")) == []
