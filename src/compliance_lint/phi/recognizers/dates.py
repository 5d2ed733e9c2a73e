"""Dates tied to a person (birth, admission, discharge, death, service, appointment) and ages > 89."""

from __future__ import annotations

import re

from compliance_lint.phi.context import Scan
from compliance_lint.phi.hits import PhiHit
from compliance_lint.phi.spans import SpanSet
from compliance_lint.phi.validators import date_ok

CURRENT_YEAR = 2026  # fixed so results are deterministic; only used for "born in 1931" -> age > 89

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MON = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
        r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_NUMERIC_RE = re.compile(
    r"(?<![\w/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\w/]|[.-]\d)"
    r"|(?<![\w/.-])(\d{4})([/.-])(\d{1,2})\6(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2})?)?(?![\w/]|[.-]\d)"
)
_COMPACT_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)")
_WORDY_RE = re.compile(
    r"(?<![\w])(" + _MON + r")\.? (\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?(?![\w])"
    r"|(?<![\w])(?:the )?(\d{1,2})(?:st|nd|rd|th)? (?:of )?(" + _MON + r")\.?(?:,? (\d{4}))?(?![\w])",
    re.IGNORECASE,
)
_SHORT_RE = re.compile(r"(?<![\w/.-])(\d{1,2})/(\d{1,2})(?![\w/]|\.\d)")
_BORN_YEAR_RE = re.compile(r"\b(?:born|birth year|year of birth|b\.) (?:in )?((?:18|19)\d{2})\b")

# Whose date: person events raise, calendar/business events lower.
_PERSON_DATE_CUE = re.compile(
    r"\b(?:dob|d\.o\.b|born|birth|birthday|birthdate|date of birth|admit(?:ted)?|admission|discharg\w*"
    r"|died|death|deceased|passed away|expired|surgery|procedure|operation|seen on|last seen|last visit"
    r"|visit(?:ed)?|dos|date of service|service date|injur\w*|accident|diagnosed|onset|delivered|"
    r"delivery|due date|edd|lmp|vaccinated|dose given|appointment|appt|scheduled|follow-up|follow up"
    r"|his|her|their|patient'?s?|pt|caller'?s?|member'?s?|mrs?|ms|nacid[oa]|fecha de nacimiento|"
    r"she|he|my)\b"
)
_NOT_PERSON_DATE_CUE = re.compile(
    r"\b(?:closed|closure|closures|holiday|holidays|office|clinic hours|hours|open(?:s|ed|ing)?|"
    r"updated|update|version|release[ds]?|effective|policy|since|launched|copyright|as of|revised|"
    r"published|deadline|enrollment period|open enrollment|valid (?:from|until|through)|expires?|"
    r"starting|beginning|until|through|season|renewal|go-live|cutover|we|our|christmas|thanksgiving|"
    r"founded|established|incorporated|built|acquired|merged|accredited|certified|licensed|"
    r"new year|independence day|memorial day|labor day)\b"
)
_AGE_RE = re.compile(
    r"(?<![\w.])(9\d|1[01]\d)(?:\s?-?\s?(?:years?|yrs?)[- ]old|\s?-?\s?(?:years?|yrs?)\b|\s?(?:yo|y/o|y\.o\.)"
    r"(?![\w]))"
    r"|\b(?:aged?|age of|turned|turns|turning) (9\d|1[01]\d)(?![\w])"
)
_AGE_GROUP_AFTER = re.compile(r"^(?:\s?(?:and|or) (?:older|over|above|up)|\+|\s?plus\b|s\b)")
_AGE_GROUP_BEFORE = re.compile(r"\b(?:over|above|older than|at least|under|younger than|beyond|past|"
                               r"patients|callers|members|people|anyone|those|adults)\s*(?:aged?)?\s*$")
_SENTINEL_DATES = frozenset({(1900, 1, 1), (1970, 1, 1), (1901, 1, 1), (2000, 1, 1), (1899, 12, 31)})
_KEY_DATE_CUE = re.compile(r"\b(?:dob|birth|birthday|birthdate|born|admit|admission|admitted|discharge|"
                           r"discharged|death|died|deceased|surgery|procedure|service|dos|visit|appointment|"
                           r"appt|injury|onset)\b")
