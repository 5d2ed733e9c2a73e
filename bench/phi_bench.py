"""PHI engine benchmark: quality on the dev set and the external set, speed and linearity.

Usage: python bench/phi_bench.py [--external PATH] [--errors]

Prints case-level precision/recall/F1/FPR (dev set, the blind-written sets in tests/data/phi-blind,
the external set), span recall per type, fields per second on one core
and the time for adversarial 0.25/0.5/1 MB inputs per recognizer (linear growth expected).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from functools import cache
from pathlib import Path

from compliance_lint.phi.context import Scan, split_key
from compliance_lint.phi.engine import RECOGNIZERS, scan
from compliance_lint.phi.evaluate import Case, Score, load_cases, score
from compliance_lint.phi.lexicon import COUNTRIES, US_STATES

ROOT = Path(__file__).resolve().parent.parent
DEV_FILES = (ROOT / "tests/data/phi/devset_generated.jsonl", ROOT / "tests/data/phi/devset_handwritten.jsonl")
# Sets written blind by other authors from PHI_POLICY.md, since used for error analysis.
BLIND_FILES = tuple(sorted((ROOT / "tests/data/phi-blind").glob("set_*.jsonl")))

DEFAULT_EXTERNAL = ROOT.parent / "shared" / "phi-external" / "synth_dataset_v2.cases.jsonl"

# The external set (presidio-research synth_dataset_v2) labels generic PII. These gold spans are
# not HIPAA identifiers under PHI_POLICY.md and are excluded from the "mapped HIPAA types" recall:
# ages 89 and under, a year or weekday alone (§5), and a country or US state alone (GEO means a
# unit *smaller* than a state).
_WEEKDAYS = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])


def hipaa_span(case: Case, span: dict[str, object]) -> bool:
    """Does this external gold span name a HIPAA identifier under PHI_POLICY.md?"""
    value = case["text"][span["start"] : span["end"]].strip()  # type: ignore[misc]
    low = value.lower()
    t = span["type"]
    if t == "AGE":
        return value.isdigit() and int(value) > 89
    if t == "DATE":
        return not (re.fullmatch(r"\d{4}", value) or low in _WEEKDAYS or re.fullmatch(r"(?:the )?\d{4}s", low))
    if t == "GEO":
        core = re.sub(r"^(?:southern|northern|eastern|western|central)\s+", "", low)
        return core not in COUNTRIES and core not in US_STATES and low != "nan"
    return True


def print_score(title: str, sc: Score) -> None:
    print(f"\n== {title}")
    print(f"cases: TP {sc.tp}  FP {sc.fp}  FN {sc.fn}  TN {sc.tn}")
    print(f"precision {sc.precision:.3f}  recall {sc.recall:.3f}  F1 {sc.f1:.3f}  FPR {sc.fpr:.3f}")
    print(f"{'type':16} {'spans':>6} {'span rec':>9} {'typed':>7} {'cases':>6} {'case rec':>9}")
    for t in sorted(sc.span_total, key=lambda k: -sc.span_total[k]):
        n = sc.span_total[t]
        c = sc.case_total[t]
        print(f"{t:16} {n:6d} {sc.span_found_any[t] / n:9.3f} {sc.span_found_typed[t] / n:7.3f} "
              f"{c:6d} {sc.case_found[t] / c:9.3f}")


def speed(cases: list[Case], rounds: int = 5) -> float:
    fields = [(c["text"], c.get("key"), c.get("field")) for c in cases]
    for text, key, fld in fields:  # warm caches (lexicon, regex compilation)
        scan(text, key=key, field=fld)
    best = float("inf")
    for _ in range(rounds):
        t0 = time.perf_counter()
        for text, key, fld in fields:
            scan(text, key=key, field=fld)
        best = min(best, time.perf_counter() - t0)
    return len(fields) / best


ADVERSARIAL_ALPHABET = "0123456789 @."


@cache
def adversarial(size: int, seed: int = 7) -> tuple[tuple[str, str], ...]:
    """Strings of digits, spaces, '@' and dots (plus pure runs and name-like runs) that stress regexes."""
    import random

    rng = random.Random(seed)
    mixed = "".join(rng.choices(ADVERSARIAL_ALPHABET, k=size))
    return (("mixed", mixed), ("digits", "7" * size), ("digit-space", "1 " * (size // 2)),
            ("at-dot", "@." * (size // 2)), ("dots", "." * size), ("word-at", ("a" * 63 + "@") * (size // 64)),
            ("caps", "Ab " * (size // 3)), ("names", "Rosa Alvarez, Jane Roe and Tom Lee. " * (size // 36)),
            ("capital-run", "A" * size),
            # name-heavy prose without sentence ends, names in capitals, Chinese with cues, and a
            # service-area sentence: each once made the name recognizer re-read the text per name
            ("name-words", "Rosa Alvarez and Jane Roe and Tom Lee " * (size // 38)),
            ("caps-names", "PATIENT ROSA ALVAREZ " * (size // 21)),
            ("cjk", "我叫王小明，电话13812345678。" * (size // 20)),
            ("service-area",
             "We serve Selma, Kerman and Fresno in our service area. Call Maria Lopez. " * (size // 73)),
            # the dev set's own texts run together, as lines and as one line: every pass of every
            # recognizer meets its real triggers (the hostile alphabets above reach only a few)
            ("prose", _repeat(_dev_prose(one_line=False), size)),
            ("prose-one-line", _repeat(_dev_prose(one_line=True), size)))


def _repeat(text: str, size: int) -> str:
    return (text * (size // len(text) + 1))[:size]


@cache
def _dev_prose(one_line: bool) -> str:
    joined = "\n".join(c["text"] for f in DEV_FILES for c in load_cases(f))
    return re.sub(r"\s*\n\s*", " ", joined) if one_line else joined


def linearity(sizes: tuple[int, ...] = (262_144, 524_288, 1_048_576)) -> None:
    print(f"\n== linearity (seconds per recognizer on adversarial input, {len(adversarial(sizes[0]))} kinds x "
          "prompt+label fields summed; linear is about 4, a ratio above 5 is flagged)")
    print(f"{'recognizer':14}" + "".join(f"{s / 1_048_576:>9.2f}MB" for s in sizes) + "   ratio 1MB/0.25MB")
    for name, rec in RECOGNIZERS.items():
        times = []
        for size in sizes:
            t0 = time.perf_counter()
            for _, text in adversarial(size):
                for fld in ("prompt", "label"):
                    rec(Scan(text, fld, split_key("patient_ssn")))
            times.append(time.perf_counter() - t0)
        print(f"{name:14}" + "".join(f"{t:11.3f}" for t in times) + _ratio(times))
    times = []
    for size in sizes:
        t0 = time.perf_counter()
        for _, text in adversarial(size):
            scan(text)
        times.append(time.perf_counter() - t0)
    print(f"{'scan()':14}" + "".join(f"{t:11.3f}" for t in times) + _ratio(times))


def _ratio(times: list[float]) -> str:
    ratio = times[-1] / max(times[0], 1e-9)
    return f"   {ratio:6.2f}" + ("  <- super-linear?" if ratio > 5 else "")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--external", type=Path, default=DEFAULT_EXTERNAL)
    ap.add_argument("--errors", action="store_true", help="list false positives/negatives")
    ap.add_argument("--no-linearity", action="store_true")
    args = ap.parse_args(argv)

    dev: list[Case] = [c for f in DEV_FILES for c in load_cases(f)]
    neg = sum(1 for c in dev if not c["phi"])
    print(f"dev set: {len(dev)} cases, {neg} negative ({neg / len(dev):.0%})")
    sc = score(dev)
    print_score("dev set (tests/data/phi)", sc)
    if args.errors:
        for kind, rows in (("FP", sc.false_positives), ("FN", sc.false_negatives)):
            for cid, text in rows:
                print(f"  {kind} {cid}: {text!r}")
    for path in BLIND_FILES:
        bsc = score(load_cases(path))
        print_score(f"blind-written set {path.stem} (tests/data/phi-blind)", bsc)
        if args.errors:
            for kind, rows in (("FP", bsc.false_positives), ("FN", bsc.false_negatives)):
                for cid, text in rows:
                    print(f"  {kind} {cid}: {text!r}")
    if args.external.exists():
        ext = load_cases(args.external)
        raw = score(ext)
        print_score(f"external {args.external.name}: all mapped spans (generic PII, not only HIPAA)", raw)
        hip = score(ext, span_filter=hipaa_span)
        print_score("external: mapped HIPAA identifiers (ages > 89, no bare years/weekdays/countries)", hip)
        if args.errors:
            for cid, text in hip.false_negatives[:80]:
                print(f"  FN {cid}: {text!r}")
    else:
        print(f"\nexternal set not found at {args.external} (use --external PATH)")
    print(f"\n== speed: {speed(dev):,.0f} fields/s (dev set, one core, best of 5)")
    if not args.no_linearity:
        linearity()
    return 0


if __name__ == "__main__":
    sys.exit(main())
