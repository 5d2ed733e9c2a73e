"""Broken exports must never crash a check or the run: mutate every fixture's values at random
(fixed seeds, so the test is deterministic) and lint the lot.

A check that raises becomes a CL000 finding rather than a traceback; either would be a bug here.
"""

from __future__ import annotations

import copy
import json
import random

import pytest
import yaml

from cl_testutil import FIXTURES
from compliance_lint.api import lint
from compliance_lint.config import Settings

ODD_VALUES = [None, 0, 1.5, True, "", "x", "yes", -1, [], {}, ["a", 1], {"a": None}, {"type": {"x": 1}}]


def _mutate(node: object, rng: random.Random, rate: float) -> None:
    if isinstance(node, dict):
        for key in list(node):
            roll = rng.random()
            if roll < rate:
                node[key] = rng.choice(ODD_VALUES)
            elif roll < rate * 1.2:
                del node[key]
            else:
                _mutate(node[key], rng, rate)
    elif isinstance(node, list):
        for index in range(len(node)):
            if rng.random() < rate:
                node[index] = rng.choice(ODD_VALUES)
            else:
                _mutate(node[index], rng, rate)


def _load(path):
    text = path.read_text(encoding="utf-8")
    return json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)


SOURCES = sorted(p for p in FIXTURES.rglob("*") if p.suffix in (".json", ".yml", ".yaml"))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_randomly_broken_configs_never_crash(tmp_path, seed):
    rng = random.Random(seed)
    written = 0
    for source in SOURCES:
        try:
            data = _load(source)
        except (ValueError, yaml.YAMLError):
            continue  # the fixtures that are broken on purpose
        for variant in range(2):
            broken = copy.deepcopy(data)
            _mutate(broken, rng, rate=0.1 + 0.2 * variant)
            target = tmp_path / f"v{variant}" / source.relative_to(FIXTURES)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(json.dumps(broken) if source.suffix == ".json" else yaml.safe_dump(broken))
            written += 1
    result = lint(["."], Settings(), cwd=tmp_path)
    crashed = [f.message for f in result.findings if f.rule_id == "CL000"]
    assert written > 100 and not crashed, crashed[:3]
