"""mask() must never reproduce a letter or digit of the value."""

from __future__ import annotations

import re

import pytest

from compliance_lint.phi import mask, scan

PLANTED = [
    "Patient Rosa Alvarez, DOB 03/14/1962, MRN 00482913.",
    "SSN 536-22-1845, card 4539 1488 0343 6467, MBI 1EG4-TE5-MK74.",
    "Her email is rosa.q88@gmail.com and her cell is (312) 448-9921.",
    "Send it to 4417 Birchwood Drive, Apt 2B, Dayton, OH 45402 for the patient.",
    "Portal https://portal.example-health.net/chart?patient=8842213 and IP 73.158.64.15 for the patient.",
    "Mr. Okonkwo is a 94-year-old patient; VIN 1HGCM82633A004352.",
    "Callback – R. Alvarez dialysis",
]


@pytest.mark.parametrize("text", PLANTED)
def test_mask_never_leaks(text: str) -> None:
    hits = scan(text)
    assert hits
    for h in hits:
        value = text[h.start : h.end]
        rendition = mask(h, text)
        assert rendition.startswith(h.type + " ")
        shape = rendition[len(h.type) + 1 :]
        shape = re.sub(r"\[\d+ words?\]", "", shape)  # the word count is not from the value
        shape = re.sub(r"\[(?:short|medium|long)\]", "", shape)
        leaked = [ch for ch in shape if ch.isalnum()]
        assert not leaked, (value, rendition)
        assert value not in rendition


def test_mask_shapes() -> None:
    text = "SSN 536-22-1845; Patient Rosa Alvarez; her email rosa.q88@gmail.com"
    rendered = {h.type: mask(h, text) for h in scan(text)}
    assert rendered["SSN"] == "SSN ***-**-****"
    assert rendered["NAME"] == "NAME [2 words]"
    assert rendered["EMAIL"] == "EMAIL ***@***"
