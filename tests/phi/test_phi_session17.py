"""Classes worked in the seventeenth session (2026-11-24), each tested with new text.

A positive names the span that must be found; its look-alike negative must stay clean. Entries that
the previous engine already passed are guards: they keep a new rule from reaching too far.
"""

from __future__ import annotations

from class_harness import class_tests

# An honorific before a given name whose surname is also a place word ("Lake", "River"): the honorific
# makes it a person, not "Tabitha Lake" the lake. Without an honorific the place stays a place.
POSITIVES_HONORIFIC_PLACE_SURNAME = [
    ("Mrs. Tabitha Lake called about her refill and wants a call back.", None, None, ("NAME", "Mrs. Tabitha")),
    ("Mr. Desmond River asked us to move his stress test to Friday.", None, None, ("NAME", "Mr. Desmond")),
    ("L&D callback: Ms. Arwen Falls, contractions 6 min apart", None, "label", ("NAME", "Ms. Arwen")),
]
NEGATIVES_HONORIFIC_PLACE_SURNAME = [
    ("Our second clinic is by Crystal Lake, next to the library.", None, None),
    ("Families from the Cheyenne River Reservation can use the tribal van.", None, None),
    ("We serve Idaho Falls, Rexburg and Blackfoot.", None, None),
]
(test_honorific_place_surname_positive,
 test_honorific_place_surname_negative) = class_tests(POSITIVES_HONORIFIC_PLACE_SURNAME,
                                                      NEGATIVES_HONORIFIC_PLACE_SURNAME)
