"""1 MB adversarial strings through every recognizer: must complete (no timing assertions)."""

from __future__ import annotations

import random

import pytest

from compliance_lint.phi import scan
from compliance_lint.phi.context import Scan, split_key
from compliance_lint.phi.engine import RECOGNIZERS

MB = 1_048_576


def _inputs() -> list[tuple[str, str]]:
    rng = random.Random(7)
    # Random mix of the four hostile characters, plus the pure runs that hurt backtracking most.
    return [
        ("mixed", "".join(rng.choice("0123456789 @.") for _ in range(MB))),
        ("digit-space", "1 " * (MB // 2)),
        ("at-dot", "@." * (MB // 2)),
    ]


INPUTS = _inputs()


@pytest.mark.parametrize("name", sorted(RECOGNIZERS))
def test_recognizer_finishes_on_adversarial_input(name: str) -> None:
    rec = RECOGNIZERS[name]
    for kind, text in INPUTS:
        for field in ("prompt", "label") if kind == "mixed" else ("prompt",):
            hits = rec(Scan(text, field, split_key("patient_ssn")))
            assert all(0 <= h.start < h.end <= len(text) for h in hits)


def test_scan_finishes_on_adversarial_input() -> None:
    for _, text in INPUTS:
        assert isinstance(scan(text), list)


def test_name_heavy_input_is_handled_in_linear_structures() -> None:
    # Thousands of candidate names in one field used to hit list-scanning overlap checks.
    text = "Ab " * 40_000 + "Rosa Alvarez, Jane Roe and Tom Lee. " * 3_000
    for field in ("prompt", "label"):
        hits = scan(text, field=field)
        assert all(0 <= h.start < h.end <= len(text) for h in hits)


def test_letter_runs_and_pasted_keys_are_linear() -> None:
    """A long run of capitals (a pasted key or token) made the caps-name hint re-read the run at
    every position: 20,000 capitals took 5 s, so a 1 MB one would have taken hours."""
    rng = random.Random(11)
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    blob = "".join(rng.choice(alphabet) for _ in range(MB // 4))
    # (and, in a label, a long run of links or of initials: the label readers re-scanned every chunk
    # or re-sliced the run for each one;
    # and many bare ordinal dates: each looked for "e.g." in the whole text)
    for text in ("A" * MB, "A." * (MB // 2), blob, "http://a/" * (MB // 36), "K. " * (MB // 12),
                 "–on the 1st " * (MB // 48)):
        for field, key in (("prompt", None), ("label", None), ("value", "patient_name")):
            hits = scan(text, field=field, key=key)
            assert all(0 <= h.start < h.end <= len(text) for h in hits)
