"""Every rule's pass/fail cases (tests/rules/*.yaml), position-exact, through one generic runner."""

from __future__ import annotations

from pathlib import Path

import pytest

from compliance_lint.engine.packs import load_catalog
from compliance_lint.testing import iter_cases, run_case

CASES_DIR = Path(__file__).parent / "rules"
CASES = list(iter_cases(CASES_DIR))
CATALOG = load_catalog([])


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule_case(case):
    outcome = run_case(case, CATALOG)
    assert outcome.actual == outcome.expected, f"messages: {outcome.messages}"


def test_every_rule_has_a_failing_and_a_passing_case():
    failing = {rule for case in CASES if not case.passing for rule in case.rules}
    passing = {rule for case in CASES if case.passing for rule in case.rules}
    missing = sorted(r for r in CATALOG.rules if r not in failing or r not in passing)
    assert not missing, f"rules without both a failing and a passing case: {missing}"
