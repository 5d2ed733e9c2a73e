"""Where the PHI scan spends its time: microseconds per dev-set field, per recognizer.

Usage: python bench/phi_profile.py [--rounds N]

Each recognizer runs on a fresh Scan per field, in the engine's order, and the best round per
recognizer is reported (the best of several rounds filters out a busy machine).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

from compliance_lint.phi.context import FIELDS, Scan, split_key
from compliance_lint.phi.engine import MIN_CONFIDENCE, RECOGNIZERS, _filter, scan
from compliance_lint.phi.evaluate import load_cases

ROOT = Path(__file__).resolve().parent.parent
DEV_FILES = (ROOT / "tests/data/phi/devset_generated.jsonl", ROOT / "tests/data/phi/devset_handwritten.jsonl")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=7)
    args = ap.parse_args(argv)
    cases = [c for f in DEV_FILES for c in load_cases(f)]
    fields = [(c["text"], c.get("key"), c.get("field")) for c in cases]
    for text, key, fld in fields:
        scan(text, key=key, field=fld)
    clock = time.perf_counter_ns
    best: dict[str, float] = defaultdict(lambda: float("inf"))
    whole = float("inf")
    for _ in range(args.rounds):
        t0 = clock()
        for text, key, fld in fields:
            scan(text, key=key, field=fld)
        whole = min(whole, clock() - t0)
        acc: dict[str, int] = defaultdict(int)
        for text, key, fld in fields:
            t0 = clock()
            f = fld if fld in FIELDS else "prompt"
            view = text.replace("_", " ") if f == "label" and "_" in text else text
            s = Scan(view, f, split_key(key), raw=text)
            acc["(scan build)"] += clock() - t0
            hits = []
            for name, rec in RECOGNIZERS.items():
                t0 = clock()
                found = rec(s)
                acc[name] += clock() - t0
                if name == "name" and found:
                    s.set_names([(h.start, h.end) for h in found if h.confidence >= MIN_CONFIDENCE])
                hits.extend(found)
            t0 = clock()
            _filter(s, text, hits, None, MIN_CONFIDENCE)
            acc["(filter)"] += clock() - t0
        for k, v in acc.items():
            best[k] = min(best[k], v)
    n = len(fields)
    print(f"{n} dev-set fields; microseconds per field (best of {args.rounds})")
    for k, v in best.items():
        print(f"  {k:16} {v / n / 1000:8.2f}")
    print(f"  {'sum of parts':16} {sum(best.values()) / n / 1000:8.2f}  (includes timer overhead)")
    print(f"  {'scan()':16} {whole / n / 1000:8.2f}  = {n / (whole / 1e9):,.0f} fields/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
