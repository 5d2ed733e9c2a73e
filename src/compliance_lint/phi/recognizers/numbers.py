"""Digit-shaped identifiers with hard validators: SSN, payment cards, IBAN, phone/fax, MBI."""

from __future__ import annotations

import re

from compliance_lint.phi.context import BUSINESS_CUE, Scan
from compliance_lint.phi.hits import PhiHit
from compliance_lint.phi.validators import card_ok, date_ok, digits_only, iban_ok, mbi_ok, npi_ok, ssn_ok

# 3-2-4 with one consistent separator (or none). The look-arounds stop matches inside longer
# digit runs and make each start position constant work.
_SSN_RE = re.compile(r"(?<![\w-])(\d{3})([- ]?)(\d{2})\2(\d{4})(?![\w-]|-\d)")
_SSN_CUE = re.compile(r"\b(?:ssn|ss#|ss #|soc(?:ial)?(?: sec(?:urity)?)?(?: n(?:o|umber)\.?| #)?|sin|tin"
                      r"|itin|taxpayer)\b")
# Masked SSN that still shows the real last four (a derivative, PHI_POLICY §2).
_SSN_LAST4_RE = re.compile(r"(?<![\w-])[Xx*#]{3}[- ]?[Xx*#]{2}[- ]?(\d{4})(?![\w-])")
_LAST4_RE = re.compile(r"\b(?:last|final) (?:four|4)(?: digits)?\b[^0-9\n]{0,40}?(?<!\d)(\d{4})(?!\d)")

_ENDS_IN_RE = re.compile(r"\b(?:ssn|social security(?: number)?|social)\b[^0-9\n]{0,25}?\b(?:ends? (?:in|with)|ending"
                         r" (?:in|with)|last (?:four|4)(?: digits)?(?: (?:is|are))?)\W{0,3}(\d{4})(?!\d)")
_CARD_RE = re.compile(r"(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d])")
_IBAN_RE = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?(?![A-Za-z0-9])")

# NANP (with optional +1) and loose international numbers. No nested unbounded quantifiers.
_PHONE_RE = re.compile(
    r"(?<![\w+])(?:\+?1[ .-]?)?(?:\((\d{3})\)|(\d{3}))[ .-]?(\d{3})[ .-]?(\d{4})"
    r"(?:[ ]?(?:x|ext\.?|extension)[ ]?\d{1,5})?(?![\w])"
    r"|(?<![\w+])\+\d{1,3}[ .-]?(?:\(\d{1,4}\)[ .-]?)?\d{1,8}(?:[ .-]\d{1,5}){0,4}(?![\w])"
    r"|(?<![\w+(])(?:\(\d{2,4}\)|0\d{1,4})(?:[ .-]?\d{2,4}){2,4}(?![\w])"
    r"|(?<![\w+.-])\d{2,5}(?:[ .-]\d{2,8}){1,4}(?![\w-]|\.\d)"
)
_PHONE_PERSON = re.compile(
    r"\b(?:patient|pt|caller|member|his|her|their|my|me|cell|mobile|home|personal|callback for|"
    r"emergency contact|daughter|son|wife|husband|mother|father|spouse|guardian|reach (?:him|her|them)"
    r"|text (?:him|her)|call (?:him|her|me)|phone:|tel:|mobile:|cell:|number is|answering at)"
)
_SSN_SHAPE = re.compile(r"\d{3}([- ])\d{2}\1\d{4}")
# A contact block under a person's name labels each line: "... 7641-Office", "... 02 90 mobile".
_PERSON_LABEL_AFTER = re.compile(r"^\s?[-–]?\s?(?:mobile|cell|home|personal|office|work|desk|fax)\b", re.IGNORECASE)
_ZIP4_SHAPE = re.compile(r"\d{5}-\d{4}")
_FAX_CUE = re.compile(r"\bfax")
_MBI_RE = re.compile(r"(?<![A-Za-z0-9])[1-9][A-Za-z][A-Za-z0-9]\d-?[A-Za-z][A-Za-z0-9]\d-?[A-Za-z]{2}\d{2}"
                     r"(?![A-Za-z0-9])")
_NPI_CUE = re.compile(r"\b(?:npi|provider|tax id|tin|ein|dea)\b")


