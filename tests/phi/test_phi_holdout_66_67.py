"""Classes found in blind sets 66 and 67 (read on 2026-11-23), each tested with new text.

A positive names the span that must be found; its look-alike negative must stay clean.
"""

from __future__ import annotations

import pytest

from compliance_lint.phi.engine import scan


def found(text: str, key: str | None = None, field: str | None = None) -> list[tuple[str, str]]:
    return [(h.type, text[h.start : h.end]) for h in scan(text, key=key, field=field)]


POSITIVES = [
    # a caller's turn quoted inside a line
    ("Test script. User: 'hi it's Zephyrine, my refill never came' Expected: verify identity first.", None, None,
     ("NAME", "Zephyrine")),
    # Spanish: a self-introduction, an e-mail spelled for speech, a due date under a patient key
    ("Chat de prueba: 'hola, me llamo Yaritza y necesito mi cita'", None, None, ("NAME", "Yaritza")),
    ("Correo del paciente: rodrigo.peralta71 arroba gmail punto com", None, None,
     ("EMAIL", "rodrigo.peralta71 arroba gmail punto com")),
    ("22/09", "fum_paciente", "value", ("DATE", "22/09")),
    # look-alikes of the staff rules below
    ("Rosa Whitfield, the patient, asked for the manager.", None, None, ("NAME", "Rosa Whitfield")),
    ("Hola, me llamo Yaritza y tengo una pregunta sobre mi receta.", None, None, ("NAME", "Yaritza")),
]

NEGATIVES = [
    # a job title in apposition; the practice's desk line
    ("For escalations offer Marcia Pettigrew, Patient Experience Manager, or Dale Osei, coordinator.", None, None),
    ("Their desk line is (260) 481-7731 on weekdays.", None, None),
    # a Nobel laureate
    ("Hold fact: Frederick Banting co-discovered insulin, winning the Nobel Prize in 1923.", None, None),
    # the practice's Spanish mailboxes and promotoras, the agent's Spanish self-introduction
    ("Escribe a citas arroba clinicadelvalle punto org para cambiar una cita.", None, None),
    ("La promotora Yesenia Carrillo recibe papeles de WIC los martes.", None, None),
    ("Hola, me llamo Marisela y soy la asistente virtual de la clínica.", None, None),
    # Spanish document titles; a day and month as a range under a time key
    ("Guia_Lactancia_Saludable_2026.pdf", None, "label"),
    ("10-20", "patient_visit_minutes", "value"),
]


@pytest.mark.parametrize(("text", "key", "field", "expected"), POSITIVES)
def test_class_positive(text: str, key: str | None, field: str | None, expected: tuple[str, str]) -> None:
    got = found(text, key, field)
    assert expected in got, got


@pytest.mark.parametrize(("text", "key", "field"), NEGATIVES)
def test_class_negative(text: str, key: str | None, field: str | None) -> None:
    assert found(text, key, field) == []
