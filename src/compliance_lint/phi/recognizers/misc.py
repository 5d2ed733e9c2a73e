"""Biometric references and full-face photo references (file names and attachments)."""

from __future__ import annotations

import re
from functools import lru_cache

from compliance_lint.phi.context import Scan
from compliance_lint.phi.hits import PhiHit
from compliance_lint.phi.patterns import UUID_RE, lazy_compile
from compliance_lint.phi.spans import SpanSet

_BIOMETRIC_RE = lazy_compile(
    r"\b(?:voice ?print|voiceprint|fingerprint|finger print|retina(?:l)? scan|iris scan|face ?print|"
    r"biometric (?:template|id|hash|signature)|face embedding|facial (?:template|geometry|embedding)|"
    r"palm ?print|palm[ -]?vein(?: scan)?|finger[ -]?vein(?: scan)?|gait signature)"
    r"(?: (?:id|hash|template|token|vector|embedding)){0,2}"
    # "template ID FP-22817-L2", "voiceprint for Harold Kim is vp_9f3c..."
    r"(?:\s?(?:is|=|:|#|for(?: [A-Za-z.'’-]{1,30}){1,3}(?: is|:)?|on file(?: is|:)?))?[\s:#=]{0,3}"
    r"(?P<val>(?<![A-Za-z0-9+/])[A-Za-z0-9+/=_-]{8,512}(?![A-Za-z0-9+/=])|\[[-0-9., ]{10,400}\])",
    re.IGNORECASE,
)
_PHOTO_FILE_RE = lazy_compile(r"(?<![\w.-])[\w.-]{1,120}\.(?:jpe?g|png|heic|gif|webp|bmp|tiff?)(?![\w])",
                            re.IGNORECASE)
_PHOTO_CUE = lazy_compile(r"(?:face|headshot|selfie|portrait|photo|picture|pic|id[ _-]?card|license|"
                        r"licence|passport|mugshot|profile)", re.IGNORECASE)
# ("clinical_photo_full_face_pt44821.jpg" is a patient's: "clinic" only as a word's start, not "clinical")
_NOT_PERSON_IMAGE = lazy_compile(r"(?:logo|map|banner|icon|building|lobby|office|clinic(?!al)|parking|diagram|"
                               r"chart|flyer|brochure|screenshot|qr|"
                               # a teaching image: "Brodsky_tonsil_grading_reference.png"
                               r"reference|grading|atlas|scale"
                               # places and vehicles, as whole words ("ivan_face.jpg" is a person's)
                               r"|(?<![A-Za-z])(?:waiting[ _-]?room|exam[ _-]?room|entrance|exterior|interior|signage|"
                               r"floor[ _-]?plan|storefront|van|shuttle|campus|"
                               # a licensed stock picture: "stock_hands_vitiligo_licensed.jpg"
                               r"stock)(?![A-Za-z]))",
                               re.IGNORECASE)
# A provider's or staff member's photo (a headshot for the website) is not a patient's:
# "Dr_Ramos_headshot.jpg", "providers/dr-kapoor.png", "team-nurse-ana.jpg", "smith_md_portrait.png".
# ("staff-only" is who may open a folder, not whom its pictures show: ".../staff-only/photos/residents/...")
PROVIDER_IMAGE = lazy_compile(r"(?<![A-Za-z])(?:dr|doctor|doctors|provider|providers|physician|physicians|"
                            r"staff(?![-_]only)|team|"
                            r"our-team|nurse|nurses|md|dds|dmd|np|rn|pa-c|fnp|cnm|lpn|therapist|bio|bios)(?![A-Za-z])",
                            re.IGNORECASE)


# A value under a biometric key ("caller_voiceprint", "biometric_template"): the template itself.
_BIOMETRIC_KEY = lazy_compile(r"\b(?:voice ?print|voiceprint|fingerprint|finger print|face ?print|faceprint|"
                            r"biometrics?|retina|iris|palm ?print|palm|palm ?vein|vein|face embedding|facial|gait|"
                            # a face or voice template, a face id: "client_checkin_face_template"
                            r"face ?template|face ?id|faceid|voice ?template)\b")
_NOT_BIOMETRIC_DATA_KEY = lazy_compile(r"\b(?:enabled|enable|disabled|threshold|score|model|provider|vendor|version|"
                                     r"url|endpoint|format|type|mode|policy|consent|prompt|example|sample|id format|"
                                     r"status|flag|timeout|language|engine|min|max)\b")
