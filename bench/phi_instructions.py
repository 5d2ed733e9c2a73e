"""Machine instructions per dev-set field of the PHI scan, counted by valgrind (repeatable).

Usage: python bench/phi_instructions.py [SRC ...]      (default: this checkout's src)
  e.g. git worktree add ../cl-old <rev>; python bench/phi_instructions.py ../cl-old/src src

Wall-clock timings on a shared machine vary by half from run to run; callgrind's instruction
count for the same code and input does not, so it shows the effect of a change of a few percent.
Instructions are not seconds (cache misses and branch mispredictions are not counted), so the
fields-per-second figure of record stays with bench/phi_bench.py. Needs valgrind on PATH.

Only the measured rounds are counted: they run inside one eval() call, and callgrind collects
only while builtin eval runs (imports, the lexicon load and warm-up rounds are left out).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV_FILES = (ROOT / "tests/data/phi/devset_generated.jsonl", ROOT / "tests/data/phi/devset_handwritten.jsonl")
ROUNDS = 2


def _measured_child() -> None:
    """Runs under valgrind: warm up, then scan the dev set ROUNDS times inside eval()."""
    from compliance_lint.phi.engine import scan

    fields = [(c["text"], c.get("key"), c.get("field")) for f in DEV_FILES
              for c in map(json.loads, f.read_text(encoding="utf-8").splitlines()) if c]
    for _ in range(2):  # word caches, compiled patterns, the lexicon
        for text, key, fld in fields:
            scan(text, key=key, field=fld)
    eval("[scan(t, key=k, field=f) for _ in range(ROUNDS) for t, k, f in fields]",
         {"scan": scan, "fields": fields, "ROUNDS": ROUNDS})
    print(len(fields) * ROUNDS)


def _count(src: Path) -> float:
    """Instructions per field for the source tree `src`."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        env = {**os.environ, "PYTHONPATH": str(src.resolve()), "PYTHONHASHSEED": "0"}
        run = subprocess.run(
            ["valgrind", "--tool=callgrind", "--collect-atstart=no", "--toggle-collect=builtin_eval*",
             f"--callgrind-out-file={out}", sys.executable, __file__, "--child"],
            env=env, capture_output=True, text=True, check=True)
        fields = int(run.stdout.split()[-1])
        totals = [line for line in out.read_text().splitlines() if line.startswith("summary:")]
        return int(totals[-1].split()[1]) / fields


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("src", nargs="*", type=Path, default=[ROOT / "src"])
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        _measured_child()
        return 0
    if shutil.which("valgrind") is None:
        print("valgrind is not installed", file=sys.stderr)
        return 2
    counts = [(src, _count(src)) for src in args.src]
    for src, n in counts:
        print(f"{n:12,.0f} instructions per field  ({src})")
    if len(counts) == 2:
        print(f"ratio second/first: {counts[1][1] / counts[0][1]:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
