"""User allow-list: the practice's own numbers, domains and staff names, as strings or regexes."""

from __future__ import annotations

import re
from collections.abc import Iterable

from compliance_lint.phi.context import lower_same_length
from compliance_lint.phi.validators import digits_only


class PhiAllowList:
    """Values that are never PHI in this repository.

    `values` are matched case-insensitively as substrings; values with 7+ digits also match any
    formatting of the same digits (`(555) 201-3300` == `555.201.3300`); a bare domain
    (`riversideclinic.org`) also covers addresses and URLs on that domain. `patterns` are regexes.
    """

    __slots__ = ("_digit_values", "_domains", "_patterns", "_values")

    def __init__(self, values: Iterable[str] = (), patterns: Iterable[str | re.Pattern[str]] = ()) -> None:
        self._values = tuple(v.lower() for v in values if v and v.strip())
        self._digit_values = frozenset(d for d in (digits_only(v) for v in self._values) if len(d) >= 7)
        self._domains = tuple(v for v in self._values if "." in v and " " not in v and "@" not in v
                              and digits_only(v) != v.replace(".", ""))
        self._patterns = tuple(p if isinstance(p, re.Pattern) else re.compile(p) for p in patterns)

    def __bool__(self) -> bool:
        return bool(self._values or self._patterns)

    def ranges(self, text: str) -> list[tuple[int, int]]:
        """Character ranges of `text` that the allow-list covers."""
        out: list[tuple[int, int]] = []
        low = lower_same_length(text)  # (offsets into `low` are offsets into `text`)
        for v in self._values:
            i = low.find(v)
            while i != -1:
                out.append((i, i + len(v)))
                i = low.find(v, i + 1)
        for p in self._patterns:
            out.extend(m.span() for m in p.finditer(text) if m.end() > m.start())
        return out

    def allows(self, span_text: str) -> bool:
        """True when a matched identifier is one of the allowed values in another formatting."""
        low = span_text.lower()
        d = digits_only(low)
        if len(d) >= 7 and (d in self._digit_values or (len(d) == 11 and d[0] == "1" and d[1:] in
                                                        self._digit_values)):
            return True
        if self._domains and ("@" in low or "://" in low or low.startswith("www.")):
            host = low.split("@", 1)[-1] if "@" in low else low.split("://", 1)[-1].split("/", 1)[0]
            host = host.removeprefix("www.")
            if any(host == dom or host.endswith("." + dom) for dom in self._domains):
                return True
        return any(p.fullmatch(span_text) for p in self._patterns)
