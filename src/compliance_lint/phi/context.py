"""Per-scan context: the text, its field class and key words, known-safe ranges and cue lookups.

Recognizers never look at raw strings alone: whether a date or phone number is PHI depends on
whose it is, and that is decided from cue words in a small window around the match and from the
JSON key the text sits under.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from compliance_lint.phi.patterns import lazy_compile, word_trie
from compliance_lint.phi.spans import SpanSet

_NO_NAMES = SpanSet()  # shared by every Scan without names; SpanSets are only replaced, never added to here

FIELDS = frozenset({"prompt", "label", "value", "url"})

# Template variables in the syntaxes voice platforms and prompt tools use. Bounded repetitions
# keep these linear on adversarial input.
_TEMPLATE_RE = lazy_compile(
    r"\{\{[^{}\n]{1,200}\}\}"  # {{patient_name}}, {{first_name|'there'}}
    r"|\$\{[^{}\n]{1,200}\}"  # ${member_id}
    # {patient.dob}; not an e-mail's spelled "@" or "." ("bigmike.huger {at} bellsouth {dot} net")
    r"|(?<!\{)\{(?!(?i:at|dot|arroba|punto|ponto|point)\})[A-Za-z_][\w.\-| ]{0,80}\}(?!\})"
    r"|\[(?!(?:AT|DOT)\])[A-Z][A-Z0-9_ ]{1,60}\]"  # [PATIENT_NAME]
    r"|<[a-z_][\w.\-]{0,60}>"  # <from_tool>
    r"|%\([A-Za-z_]\w{0,60}\)[sd]"  # %(name)s
)

# Split keys / file names into words: separators and camelCase humps.
_KEY_WORD_RE = lazy_compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")


def lower_same_length(text: str) -> str:
    """`text.lower()` with one character per character of `text`, so offsets found in one hold in
    the other. Only "İ" (Turkish capital dotted I) lowers to two characters ("i" + a combining dot)."""
    lower = text.lower()
    if len(lower) != len(text):
        lower = "".join(ch.lower()[0] for ch in text)
    return lower


# Keys repeat across a config (every field of one tool shares its key), so the split is cached;
# bounded because keys come from user input.
@lru_cache(maxsize=4096)
def split_key(key: str | None) -> tuple[str, ...]:
    """`patient_dob` -> (patient, dob); `callbackRAlvarez` -> (callback, r, alvarez)."""
    if not key:
        return ()
    return tuple(w.lower() for w in _KEY_WORD_RE.findall(key))


def template_ranges(text: str) -> list[tuple[int, int]]:
    if "{" not in text and "[" not in text and "<" not in text and "%(" not in text:
        return []
    return [m.span() for m in _TEMPLATE_RE.finditer(text)]


# --- cue vocabularies (lower-case text is searched) -------------------------------------------

# A patient in the other languages of our sets, for key and address cues ("telefono_paciente",
# "morada_pasienti"): Spanish, French, German, Cape Verdean Creole, Italian, Polish, Tagalog, Vietnamese.
FOREIGN_PATIENT_WORDS = ("paciente|patiente|patientin|pasienti|paziente|pacjent|pacjenta|pasyente|bệnh nhân|benh nhan|"
                         # Portuguese (Portugal, Angola, Mozambique): "telefone_utente"
                         "utente|"
                         # Papiamento, Haitian Creole, Dutch: "?pashent=DS-006183", "telefon_pasyan"
                         "pashent|pasyan|patiënt")
# Cue lists are written as \b(?:a|b|...)\b; LazyPattern compiles them grouped by first letter.
PERSON_CUE = lazy_compile(
    r"\b(?:patient|patients'|pt|caller|member|beneficiary|subscriber|client|resident|enrollee|student"
    r"|guarantor|guardian|mother|father|mom|dad|son|daughter|wife|husband|spouse|partner|sister"
    r"|brother|child|grandmother|grandfather|caregiver|his|her|hers|him|she|he|my|mine|me|i"
    r"|dob|d\.o\.b|born|birthday|named|mrs?|ms|miss)\b"
)
BUSINESS_CUE = lazy_compile(
    r"\b(?:our|us|we|office|offices|clinic|practice|main|front desk|reception|hotline|helpline"
    r"|switchboard|after-hours|after hours|answering service|pharmacy|billing department"
    r"|department|dept|toll-free|toll free|nurse line|triage line|scheduling line|transfer"
    r"|forward|warm transfer|escalate|support|help desk|headquarters|hq|referrals?|website"
    r"|hospital|lab|center|centre|location|branch|ext|extension"
    # a line someone answers for the practice, and the practice's vehicles: "her booking line",
    # "the van's own cell" (not "work line" or "office line": a patient's own can be meant)
    r"|booking line|van's|van’s|shuttle's|shuttle’s)\b"
)
EXAMPLE_CUE = lazy_compile(
    r"(?:\be\.g\.|\bi\.e\.|\bfor example\b|\bfor instance\b|\bexample\b|\bexamples\b"
    # a specimen is no example: "voice sample VS-...", "blood sample 2291-A"
    r"|(?<!voice )(?<!audio )(?<!speech )(?<!blood )(?<!urine )(?<!stool )(?<!saliva )(?<!dna )(?<!tissue )"
    r"(?<!sputum )(?<!semen )(?<!swab )\bsample\b"
    r"|\bformat\b|\bformatted\b|\bsuch as\b|\blooks like\b|\blook like\b|\bplaceholder\b"
    # Swahili and Somali: "kama 14/02/1985" (like), "mfano" and "tusaale" (example)
    r"|\bkama\b|\bmfano\b|\btusaale\b|\bas in\b"
    r"|\bin the form\b|\buse the form\b"
    r"|\bsomething like\b|\blike this\b|\bnumbers like\b|\bpattern\b|\bmask(?:ed)? as\b|\bshape\b"
    # "if a caller gives a date of birth like 02/29"
    r"|\b(?:birth|birthday|dob|date|number|value|id|format)s?,? like\b"
    # how the agent reads a value back: "read it back ... (say 'April 2nd, 1955', not '4/2/55')",
    # "in the style 'March 4th, 2023'"
    r"|\bin the style\b|\(say ['\"‘“]"
    # Korean "형식:" (format: ...)
    r"|형식\s?:"
    # a format, then the example: "(MM/DD/YYYY, like 04/22/1979)"
    r"|\b(?:mm|dd|yyyy|yy)\W{1,3}(?:like|such as)\b"
    # Spanish, Portuguese, French, German
    r"|\bpor ejemplo\b|\bejemplo\b|\bformato\b|\bp\. ?ej\.|\bpor exemplo\b|\bexemplo\b|\bpar exemple\b"
    r"|\bexemple\b|\bzum beispiel\b|\bbeispiel\b|\bz\. ?b\.)"
    # Cape Verdean Creole, Polish, Ukrainian, Russian, Vietnamese, Tagalog, Japanese, Chinese
    r"|\bizemplu\b|\bexemplu\b"
    r"|\bna przykład\b|\bprzykład\b|\bnp\.(?= )|\bнаприклад\b|\bприклад\b|\bнапример\b|\bпример\b"
    r"|\bví dụ\b|\bhalimbawa\b|例えば|例：|例:|書き方|记法|例如|格式"
    # Turkish "örneğin" (for example), Korean "예:" / "예시"
    r"|\börneğin\b|예시|예\s?:|\bв формате\b|\bформат\b"
    # Arabic, Farsi and Urdu "مثلاً" / "مثال" (for example), Arabic "بصيغة" (in the format), Hindi "उदाहरण"
    r"|(?<![\u0621-\u064a])(?:مثلا|مثال|بصيغة)|उदाहरण"
    # how a calendar writes dates: "Callers give birth dates the Polish way, day first: 03.05.1961 is ..."
    r"|\bday[- ]first\b|\bmonth[- ]first\b"
    # how the agent should say something, then a quoted example: "Say dates the way callers say them,
    # like 'March 14th, 1962'"
    r"|\bsay\b[^.!?\n]{0,40}\blike ['\"‘“]"
)
# Every EXAMPLE_CUE match (and every match of the engine's _EXAMPLE_AFTER) contains one of these
# substrings, so a text without any of them has no example cue in any window: one search per text
# replaces a search per hit.
_EXAMPLE_STEMS = ("e.g.", "i.e.", "example", "instance", "sample", "format", "such as", "like", "placeholder",
                  "in the form", "use the form", "pattern", "mask", "shape", "ejemplo", "exemplo", "exemple",
                  "beispiel", "p. ej", "p.ej", "z. b", "z.b", "made-up", "fictional", "fake", "dummy", "izemplu",
                  "exemplu", "przykład", "приклад",
                  "пример", "ví dụ", "halimbawa", "例", "書き方", "记法", "格式", "örneğin", "예", "формат",
                  "becomes", "means", "read as", "spoken as", "reads as", "형식", "replace", "in the style", "(say ",
                  "kama", "mfano", "tusaale", "as in", "مثلا", "مثال", "بصيغة", "उदाहरण", "day first", "day-first",
                  "month first", "month-first", "np.")


class Scan:
    """Everything recognizers need about one text."""

    # A plain slotted class, not a dataclass: one Scan is built per field scanned, and the
    # dataclass default factories (a list, a SpanSet, a dict per instance) were a measurable
    # share of a short field's cost. Defaults that are only ever replaced are shared.
    __slots__ = ("digits", "field", "has_digit", "key_text", "key_words", "lower", "memo", "name_spans", "names",
                 "raw", "safe", "text")

    def __init__(self, text: str, field: str, key_words: tuple[str, ...], raw: str = "") -> None:
        self.text = text
        self.field = field
        self.key_words = key_words
        self.raw = raw or text  # the text before label normalisation (same length as `text`)
        self.lower = lower_same_length(text)
        self.key_text = " ".join(key_words) if key_words else ""
        self.safe: list[tuple[int, int]] = template_ranges(text)
        # How many `\d` characters: the cheap gate of every digit recognizer. In ASCII text those
        # are the ASCII digits, which a bytes deletion counts ten times faster than findall.
        self.digits = (len(text) - len(text.encode("ascii").translate(None, _ASCII_DIGITS)) if text.isascii()
                       else len(_DIGIT_RE.findall(text)))
        self.has_digit = self.digits > 0
        self.name_spans: Sequence[tuple[int, int]] = ()  # replaced (never mutated) by set_names
        self.names: SpanSet = _NO_NAMES
        self.memo: dict[str, Any] = {}  # per-text facts computed once (linear time)

    def mentions(self, stems: tuple[str, ...]) -> bool:
        """Cheap prefilter: does any stem occur in the lower-cased text or the key words?"""
        # Keyed by identity: hashing a 60-stem tuple on every call costs more than the search.
        # The entry holds the tuple itself, so its id cannot be reused while the entry lives.
        entry = _STEM_RX.get(id(stems))
        if entry is None or entry[0] is not stems:
            entry = _stem_entry(stems)
        hay = self.memo.get("_stem_hay")
        if hay is None:
            # Text and key words searched in one pass; no stem contains NUL (checked when the
            # stems are compiled), so no match can straddle the joint.
            hay = self.memo["_stem_hay"] = self.lower + "\0" + self.key_text if self.key_text else self.lower
        return entry[1].search(hay) is not None

    def before(self, start: int, width: int = 40) -> str:
        lo = start - width
        if lo <= 0:
            return self.lower[:start]
        low = self.lower
        if low[lo - 1].isalnum() and low[lo].isalnum():
            # the window would start inside a word, and a cue search would see "his" in "t|his"
            while lo < start and low[lo].isalnum():
                lo += 1
        return low[lo:start]

    def after(self, end: int, width: int = 25) -> str:
        return self.lower[end : end + width]

    def cue(self, pattern: re.Pattern[str], start: int, end: int, before: int = 40, after: int = 25,
            use_key: bool = True) -> str | None:
        """The cue word found near [start, end) or in the key, or None."""
        m = pattern.search(self.before(start, before)) or pattern.search(self.after(end, after))
        if m:
            return m.group(0)
        if use_key and self.key_text:
            m = pattern.search(self.key_text)
            if m:
                return m.group(0)
        return None

    def in_safe(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.safe)

    @property
    def is_lower(self) -> bool:
        v = self.memo.get("is_lower")
        if v is None:
            v = self.memo["is_lower"] = self.text.islower()
        return bool(v)

    def has(self, name: str, pattern: re.Pattern[str]) -> bool:
        """Does `pattern` occur anywhere in the lower-cased text? Computed once per text."""
        v = self.memo.get(name)
        if v is None:
            v = self.memo[name] = pattern.search(self.lower) is not None
        return bool(v)

    def rfind(self, part: str, lo: int, hi: int) -> int:
        """`text.rfind(part, lo, hi)` (`part` must not overlap itself, like "\\n" or ": "). Asked
        for every candidate, so over a long range it bisects the positions of `part`, found once per
        text: a plain rfind in a long line would read back to the line's start each time (quadratic)."""
        if hi - lo <= _NEAR:
            return self.text.rfind(part, lo, hi)
        at = self._positions(part)
        i = bisect_right(at, hi - len(part)) - 1
        return at[i] if i >= 0 and at[i] >= lo else -1

    def find(self, part: str, lo: int) -> int:
        """`text.find(part, lo)`, in O(log n) over a long rest of the text (see `rfind`)."""
        if len(self.text) - lo <= _NEAR:
            return self.text.find(part, lo)
        at = self._positions(part)
        i = bisect_left(at, lo)
        return at[i] if i < len(at) else -1

    def line_start(self, pos: int) -> int:
        """Where the line holding `pos` starts."""
        return self.rfind("\n", 0, pos) + 1

    def _positions(self, part: str) -> list[int]:
        key = "at:" + part
        at: list[int] | None = self.memo.get(key)
        if at is None:
            at, i = [], self.text.find(part)
            while i >= 0:
                at.append(i)
                i = self.text.find(part, i + len(part))
            self.memo[key] = at
        return at

    def contains(self, part: str) -> bool:
        """Does `part` (lower case) occur in the lower-cased text? Computed once per text, so a
        check made for every candidate name stays linear in the text's length."""
        if len(self.lower) <= _NEAR:
            return part in self.lower  # a short text: the test costs less than the memo's key
        key = "in:" + part
        v = self.memo.get(key)
        if v is None:
            v = self.memo[key] = part in self.lower
        return bool(v)

    def may_cite_example(self) -> bool:
        """False when no window of this text can hold an EXAMPLE_CUE (a necessary condition only)."""
        return self.mentions(_EXAMPLE_STEMS)  # the key words only add candidates: still necessary

    def set_names(self, spans: list[tuple[int, int]]) -> None:
        self.name_spans = spans
        self.names = SpanSet(spans)

    def near_name(self, start: int, end: int, distance: int = 80) -> bool:
        return self.names.near(start, end, distance)


