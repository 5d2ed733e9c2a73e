"""Who is speaking: one caller-turn test shared by the name, number and date recognizers.

A name after "this is", a number read out digit by digit, a birth date spelled in words are the
caller's own in the caller's turn and the agent's script in the agent's. Every transcript form
must mean the same to every recognizer.
"""

from __future__ import annotations

import pytest

from compliance_lint.phi.context import Scan
from compliance_lint.phi.engine import scan
from compliance_lint.phi.recognizers.turns import in_caller_turn


@pytest.mark.parametrize(("text", "marker", "caller"), [
    ("User: hi this is Delphine", "Delphine", True),
    ("> **Caller:** hey it's Amani", "Amani", True),
    ("- role: user\n  message: \"hi it's Denise\"", "Denise", True),
    ("- role: agent\n  message: \"hi it's Denise\"", "Denise", False),
    ("Test chat. User: 'hey it's Amani' Agent: 'hello Amani'", "'hey", True),
    ("Test chat. User: 'hey it's Amani' Agent: 'hello Amani'", "'hello", False),
    ("المتصل: أنا سعاد", "أنا", True),
    ("Agent: this is Mia from Bright Smiles", "Mia", False),
    ("Mom: it's Tasha again", "Tasha", True),
    ("This is Ava from Riverside; ask what the caller needs.", "Ava", False),
])
def test_in_caller_turn(text: str, marker: str, caller: bool) -> None:
    s = Scan(text, "prompt", ())
    assert in_caller_turn(s, text.index(marker)) is caller


def _found(text: str) -> list[tuple[str, str]]:
    return [(h.type, text[h.start:h.end]) for h in scan(text)]


def test_number_read_out_in_a_yaml_caller_turn_is_the_callers() -> None:
    text = ("chat_history:\n  - role: user\n"
            "    message: \"yeah okay five zero three, four nine four, eight three one one\"")
    assert ("PHONE", "five zero three, four nine four, eight three one one") in _found(text)


def test_number_read_out_in_the_agents_yaml_turn_is_no_callers() -> None:
    text = ("chat_history:\n  - role: agent\n"
            "    message: \"the main line is five zero three, four nine four, eight three one one\"")
    assert not [h for h in _found(text) if h[0] in ("PHONE", "FAX")]


def test_birth_date_spelled_in_a_yaml_caller_turn_is_found() -> None:
    text = ("- role: agent\n  message: \"Can I have your date of birth?\"\n"
            "- role: user\n  message: \"ten twelve fifty-eight\"")
    assert ("DATE", "ten twelve fifty-eight") in _found(text)


def test_birth_date_spelled_by_the_agent_is_no_callers() -> None:
    text = "Agent: Can I have your date of birth, like ten twelve fifty-eight? User: sure."
    assert not [h for h in _found(text) if h[0] == "DATE"]
