"""Classes found in blind sets 62 and 63 (read on 2026-11-23), each tested with new text.

A positive names the span that must be found; its look-alike negative must stay clean.
"""

from __future__ import annotations

import pytest

from compliance_lint.phi.engine import scan


def found(text: str, key: str | None = None, field: str | None = None) -> list[tuple[str, str]]:
    return [(h.type, text[h.start : h.end]) for h in scan(text, key=key, field=field)]


POSITIVES = [
    # the caller introduces themself in their own transcript turn, whatever the agent says elsewhere
    ("User: hi this is Marisol, calling about my refill\nAssistant: Thanks for calling, Marisol. One moment.",
     None, None, ("NAME", "Marisol")),
    ("Caller: hey it's Zephyrine again, my boot strap broke\nAgent: Sorry to hear it, Zephyrine.",
     None, None, ("NAME", "Zephyrine")),
    ("**User:** it's Quillon, the one with the knee brace\n**Agent:** Got it.", None, None, ("NAME", "Quillon")),
]

NEGATIVES = [
    ("Agent: Thanks for calling Harbor Vein Clinic, this is Juniper. How can I help?\nUser: I need to move my visit.",
     None, None),
    ("Assistant: Hi, I'm Wren, the scheduling assistant.\nUser: ok thanks", None, None),
    ("User: hi, it's Monday and the office is closed?\nAgent: We open at 9.", None, None),
]


@pytest.mark.parametrize(("text", "key", "field", "expected"), POSITIVES)
def test_class_positive(text: str, key: str | None, field: str | None, expected: tuple[str, str]) -> None:
    got = found(text, key, field)
    assert expected in got, got


@pytest.mark.parametrize(("text", "key", "field"), NEGATIVES)
def test_class_negative(text: str, key: str | None, field: str | None) -> None:
    assert found(text, key, field) == []
