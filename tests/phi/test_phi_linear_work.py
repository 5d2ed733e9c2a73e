"""Linear time, counted rather than timed: every recognizer and scan() on texts of size n and 4n.

Tests must not assert on wall time (a shared CI machine can be twice as slow at random), and the
benchmark's timings (bench/phi_bench.py) only show a regression to someone who reads them. So
this test counts work instead: the scanned text is a `str` subclass that adds up the characters
each search, slice or copy of it may read, and every engine regex (a LazyPattern) adds up the
range it searches in it. The engine's recurring linear-time bug is a whole-text test made once
per candidate (`"naegele" in low` for every date, `"\\n" in s.text` for every name): its count
grows with the square of the size (16x for 4x the text), a linear pass's by about 4x.

The count is a model (a failed `str.find` reads its whole range; a regex search reads up to its
match), deterministic on every machine.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from compliance_lint.phi import engine
from compliance_lint.phi.context import Scan, split_key
from compliance_lint.phi.engine import RECOGNIZERS
from compliance_lint.phi.evaluate import load_cases
from compliance_lint.phi.patterns import all_lazy_patterns

DEV = Path(__file__).resolve().parents[1] / "data" / "phi"
SMALL = 8_192
# Work on 4x the text may grow by this factor (linear: about 4; what crosses a chunk boundary and
# per-text fixed work add a little); a once-per-candidate whole-text pass gives 10-16.
MAX_GROWTH = 5.5


class _Work:
    chars = 0


def _span(n: int, start: int | None, end: int | None) -> tuple[int, int]:
    lo = 0 if start is None else (start if start >= 0 else max(0, n + start))
    hi = n if end is None else (end if end >= 0 else max(0, n + end))
    return min(lo, n), min(hi, n)


class CountingStr(str):
    """A str that counts the characters its searches and copies may read (into _Work.chars)."""

    def __contains__(self, part: object) -> bool:
        at = str.find(self, part)  # type: ignore[arg-type]
        _Work.chars += at + len(part) if at >= 0 else len(self)  # type: ignore[arg-type]
        return at >= 0

    def find(self, sub: str, start: Any = None, end: Any = None) -> int:  # type: ignore[override]
        lo, hi = _span(len(self), start, end)
        at = str.find(self, sub, start, end)
        _Work.chars += at + len(sub) - lo if at >= 0 else max(0, hi - lo)
        return at

    def rfind(self, sub: str, start: Any = None, end: Any = None) -> int:  # type: ignore[override]
        lo, hi = _span(len(self), start, end)
        at = str.rfind(self, sub, start, end)
        _Work.chars += hi - at if at >= 0 else max(0, hi - lo)
        return at

    def index(self, sub: str, start: Any = None, end: Any = None) -> int:  # type: ignore[override]
        at = self.find(sub, start, end)
        if at < 0:
            raise ValueError("substring not found")
        return at

    def rindex(self, sub: str, start: Any = None, end: Any = None) -> int:  # type: ignore[override]
        at = self.rfind(sub, start, end)
        if at < 0:
            raise ValueError("substring not found")
        return at

    def count(self, sub: str, start: Any = None, end: Any = None) -> int:  # type: ignore[override]
        lo, hi = _span(len(self), start, end)
        _Work.chars += max(0, hi - lo)
        return str.count(self, sub, start, end)

    def __getitem__(self, key: Any) -> str:  # type: ignore[override]
        part = str.__getitem__(self, key)
        _Work.chars += len(part)
        return part


def _whole_copy(name: str) -> Callable[..., Any]:
    method = getattr(str, name)

    def counted(self: str, *args: Any, **kwargs: Any) -> Any:
        _Work.chars += len(self)
        return method(self, *args, **kwargs)

    return counted


# Methods that read or copy the whole string (strip copies it whole even when it removes nothing).
for _name in ("split", "rsplit", "splitlines", "strip", "lstrip", "rstrip", "lower", "upper", "casefold", "replace",
              "encode", "translate", "partition", "rpartition", "isascii", "islower", "isupper", "isdigit",
              "isalpha", "isspace", "title", "expandtabs", "join"):
    setattr(CountingStr, _name, _whole_copy(_name))


def _counting_regex(method: str, original: Callable[..., Any]) -> Callable[..., Any]:
    def counted(string: Any, *args: Any, **kwargs: Any) -> Any:
        result = original(string, *args, **kwargs)
        if isinstance(string, CountingStr):
            pos = args[0] if args else kwargs.get("pos", 0)
            endpos = args[1] if len(args) > 1 else kwargs.get("endpos", len(string))
            lo, hi = _span(len(string), pos, endpos)
            if method == "search":
                _Work.chars += (result.end() if result is not None else hi) - lo
            elif method in ("match", "fullmatch"):
                _Work.chars += 1 + (result.end() - lo if result is not None else 0)
            else:  # finditer, findall, sub, subn, split, scanner: the whole range
                _Work.chars += hi - lo
        return result

    return counted


@pytest.fixture
def counting_regexes(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for pattern in all_lazy_patterns():
        if not isinstance(pattern.pattern, str):
            continue
        try:
            compiled = pattern.compile()
        except re.error:
            continue  # a broken pattern another test made on purpose (the engine's own all compile)
        for method in ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner"):
            monkeypatch.setattr(pattern, method, _counting_regex(method, getattr(compiled, method)))
    yield


def _counting_scan(text: str, field: str, key_words: tuple[str, ...], raw: str = "") -> Scan:
    s = Scan(text, field, key_words, raw=raw)
    s.text, s.lower, s.raw = CountingStr(s.text), CountingStr(s.lower), CountingStr(s.raw)
    return s


def _prose(one_line: bool) -> str:
    texts = [c["text"] for name in ("devset_generated.jsonl", "devset_handwritten.jsonl")
             for c in load_cases(DEV / name)]
    rng = random.Random(5)
    rng.shuffle(texts)
    joined = "\n".join(texts)
    return re.sub(r"\s*\n\s*", " ", joined) if one_line else joined


def _inputs() -> dict[str, str]:
    rng = random.Random(7)
    base = {"prose": _prose(False), "prose-one-line": _prose(True)}
    base["hostile"] = "".join(rng.choice("0123456789 @.") for _ in range(4 * SMALL))
    base["names"] = "Rosa Alvarez, Jane Roe and Tom Lee saw Dr. Kim on 03/14/2024. " * (4 * SMALL // 60)
    return {k: (v * (4 * SMALL // len(v) + 1))[: 4 * SMALL] for k, v in base.items()}


INPUTS = _inputs()
FIELDS = (("prompt", None), ("label", None), ("value", "patient_note"))


def _work(run: Callable[[], object]) -> int:
    _Work.chars = 0
    run()
    return _Work.chars


def _growth_failures(measure: Callable[[str, str, str | None], int]) -> list[str]:
    failures = []
    for kind, text in INPUTS.items():
        for field, key in FIELDS:
            small = measure(text[:SMALL], field, key)
            large = measure(text, field, key)
            # (two passes over the text are allowed on top: a recognizer that reads almost nothing of the
            # small text would otherwise fail on a ratio of tiny numbers)
            if large > MAX_GROWTH * small + 2 * len(text):
                growth = large / max(small, 1)
                failures.append(f"{kind}/{field}: {small:,} -> {large:,} characters read ({growth:.1f}x)")
    return failures


@pytest.mark.usefixtures("counting_regexes")
@pytest.mark.parametrize("name", sorted(RECOGNIZERS))
def test_recognizer_work_grows_linearly(name: str) -> None:
    rec = RECOGNIZERS[name]

    def measure(text: str, field: str, key: str | None) -> int:
        s = _counting_scan(text, field, split_key(key))
        if name != "name":  # later recognizers read the names found first (the engine's order)
            s.set_names([(h.start, h.end) for h in RECOGNIZERS["name"](s)])
        return _work(lambda: rec(s))

    assert _growth_failures(measure) == []


@pytest.mark.usefixtures("counting_regexes")
def test_scan_work_grows_linearly(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine, "Scan", _counting_scan)
    assert _growth_failures(lambda text, field, key: _work(lambda: engine.scan(text, field=field, key=key))) == []


@pytest.mark.usefixtures("counting_regexes")
def test_the_count_sees_a_whole_text_test_per_candidate() -> None:
    """The measure itself: a recognizer that asks `in` of the whole text for every candidate fails."""

    def quadratic(s: Scan) -> list[object]:
        return [m for m in re.finditer(r"\d", s.text) if "naegele" in s.lower]

    def linear(s: Scan) -> list[object]:
        return [m for m in re.finditer(r"\d", s.text) if "naegele" in s.lower[max(0, m.start() - 40) : m.start()]]

    def measure_with(rec: Callable[[Scan], object]) -> Callable[[str, str, str | None], int]:
        return lambda text, field, key: _work(lambda: rec(_counting_scan(text, field, split_key(key))))

    assert _growth_failures(measure_with(quadratic))
    assert _growth_failures(measure_with(linear)) == []
