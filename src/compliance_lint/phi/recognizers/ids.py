"""Cue-anchored identifiers: MRN, member/plan ids, accounts, licences, vehicles, devices, other ids.

These have no universal syntax, so a cue word right before the value decides the type; values
under a JSON key with the same cue are read the same way. VINs and IMEIs also carry checksums.
"""

from __future__ import annotations

import re

from compliance_lint.phi.context import EXAMPLE_CUE, Scan
from compliance_lint.phi.hits import PhiHit
from compliance_lint.phi.validators import digits_only, luhn_ok, npi_ok, vin_ok

# (type, recognizer, cue regex). Order matters: the more specific cue wins ("license plate").
_CUES: tuple[tuple[str, str, str], ...] = (
    ("VEHICLE_ID", "plate", r"licen[cs]e plate|plate(?: number| no\.?| #)?|tag number|vin"),
    ("MRN", "mrn", r"mrn|mr ?#|medical record(?: number| no\.?| #)?|med rec(?: no\.?| #)?|chart(?: number| no\.?"
     r"| #| id)|patient(?: id| number| no\.?| #)|hospital(?: number| no\.?| #)|record(?: number| no\.?| #)|acct mrn"
     r"|emr id|ehr id|encounter(?: id| number| #)|visit(?: id| number| #)|fin(?: number| #)"),
    ("HEALTH_PLAN_ID", "member_id", r"member(?: id| number| no\.?| #)|subscriber(?: id| number| no\.?| #)|"
     r"medicaid(?: id| number| no\.?| #)?|medicare(?: id| number| no\.?| #)|mbi|beneficiary(?: id| number)|"
     r"policy(?: id| number| no\.?| #)|insurance(?: id| number| no\.?| #)|health plan(?: id| number)|"
     r"plan member(?: id)?|hicn|cin|recipient(?: id| number)|medi-cal(?: id| number)?"),
    ("ACCOUNT_NUMBER", "account", r"account(?: number| no\.?| #| id)?|acct(?: number| no\.?| #)?|"
     r"billing account|card(?: number| no\.?| #)?|card ending(?: in)?|routing(?: number)?|"
     r"guarantor(?: id| number| #)|statement(?: number| #)|invoice(?: number| no\.?| #)"),
    ("LICENSE_NUMBER", "license", r"driver'?s licen[cs]e(?: number| no\.?| #)?|drivers licen[cs]e(?: number)?|"
     r"licen[cs]e(?: number| no\.?| #)|dl(?: number| no\.?| #)?|state id(?: number)?|passport(?: number| no\.?"
     r"| #)?|id card(?: number)?|green card(?: number)?|certificate(?: number| no\.?| #)"),
    ("DEVICE_ID", "device", r"serial(?: number| no\.?| #)?|s/n|sn|imei|udi|device(?: id| serial| number)|"
     r"pump(?: serial| id| sn)|transmitter(?: id| serial| sn)?|sensor(?: id| serial)|pacemaker(?: serial| id)?|"
     r"implant(?: serial| id)|cgm(?: serial| id)?|hearing aid(?: serial)?"),
    ("OTHER_ID", "other_id", r"claim(?: number| no\.?| #| id)?|case(?: number| no\.?| #| id)|prior auth(?:orization)?"
     r"(?: number| no\.?| #)?|authorization(?: number| no\.?| #)|referral(?: number| no\.?| #| id)|rx(?: number"
     r"| no\.?| #)?|prescription(?: number| no\.?| #)|portal (?:user ?name|login|username|id)|user ?name|"
     r"username|login id|employee id|student id|badge(?: number| #)?|ticket(?: number| #)|"
     r"requisition(?: number| #)?|accession(?: number| #)?|specimen(?: id| number| #)"),
)
_CUE_RE = re.compile(
    r"\b(?:" + "|".join(f"(?P<c{i}>{pat})" for i, (_, _, pat) in enumerate(_CUES)) + r")"
    r"(?:\s?(?:is|was|=|:|#|no\.?|number|of|ending in|ends in|on file)){0,3}[\s:#=\-]{0,3}"
    r"(?P<val>(?<![A-Za-z0-9])[A-Za-z0-9][A-Za-z0-9-]{2,24}(?![A-Za-z0-9]))",
    re.IGNORECASE,
)
# Portal/app user names: letters with digits, dots or underscores ("rosa_alvarez62").
_USERNAME_RE = re.compile(
    r"\b(?:user ?name|username|login(?: id)?|handle|screen name)(?:\s?(?:is|was|=|:)){0,2}[\s:=]{0,3}"
    r"(?P<val>(?<![\w.@-])[A-Za-z][\w.-]{2,40}(?<=[\w])(?![\w@-]))",
    re.IGNORECASE,
)
_VIN_RE = re.compile(r"(?<![A-Za-z0-9])[A-HJ-NPR-Z0-9]{17}(?![A-Za-z0-9])")
_IMEI_RE = re.compile(r"(?<!\d)\d{15}(?!\d)")
_UDI_RE = re.compile(r"\(01\)\d{14}(?:\(1[17]\)\d{6})*\(21\)[A-Za-z0-9]{1,20}")
_GROUP_NEXT = re.compile(r" \d")
_MRN_PREFIX_RE = re.compile(r"(?<![A-Za-z0-9])(?:MRN|MR|mrn)[-#]?(\d{5,12})(?![0-9])")
_VERSIONISH = re.compile(r"^v?\d+(?:[.-]\d+){1,3}$")
_KEY_TYPES: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    ("SSN", "ssn", re.compile(r"\b(?:ssn|social|sin)\b")),
    ("MRN", "mrn", re.compile(r"\b(?:mrn|chart|medical record|record number|patient id|emr|ehr)\b")),
    ("HEALTH_PLAN_ID", "member_id", re.compile(r"\b(?:member|subscriber|medicaid|medicare|mbi|policy|"
                                               r"insurance|beneficiary|hicn)\b")),
    ("ACCOUNT_NUMBER", "account", re.compile(r"\b(?:account|acct|card|iban|routing)\b")),
    ("LICENSE_NUMBER", "license", re.compile(r"\b(?:license|licence|dl|passport)\b")),
    ("VEHICLE_ID", "vehicle", re.compile(r"\b(?:vin|plate|vehicle)\b")),
    ("DEVICE_ID", "device", re.compile(r"\b(?:serial|imei|device|pump|cgm|transmitter|implant|udi)\b")),
    ("OTHER_ID", "other_id", re.compile(r"\b(?:claim|case|auth|authorization|referral|rx|prescription|"
                                        r"username|login)\b")),
)
_ANY_KEY_TYPE = re.compile("|".join(f"(?:{pat.pattern})" for _, _, pat in _KEY_TYPES))
_NOT_PERSON_KEY = re.compile(r"\b(?:npi|tax|tin|ein|dea|clinic|practice|org|agent|tool|api|webhook|version|"
                             r"plan code|group|contract|provider|template|format|example|sample|regex|pattern)\b")


