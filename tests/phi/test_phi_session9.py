"""Classes worked in the ninth session of 2026-11-23, each tested with new text.

A positive names the span that must be found; its look-alike negative must stay clean. Entries that
the previous engine already passed are guards: they keep a new rule from reaching too far.
"""

from __future__ import annotations

from class_harness import class_tests

# The workforce named as a list after "our <role plural> are", or with the role after the names
# ("are this month's volunteers"), a credential as what they are, a cover area, an extension.
NEGATIVES_STAFF = [
    ("Our promotoras are Yesenia Tlapa, Rocío Bautista Cruz and Marisela Ortega.", None, None),
    ("The doulas this week are Imani Okoro (nights) and Hollis Brandvold.", None, None),
    ("Ingrid Solvang and Teodor Brask are this week's on-call chaplains.", None, None),
    ("Wynn Callister and Pia Obregón are today's float nurses; page either one.", None, None),
    ("Questions about the pump go to Arlo Penhallow, who covers Kent and Sussex counties.", None, None),
    ("Meseret Alemu is an RN and can answer medication questions.", None, None),
    ("Ulla Brevik is a CNM; she signs the birth certificates.", None, None),
    ("Billing → ext. 310 (Dorrit Vallance), records → ext. 311.", None, None),
    ("Navigators you can transfer to: Siosaia Fifita (Tongan), Amalia Reyes (Spanish).", None, None),
    ("Kester Vandam", "site_inspector", "value"),
    ("Priya Ganeshan", "auditor", "value"),
]
# ... and the look-alikes that stay patients.
POSITIVES_STAFF = [
    ("Our patients this week are Yesenia Tlapa and Rocío Bautista Cruz.", None, None, ("NAME", "Rocío Bautista Cruz")),
    ("Our nurses are busy, so Wynn Callister will get a callback about her biopsy.", None, None,
     ("NAME", "Wynn Callister")),
    ("Our nurses are Ana and Bo, who will call Dennis Ruiz about his MRI.", None, None, ("NAME", "Dennis Ruiz")),
    ("Ingrid Solvang and Teodor Brask are this month's new patients.", None, None, ("NAME", "Ingrid Solvang")),
    ("Grandpa Walter Medina, who manages his own pump, calls every Monday.", None, None,
     ("NAME", "Walter Medina")),
    ("Meseret Alemu is a COPD patient; book her with the pulmonologist.", None, None, ("NAME", "Meseret Alemu")),
    ("Ulla Brevik is a VIP and always gets the first slot after her chemo.", None, None, ("NAME", "Ulla Brevik")),
]

POSITIVES = [
    *POSITIVES_STAFF,
]
NEGATIVES = [
    *NEGATIVES_STAFF,
]

test_class_positive, test_class_negative = class_tests(POSITIVES, NEGATIVES)
