"""Geographic units smaller than a state that belong to a person: street address, city, ZIP."""

from __future__ import annotations

import re

from compliance_lint.phi.context import Scan
from compliance_lint.phi.hits import PhiHit
from compliance_lint.phi.lexicon import COUNTRIES, US_STATES, is_common_word, word_list
from compliance_lint.phi.spans import HitList, SpanSet

_UP = "".join(re.escape(chr(c)) for c in range(0x41, 0x530) if chr(c).isupper() and chr(c).isalpha())
_SUFFIX = (r"(?:Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Dr|Court|Ct|Boulevard|Blvd|Way|Place|Pl|"
           r"Terrace|Ter|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Trail|Trl|Loop|Square|Sq|Pike|Row|Run|Path|"
           r"Crescent|Close|Alley|Walk|Point|Ridge|Crossing|Heights|Greens|Grove|Gardens|Plaza|Route|Rte)")
_STREET_RE = re.compile(
    r"(?<![\w])\d{1,6}[A-Za-z]?(?:[ -]\d{1,5})? (?:[NSEW]\.? |North |South |East |West )?"
    r"(?:(?:[A-Z0-9][\w'’.-]{0,30}|rue|de|du|la|le|del|van|von|da|dos|das|di) ){0,3}[A-Z][\w'’.-]{0,30} "
    + _SUFFIX + r"\b\.?"
    r"(?:,? (?:Apt|Apartment|Unit|Suite|Ste|Fl|Floor|#)\.? ?#?[\w-]{1,6})?"
    r"(?:,? [A-Z][a-z]{1,20}(?: [A-Z][a-z]{1,20}){0,2},? (?:[A-Z]{2}|[A-Z][a-z]{3,13})(?: \d{5}(?:-\d{4})?)?)?"
    r"|(?<![\w])(?:P\.? ?O\.? Box|PO Box) \d{1,6}"
)
# Military mail (PSC/Unit box + APO/FPO/DPO, or a ship + FPO): always an individual's address.
_MILITARY_RE = re.compile(
    r"(?<![\w])(?:(?:PSC|Unit|CMR) \d{1,5},? Box \d{1,5}|(?:USNS|USNV|USS|USCGC) [A-Z][\w'’-]{1,30})"
    r"\s{0,4}(?:APO|FPO|DPO) (?:AA|AE|AP) \d{5}(?![\w])",
    re.IGNORECASE,
)
# European/other street forms: "Harjukuja 54", "4923 Parmova 109", "rue du centre 320".
_STREET_NUM_AFTER_RE = re.compile(
    r"(?<![\w])(?:\d{1,6} )?[^\W\d_][\w'’.-]{2,30}(?: [^\W\d_][\w'’.-]{0,30}){0,3} \d{1,5}[A-Za-z]?(?![\w/:.-]|\.\d)"
)
# "Metformin 500 mg", "Suite 300 minutes", "Protocol 4 weeks": a number followed by a unit is not a house number.
_UNIT_AFTER = re.compile(r"\s?(?:mg|mcg|µg|g|kg|ml|l|units?|iu|tablets?|tabs?|caps(?:ules)?|puffs?|drops?|%|"
                         r"mmhg|mmol|mg/dl|bpm|min(?:ute)?s?|h(?:ou)?rs?|days?|weeks?|months?|years?|am|pm|"
                         r"dollars?|usd|percent|times|x)\b", re.IGNORECASE)
_STATE_ZIP_RE = re.compile(r"(?<![\w])(?:[A-Z][\w'’.-]{1,30}(?: [A-Z][\w'’.-]{1,30}){0,2},? )?[A-Z]{2},? \d{5}"
                           r"(?:-\d{4})?(?![\w-])|(?<![\w])[A-Z]\d[A-Z] ?\d[A-Z]\d(?![\w])")
_STREET_RE_LOWER = re.compile(_STREET_RE.pattern, re.IGNORECASE)
_UNIT_RE = re.compile(r"(?<![\w])(?:Apt|Apartment|Unit|Suite)\.? ?#?\d{1,5}[A-Za-z]?(?![\w])")
_ZIP_RE = re.compile(r"(?<![\w-])\d{3,5}(?:-\d{4})?(?![\w-])")
_ZIP_CUE = re.compile(r"\b(?:zip|zip code|zipcode|postal code|post code)\b")
# The ZIP cue ends right before the number ("zip code is 02139"): the cue itself says whose it is.
_ZIP_DIRECT = re.compile(r"\b(?:zip|zip code|zipcode|postal code|post code)(?: is)?\W{0,3}$")
_CITY_RE = re.compile(
    r"\b(?i:lives|living|resides|residing|moved|moved here|relocated|originally|home is|staying|grew up|born|"
    r"lives on|address is|i am|i'm|arrived|returned|flew|travell?ing|hometown is|home city is)"
    r"(?i: (?:in|at|on|to|from))(?: the)? ((?:[" + _UP + r"][\w'’.-]{1,30})"
    r"(?: (?:[" + _UP + r"][\w'’.-]{1,30}|de|da|do|del|la|le|of)){0,3})"
)
_CORNER_RE = re.compile(r"(?i:the corner of) [^\n,;?!]{2,60}? and [^\W\d_][^\n,;?!]{1,40}?(?=[.,;?!]|\n|$)")
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
    r"mail (?:it|them|the \w+) to|send (?:the \w+) to|meet (?:me|you|us) (?:\w+ )?at|pick (?:me|him|her) up|"
    r"sent to|drops? (?:you|me|him|her) off at|see you at|i'm at|i am at|corner of|meet \w+ at|"
    r"update (?:the |my |his |her )?(?:billing |mailing |home |primary )?address|personal info|"
    r"return to|taxi to|ride to)\b"
)