def _looks_like_value(val: str, typ: str) -> bool:
    if not any(ch.isdigit() for ch in val):
        # Letters-only values are words ("member ID to anyone"), except portal user names.
        return typ == "OTHER_ID" and False
    if _VERSIONISH.match(val) or set(val.upper()) <= set("X-0*#"):
        return False
    if sum(ch.isdigit() for ch in val) < 3 and typ != "VEHICLE_ID":
        return False
    return not (val.isdigit() and len(val) <= 3)


_CUE_STEMS = ("mr", "record", "chart", "patient", "hospital", "member", "subscriber", "medic", "mbi", "benefic",
              "policy", "insurance", "plan", "hicn", "cin", "recipient", "acc", "acct", "card", "routing",
              "guarantor", "statement", "invoice", "licen", "dl", "passport", "state id", "certificate", "plate",
              "tag", "vin", "serial", "s/n", "sn", "imei", "udi", "device", "pump", "transmitter", "sensor",
              "pacemaker", "implant", "cgm", "hearing", "claim", "case", "auth", "referral", "rx", "prescription",
              "user", "login", "employee", "student", "badge", "ticket", "requisition", "accession", "specimen",
              "encounter", "visit", "fin", "emr", "ehr", "green card")


def recognize_cued_ids(s: Scan) -> list[PhiHit]:
    if s.digits < 3:
        return _usernames(s, []) if s.has_digit or "_" in s.text or "." in s.text else []
    hits: list[PhiHit] = []
    cued = s.mentions(_CUE_STEMS)
    for m in _CUE_RE.finditer(s.text) if cued else ():
        idx = next(i for i in range(len(_CUES)) if m.group(f"c{i}"))
        typ, rec, _ = _CUES[idx]
        val = m.group("val")
        if not _looks_like_value(val, typ) or _GROUP_NEXT.match(s.text, m.end("val")):
            continue  # first group of a longer spaced number: the card/phone recognizers decide
        cue = m.group(f"c{idx}")
        if typ == "ACCOUNT_NUMBER" and cue.lower().startswith("card") and len(digits_only(val)) == 4:
            pass  # "card ending in 4417" is a derivative of the card number
        if npi_ok(val) and re.search(r"\bnpi\b", s.before(m.start(), 15)):
            continue
        if EXAMPLE_CUE.search(s.before(m.start("val"), 30)):
            continue
        strong = typ in ("MRN", "HEALTH_PLAN_ID")
        hits.append(PhiHit(m.start("val"), m.end("val"), typ, rec, 0.85,
                           f"identifier value right after the cue '{cue.lower()}'", strong))
    if "mr" in s.lower:
        for m in _MRN_PREFIX_RE.finditer(s.text):
            hits.append(PhiHit(m.start(), m.end(), "MRN", "mrn", 0.85, "MRN prefix fused to a number", True))
    if s.digits >= 4 and len(s.text) >= 17 and not s.text.islower():
        for m in _VIN_RE.finditer(s.text):
            if vin_ok(m.group(0)):
                hits.append(PhiHit(m.start(), m.end(), "VEHICLE_ID", "vin", 0.9,
                                   "17-character VIN with a valid check digit (49 CFR 565)", True))
    for m in _IMEI_RE.finditer(s.text) if s.digits >= 15 else ():
        if luhn_ok(m.group(0)) and re.search(r"\b(?:imei|device|phone|handset|serial)\b", s.before(m.start(), 30)):
            hits.append(PhiHit(m.start(), m.end(), "DEVICE_ID", "imei", 0.9, "Luhn-valid 15-digit IMEI", True))
    if "(01)" in s.text:
        for m in _UDI_RE.finditer(s.text):
            hits.append(PhiHit(m.start(), m.end(), "DEVICE_ID", "udi", 0.85, "GS1 UDI with a serial (21) element",
                               True))
    hits = _usernames(s, hits)
    hits.extend(_keyed_value(s))
    return hits


