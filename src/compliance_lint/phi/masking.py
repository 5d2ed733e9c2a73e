"""Safe renditions of a hit for reports: the type and the shape, never a character of the value."""

from __future__ import annotations

import re

from compliance_lint.phi.hits import PhiHit

_SEPARATORS = frozenset(" -/.()+:,#")


def mask(hit: PhiHit, text: str) -> str:
    """E.g. `SSN ***-**-****`, `NAME [2 words]`, `EMAIL ***@***`, `DATE **/**/****`.

    Separators are kept so a reviewer can see the shape; every letter and digit becomes `*`.
    Names only report their word count: even initials would leak.
    """
    value = text[hit.start : hit.end]
    if hit.type == "NAME":
        n = len(re.findall(r"[^\W\d_]+", value)) or 1
        return f"NAME [{n} word{'s' if n != 1 else ''}]"
    if hit.type == "EMAIL":
        return "EMAIL ***@***"
    if hit.type in ("URL", "PHOTO", "BIOMETRIC", "GEO") or len(value) > 40:
        return f"{hit.type} [{_size(value)}]"
    shape = "".join(ch if ch in _SEPARATORS else "*" for ch in value)
    # Collapse runs of separators that would hint at spacing of words (e.g. "the 14th of March").
    shape = re.sub(r" {2,}", " ", shape)
    return f"{hit.type} {shape}"


def _size(value: str) -> str:
    n = len(value)
    return "short" if n < 12 else "medium" if n < 40 else "long"