_KEY_NOT_PERSON = re.compile(r"\b(?:holiday|closure|closed|office|updated|version|release|effective|"
                             r"created|modified|start|end|expiry|expires|deadline|launch)\b")


_SEP_DIGIT = re.compile(r"\d[/.-]\d")
_MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _year(y: str | None) -> int | None:
    if y is None:
        return None
    v = int(y)
    if len(y) == 2:
        v += 1900 if v > 30 else 2000
    return v


def _candidates(s: Scan) -> list[tuple[int, int, str]]:
    """(start, end, kind) of calendar-valid date spans."""
    out: list[tuple[int, int, str]] = []
    t = s.text
    if s.digits >= 3 and ("/" in t or "-" in t or "." in t) and _SEP_DIGIT.search(t):
        for m in _NUMERIC_RE.finditer(t):
            if m.group(1):
                a, b, y = int(m.group(1)), int(m.group(3)), _year(m.group(4))
                # US month/day first; fall back to day/month when the first part exceeds 12.
                if date_ok(y, a, b) or date_ok(y, b, a):
                    if y is not None and (y, a, b) in _SENTINEL_DATES:
                        continue
                    out.append((m.start(), m.end(), "numeric"))
            else:
                y, mo, d = int(m.group(5)), int(m.group(7)), int(m.group(8))
                if date_ok(y, mo, d) and (y, mo, d) not in _SENTINEL_DATES:
                    out.append((m.start(), m.end(), "iso"))
    if s.digits >= 8:
        if s.field in ("label", "value") or "_" in t:
            for m in _COMPACT_RE.finditer(t):
                if date_ok(int(m.group(1)), int(m.group(2)), int(m.group(3))):
                    out.append((m.start(), m.end(), "compact"))
    for m in _WORDY_RE.finditer(t) if s.has_digit and any(mo in s.lower for mo in _MONTH_STEMS) else ():
        mon = (m.group(1) or m.group(5)).lower()[:4].rstrip(".")
        mon_n = _MONTHS.get(mon, _MONTHS.get(mon[:3]))
        day = int(m.group(2) or m.group(4))
        year = m.group(3) or m.group(6)
        if mon_n and date_ok(int(year) if year else None, mon_n, day):
            # "may 5" is often the verb; only accept a capitalised May.
            if mon == "may" and not t[(m.start(1) if m.group(1) else m.start(5))].isupper():
                continue
            end = m.end() - 1 if t[m.end() - 1] == "." else m.end()  # sentence dot, not the date
            out.append((m.start(), end, "wordy" if year else "no_year"))
    if s.has_digit and ("/" in t):
        for m in _SHORT_RE.finditer(t):
            if date_ok(None, int(m.group(1)), int(m.group(2))):
                out.append((m.start(), m.end(), "no_year"))
    return out


_NOT_PERSON_OLD = re.compile(_NOT_PERSON_DATE_CUE.pattern.replace("|since", "").replace("starting|", ""))
_YEAR_IN = re.compile(r"(?<!\d)(1[89]\d{2}|20\d{2})(?!\d)")


def _year_of(value: str) -> int | None:
    m = _YEAR_IN.search(value)
    return int(m.group(1)) if m else None