def recognize_ssn(s: Scan) -> list[PhiHit]:
    if s.digits < 4:
        return []
    hits: list[PhiHit] = []
    for m in _SSN_RE.finditer(s.text):
        area, sep, group, serial = m.groups()
        if not ssn_ok(area, group, serial):
            continue
        cue = s.cue(_SSN_CUE, m.start(), m.end())
        if sep == "-" or cue:
            why = "SSN shape with valid area/group/serial"
            hits.append(PhiHit(m.start(), m.end(), "SSN", "ssn", 0.95 if cue else 0.8,
                               f"{why} and cue '{cue}'" if cue else why, strong=True))
        elif sep == "" and s.key_text and _SSN_CUE.search(s.key_text):
            hits.append(PhiHit(m.start(), m.end(), "SSN", "ssn", 0.9, "9 digits under an SSN key", True))
    if "xx" in s.lower or "**" in s.text or "##" in s.text:
        for m in _SSN_LAST4_RE.finditer(s.text):
            if m.group(1) != "0000":
                hits.append(PhiHit(m.start(1), m.end(1), "SSN", "ssn", 0.85,
                                   "masked SSN that still shows the real last four digits", True))
    if not s.mentions(("ss", "soc", "sin", "tin", "taxpayer")):
        return hits
    for m in _ENDS_IN_RE.finditer(s.lower):
        hits.append(PhiHit(m.start(1), m.end(1), "SSN", "ssn_last4", 0.85,
                           "last four SSN digits ('ends in' after an SSN cue)", True))
    if "last" in s.lower or "final" in s.lower:
        for m in _LAST4_RE.finditer(s.lower):
            cue = _SSN_CUE.search(m.group(0)) or _SSN_CUE.search(s.before(m.start(), 20))
            cue = cue.group(0) if cue else None
            if cue:
                hits.append(PhiHit(m.start(1), m.end(1), "SSN", "ssn_last4", 0.85,
                                   f"last four digits with cue '{cue}'", True))
    return hits


def recognize_card(s: Scan) -> list[PhiHit]:
    if s.digits < 10:
        return []
    hits: list[PhiHit] = []
    for m in _CARD_RE.finditer(s.text):
        raw = m.group(0).rstrip(" -")
        num = digits_only(raw)
        if card_ok(num):
            hits.append(PhiHit(m.start(), m.start() + len(raw), "ACCOUNT_NUMBER", "payment_card", 0.95,
                               "payment card number: Luhn-valid with a known issuer prefix and length", True))
    for m in _IBAN_RE.finditer(s.text) if s.digits >= 12 and not s.text.islower() else ():
        if iban_ok(m.group(0)):
            hits.append(PhiHit(m.start(), m.end(), "ACCOUNT_NUMBER", "iban", 0.9,
                               "IBAN with valid mod-97 check digits", True))
    return hits