_PERSON_AFTER_ADDR = re.compile(r"\b(?:for the patient|for (?:him|her|them)|patient'?s|caller'?s"
                                r"|is (?:his|her|their|my)"
                                r" (?:home|address))\b")
# Patterns used per candidate or per text are compiled once here: a string pattern passed to
# re.search/findall costs a cache lookup on every call.
_LETTER_RUN = re.compile(r"[^\W\d_]+")
_ADDRESS_KEY = re.compile(r"\b(?:address|street|city|zip|postal|town|county)\b")
_WEAK_PERSON_ADDR = frozenset({"address is", "return to", "my", "their"})


_PERSONAL_STEMS = ("patient", "pt ", "caller", "member", "client", "resident", "his ", "her ", "their", "my ",
                   "home", "live", "resid", "ship", "deliver", "mail", "pick", "drop", "address", "send", "return",
                   "taxi", "ride", "zip", "postal", "post code", "apo", "fpo", "dpo", "box", "apt", "unit",
                   "suite", "meet", "corner", "sent", "update")
_ADDRESS_STEMS = ("address", "live", "resid", "home", "ship", "mail", "send", "deliver", "pick", "drop", "taxi",
                  "ride", "meet", "corner", "apt", "suite", "unit", "box", "street", "road", "avenue", " st", "rue",
                  "via", "calle", "rua", "straat", "strasse", "gata", "vej", "katu", "kuja", "utca")
_SUFFIX_HINT = re.compile(r" " + _SUFFIX + r"\b|P\.? ?O\.? Box")
_CITY_STEMS = ("live", "resid", "moved", "relocat", "originally", "home is", "staying", "grew up", "born",
               "address is", "i am", "i'm", "arrived", "returned", "flew", "travel", "hometown", "home city")


def recognize_geo(s: Scan) -> list[PhiHit]:
    hits = HitList()
    taken = hits.spans
    # Addresses only matter when someone's: skip the address regexes unless a person is in view.
    personal = bool(s.name_spans) or s.mentions(_PERSONAL_STEMS)
    if s.digits >= 2 and personal:
        if "po" in s.lower:
            for m in _MILITARY_RE.finditer(s.text):
                if True:  # no practice has an APO/FPO address: it is a service member's
                    hits.append(PhiHit(m.start(), m.end(), "GEO", "geo", 0.75, "military mail address (APO/FPO/DPO)"))
        todo = []
        if s.mentions(_ADDRESS_STEMS) or s.text.count("\n") >= 2:
            todo.append((_STREET_NUM_AFTER_RE, "street name followed by a house number"))
        if s.digits >= 5 or "\n" in s.text:
            todo.append((_STATE_ZIP_RE, "city/state/ZIP or postal code"))
        for rx, what in todo:
            for m in rx.finditer(s.text):
                if taken.overlaps(m.start(), m.end()):
                    continue
                words = _LETTER_RUN.findall(m.group(0))
                if rx is _STREET_NUM_AFTER_RE and (not _street_words(words, s.is_lower)
                                                   or _UNIT_AFTER.match(s.text, m.end())):
                    continue
                hit = _judge(s, m.start(), m.end(), what, need_person=True, window=60)
                if hit:
                    hits.append(hit)
        street_rx = _STREET_RE_LOWER if s.is_lower else _STREET_RE
        for m in street_rx.finditer(s.text) if street_rx is _STREET_RE_LOWER or _SUFFIX_HINT.search(s.text) else ():
            hit = _judge(s, m.start(), m.end(), "street address")
            if hit:
                hits.append(hit)
        if "apt" in s.lower or "unit" in s.lower or "suite" in s.lower:
            for m in _UNIT_RE.finditer(s.text):
                if not taken.overlaps(m.start(), m.start() + 1):
                    hit = _judge(s, m.start(), m.end(), "apartment/unit number", need_person=True)
                    if hit:
                        hits.append(hit)
        if "zip" in s.lower or "postal" in s.lower or "post code" in s.lower or (
                s.key_text and _ZIP_CUE.search(s.key_text)):
            for m in _ZIP_RE.finditer(s.text):
                if _ZIP_CUE.search(s.before(m.start(), 30)) or (s.key_text and _ZIP_CUE.search(s.key_text)):
                    direct = _ZIP_DIRECT.search(s.before(m.start(), 20))
                    hit = _judge(s, m.start(), m.end(), "ZIP code", need_person=True, window=60,
                                 verb_implies_person=bool(direct))
                    if hit:
                        hits.append(hit)
    if s.name_spans or s.mentions(("personal info", "address")):
        hits.extend(_city_before_country(s, taken))
    if "corner of" in s.lower:
        for m in _CORNER_RE.finditer(s.text):
            hit = _judge(s, m.start(), m.end(), "street corner", window=60, verb_implies_person=True)
            if hit and not taken.overlaps(m.start(), m.end()):
                hits.append(hit)
    for m in _CITY_RE.finditer(s.text) if s.mentions(_CITY_STEMS) else ():
        start, end = m.span(1)
        place = s.text[start:end].lower()
        if place in _NOT_PLACES or place in COUNTRIES or place in US_STATES or place.split(" ", 1)[0] in _NOT_PLACES:
            continue
        hit = _judge(s, start, end, "city/place where a person lives or comes from", need_person=False,
                     window=60, verb_implies_person=True)
        if hit:
            hits.append(hit)
    if s.field == "value" and s.key_text and _ADDRESS_KEY.search(s.key_text) and not _BUSINESS_ADDR.search(s.key_text):
        value = s.text.strip()
        if value and len(value) < 120 and value.lower() not in ("n/a", "none", "unknown", "tbd"):
            st = s.text.index(value)
            hits.append(PhiHit(st, st + len(value), "GEO", "geo", 0.8, f"address value under key '{s.key_text}'"))
    return hits


