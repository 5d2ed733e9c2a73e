"""No text makes the PHI engine raise.

A blind set once held "ZIP" before a 555 phone number: _ZIP_RE matched "555-0123" and the
placeholder test called int("555-0"). In a lint run that loses the PHI check for the file. This
test builds texts from the cue words and value shapes every recognizer reads, mixed at random
(a fixed seed), and scans each in every field, bare and under keys.
"""

from __future__ import annotations

import random

from compliance_lint.phi.engine import scan

CUES = [
    "zip", "ZIP", "zip code", "dob", "DOB", "born", "MRN", "mrn:", "member ID", "SSN", "ssn last4", "card",
    "account", "acct #", "VIN", "plate", "serial", "IMEI", "license", "DL", "passport", "fax", "phone", "cell",
    "call", "text", "email", "@", "[at]", "dot", "http://", "https://", "www.", "/patients/", "?patient=",
    "IP", "Mrs.", "Mr.", "ms.", "Dr.", "Aunt", "Grandma", "patient", "caller", "age", "turned", "years old",
    "ninety", "one hundred and", "voiceprint", "iris scan", "photo", ".jpg", "_", "-", "–", "(", ")", ",",
    ";", ":", ".", "\n", "#", "e.g.", "format", "sample", "example", "our", "the clinic", "on the", "St",
    "Ave", "Rd", "Dr", "PO Box", "Apt", "Suite", "Thứ", "Tết", "señora", "Gracias por llamar a",
    # record and case cues read before codes of every shape ("Chart AB123456:" once reached a date test)
    "chart", "Chart", "chart #", "case", "kit", "specimen", "record", "claim", "auth", "donor", "unit", "bib",
    "room", "bed", "badge", "booking", "rx", "order", "ticket", "ref", "invoice",
]
VALUES = [
    "555-0123", "555-0199", "(614) 555-0182", "+1 919 555 0147", "1-800-421-5647", "97201", "97201-1234",
    "00000", "12345", "432", "123-45-6789", "412-55-7789", "4111 1111 1111 1111", "4242", "1EG4-TE5-MK73",
    "03/14/1962", "2026-12-24", "3/4", "the 12th", "Nov 18", "1932", "96", "101", "192.168.1.20",
    "108.31.77.204", "1HGCM82633A004352", "356172094883128", "A-214-883-907", "MR-4471829", "00482913",
    "jane.roe@gmail.com", "x [at] gmail [dot] com", "J.R.", "K. Moss", "Rosa Whitfield", "Okafor",
    "Trần Thị Hai", "Osgood-Schlatter", "O'Brien", "NCT05512345", "vp_443783665a13329", "XXXX", "-1", "0",
    "9" * 20, "٣٤٥", "①②③", "İstanbul", "ß", "\u200b", "",
]
KEYS = [None, "patient_zip", "patient_dob", "member_id", "ssn_last4_mask", "resident_age", "vehicle_plate",
        "texter_handle", "caller_name", "holiday_closure", "van_base_zip", "student_id"]
FIELDS = ["prompt", "label", "value", "url", None]


def _code(rng: random.Random) -> str:
    """A code of any shape: letters, an optional separator, digits, maybe more letters or digits."""
    letters = "".join(rng.choice("ABCDEFGHJKMNPRSTVWXYZ") for _ in range(rng.randint(0, 4)))
    digits = "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 12)))
    tail = rng.choice(["", "", "-" + str(rng.randint(0, 99999)), rng.choice("ABCDXYZ"), ".", ":", ")"])
    return letters + rng.choice(["", "", "-", " ", "_", "#"]) + digits + tail


def _texts(count: int) -> list[str]:
    rng = random.Random(20261123)
    out = []
    for _ in range(count):
        parts = [rng.choice(CUES) if rng.random() < 0.5 else rng.choice(VALUES) if rng.random() < 0.6
                 else _code(rng) for _ in range(rng.randint(1, 9))]
        out.append(rng.choice([" ", "", "  ", "_"]).join(parts))
    return out


def test_no_text_makes_the_engine_raise() -> None:
    rng = random.Random(7)
    for text in _texts(12000):
        scan(text, key=rng.choice(KEYS), field=rng.choice(FIELDS))


def test_the_zip_cue_before_a_phone_tail_is_no_zip() -> None:
    assert scan("ZIP 555-0123") == []
    assert [(h.type, "97201-1234") for h in scan("zip 97201-1234 for the patient")] == [("GEO", "97201-1234")]


RECORD_CUES = ["chart", "Chart", "chart #", "MRN", "case", "kit", "specimen", "record", "claim", "member ID",
               "account", "donor", "bib", "badge", "booking", "rx", "serial", "plate", "license", "patient"]


def test_no_code_after_a_record_cue_makes_the_engine_raise() -> None:
    """Every cue before codes of every length and shape, as a heading, in a sentence and at the end: a code's
    shape once reached a test written for digits only ("Chart AB123456:" -> int("AB12"))."""
    rng = random.Random(20261125)
    codes = [_code(rng) for _ in range(150)] + ["AB123456", "RW-20417", "A1234567", "AB12345678", "X-1234567"]
    for cue in RECORD_CUES:
        for code in codes:
            for text in (f"{cue} {code}: allergy", f"Note: {cue} {code}.", f"{cue}_{code}_scan.pdf"):
                scan(text, field="label" if text.endswith(".pdf") else None)


def test_a_text_that_starts_with_a_slash_before_a_name_is_read() -> None:
    """"/ Wes — truck welfare": the window before the name was only a slash, and the tail-cue reader took the last
    word of nothing (IndexError); the whole document's PHI check was lost."""
    for field in ("prompt", "label", "value", "url", None):
        scan("/ Wes — truck welfare", field=field)
        scan("// Dana Whitfield - callback", field=field)


def test_real_texts_with_punctuation_and_codes_inserted_never_raise() -> None:
    """Texts of the repository's blind sets, cut at a random word, with punctuation, a cue or a code put in: the
    shapes real configs take when pasted ("/ Wes — truck welfare" once raised)."""
    import json
    from pathlib import Path

    rng = random.Random(20261125)
    texts = [json.loads(line)["text"] for path in sorted(Path(__file__).parent.parent.glob(
        "data/phi-blind/set_*.jsonl"))[::8] for line in path.read_text(encoding="utf-8").splitlines() if line]
    marks = [*"/\\|—–-()[]{}#>*:;,.!?'\"“”`@$%&+=_<", "//", "/ ", "\n", "..."]
    for _ in range(4000):
        words = rng.choice(texts).split(" ")
        at = rng.randint(0, len(words))
        words.insert(at, rng.choice(["".join(rng.choice(marks) for _ in range(rng.randint(1, 3))),
                                     _code(rng), rng.choice(CUES), rng.choice(RECORD_CUES)]))
        if rng.random() < 0.5:
            words = words[at:]
        scan(" ".join(words), key=rng.choice(KEYS), field=rng.choice(FIELDS))