def recognize_date(s: Scan) -> list[PhiHit]:
    hits: list[PhiHit] = []
    key_not_person = bool(s.key_text) and _KEY_NOT_PERSON.search(s.key_text) is not None
    if key_not_person and s.field == "value":
        return hits  # "holiday_closure": "2026-12-25" is the practice's calendar, not a person's
    key_person = bool(s.key_text) and not key_not_person and _KEY_DATE_CUE.search(s.key_text) is not None
    taken = SpanSet()
    for start, end, kind in sorted(_candidates(s), key=lambda c: (c[0], -c[1])):
        if taken.overlaps(start, end):
            continue
        taken.add(start, end)
        before = s.before(start, 45)
        after = s.after(end, 20)
        person = _PERSON_DATE_CUE.search(before) or _PERSON_DATE_CUE.search(after)
        not_person = _NOT_PERSON_DATE_CUE.search(before[-30:]) or _NOT_PERSON_DATE_CUE.search(after)
        if key_person and s.field in ("value", "label"):
            hits.append(PhiHit(start, end, "DATE", "date", 0.9,
                               f"calendar-valid date under key '{s.key_text}'"))
            continue
        year = _year_of(s.text[start:end]) if kind in ("numeric", "iso", "wordy") else None
        old = year is not None and year <= CURRENT_YEAR - 18 and not _NOT_PERSON_OLD.search(before[-30:]) and (
            not _NOT_PERSON_OLD.search(after))
        strong = person is not None and person.group(0) in _STRONG_DATE_WORDS
        if not_person and not old and not strong:
            continue
        # How to say or write a date, or a worked "Example:" scenario, is not someone's date.
        if not strong and (_READING_EXAMPLE.search(before) or _SCENARIO_EXAMPLE.search(s.before(start, 150))):
            continue
        if person:
            conf = 0.85 if strong else 0.7
            hits.append(PhiHit(start, end, "DATE", "date", conf if kind != "no_year" else conf - 0.1,
                               f"calendar-valid date with person cue '{person.group(0)}'"))
        elif old:
            # A full date 18+ years back is almost never a closure or release date in a config:
            # it reads as a birth date.
            hits.append(PhiHit(start, end, "DATE", "date", 0.6, "full calendar date old enough to be a birth date"))
        elif s.near_name(start, end, 60):
            hits.append(PhiHit(start, end, "DATE", "date", 0.65, "calendar-valid date next to a person's name"))
        elif s.field == "label" and kind != "no_year" and s.name_spans:
            hits.append(PhiHit(start, end, "DATE", "date", 0.6, "date in a label that names a person"))
    for m in _BORN_YEAR_RE.finditer(s.lower) if s.digits >= 4 and "b" in s.lower else ():
        if CURRENT_YEAR - int(m.group(1)) > 89:
            hits.append(PhiHit(m.start(1), m.end(1), "DATE", "date", 0.8,
                               "birth year implying an age over 89"))
    return hits


# Instructions on how to say or write a date: "... is how you would say 03/14/1962", "read it as ...".
_READING_EXAMPLE = re.compile(r"\bhow (?:you )?(?:would |should |to )?(?:say|read|write|pronounce)\b|"
                              r"\bread (?:it |them |dates )?as\b|\bwritten as\b|\bsay it as\b|\bspoken as\b")

# "Example:" opening a worked example (not the ".example" of a documentation host name).
_SCENARIO_EXAMPLE = re.compile(
    r"(?:^|(?<=\s))(?:[Ee]xample|[Ff]or instance|e\.g\.|[Ss]cenario|[Ss]ample)\b\W{0,3}(?:\r?\n|:)", re.MULTILINE)

_STRONG_DATE_WORDS = frozenset({"dob", "d.o.b", "born", "birth", "birthday", "birthdate", "date of birth",
                                "admitted", "admission", "discharged", "died", "death", "deceased",
                                "passed away", "nacido", "nacida", "fecha de nacimiento"})


def recognize_age(s: Scan) -> list[PhiHit]:
    if not s.has_digit or not ("9" in s.text or "10" in s.text or "11" in s.text) or not s.mentions(
            ("y", "age", "turn")):
        return []
    hits: list[PhiHit] = []
    for m in _AGE_RE.finditer(s.lower):
        g = 1 if m.group(1) else 2
        start, end = m.start(g), m.end(g)
        if _AGE_GROUP_AFTER.match(s.lower[end : end + 12]) or _AGE_GROUP_BEFORE.search(s.before(start, 30)):
            continue
        hits.append(PhiHit(start, end, "AGE", "age", 0.8, "age over 89 stated for an individual"))
    if s.key_text and "age" in s.key_words and s.text.strip().isdigit():
        v = int(s.text.strip())
        if 89 < v < 130:
            st = s.text.index(s.text.strip())
            hits.append(PhiHit(st, st + len(s.text.strip()), "AGE", "age", 0.85, "age over 89 under an age key"))
    return hits
