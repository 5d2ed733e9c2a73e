"""Speed benchmark: lint thousands of generated configs, and time a one-file (pre-commit style) run.

Run: python bench/bench_lint.py [--files N] [--repeat R]
Prints wall times; asserts nothing (speed is measured here, never in tests).
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "fixtures"


def make_tree(root: Path, count: int) -> int:
    """Copy every fixture into numbered folders until `count` files exist, varying names and values."""
    sources = sorted(p for p in FIXTURES.rglob("*") if p.is_file())
    made = 0
    batch = 0
    while made < count:
        for source in sources:
            if made >= count:
                break
            target = root / f"team{batch:04d}" / source.relative_to(FIXTURES)
            target.parent.mkdir(parents=True, exist_ok=True)
            if source.suffix == ".json":
                try:
                    data = json.loads(source.read_text())
                except ValueError:
                    shutil.copyfile(source, target)
                else:
                    if isinstance(data, dict) and "name" in data:
                        data["name"] = f"{data['name']} {batch}"
                    target.write_text(json.dumps(data, indent=2))
            else:
                shutil.copyfile(source, target)
            made += 1
        batch += 1
    return made


def time_command(args: list[str], cwd: Path, repeat: int) -> list[float]:
    """Wall times of `repeat` runs after one untimed run. Bytecode caching is on (an installed
    package has its .pyc files), even where PYTHONDONTWRITEBYTECODE is set for development."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    run = functools.partial(subprocess.run, args, cwd=cwd, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, check=False)
    run()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, default=3000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    cli = [sys.executable, "-m", "compliance_lint"]
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        count = make_tree(root, args.files)
        size = sum(p.stat().st_size for p in root.rglob("*") if p.is_file())
        print(f"tree: {count} files, {size / 1e6:.1f} MB")

        from compliance_lint.api import lint
        from compliance_lint.config import Settings

        start = time.perf_counter()
        result = lint(["."], Settings(), cwd=root)
        in_process = time.perf_counter() - start
        print(f"in-process lint of {count} files: {in_process:.2f} s "
              f"({count / in_process:,.0f} files/s, {len(result.findings)} findings)")

        whole = time_command([*cli, ".", "--format", "json", "-o", str(root / "report.json")], root, 1)[0]
        print(f"CLI, whole tree, JSON report: {whole:.2f} s")

        one = root / "team0000" / "vapi" / "clinic-scheduler-hipaa.json"
        singles = time_command([*cli, str(one)], root, args.repeat)
        print(f"CLI, one clean file (pre-commit start-up): median {statistics.median(singles) * 1000:.0f} ms "
              f"over {args.repeat} runs (min {min(singles) * 1000:.0f} ms)")
        bare = time_command([sys.executable, "-c", "pass"], root, args.repeat)
        print(f"  for scale, a bare `python -c pass`: median {statistics.median(bare) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
