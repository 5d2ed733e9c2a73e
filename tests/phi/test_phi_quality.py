"""Quality gates: dev-set F1/FPR and external recall (skipped when the shared file is absent)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from compliance_lint.phi.evaluate import load_cases, score

REPO = Path(__file__).resolve().parents[2]
DEV_FILES = (REPO / "tests/data/phi/devset_generated.jsonl", REPO / "tests/data/phi/devset_handwritten.jsonl")
EXTERNAL = REPO.parent / "shared" / "phi-external" / "synth_dataset_v2.cases.jsonl"


def _bench() -> ModuleType:
    """bench/phi_bench.py holds the external-set span policy; load it by path (bench is no package)."""
    spec = importlib.util.spec_from_file_location("phi_bench", REPO / "bench" / "phi_bench.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_dev_set_shape() -> None:
    cases = [c for f in DEV_FILES for c in load_cases(f)]
    assert len(cases) >= 400
    assert sum(1 for c in cases if not c["phi"]) / len(cases) >= 0.40
    assert sum(1 for c in cases if c["id"].startswith("hand-")) >= 60
    for c in cases:
        assert c["phi"] == bool(c["spans"])
        for sp in c["spans"]:
            assert 0 <= sp["start"] < sp["end"] <= len(c["text"])


def test_dev_set_quality() -> None:
    sc = score(c for f in DEV_FILES for c in load_cases(f))
    assert sc.f1 >= 0.95, (sc.f1, sc.false_negatives[:10], sc.false_positives[:10])
    assert sc.fpr <= 0.03, sc.false_positives[:10]


# The dev-set cases the engine is known to miss. The floors above let a single lost case through
# (a session once lost "The shuttle with license plate 7KXD481 ..." unnoticed): any other miss fails
# here. A case fixed may leave this list; a case added needs a reason.
_KNOWN_DEV_MISSES = {
    "hand-125",  # "Whitcombe oxygen delivery": a lone surname before a service in a label, no cue
}


def test_dev_set_misses_are_known() -> None:
    sc = score(c for f in DEV_FILES for c in load_cases(f))
    missed = {cid for cid, _ in sc.false_negatives} | {cid for cid, _ in sc.false_positives}
    assert missed <= _KNOWN_DEV_MISSES, sorted(missed - _KNOWN_DEV_MISSES)


# Per-type case recall floors on the external set. GEO stays below 0.90: most of its remaining misses
# are business or public places ("the restaurant is at ...", "a design agency based in ...", a
# band's home city), which PHI_POLICY.md does not count as an individual's address. The floor
# guards against regressions; the bench prints the exact numbers.
_TYPE_FLOOR = {"GEO": 0.80}


def test_external_recall() -> None:
    if not EXTERNAL.exists():
        pytest.skip(f"external PHI set not found at {EXTERNAL} (shared/phi-external is not checked out)")
    bench = _bench()
    sc = score(load_cases(EXTERNAL), span_filter=bench.hipaa_span)
    assert sc.recall >= 0.90, sc.recall
    for t, n in sc.case_total.items():
        assert sc.case_found[t] / n >= _TYPE_FLOOR.get(t, 0.90), (t, sc.case_found[t] / n)


BLIND_FILES = sorted((REPO / "tests/data/phi-blind").glob("set_*.jsonl"))
# Floors a little under the scores when the sets were last worked on (tests/data/phi-blind/README.md):
# they catch a regression without pinning every case.
_BLIND_F1_FLOOR = 0.92
_BLIND_FPR_CEILING = 0.05


@pytest.mark.parametrize("path", BLIND_FILES, ids=[p.stem for p in BLIND_FILES])
def test_blind_written_set(path: Path) -> None:
    cases = load_cases(path)
    assert len(cases) >= 250  # (the briefs ask for 250 to 320 cases)
    for c in cases:
        assert c["phi"] == bool(c["spans"])
        for sp in c["spans"]:
            assert 0 <= sp["start"] < sp["end"] <= len(c["text"])
    sc = score(cases)
    assert sc.f1 >= _BLIND_F1_FLOOR, (sc.f1, sc.false_negatives[:10], sc.false_positives[:10])
    assert sc.fpr <= _BLIND_FPR_CEILING, sc.false_positives[:10]


def test_blind_written_sets_present() -> None:
    assert len(BLIND_FILES) >= 3