# An encoded template or its id: base64/hex/url-safe characters, an optional "fp:"-style prefix
# ("fp_tmpl:9c41..."), no spaces.
# (the prefix may carry a version digit: "vpr1:MjQ4...", "fp_v2:...")
_BIOMETRIC_VALUE = lazy_compile(r"(?:[A-Za-z][A-Za-z0-9]{0,7}[:_]){0,3}[A-Za-z0-9+/=_.-]{8,4096}")
# An embedding under such a key: a vector of numbers, bracketed or not ("[0.0132, -0.2241, ...]",
# "0.0182,-0.2211,0.0937,...").
# A format prefix may lead it: "face_emb_v2:0.0213,-0.1183,...".
_VECTOR_VALUE = lazy_compile(r"(?:[A-Za-z][A-Za-z0-9]{0,7}_){0,3}(?:[A-Za-z][A-Za-z0-9]{0,7}:)?"
                           r"(\[\s?)?-?\d[-0-9.eE+]{0,24}(?:\s?,\s?-?\d[-0-9.eE+]{0,24}){3,4096}(?(1)\s?\])")


@lru_cache(maxsize=1024)
def _biometric_key(key_text: str) -> bool:
    return _BIOMETRIC_KEY.search(key_text) is not None and _NOT_BIOMETRIC_DATA_KEY.search(key_text) is None


def _keyed_biometric(s: Scan) -> list[PhiHit]:
    if not _biometric_key(s.key_text):
        return []
    value = s.text.strip()
    if not (_BIOMETRIC_VALUE.fullmatch(value) or _VECTOR_VALUE.fullmatch(value)) or sum(
            ch.isdigit() for ch in value) < 3:
        return []
    start = s.text.index(value)
    return [PhiHit(start, start + len(value), "BIOMETRIC", "biometric", 0.8,
                   f"biometric template value under key '{s.key_text}'", True)]


# A biometric cue for the window pass: the value may come several words later ("template ID",
# "enrollment ID is", "template hash for Mr. Ferreira is", "Agnes Whitlock -> vp_...").
_BIO_CUE = lazy_compile(
    r"\b(?:voice ?prints?|voice[ -](?:id|samples?|verification|match|login|biometrics?)|vprint|finger ?prints?|"
    r"minutiae|face ?prints?|face[ -](?:id|match|matching|embeddings?|templates?|scan|geometry|recognition)|"
    # (not "iris" or "retina" alone: "You are Iris, the recruitment line", "our retina specialist")
    r"facial (?:templates?|geometry|embeddings?|recognition)|"
    r"(?:iris|retina[l]?)[ -](?:scans?|templates?|patterns?|recognition|codes?|images?|ids?|biometrics?)|"
    r"palm ?prints?|palm[ -]?vein|"
    r"finger[ -]?vein|gait signature|biometrics?|(?:template|embedding) (?:hash|id|vector)|embeddings?|"
    r"speaker[ -](?:verification|id|embedding)|x-vector)(?![a-z])")
# A template or its id: an optional "fp:"/"sha256:" prefix, then url-safe/base64 characters; or a
# comma-separated vector of decimals ("emb:0.113,-0.482,0.907,...").
_BIO_TOKEN = lazy_compile(
    r"(?<![\w:/+=.-])(?:[A-Za-z][A-Za-z0-9]{0,7}:){0,2}(?:[A-Za-z0-9+/=_-]{8,512}(?![\w+/=-])"
    r"|\[?-?\d{1,3}\.\d{1,8}(?:\s?,\s?-?\d{1,3}\.\d{1,8}){3,512}\]?)(?!\.\w)")
# A value named as something else right before it: "member BWH118...", "model FP-530", "MRN ...".
_NOT_BIO_BEFORE = lazy_compile(r"\b(?:member|mrn|chart|account|acct|claim|policy|phone|dob|model|sku|part|firmware|"
                             r"version|sdk|api|release|build|ticket|order|serial|device|vendor|brand|reader|scanner|sensor|kit)"
                             r"\W{0,3}(?:id|no\.?|number|#)?\W{0,3}(?:is\W{1,3}|was\W{1,3})?$")
# (not the dot of "Mr.", "Ms.", "Dr." or an initial: "for J. Okafor's door check: [...]")
_SENTENCE_END = lazy_compile(r"(?<!\bmr)(?<!\bmrs)(?<!\bms)(?<!\bdr)(?<!\bst)(?<!\b[a-z])[.!?;](?:\s|$)|\n")


def _bio_value(tok: str) -> bool:
    digits = sum(ch.isdigit() for ch in tok)
    if digits < 3 or (tok.startswith("NCT") and len(tok) == 11 and tok[3:].isdigit()):
        return False  # (a ClinicalTrials.gov number names a study: "the CLEARHEAD-2 study (NCT05512345)")
    if "," in tok:  # a vector of decimals
        return True
    body = tok.rsplit(":", 1)[-1]
    return len(body) >= 8 and any(ch.isalpha() for ch in body) and not body.lower().startswith("http")


