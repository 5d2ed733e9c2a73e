"""Shared fixtures for the PHI tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from compliance_lint.phi import scan

REPO = Path(__file__).resolve().parents[2]
DEV_FILES = (REPO / "tests/data/phi/devset_generated.jsonl", REPO / "tests/data/phi/devset_handwritten.jsonl")
EXTERNAL = REPO.parent / "shared" / "phi-external" / "synth_dataset_v2.cases.jsonl"

Found = Callable[..., list[tuple[str, str]]]


def _found(text: str, **kw: object) -> list[tuple[str, str]]:
    """(type, matched text) of every hit, for position-exact assertions."""
    return [(h.type, text[h.start : h.end]) for h in scan(text, **kw)]  # type: ignore[arg-type]


@pytest.fixture
def found() -> Found:
    return _found
