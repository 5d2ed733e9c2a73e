"""The `no_phi` check: scan the stored-text fields a pack names with the PHI engine.

The pack says which fields hold stored text and what class of text each is (`prompt`, `label`,
`value`, `url`); the engine (`compliance_lint.phi`) finds identifiers. What reaches a report is the
identifier type, the recognizer, the field and the character offset, plus a masked rendition:
never the matched text. Baselines get a digest of that description, not of the value, because a
hash of a short value such as an SSN could be reversed by brute force.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from functools import lru_cache
from pathlib import PurePosixPath
from typing import Any

from compliance_lint.engine.checks import CheckCall, Violation, dotted
from compliance_lint.engine.select import select
from compliance_lint.model import Severity
from compliance_lint.pointer import escape, split
from compliance_lint.withhold import FILE_NAME, KEY

_SEVERITY = {"error": Severity.ERROR, "warning": Severity.WARNING}


@lru_cache(maxsize=8)
def _allow_list(values: tuple[str, ...], patterns: tuple[str, ...]) -> Any:
    from compliance_lint.phi import PhiAllowList

    return PhiAllowList(values=values, patterns=patterns) if (values or patterns) else None


def _key_for(pointer: str) -> str | None:
    """The nearest non-index token: the JSON key or variable name the text sits under."""
    for token in reversed(split(pointer)):
        if not token.isdigit():
            return token
    return None


def _texts(call: CheckCall, spec: dict[str, Any]) -> Iterator[tuple[str, str, str | None, str, str | None]]:
    """(pointer, text, key, where, withhold) for one field spec of the pack.

    `where` names the field for people; `withhold` says the text is itself a name that reports print
    (the file name, a key), so `withhold` must keep it out of paths and pointers.
    """
    if spec.get("source") == "filename":
        stem = PurePosixPath(call.document.source.display).stem
        yield "", stem, stem, "the file name", FILE_NAME
        return
    for pointer, value in select(call.data, spec["path"]):
        if spec.get("keys") and isinstance(value, dict):
            for key in value:
                if isinstance(key, str):
                    yield f"{pointer}/{escape(key)}", key, key, f"a key of {dotted(pointer)}", KEY
        elif isinstance(value, str):
            yield pointer, value, _key_for(pointer), dotted(pointer), None


def no_phi(call: CheckCall) -> Iterator[Violation]:
    from compliance_lint.phi import field_verdict, mask, scan

    settings = call.options.get("settings")
    reveal = bool(call.options.get("show_phi"))  # only ever set by `--show-phi` outside CI
    allow = _allow_list(tuple(getattr(settings, "phi_allow", ())), tuple(getattr(settings, "phi_allow_patterns", ())))
    seen: set[str] = set()  # overlapping field paths (`/description`, `/**/description`) scan once
    for spec in call.params["fields"]:
        for pointer, text, key, where, withhold in _texts(call, spec):
            if pointer in seen:
                continue
            seen.add(pointer)
            hits = scan(text, key=key, field=spec.get("field", "prompt"), allow=allow)
            verdict = field_verdict(hits, text)
            if verdict is None:
                continue
            for hit in hits:
                description = f"{call.document.base}{pointer}|{hit.type}|{hit.recognizer}|{hit.start}"
                yield Violation(
                    pointer,
                    {"type": hit.type, "recognizer": hit.recognizer, "where": where, "offset": hit.start,
                     "reason": hit.reason},
                    severity=_SEVERITY[verdict],
                    evidence=f"{hit.type} {text[hit.start:hit.end]!r}" if reveal else mask(hit, text),
                    value_digest=hashlib.sha256(description.encode()).hexdigest()[:16],
                    offset=hit.start,
                    withhold=withhold,
                )