_DIGIT_RE = lazy_compile(r"\d")
# Within this many characters of either end a plain rfind/find is cheaper than building the
# newline index, and bounded, so it cannot make a scan quadratic.
_NEAR = 256
# A file name's extension: the text names a stored document, image or recording.
FILE_EXT_RE = lazy_compile(r"\.(?:pdf|docx?|rtf|txt|csv|xlsx?|jpe?g|png|heic|gif|tiff?|dcm|wav|mp3|m4a|mp4|zip)$",
                         re.IGNORECASE)
# A full date in a file name, one separator throughout: 20250211, 2025-02-11, 2025_02_11, 02-11-2025
# (groups: year, separator, month, day; or month, separator, day, year).
FILE_DATE = lazy_compile(r"(?<![0-9])(?:((?:19|20)\d{2})([-_.]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])|"
                       r"(0[1-9]|1[0-2])([-_.])(0[1-9]|[12]\d|3[01])\6((?:19|20)\d{2}))(?![0-9])")
_ASCII_DIGITS = b"0123456789"
# One compiled pattern per stem tuple (the tuples are module constants), keyed by id(tuple).
_STEM_RX: dict[int, tuple[tuple[str, ...], re.Pattern[str]]] = {}
_STEM_RX_MAX = 512  # only reached if callers build stem tuples on the fly


