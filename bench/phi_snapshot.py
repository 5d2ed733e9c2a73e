"""Result snapshot of the PHI engine, for changes that must not change results (speed work).

Usage:
    python bench/phi_snapshot.py save BEFORE.json
    python bench/phi_snapshot.py check BEFORE.json [--only name,geo]

Records, for every text of the dev set, the realistic set, the external set (when present beside
the clone) and every string in the shared real exports: the final `scan()` hits and the raw output
of each recognizer on a fresh Scan (names set first, as the engine does). `check` prints every
difference, per recognizer, and exits 1 if there is one.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from compliance_lint.phi.context import FIELDS, Scan, split_key
from compliance_lint.phi.engine import MIN_CONFIDENCE, RECOGNIZERS, scan
from compliance_lint.phi.evaluate import load_cases
from compliance_lint.phi.hits import PhiHit

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CASE_FILES = (ROOT / "tests/data/phi/devset_generated.jsonl", ROOT / "tests/data/phi/devset_handwritten.jsonl",
              ROOT / "tests/data/phi-realistic/cases.jsonl", SHARED / "phi-external/synth_dataset_v2.cases.jsonl")

Field = tuple[str, str, str | None, str | None]  # id, text, key, field


def _strings(node: object, key: str | None, where: str) -> Iterator[tuple[str, str, str | None]]:
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _strings(v, str(k), f"{where}/{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _strings(v, key, f"{where}/{i}")
    elif isinstance(node, str):
        yield where, node, key


def fields() -> Iterator[Field]:
    for path in CASE_FILES:
        if path.exists():
            for c in load_cases(path):
                yield f"{path.name}:{c['id']}", c["text"], c.get("key"), c.get("field")
    examples = SHARED / "examples"
    if not examples.exists():
        return
    import yaml

    for path in sorted(examples.rglob("*")):
        if path.suffix not in (".json", ".yml", ".yaml"):
            continue
        try:
            docs = [json.loads(path.read_text())] if path.suffix == ".json" else list(
                yaml.safe_load_all(path.read_text()))
        except Exception:  # a snapshot of what parses is enough
            continue
        for doc in docs:
            for where, text, key in _strings(doc, None, path.name):
                for fld in ("prompt", "label", "value"):
                    yield f"{where}#{fld}", text, key, fld


def _row(hits: list[PhiHit]) -> list[list[object]]:
    return [[h.start, h.end, h.type, h.recognizer, h.strong, round(h.confidence, 6), h.reason] for h in hits]


def snapshot() -> dict[str, dict[str, object]]:
    out: dict[str, dict[str, object]] = {}
    for fid, text, key, fld in fields():
        entry: dict[str, object] = {"final": _row(scan(text, key=key, field=fld))}
        if text.strip():
            f = fld if fld in FIELDS else "prompt"
            view = text.replace("_", " ") if f == "label" and "_" in text else text
            s = Scan(view, f, split_key(key), raw=text)
            raw: dict[str, object] = {}
            for name, rec in RECOGNIZERS.items():
                found = rec(s)
                if name == "name" and found:
                    s.set_names([(h.start, h.end) for h in found if h.confidence >= MIN_CONFIDENCE])
                raw[name] = _row(sorted(found, key=lambda h: (h.start, h.end, h.type, h.recognizer)))
            entry["raw"] = raw
        out[fid] = entry
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("mode", choices=("save", "check"))
    ap.add_argument("path", type=Path)
    ap.add_argument("--only", default="", help="comma-separated recognizers to compare (default: all + final)")
    args = ap.parse_args(argv)
    now = snapshot()
    if args.mode == "save":
        args.path.write_text(json.dumps(now, ensure_ascii=False, sort_keys=True))
        print(f"saved {len(now)} texts to {args.path}")
        return 0
    before = json.loads(args.path.read_text())
    only = [o for o in args.only.split(",") if o]
    diffs = 0
    for fid in sorted(set(before) | set(now)):
        old, new = before.get(fid, {}), now.get(fid, {})
        parts = [("final", old.get("final"), new.get("final"))] if not only else []
        for name in only or RECOGNIZERS:
            parts.append((name, (old.get("raw") or {}).get(name), (new.get("raw") or {}).get(name)))
        for what, a, b in parts:
            if a != b:
                diffs += 1
                if diffs <= 40:
                    print(f"{fid} [{what}]\n  before {a}\n  after  {b}")
    print(f"{len(now)} texts compared, {diffs} differences")
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main())