_STREET_WORDS = frozenset(word_list("""tee gate gatan gata vej vei veien vägen straat strasse straße str rue via viale
    piazza piazzetta calle avenida av rua ul ulica utca út útja u tie kuja katu polku allee weg laan
    plein gasse platz chaussee boulevard bd de du del della la le los las da do dos das di van von der den
    st ave rd street road avenue lane way drive"""))


# "ALFRICK\nUnited Kingdom", "Tubize, Belgium": the line/segment before a country names a town.
_PLACE_LINE_RE = re.compile(r"(?:^|\n|, )[ >?\t]*([^\W\d_][^\n,\d]{1,40}?)[ \t]*(?:\n[ >?\t]*|, ?)"
                            r"([^\W\d_][^\n,\d(]{2,40}?)[ \t]*(?=\n|$|[,.]| \d| \()")


def _city_before_country(s: Scan, taken: SpanSet) -> list[PhiHit]:
    out: list[PhiHit] = []
    for m in _PLACE_LINE_RE.finditer(s.text):
        country = m.group(2).strip().lower()
        town = m.group(1).strip()
        if country not in COUNTRIES and country not in US_STATES:
            continue
        low = town.lower()
        if low in COUNTRIES or low in US_STATES or is_common_word(low.split()[0]) or len(town) < 3:
            continue
        a = m.start(1)
        b = a + len(town)
        if taken.overlaps(a, b) or s.names.overlaps(a, b):
            continue
        hit = _judge(s, a, b, "town line above/before a country", need_person=True, window=80)
        if hit is None and "personal info" in s.lower:
            hit = PhiHit(a, b, "GEO", "geo", 0.7, "town in a personal contact block")
        if hit:
            out.append(hit)
    return out


def _street_words(words: list[str], lowercase_text: bool) -> bool:
    """Street-name words: proper nouns (not common English words) or street-type words."""
    if not words:
        return False
    proper = 0
    for i, w in enumerate(words):
        low = w.lower()
        if low in _STREET_WORDS:
            continue
        # the first word is a proper noun; later ones may be lower-case street words ("Luite tee 87")
        if is_common_word(low) or not (w[0].isupper() or lowercase_text or (i > 0 and proper)):
            return False
        proper += 1
    return proper >= 1


# Words that follow "moved to", "arrived on" ... without being places ("moved to Monday at 4pm").
_NOT_PLACES = frozenset({"the", "a", "an", "our", "this", "monday", "tuesday", "wednesday", "thursday", "friday",
                         "saturday", "sunday", "today", "tomorrow", "tonight", "morning", "afternoon", "evening",
                         "noon", "january", "february", "march", "april", "may", "june", "july", "august",
                         "september", "october", "november", "december", "next", "later", "another"})


def _judge(s: Scan, start: int, end: int, what: str, need_person: bool = False, window: int = 50,
           verb_implies_person: bool = False) -> PhiHit | None:
    before = s.before(start, window)
    business = _BUSINESS_ADDR.search(before)
    person = _PERSON_ADDR.search(before) or (s.key_text and _PERSON_ADDR.search(s.key_text))
    # In one field, a person's name and an address with no business cue belong together.
    named = s.near_name(start, end, 300)
    after = s.after(end, 40)
    person = person or _PERSON_AFTER_ADDR.search(after)
    if person and not (business and person.group(0) in _WEAK_PERSON_ADDR):
        return PhiHit(start, end, "GEO", "geo", 0.8, f"{what} with personal cue '{person.group(0)}'")
    if named and not business:
        return PhiHit(start, end, "GEO", "geo", 0.7, f"{what} next to a person's name")
    if verb_implies_person and not business:
        return PhiHit(start, end, "GEO", "geo", 0.6, f"{what} (a person's residence/travel verb)")
    return None
