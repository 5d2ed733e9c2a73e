"""A module-level name bound twice in a PHI module is a silent bug: the later pattern wins and the
earlier one's users read it (it happened twice: a second `_ROLE_PAREN_BEFORE`, a second
`_DEFAULT_BIRTHDAY`). Only a deliberate extension (`COMMON_WORDS = COMMON_WORDS | ...`) may rebind."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

PHI_DIR = Path(__file__).resolve().parents[2] / "src/compliance_lint/phi"
MODULES = sorted(PHI_DIR.rglob("*.py"))


def _rebinds_itself(node: ast.Assign, name: str) -> bool:
    return any(isinstance(n, ast.Name) and n.id == name for n in ast.walk(node.value))


@pytest.mark.parametrize("path", MODULES, ids=[p.relative_to(PHI_DIR).as_posix() for p in MODULES])
def test_no_module_name_bound_twice(path: Path) -> None:
    bound: Counter[str] = Counter()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name) and not _rebinds_itself(node, target.id):
                    bound[target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            bound[node.name] += 1
    assert [name for name, n in bound.items() if n > 1] == []
