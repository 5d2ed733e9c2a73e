"""The PHI scan: run the recognizers over one text, then drop what is known to be safe.

Order of work: names first (other recognizers use "a person's name is nearby" as a cue), then
the digit/e-mail/URL recognizers behind cheap prefilters, then the filters: template variables,
the user's allow-list, format-example phrases, placeholder persons, a confidence floor and overlap
resolution. Everything is deterministic: no randomness, no model, no I/O after the first call
(the name lexicon is read once).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from operator import attrgetter

from compliance_lint.phi.allowlist import PhiAllowList
from compliance_lint.phi.context import EXAMPLE_CUE, FIELDS, FILE_EXT_RE, HEALTH_CUE, Scan, split_key
from compliance_lint.phi.hits import PhiHit
from compliance_lint.phi.patterns import lazy_compile
from compliance_lint.phi.recognizers.answers import recognize_answers
from compliance_lint.phi.recognizers.dates import recognize_age, recognize_date
from compliance_lint.phi.recognizers.geo import recognize_geo
from compliance_lint.phi.recognizers.ids import recognize_cued_ids
from compliance_lint.phi.recognizers.misc import recognize_biometric, recognize_photo
from compliance_lint.phi.recognizers.names import TEMPLATE_DEFAULT, recognize_name
from compliance_lint.phi.recognizers.numbers import (
    CARD_MIN_DIGITS,
    MBI_MIN_DIGITS,
    PHONE_MIN_DIGITS,
    SSN_MIN_DIGITS,
    recognize_card,
    recognize_mbi,
    recognize_phone,
    recognize_spelled_digits,
    recognize_ssn,
)
from compliance_lint.phi.recognizers.web import IP_MIN_DIGITS, recognize_email, recognize_ip, recognize_url
from compliance_lint.phi.spans import SpanSet

__all__ = ["RECOGNIZERS", "PhiAllowList", "PhiHit", "field_verdict", "scan"]

Recognizer = Callable[[Scan], list[PhiHit]]

# Explicit registry (no import-time discovery). Names run first; see module docstring.
RECOGNIZERS: dict[str, Recognizer] = {
    "name": recognize_name,
    "ssn": recognize_ssn,
    "payment_card": recognize_card,
    "mbi": recognize_mbi,
    "cued_id": recognize_cued_ids,
    "email": recognize_email,
    "url": recognize_url,
    "ip": recognize_ip,
    "date": recognize_date,
    "age": recognize_age,
    "phone": recognize_phone,
    "spelled_digits": recognize_spelled_digits,
    "geo": recognize_geo,
    "biometric": recognize_biometric,
    "photo": recognize_photo,
    "answer": recognize_answers,
}

# Recognizers that find nothing in a text with fewer digits (Scan.digits) than this: the engine
# does not call them there (a third of all fields has no digit at all).
_MIN_DIGITS = {"ssn": SSN_MIN_DIGITS, "payment_card": CARD_MIN_DIGITS, "mbi": MBI_MIN_DIGITS, "ip": IP_MIN_DIGITS,
               "phone": PHONE_MIN_DIGITS}
_DIGITS_CAP = max(_MIN_DIGITS.values())
# The recognizers after the name pass, in registry order, for each digit count up to the cap.
_AFTER_NAMES: tuple[tuple[Recognizer, ...], ...] = tuple(
    tuple(rec for name, rec in RECOGNIZERS.items() if name != "name" and _MIN_DIGITS.get(name, 0) <= n)
    for n in range(_DIGITS_CAP + 1)
)

MIN_CONFIDENCE = 0.5
# Name hits at least this confident (a lexicon pair, an honorific) survive an example cue.
_EXAMPLE_PROOF_NAME = 0.75
# Where two hits overlap, the validated / more specific one is kept.
_TYPE_RANK = {"SSN": 9, "ACCOUNT_NUMBER": 8, "HEALTH_PLAN_ID": 8, "MRN": 8, "VEHICLE_ID": 7, "DEVICE_ID": 7,
              "EMAIL": 7, "URL": 6, "IP_ADDRESS": 6, "DATE": 6, "LICENSE_NUMBER": 6, "OTHER_ID": 5,
              "BIOMETRIC": 5, "PHOTO": 5, "AGE": 5, "FAX": 4, "PHONE": 4, "GEO": 3, "NAME": 3}


def scan(text: str, *, key: str | None = None, field: str | None = None,
         allow: PhiAllowList | None = None, min_confidence: float = MIN_CONFIDENCE) -> list[PhiHit]:
    """PHI hits in `text`, sorted by position.

    `key` is the JSON key / variable name / file stem the text sits under (split into words for
    context); `field` is "prompt", "label", "value", "url" or None (= prompt).
    """
    if not text or not text.strip():
        return []
    fld = field if field in FIELDS else "prompt"
    if fld == "value" and " " not in text and FILE_EXT_RE.search(text) and "/" not in text:
        fld = "label"  # a file name as a variable's value ("kb_document_name": "...report.pdf") reads as one
    # In labels and file names `_` separates words; a space keeps offsets and word boundaries.
    view = text.replace("_", " ") if fld == "label" and "_" in text else text
    s = Scan(view, fld, split_key(key), raw=text)
    hits = recognize_name(s)
    if hits:  # a fresh Scan already holds the empty name set
        # A placeholder person ("record the caller as John Doe") makes nothing near it personal.
        s.set_names([(h.start, h.end) for h in hits
                     if h.confidence >= min_confidence and h.recognizer != "name_placeholder"])
    digits = s.digits
    for rec in _AFTER_NAMES[digits if digits < _DIGITS_CAP else _DIGITS_CAP]:
        found = rec(s)
        if found:
            hits.extend(found)
    return _filter(s, text, hits, allow, min_confidence)


def _filter(s: Scan, text: str, hits: list[PhiHit], allow: PhiAllowList | None,
            min_confidence: float) -> list[PhiHit]:
    if not hits:
        return []  # most fields: nothing to filter, no allow-list ranges to compute
    allowed = SpanSet(allow.ranges(text)) if allow else None
    kept: list[PhiHit] = []
    example_possible = s.may_cite_example()
    safe = s.safe
    only_placeholders = True
    for h in hits:
        if h.confidence < min_confidence or (safe and s.in_safe(h.start, h.end) and h.recognizer != TEMPLATE_DEFAULT):
            continue  # (a real name given as a template variable's default is no variable: it stays)
        if allowed and allowed.overlaps(h.start, h.end):
            continue
        if allow and allow.allows(text[h.start : h.end]):
            continue
        # Format examples ("e.g. 212-555-0142", "format MM/DD/YYYY such as 01/31/1980") are not data.
        ex = None
        # A name is no format: "e.g. for Mrs. Caldwell" still names someone (placeholder persons
        # such as "e.g. Jane Doe" are dropped below). A weaker single-word name after an example
        # cue is more often a heading word ("Example 1 - New Patient Booking").
        if example_possible and (h.type != "NAME" or h.confidence < _EXAMPLE_PROOF_NAME):
            ex = (EXAMPLE_CUE.search(s.before(h.start, 30)) or _example_parenthesis(s, h.start)
                  or _EXAMPLE_AFTER.match(s.lower, h.end) or _CONVERTED_BEFORE.search(s.before(h.start, 30)))
        if ex and not (h.strong and h.type in ("SSN", "ACCOUNT_NUMBER") and "format" not in ex.group(0)):
            continue
        kept.append(h)
        if h.recognizer != "name_placeholder":
            only_placeholders = False
    if kept and not only_placeholders and any(h.recognizer == "name_placeholder" for h in kept):
        # a part of a placeholder is the placeholder too ("John" of "John Doe placeholder handling")
        holders = [h for h in kept if h.recognizer == "name_placeholder"]
        only_placeholders = all(h.recognizer == "name_placeholder" or (h.type == "NAME" and any(
            p.start <= h.start and h.end <= p.end for p in holders)) for h in kept)
    if kept and only_placeholders:
        kept = []  # "record the caller as 'John Doe'": a placeholder used as a placeholder
    return _resolve_overlaps(kept)


# A value called an example right after it: "DOB 01/31/1980 (format example)", "store as 03/14/1962
# format", "Jolene, Maria and Kevin are sample names". ("a test patient" is no example: test data
# that looks real is PHI by the policy.)
# How a prompt shows a value converted to another form.
_CONVERTS_TO = "becomes|means|is read as|reads as|is spoken as|comes out as|converts to"
_EXAMPLE_AFTER = lazy_compile(
    r"[\"'”’]?\)? ?(?:\((?:an? |the )?(?:format |date |sample )?(?:example|sample|format)s?\b|(?:format|style)\b"
    r"|[^.;:!?\n]{0,40}?\b(?:is|are) (?:just |only )?(?:an? )?(?:sample|example|made-up|fictional|fake|dummy)"
    r" (?:names?|values?|data|numbers?|dates?|people|persons)\b"
    r"|[^.;:!?\n]{0,30}?\b(?:that's|that is|this is|it's) (?:only |just )?an? (?:example|sample)\b"
    # "... comes out as 13 April 1963, for instance"
    r"|,? (?:for instance|for example)\b"
    # "(07/04/1976 is printed on the form as the sample)"
    r"|[^.;:!?\n]{0,40}?\bas (?:the|an?) (?:sample|example)\b"
    # a value shown being converted: "07/22/1958 becomes \"July twenty-second...\"", "03.11.1938 means 3 November"
    r"| (?:" + _CONVERTS_TO + r"|should be read as|would be read as)\b"
    r"(?! (?:she|he|they|the patient|the caller|you|your|her|his|their)\b)"
    # a wording whose values the agent replaces: "'... on Tuesday, March 3rd ...' Replace the day, date and
    # time with {{pat_datetime}}"
    r"|[^\n]{0,80}?\breplace (?:the |this |these |it )?[\w ,'‘’\"“”]{0,40}?with (?:\{|the (?:values?|real|actual|"
    r"correct) )"
    # ... or told to use the real one: "'... on Tuesday, October 14 at 10:20.' Use the real date and time"
    r"|[^\n]{0,80}?\buse the (?:real|actual|correct|patient's|caller's) (?:date|day|time|appointment)s?\b)")
# ... and what it is converted to: "03.11.1938 means 3 November".
_CONVERTED_BEFORE = lazy_compile(r"\d[\d./-]*\s(?:" + _CONVERTS_TO + r")\W{0,2}$")


def _example_parenthesis(s: Scan, start: int) -> re.Match[str] | None:
    """The cue of an open parenthesis that begins with one, before `start` on the same line:
    "(e.g. 'March fifth nineteen seventy' -> 1970-03-05)"."""
    low = s.lower
    paren = low.rfind("(", max(0, start - 120), start)
    if paren < 0 or ")" in low[paren:start] or "\n" in low[paren:start]:
        return None
    m = EXAMPLE_CUE.search(low, paren + 1, paren + 25)
    return m if m is not None and m.start() <= paren + 2 else None


_BY_POSITION = attrgetter("start", "end")


def _resolve_overlaps(hits: list[PhiHit]) -> list[PhiHit]:
    """Keep the best hit of every group of overlapping hits (validated, specific, confident, long).

    Hits are swept in position order into clusters of mutually reachable overlaps; only within a
    cluster (a few hits) is the greedy choice made, so this stays O(n log n).
    """
    if len(hits) < 2:
        return list(hits)
    ordered = sorted(hits, key=_BY_POSITION)
    end = -1
    for h in ordered:
        if h.start < end:
            break
        end = h.end
    else:
        return ordered  # the usual case: nothing overlaps, every hit is its own cluster
    out: list[PhiHit] = []
    cluster: list[PhiHit] = []
    cluster_end = -1
    for h in ordered:
        if cluster and h.start >= cluster_end:
            out.extend(_choose(cluster))
            cluster = []
        cluster.append(h)
        cluster_end = max(cluster_end, h.end) if len(cluster) > 1 else h.end
    if cluster:
        out.extend(_choose(cluster))
    return sorted(out, key=_BY_POSITION)


def _choose(cluster: list[PhiHit]) -> list[PhiHit]:
    if len(cluster) == 1:
        return cluster
    ordered = sorted(cluster, key=lambda h: (-h.strong, -_TYPE_RANK.get(h.type, 0), -h.confidence,
                                             -(h.end - h.start), h.start))
    chosen: list[PhiHit] = []
    for h in ordered:
        if not any(c.start < h.end and h.start < c.end for c in chosen):
            chosen.append(h)
    return chosen


def field_verdict(hits: list[PhiHit], text: str | None = None) -> str | None:
    """Severity for one field: "error", "warning" or None.

    error: a validated strong identifier, or a name together with a second identifier (or with a
    health term, when `text` is given); warning: weak identifiers only (each already needed a
    patient cue to be reported).
    """
    if not hits:
        return None
    if any(h.strong for h in hits):
        return "error"
    names = [h for h in hits if h.type == "NAME"]
    if names and (any(h.type != "NAME" for h in hits) or (text is not None and HEALTH_CUE.search(text.lower()))):
        return "error"
    return "warning"
