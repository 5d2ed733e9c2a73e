"""Classes worked in the seventh session of 2026-11-23 (blind sets 74-76 and the brief's listed hard
negatives), each tested with new text.

A positive names the span that must be found; its look-alike negative must stay clean. Entries that
the previous engine already passed are guards: they keep a new rule from reaching too far.
"""

from __future__ import annotations

import pytest

from compliance_lint.phi.engine import scan


def found(text: str, key: str | None = None, field: str | None = None) -> list[tuple[str, str]]:
    return [(h.type, text[h.start : h.end]) for h in scan(text, key=key, field=field)]


POSITIVES_BRIEF = [
    # guards: a ticket about a named patient, a person's age, a patient's post, a person's licence
    ("Ticket #58213 for Ms. Okafor's billing dispute is still open.", None, None, ("OTHER_ID", "58213")),
    ("Our oldest patient is 95 years old and still drives herself in.", None, None, ("AGE", "95")),
    ("Harriet in the east wing turns 101 on Sunday.", None, None, ("AGE", "101")),
    ("Mail the kit to 4410 Harbor Blvd, Apt 2, Tacoma for Mrs. Varga.", None, None,
     ("GEO", "4410 Harbor Blvd, Apt 2")),
    ("Driver's license number D4410-2281-77 was scanned at check-in for Mr. Haines.", None, None,
     ("LICENSE_NUMBER", "D4410-2281-77")),
]

NEGATIVES_BRIEF = [
    # the organisation's own IT or vendor tickets
    ("Helpdesk ticket #58213 tracks the phone-tree bug; do not read it to callers.", None, None),
    ("IT ticket number 7730412 covers the hold-music outage.", None, None),
    # the age of a building, a practice or a tree
    ("Our clinic's oldest building is 95 years old and has no elevator on the east side.", None, None),
    ("The practice turns 100 next spring, so mention the open house.", None, None),
    # the organisation's own post and licence
    ("Send the invoices to 4410 Harbor Blvd, Suite 200, Tacoma.", None, None),
    ("Mail the checks to 1200 Commerce Way, Olympia, attention Billing.", None, None),
    ("Our pharmacy license number PHR-00418 is posted at the front counter.", None, None),
    ("The dispensary's state license #MC-220841 must be read out if a caller asks.", None, None),
]


@pytest.mark.parametrize(("text", "key", "field", "expected"), POSITIVES_BRIEF)
def test_class_positive(text: str, key: str | None, field: str | None, expected: tuple[str, str]) -> None:
    assert expected in found(text, key, field)


@pytest.mark.parametrize(("text", "key", "field"), NEGATIVES_BRIEF)
def test_class_negative(text: str, key: str | None, field: str | None) -> None:
    assert found(text, key, field) == []