def _stem_entry(stems: tuple[str, ...]) -> tuple[tuple[str, ...], re.Pattern[str]]:
    if any("\0" in st for st in stems):
        raise ValueError("mention stems must not contain NUL")
    if len(_STEM_RX) >= _STEM_RX_MAX:
        _STEM_RX.clear()
    # (compiled now: it is searched right away, and a lazy pattern made at run time would stay in
    # the lazy-pattern registry for good)
    entry = _STEM_RX[id(stems)] = (stems, re.compile(word_trie(list(stems))))
    return entry

# Health information words: corroborate that a named person is a patient (field_verdict, labels).
HEALTH_CUE = lazy_compile(
    r"\b(?:dialysis|chemo\w*|infusion|insulin|diabet\w*|copd|asthma|cancer|oncology|hiv|hepatitis|"
    r"pregnan\w*|prenatal|postpartum|discharge\w*|admission|admitted|surgery|surgical|post-op|pre-op|"
    r"biopsy|mri|ct scan|x-ray|labs?|lab results|a1c|blood (?:work|pressure|sugar)|wound|stroke|sedation|"
    r"cardiac|heart failure|chf|afib|kidney|renal|ckd|esrd|dementia|alzheimer\w*|depression|anxiety|"
    r"bipolar|schizo\w*|rehab|physical therapy|pt eval|therapy|hospice|palliative|oxygen|ventilator|"
    r"pacemaker|cgm|pump|medication|meds|rx|prescription|refill|dose|dosage|mg|metformin|warfarin|"
    r"eliquis|lisinopril|ozempic|suboxone|methadone|opioid|vaccine|vaccination|immuniz\w*|allerg\w*|"
    r"diagnos\w*|icd|prognosis|treatment|follow-up|followup|follow up|pickup|pick-up|transport|"
    r"callback|call back|appointment|appt|visit|intake|referral|consult|screening|mammogram|"
    r"colonoscopy|ultrasound|ob|obgyn|std|sti|positive|negative|results?|fracture|injury|"
    r"wheelchair|home health|dme|walker|cpap|sleep study|sleep-study|eval|evaluation|suicidal|suicide|"
    r"self-harm|overdose|psychiatric|detox|seizures?|epilepsy|hearing aids?|"
    # weight-loss surgery: "Bill - RNY follow-up callback", "gastric bypass"
    r"bariatric|gastric|gastrectomy|rny|lap-band)\b"
)
