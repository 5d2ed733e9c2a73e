"""Scoring helpers for labeled PHI cases ({"id","text","field","key"?,"phi","spans"}).

Case level: a case is predicted positive iff scan() returns at least one hit. Span level: a gold
span counts as found when a hit overlaps it (`found_any`) and when that hit also has the same type
(`found_typed`). Used by bench/phi_bench.py and the quality tests.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from compliance_lint.phi.engine import scan
from compliance_lint.phi.hits import PhiHit

Case = dict[str, Any]


def load_cases(path: str | Path) -> list[Case]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def scan_case(case: Case) -> list[PhiHit]:
    fld = case.get("field")
    return scan(case["text"], key=case.get("key"), field=fld if fld in ("prompt", "label", "value", "url") else None)


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    span_total: Counter[str] = field(default_factory=Counter)
    span_found_any: Counter[str] = field(default_factory=Counter)
    span_found_typed: Counter[str] = field(default_factory=Counter)
    case_total: Counter[str] = field(default_factory=Counter)
    case_found: Counter[str] = field(default_factory=Counter)
    false_positives: list[tuple[str, str]] = field(default_factory=list)
    false_negatives: list[tuple[str, str]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def fpr(self) -> float:
        return self.fp / (self.fp + self.tn) if self.fp + self.tn else 0.0


def score(cases: Iterable[Case], scan_fn: Callable[[Case], list[PhiHit]] = scan_case,
          span_filter: Callable[[Case, dict[str, Any]], bool] | None = None) -> Score:
    """Score cases; `span_filter` can drop gold spans the policy does not count (external data)."""
    sc = Score()
    for case in cases:
        spans = [sp for sp in case.get("spans", []) if span_filter is None or span_filter(case, sp)]
        gold = bool(spans) if span_filter is not None else bool(case.get("phi"))
        hits = scan_fn(case)
        pred = bool(hits)
        if gold and pred:
            sc.tp += 1
        elif gold:
            sc.fn += 1
            sc.false_negatives.append((case["id"], case["text"][:160]))
        elif pred:
            sc.fp += 1
            sc.false_positives.append((case["id"], case["text"][:160]))
        else:
            sc.tn += 1
        types_in_case: set[str] = set()
        types_found: set[str] = set()
        for sp in spans:
            t = sp["type"]
            types_in_case.add(t)
            sc.span_total[t] += 1
            over = [h for h in hits if h.start < sp["end"] and sp["start"] < h.end]
            if over:
                sc.span_found_any[t] += 1
                types_found.add(t)
            if any(h.type == t or {h.type, t} <= {"PHONE", "FAX"} for h in over):
                sc.span_found_typed[t] += 1
        for t in types_in_case:
            sc.case_total[t] += 1
            if t in types_found:
                sc.case_found[t] += 1
    return sc