def _biometric_window(s: Scan, hits: list[PhiHit]) -> list[PhiHit]:
    """A template value within the cue's sentence (at most 160 characters after the cue)."""
    text, low = s.text, s.lower
    out: list[PhiHit] = []
    found = SpanSet((h.start, h.end) for h in hits)
    pos = 0
    for cue in _BIO_CUE.finditer(low):
        if cue.start() < pos:
            continue
        end_m = _SENTENCE_END.search(low, cue.end(), cue.end() + 160)
        stop = end_m.start() if end_m else min(len(text), cue.end() + 160)
        for m in _BIO_TOKEN.finditer(text, cue.end(), stop):
            tok = m.group(0)
            if not _bio_value(tok) or _NOT_BIO_BEFORE.search(low, max(0, m.start() - 24), m.start()):
                continue
            if found.overlaps(m.start(), m.end()):
                pos = m.end()
                break
            out.append(PhiHit(m.start(), m.end(), "BIOMETRIC", "biometric", 0.8,
                              "biometric template/identifier value in the sentence of a biometric cue", True))
            pos = m.end()
            break
    return out


def recognize_biometric(s: Scan) -> list[PhiHit]:
    # A hit is a bracketed vector or a value with three digits (ASCII: the value class is ASCII
    # even under IGNORECASE, and ASCII digits are counted in Scan.digits).
    if s.digits < 3 and "[" not in s.text:
        return []
    if s.field == "value" and s.key_text and (" " not in s.text.strip() or s.text.lstrip()[:1] in "[-0123456789"):
        keyed = _keyed_biometric(s)
        if keyed:
            return keyed
    low = s.lower
    # The plain gate: one of print, biometric, scan, fac, embedding (rarer letters tested first).
    if not ("print" in low or "scan" in low or ("f" in low and "fac" in low) or "vein" in low
            or ("b" in low and ("biometric" in low or "embedding" in low)) or "voice" in low or "minutiae" in low
            or "iris" in low or "retina" in low or "gait" in low or "template" in low or "speaker" in low
            or "vector" in low):
        return []
    hits: list[PhiHit] = []
    for m in _BIOMETRIC_RE.finditer(s.text):
        val = m.group("val")
        if val.startswith("[") or sum(ch.isdigit() for ch in val) >= 3:
            hits.append(PhiHit(m.start("val"), m.end("val"), "BIOMETRIC", "biometric", 0.85,
                               "biometric template/identifier value after a biometric cue", True))
    hits += _biometric_window(s, hits)
    # (a template's UUID after "template": "template id 7c2e91d4-0b6a-...", infrastructure)
    return [h for h in hits if not UUID_RE.fullmatch(s.text, h.start, h.end)] if "-" in s.text else hits


# Exactly "any of .jp .png .heic .gif .webp .bmp .tif occurs": one search with a literal prefix.
_PHOTO_EXT_GATE = lazy_compile(r"\.(?:jp|png|heic|gif|webp|bmp|tif)")


def recognize_photo(s: Scan) -> list[PhiHit]:
    low = s.lower
    # The plain gate: "." in low and any extension above occurs. A text whose only dot is its
    # last character (a one-sentence text) has none; else search from the first dot.
    dot = low.find(".")
    if dot < 0 or dot == len(low) - 1 or _PHOTO_EXT_GATE.search(low, dot) is None:
        return []
    hits: list[PhiHit] = []
    for m in _PHOTO_FILE_RE.finditer(s.raw):
        start = m.start()
        if "://" in s.text[max(0, start - 200) : start] and not s.text[start - 1 : start].isspace():
            token = s.raw[max(0, start - 200) : start].rsplit(None, 1)[-1]
            if "://" in token:
                scheme = token.split("://", 1)[0].lower()
                if scheme.endswith(("http", "https")):
                    continue  # part of a web URL: the URL recognizer decides
                start -= len(token)  # "s3://bucket/selfies/x.jpg": the storage URI is the reference
        name = m.group(0)
        named = named_in = s.names.inside(m.start(), m.end())
        if _NOT_PERSON_IMAGE.search(name) or PROVIDER_IMAGE.search(name):
            continue
        # the folders before the file name ("provider-photos/anita_kapoor.jpg", "team/ana.jpg")
        folder = s.raw[max(0, m.start() - 80) : m.start()]
        if folder.endswith("/") and PROVIDER_IMAGE.search(folder.rsplit(None, 1)[-1] if folder.strip() else ""):
            continue
        if s.field == "label" and folder.endswith(" ") and PROVIDER_IMAGE.search(folder.rsplit("\n", 1)[-1]):
            continue  # "Hope Adeyemi MD headshot.png", "Dr. Grant Halvorsen portrait.jpg": a clinician's picture
        named = named_in or s.near_name(m.start(), m.end(), 40)
        if _PHOTO_CUE.search(name) or named:
            hits.append(PhiHit(start, m.end(), "PHOTO", "photo", 0.75 if named else 0.65,
                               "image file of a person (face/ID photo cue or a person's name)"))
    return hits
