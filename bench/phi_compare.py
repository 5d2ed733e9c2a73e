"""Compare the PHI scan speed of two source trees in one process, alternating rounds.

Usage: python bench/phi_compare.py OLD_SRC NEW_SRC [--rounds N]
  e.g. git worktree add ../cl-old <rev>; python bench/phi_compare.py ../cl-old/src src

Separate benchmark runs on a shared machine can differ by half; alternating both versions in one
process exposes them to the same conditions, so their ratio is trustworthy.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV_FILES = (ROOT / "tests/data/phi/devset_generated.jsonl", ROOT / "tests/data/phi/devset_handwritten.jsonl")


def _load_scan(src: Path) -> Callable[..., object]:
    for name in [m for m in sys.modules if m == "compliance_lint" or m.startswith("compliance_lint.")]:
        del sys.modules[name]
    sys.path.insert(0, str(src))
    try:
        from compliance_lint.phi.engine import scan
    finally:
        sys.path.remove(str(src))
    return scan


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("old", type=Path)
    ap.add_argument("new", type=Path)
    ap.add_argument("--rounds", type=int, default=15)
    args = ap.parse_args(argv)
    import json

    fields = [(c["text"], c.get("key"), c.get("field")) for f in DEV_FILES
              for c in map(json.loads, f.read_text(encoding="utf-8").splitlines()) if c]
    scans = {"old": _load_scan(args.old.resolve()), "new": _load_scan(args.new.resolve())}
    rates: dict[str, list[float]] = {k: [] for k in scans}
    for fn in scans.values():  # warm word caches and compiled patterns
        for text, key, fld in fields:
            fn(text, key=key, field=fld)
    for _ in range(args.rounds):
        for tag, fn in scans.items():
            t0 = time.perf_counter()
            for text, key, fld in fields:
                fn(text, key=key, field=fld)
            rates[tag].append(len(fields) / (time.perf_counter() - t0))
    for tag, vals in rates.items():
        vals.sort()
        print(f"{tag}: best {vals[-1]:,.0f}  median {vals[len(vals) // 2]:,.0f} fields/s  ({getattr(args, tag)})")
    print(f"ratio new/old (best): {rates['new'][-1] / rates['old'][-1]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
