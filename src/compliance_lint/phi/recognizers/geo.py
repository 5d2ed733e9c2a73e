"""Geographic units smaller than a state that belong to a person: street address, city, ZIP."""

from __future__ import annotations

import re

from compliance_lint.phi.context import Scan
from compliance_lint.phi.hits import PhiHit

_SUFFIX = (r"(?:Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Dr|Court|Ct|Boulevard|Blvd|Way|Place|Pl|"
           r"Terrace|Ter|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Trail|Trl|Loop|Square|Sq|Pike|Row|Run|Path|"
           r"Crescent|Close|Alley|Walk|Point|Ridge|Crossing|Heights|Greens|Grove|Gardens|Plaza|Route|Rte)")
_STREET_RE = re.compile(
    r"(?<![\w])\d{1,6}[A-Za-z]?(?:[ -]\d{1,5})? (?:[NSEW]\.? |North |South |East |West )?"
    r"(?:[A-Z0-9][\w'’.-]{0,30} ){0,3}[A-Z][\w'’.-]{0,30} " + _SUFFIX + r"\b\.?"
    r"(?:,? (?:Apt|Apartment|Unit|Suite|Ste|Fl|Floor|#)\.? ?#?[\w-]{1,6})?"
    r"(?:,? [A-Z][a-z]{1,20}(?: [A-Z][a-z]{1,20}){0,2},? (?:[A-Z]{2}|[A-Z][a-z]{3,13})(?: \d{5}(?:-\d{4})?)?)?"
    r"|(?<![\w])(?:P\.? ?O\.? Box|PO Box) \d{1,6}"
)
_UNIT_RE = re.compile(r"(?<![\w])(?:Apt|Apartment|Unit|Suite)\.? ?#?\d{1,5}[A-Za-z]?(?![\w])")
_ZIP_RE = re.compile(r"(?<![\w-])\d{5}(?:-\d{4})?(?![\w-])")
_ZIP_CUE = re.compile(r"\b(?:zip|zip code|zipcode|postal code|post code)\b")
_CITY_RE = re.compile(
    r"\b(?:lives|living|resides|residing|moved|relocated|originally|home is|staying|grew up|born|"
    r"lives on|address is)(?: (?:in|at|on|to|from))(?: the)? ((?:[A-Z][\w'’.-]{1,30}|[A-Z]{2,})"
    r"(?: (?:[A-Z][\w'’.-]{1,30}|de|da|do|del|la|le|of|[A-Z]{2,})){0,3})"
)
_BUSINESS_ADDR = re.compile(
    r"\b(?:our|office|offices|clinic|practice|located|location|locations|visit us|directions|parking|"
    r"campus|headquarters|hq|mail (?:payments|checks|forms)|send (?:payments|records|forms)|remit|"
    r"pharmacy|hospital|center|centre|building|entrance|lobby|we are|we're|branch|site|lab|"
    r"service area|we serve|serving|serves)\b"
)
_PERSON_ADDR = re.compile(
    r"\b(?:patient|pt|caller|member|client|resident|his|her|their|my|home|lives|living|resides|"
    r"ship(?:ping)? to|deliver(?:y)? to|mail (?:it|them|the kit) to|pick(?: |-)?up (?:at|from)|pickup|"
    r"drop(?: |-)?off|address on file|address is|home address|mailing address|send (?:it|a new one|them) to|"
    r"mail (?:it|them|the \w+) to|send (?:the \w+) to|"
    r"return to|taxi to|ride to)\b"
)


_PERSON_AFTER_ADDR = re.compile(r"\b(?:for the patient|for (?:him|her|them)|patient'?s|caller'?s"
                                r"|is (?:his|her|their|my)"
                                r" (?:home|address))\b")
_WEAK_PERSON_ADDR = frozenset({"address is", "return to", "my", "their"})


def recognize_geo(s: Scan) -> list[PhiHit]:
    hits: list[PhiHit] = []
    if s.has_digit:
        for m in _STREET_RE.finditer(s.text):
            hit = _judge(s, m.start(), m.end(), "street address")
            if hit:
                hits.append(hit)
        if "apt" in s.lower or "unit" in s.lower or "suite" in s.lower:
            for m in _UNIT_RE.finditer(s.text):
                if not any(h.start <= m.start() < h.end for h in hits):
                    hit = _judge(s, m.start(), m.end(), "apartment/unit number", need_person=True)
                    if hit:
                        hits.append(hit)
        if "zip" in s.lower or "postal" in s.lower or "post code" in s.lower or (
                s.key_text and _ZIP_CUE.search(s.key_text)):
            for m in _ZIP_RE.finditer(s.text):
                if _ZIP_CUE.search(s.before(m.start(), 30)) or (s.key_text and _ZIP_CUE.search(s.key_text)):
                    hit = _judge(s, m.start(), m.end(), "ZIP code", need_person=True)
                    if hit:
                        hits.append(hit)
    for m in _CITY_RE.finditer(s.text):
        start, end = m.span(1)
        if s.text[start:end].lower() in _NOT_PLACES:
            continue
        hit = _judge(s, start, end, "city/place where a person lives or comes from", need_person=True,
                     window=60)
        if hit:
            hits.append(hit)
    if s.field == "value" and s.key_text and re.search(r"\b(?:address|street|city|zip|postal|town|county)\b",
                                                       s.key_text) and not _BUSINESS_ADDR.search(s.key_text):
        value = s.text.strip()
        if value and len(value) < 120 and value.lower() not in ("n/a", "none", "unknown", "tbd"):
            st = s.text.index(value)
            hits.append(PhiHit(st, st + len(value), "GEO", "geo", 0.8, f"address value under key '{s.key_text}'"))
    return hits


_NOT_PLACES = frozenset({"the", "a", "an", "our", "this"})


def _judge(s: Scan, start: int, end: int, what: str, need_person: bool = False, window: int = 50) -> PhiHit | None:
    before = s.before(start, window)
    business = _BUSINESS_ADDR.search(before)
    person = _PERSON_ADDR.search(before) or (s.key_text and _PERSON_ADDR.search(s.key_text))
    named = s.near_name(start, end, 100)
    after = s.after(end, 40)
    person = person or _PERSON_AFTER_ADDR.search(after)
    if person and not (business and person.group(0) in _WEAK_PERSON_ADDR):
        return PhiHit(start, end, "GEO", "geo", 0.8, f"{what} with personal cue '{person.group(0)}'")
    if named and not business:
        return PhiHit(start, end, "GEO", "geo", 0.7, f"{what} next to a person's name")
    return None
