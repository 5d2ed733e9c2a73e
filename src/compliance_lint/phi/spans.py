"""A set of character ranges with logarithmic overlap/nearness queries.

Recognizers ask "does this candidate overlap something already found?" and "is a person's name
near here?" for every candidate. Scanning a plain list makes that quadratic on a field with
thousands of hits (a 1 MB adversarial string); bisecting sorted starts keeps it O(log n).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable

from compliance_lint.phi.hits import PhiHit


class SpanSet:
    """Ranges [start, end) kept sorted by start."""

    __slots__ = ("_maxlen", "_spans", "_starts")

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        # Most sets are built empty (one per recognizer call on a text with nothing in it): skip
        # the sort and comprehensions for them.
        if not spans:
            self._spans: list[tuple[int, int]] = []
            self._starts: list[int] = []
            self._maxlen = 0
            return
        self._spans = sorted(spans)
        self._starts = [a for a, _ in self._spans]
        self._maxlen = max((b - a for a, b in self._spans), default=0)

    def __bool__(self) -> bool:
        return bool(self._spans)

    def __len__(self) -> int:
        return len(self._spans)

    def add(self, start: int, end: int) -> None:
        # Hits mostly arrive in position order, so this is usually an append.
        if not self._spans or start >= self._starts[-1]:
            self._spans.append((start, end))
            self._starts.append(start)
        else:
            i = bisect_left(self._starts, start)
            self._spans.insert(i, (start, end))
            self._starts.insert(i, start)
        if end - start > self._maxlen:
            self._maxlen = end - start

    def near(self, start: int, end: int, distance: int = 0) -> bool:
        """Any range within `distance` characters of [start, end) (0 = overlapping)."""
        starts = self._starts
        if not starts:
            return False  # the usual case (no names in the text): no bisecting, no generator
        lo = bisect_left(starts, start - distance - self._maxlen)
        hi = bisect_left(starts, end + distance, lo)
        spans = self._spans
        return any(spans[i][1] + distance > start for i in range(lo, hi))

    def overlaps(self, start: int, end: int) -> bool:
        # near(start, end, 0) inlined: this is the per-candidate check of every recognizer.
        starts = self._starts
        if not starts:
            return False
        lo = bisect_left(starts, start - self._maxlen)
        hi = bisect_left(starts, end, lo)
        spans = self._spans
        return any(spans[i][1] > start for i in range(lo, hi))

    def inside(self, start: int, end: int) -> bool:
        """Any range lying entirely within [start, end)."""
        starts = self._starts
        if not starts:
            return False
        lo = bisect_left(starts, start)
        hi = bisect_left(starts, end, lo)
        spans = self._spans
        return any(spans[i][1] <= end for i in range(lo, hi))


class HitList(list[PhiHit]):
    """A list of hits that keeps a SpanSet index of them for overlap checks."""

    def __init__(self, hits: Iterable[PhiHit] = ()) -> None:
        super().__init__()
        self.spans = SpanSet()
        if hits:  # usually built empty
            for h in hits:
                self.append(h)

    def append(self, hit: PhiHit) -> None:
        list.append(self, hit)
        self.spans.add(hit.start, hit.end)

    def extend(self, hits: Iterable[PhiHit]) -> None:
        for h in hits:
            self.append(h)

    def overlaps(self, start: int, end: int) -> bool:
        spans = self.spans
        return bool(spans._starts) and spans.overlaps(start, end)