_DATE_SHAPE = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})|(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")


def _is_date(raw: str) -> bool:
    m = _DATE_SHAPE.fullmatch(raw)
    if not m:
        return False
    if m.group(1):
        return date_ok(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    a, b, y = int(m.group(4)), int(m.group(5)), int(m.group(6))
    return date_ok(y, a, b) or date_ok(y, b, a)


def _nanp_ok(area: str, exchange: str) -> bool:
    return area[0] not in "01" and exchange[0] not in "01" and area[1:] != "11" and exchange[1:] != "11"


def recognize_phone(s: Scan) -> list[PhiHit]:
    if s.digits < 7:
        return []
    hits: list[PhiHit] = []
    for m in _PHONE_RE.finditer(s.text):
        start, end = m.span()
        raw = m.group(0)
        digits = digits_only(raw)
        area = m.group(1) or m.group(2)
        if area and not _nanp_ok(area, m.group(3)):
            area = None  # not a NANP number; judge it as an international one
        if area:
            if npi_ok(digits) and s.cue(_NPI_CUE, start, end):
                continue
        elif (not 7 <= len(digits) <= 15 or len(set(digits)) == 1 or _SSN_SHAPE.fullmatch(raw) or _is_date(raw)
              or _ZIP4_SHAPE.fullmatch(raw)):
            continue
        fictional = area is not None and m.group(3) == "555" and m.group(4).startswith("01")
        if area is None and digits.startswith("555") and digits[3:5] == "01":
            fictional = True
        before = s.before(start, 45)
        person = _PHONE_PERSON.search(before) or (s.key_text and _PHONE_PERSON.search(s.key_text))
        named = s.near_name(start, end, 200)
        after_label = s.after(end, 12)
        business = BUSINESS_CUE.search(before) or (not named and BUSINESS_CUE.search(s.after(end, 30)))
        if s.key_text and BUSINESS_CUE.search(s.key_text):
            business = business or BUSINESS_CUE.search(s.key_text)
        if not person and named and _PERSON_LABEL_AFTER.match(after_label):
            person = _PERSON_LABEL_AFTER.match(after_label)
        kind = "FAX" if _FAX_CUE.search(before[-25:]) or (s.key_text and "fax" in s.key_words) else "PHONE"
        # Whose number: a person cue or a patient's name nearby makes it PHI; the practice's
        # own lines (business cues) and bare numbers with no owner are not.
        labelled = BUSINESS_CUE.search(before[-24:].rsplit("\n", 1)[-1]) or _FAX_CUE.search(before[-12:])
        if labelled and not person:
            continue  # "Main line: ...", "fax ...", "office ...": the practice's own number, whoever is named
        if person and not (business and not named and person.group(0) in {"my", "me"}):
            conf, why = 0.85, f"phone number with personal cue '{person.group(0).strip()}'"
        elif named and not business:
            conf, why = 0.75, "phone number next to a person's name"
        elif named and business:
            conf, why = 0.55, "phone number near a person's name (business words also near)"
        else:
            continue
        if area is None:
            conf -= 0.1
        if fictional and not named:
            continue
        hits.append(PhiHit(start, end, kind, "phone", conf, why))
    return hits


_CONTACT_LABEL = re.compile(r"\b(?:phone|tel|telephone|main line|call)\W{0,4}$")
_CONTACT_SECTION = re.compile(r"\bcontact (?:details|information|info|us)\b|\bbusiness hours\b")

def _practice_line(s: Scan, start: int) -> bool:
    """'call us back at ...', or 'Phone:' in the practice's contact block: the practice's own number."""
    if BUSINESS_CUE.search(s.before(start, 30)):
        return True
    wide = s.before(start, 250)
    in_contact_block = BUSINESS_CUE.search(wide) or _CONTACT_SECTION.search(wide)
    return bool(_CONTACT_LABEL.search(s.before(start, 14)) and in_contact_block)


_DIGIT_WORDS = {"zero": "0", "oh": "0", "o": "0", "one": "1", "two": "2", "three": "3", "four": "4",
                "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}
_SPELLED_RE = re.compile(
    r"(?<![\w])(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
    r"(?:(?:[ ,-]{1,3}|, )(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)){6,15}(?![\w])",
    re.IGNORECASE,
)


def recognize_spelled_digits(s: Scan) -> list[PhiHit]:
    """Digits spelled out for TTS ("four one five, two two one ..."): phone or SSN by count + cue."""
    low = s.lower
    if sum(1 for w in ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "zero") if w in low) < 3:
        return []
    hits: list[PhiHit] = []
    for m in _SPELLED_RE.finditer(s.text):
        digits = "".join(_DIGIT_WORDS[w] for w in re.findall(r"[a-z]+", m.group(0).lower()))
        before = s.before(m.start(), 45)
        if len(digits) == 9 and (_SSN_CUE.search(before) or _SSN_CUE.search(s.key_text)):
            if ssn_ok(digits[:3], digits[3:5], digits[5:]):
                hits.append(PhiHit(m.start(), m.end(), "SSN", "ssn_spelled", 0.9, "SSN spelled out digit by digit",
                                   True))
        elif len(digits) in (7, 10, 11) and not s.near_name(m.start(), m.end(), 80) and _practice_line(s, m.start()):
            continue
        elif len(digits) in (7, 10, 11) and (_PHONE_PERSON.search(before) or s.near_name(m.start(), m.end(), 80)):
            kind = "FAX" if _FAX_CUE.search(before) else "PHONE"
            hits.append(PhiHit(m.start(), m.end(), kind, "phone_spelled", 0.8,
                               "phone number spelled out digit by digit with a personal cue"))
    return hits


def recognize_mbi(s: Scan) -> list[PhiHit]:
    if s.digits < 5 or s.text.islower():
        return []
    hits: list[PhiHit] = []
    for m in _MBI_RE.finditer(s.text):
        v = m.group(0)
        if not mbi_ok(v):
            continue
        # Lower-case or mixed tokens are rarely MBIs; require upper case unless a cue says so.
        cue = s.cue(re.compile(r"\b(?:mbi|medicare|beneficiary)\b"), m.start(), m.end())
        if not v.isupper() and not cue:
            continue
        hits.append(PhiHit(m.start(), m.end(), "HEALTH_PLAN_ID", "mbi", 0.95 if cue else 0.85,
                           "Medicare Beneficiary Identifier format (CMS position rules)"
                           + (f" with cue '{cue}'" if cue else ""), True))
    return hits
