"""Classes worked in the twenty-first session (2026-11-25), each tested with new text.

A positive names the span that must be found; its look-alike negative must stay clean. Entries that
the previous engine already passed are guards: they keep a new rule from reaching too far.
"""

from __future__ import annotations

from class_harness import class_tests

# A name as the subject of a clause that ends in that person's own care after a preposition ("about his
# shoulder rehab", "after her knee surgery"). Not care given to another (a verb right before the possessive),
# not another person or an article between.
POSITIVES_OWN_CARE = [
    ("Heads-up: Rosalind is coming back after her second rotator cuff surgery; book her with Dr. Amari.", None,
     None, ("NAME", "Rosalind")),  # guard
    ("Note: Margaret is coming back after her second axillary node surgery; book her with Dr. Amari.", None,
     None, ("NAME", "Margaret")),
    ("Jessica will message most mornings about her knee rehab; answer from the protocol sheet.", None, None,
     ("NAME", "Jessica")),
]
NEGATIVES_OWN_CARE = [
    ("Brianna will tape his ankle before practice; the coach has the schedule.", None, None),
    ("Gregory will call the patient about her results once Dr. Amari signs them.", None, None),
    ("Jessica is the nurse for questions about your knee rehab.", None, None),  # guard
]
test_own_care_positive, test_own_care_negative = class_tests(POSITIVES_OWN_CARE, NEGATIVES_OWN_CARE)
