"""Classes worked in the fourteenth session (2026-11-24), each tested with new text.

A positive names the span that must be found; its look-alike negative must stay clean. Entries that
the previous engine already passed are guards: they keep a new rule from reaching too far.
"""

from __future__ import annotations

from class_harness import class_tests

# A place's head words longer than ten characters, written before the name ("Nossa Senhora ",
# "Nuestra Señora ", "Phòng Khám "): the look-behind window was shorter than the heads.
POSITIVES_WINDOW = [
    # guard: a person after a short Portuguese word stays a name
    ("A Dona Conceição Medeiros pediu para mudar a visita para sexta.", None, None,
     ("NAME", "Dona Conceição Medeiros")),
]
NEGATIVES_WINDOW = [
    ("The Nossa Senhora dos Remédios festa in August closes the Fall River office early.", None, None),
    ("Our van skips the Nuestra Señora del Carmen procession route on July 16.", None, None),
]
test_window_positive, test_window_negative = class_tests(POSITIVES_WINDOW, NEGATIVES_WINDOW)