def _usernames(s: Scan, hits: list[PhiHit]) -> list[PhiHit]:
    if not s.mentions(("user", "login", "handle", "screen name")):
        return hits
    for m in _USERNAME_RE.finditer(s.text):
        val = m.group("val")
        # a user name has a digit, '_' or '.', which ordinary words after "username" do not
        if not any(ch.isdigit() or ch in "_." for ch in val.rstrip(".")):
            continue
        if not any(h.start <= m.start("val") < h.end for h in hits):
            hits.append(PhiHit(m.start("val"), m.end("val"), "OTHER_ID", "other_id", 0.8,
                               "portal user name after a user-name cue"))
    return hits


def _keyed_value(s: Scan) -> list[PhiHit]:
    """`"patient_mrn": "00482913"`: the key supplies the cue for a bare value."""
    if s.field not in ("value", "label") or not s.key_text or _NOT_PERSON_KEY.search(s.key_text):
        return []
    value = s.text.strip()
    if not 4 <= len(value) <= 40 or (" " in value.strip() and not digits_only(value)):
        return []
    if _ANY_KEY_TYPE.search(s.key_text) is None:
        return []
    for typ, rec, pat in _KEY_TYPES:
        if pat.search(s.key_text):
            if typ == "SSN":
                return []  # handled by the SSN recognizer with its validators
            digits = digits_only(value)
            if len(digits) < 4 or len(set(digits)) == 1 or set(value.upper()) <= set("X-0*#"):
                return []
            start = s.text.index(value)
            return [PhiHit(start, start + len(value), typ, rec, 0.85,
                           f"identifier value under key '{s.key_text}'", typ in ("MRN", "HEALTH_PLAN_ID"))]
    return []
