"""The recognizers on long, realistic configuration text (tests/data/phi-realistic, see its README).

Generated dev-set negatives are short and clean; real prompts have Markdown headings, outline
numbering, personas, staff and the practice's own contact data. Every negative here must stay silent
and every positive must be found, with each labeled span covered by a hit of the same type.
"""

from __future__ import annotations

import json

import pytest

from cl_testutil import REPO
from compliance_lint.phi import field_verdict, scan

CASES = [json.loads(line) for line in (REPO / "tests/data/phi-realistic/cases.jsonl").read_text().splitlines()]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_realistic_config_text(case):
    hits = scan(case["text"], field=case["field"])
    verdict = field_verdict(hits, case["text"])
    if not case["phi"]:
        shown = [(h.type, h.recognizer, h.reason) for h in hits]
        assert verdict is None, f"false alarm: {shown}"
        return
    assert verdict is not None
    for span in case["spans"]:
        assert any(h.type == span["type"] and h.start < span["end"] and span["start"] < h.end for h in hits), span
    labeled = {(s["start"], s["end"]) for s in case["spans"]}
    extra = [(h.type, h.recognizer) for h in hits
             if not any(a < h.end and h.start < b for a, b in labeled)]
    assert not extra, f"hits outside the labeled spans (e.g. the practice's own lines): {extra}"
