"""Geographic units smaller than a state that belong to a person: street address, city, ZIP."""

from __future__ import annotations

import re
from functools import lru_cache

from compliance_lint.phi.context import FOREIGN_PATIENT_WORDS, Scan
from compliance_lint.phi.hits import PhiHit
from compliance_lint.phi.lexicon import (
    COUNTRIES,
    US_STATES,
    WORLD_REGIONS,
    is_common_word,
    product_names,
    word_list,
)
from compliance_lint.phi.patterns import lazy_compile, word_trie
from compliance_lint.phi.recognizers.turns import in_caller_turn
from compliance_lint.phi.spans import HitList, SpanSet

_UP = "".join(re.escape(chr(c)) for c in range(0x41, 0x530) if chr(c).isupper() and chr(c).isalpha())
_SUFFIXES = ("Street", "St", "Avenue", "Ave", "Road", "Rd", "Lane", "Ln", "Drive", "Dr", "Court", "Ct", "Boulevard",
             "Blvd", "Way", "Place", "Pl", "Terrace", "Ter", "Circle", "Cir", "Parkway", "Pkwy", "Highway", "Hwy",
             "Trail", "Trl", "Loop", "Square", "Sq", "Pike", "Row", "Run", "Path", "Crescent", "Close", "Alley",
             "Walk", "Point", "Ridge", "Crossing", "Heights", "Greens", "Grove", "Gardens", "Plaza", "Route", "Rte")
_SUFFIX = "(?:" + "|".join(_SUFFIXES) + ")"
# A lookbehind first makes re try every position; the patterns below start with the character
# they need instead and check "no word character before it" after it: "(?<![\w])\d{1,6}..." is
# "\d(?<!\w\d)\d{0,5}..." (same positions, same backtracking order, so the same matches), and
# re then rejects most positions with one character test.
# A word [\w'’.-]{m,n} that must be followed by a space or comma gets "(?![\w'’.-])": a shorter
# prefix of a longer run can never be followed by one, so only futile backtracking is cut (one
# failed test per length instead of retrying every later word).
_STREET_RE = lazy_compile(
    r"\d(?<!\w\d)\d{0,5}[A-Za-z]?(?:[ -]\d{1,5})? (?:[NSEW]\.? |North |South |East |West )?"
    r"(?:(?:[A-Z0-9][\w'’.-]{0,30}(?![\w'’.-])|rue|de|du|la|le|del|van|von|da|dos|das|di) ){0,3}"
    # (the street's own name: a capitalised word or a numbered street, "5th Ave", "W 42nd St")
    r"(?:[A-Z][\w'’.-]{0,30}|\d{1,3}(?:st|nd|rd|th))(?![\w'’.-]) "
    + _SUFFIX + r"\b\.?"
    r"(?:,? (?:Apt|Apartment|Unit|Suite|Ste|Fl|Floor|#)\.? ?#?[\w-]{1,6})?"
    r"(?:,? [A-Z][a-z]{1,20}(?: [A-Z][a-z]{1,20}){0,2},? (?:[A-Z]{2}|[A-Z][a-z]{3,13})(?: \d{5}(?:-\d{4})?)?)?"
    r"|P(?<!\wP)(?:\.? ?O\.? Box|O Box) \d{1,6}"
)
# Military mail (PSC/Unit box + APO/FPO/DPO, or a ship + FPO): always an individual's address.
_MILITARY_RE = lazy_compile(
    r"(?<![\w])(?:(?:PSC|Unit|CMR) \d{1,5},? Box \d{1,5}|(?:USNS|USNV|USS|USCGC) [A-Z][\w'’-]{1,30})"
    r"\s{0,4}(?:APO|FPO|DPO) (?:AA|AE|AP) \d{5}(?![\w])",
    re.IGNORECASE,
)
# European/other street forms: "Harjukuja 54", "4923 Parmova 109", "rue du centre 320".
_STREET_NUM_AFTER_RE = lazy_compile(
    r"(?<![\w])(?:\d{1,6} )?[^\W\d_][\w'’.-]{2,30}(?![\w'’.-])(?: [^\W\d_][\w'’.-]{0,30}(?![\w'’.-])){0,3}"
    r" \d{1,5}[A-Za-z]?(?![\w/:.-]|\.\d)"
)
# "Metformin 500 mg", "Suite 300 minutes", "Protocol 4 weeks": a number followed by a unit is not a house number.
_UNIT_AFTER = lazy_compile(r"\s?(?:mg|mcg|µg|g|kg|ml|l|units?|iu|tablets?|tabs?|caps(?:ules)?|puffs?|drops?|%|"
                         r"mmhg|mmol|mg/dl|bpm|min(?:ute)?s?|h(?:ou)?rs?|days?|weeks?|months?|years?|am|pm|"
                         r"dollars?|usd|percent|times|x)\b", re.IGNORECASE)
# "(?<![\w])(?:[A-Z]W(?: [A-Z]W){0,2},? )?[A-Z]{2},? \d{5}...|(?<![\w])[A-Z]\d[A-Z]..." with the first
# capital (of the optional prefix, of the state or of the postcode) taken out in front; the prefix
# is still tried first, then the bare state, then the postcode, as before.
_STATE_ZIP_RE = lazy_compile(r"[A-Z](?<![\w][A-Z])(?:(?:[\w'’.-]{1,30}(?![\w'’.-])"
                           r"(?: [A-Z][\w'’.-]{1,30}(?![\w'’.-])){0,2},? [A-Z][A-Z]|[A-Z])"
                           r",? \d{5}(?:-\d{4})?(?![\w-])|\d[A-Z] ?\d[A-Z]\d(?![\w]))")
_STREET_RE_LOWER = lazy_compile(_STREET_RE.pattern, re.IGNORECASE)
_UNIT_RE = lazy_compile(r"(?:A(?<!\wA)(?:pt|partment)|U(?<!\wU)nit|S(?<!\wS)uite)\.? ?#?\d{1,5}[A-Za-z]?(?![\w])")
_ZIP_RE = lazy_compile(r"\d(?<![\w-]\d)\d{2,4}(?:-\d{4})?(?![\w-])")
_ZIP_LIST_ITEM = lazy_compile(r"(?<![\w-])\d{5}(?![\w-])")
_ZIP_PREFIX_SAID = lazy_compile(r"\b(?:starts? with|begins? with|beginning with|prefix(?:es)?|first (?:three|3))\b")
_ZIP_CUE = lazy_compile(r"\b(?:zip|zip code|zipcode|postal code|post code)\b")
_ZIP_PLURAL = lazy_compile(r"\b(?:zips|zip codes|zipcodes|postal codes|post codes)\b")
# The ZIP cue ends right before the number ("zip code is 02139"): the cue itself says whose it is.
_ZIP_DIRECT = lazy_compile(r"\b(?:zip|zip code|zipcode|postal code|post code)(?: is)?\W{0,3}$")
_CITY_VERBS = (r"lives|living|resides|residing|moved|moved here|relocated|originally|home is|staying|grew up|born|"
               r"lives on|address is|i am|i'm|arrived|returned|flew|travell?ing|hometown is|home city is")
# A generic subject right before the verb: "If a patient is travelling to", "when callers are staying in".
_GENERIC_SUBJECT_END = lazy_compile(r"\b(?:if|when|whenever|for|once)\s+(?:a|an|any|the)?\s?(?:patient|caller|member|"
                                    r"client|family|parent|resident|traveler|traveller|patients|callers|members|"
                                    r"clients|families|parents|residents|someone|anyone|people)\s+(?:is|are|who is|"
                                    r"who are)?\s*$"
                                    # "whether someone lives at Cedar Hollow": no one in particular
                                    r"|\b(?:someone|anyone|somebody|anybody|no one|nobody)\s+$")
_CITY_RE = lazy_compile(
    r"\b(?i:" + _CITY_VERBS + ")"
    r"(?i: (?:in|at|on|to|from))(?: the)? ((?:[" + _UP + r"][\w'’.-]{1,30})"
    # a lower-case particle only between two capitalised words ("Isle of Man", not "Springfield la|st")
    r"(?: (?:(?:de|da|do|del|della|dei|di|du|des|la|le|los|las|el|of|van|von|der|den) )?"
    r"[" + _UP + r"][\w'’.-]{1,30}){0,3})"
)
# Place words written with a dot inside a name ("St. Louis", "Ft. Worth", "Mt. Vernon").
_ABBREVIATED_PLACE_WORDS = frozenset({"st", "ste", "ft", "mt", "pt", "n", "s", "e", "w"})
_CORNER_RE = lazy_compile(r"(?i:the corner of) [^\n,;?!]{2,60}? and [^\W\d_][^\n,;?!]{1,40}?(?=[.,;?!]|\n|$)")
_BUSINESS_ADDR = lazy_compile(
    r"\b(?:our|office|offices|clinic|practice|located|location|locations|visit us|directions|parking|"
    r"campus|headquarters|hq|mail (?:payments|checks|forms)|send (?:payments|records|forms)|remit|"
    r"(?:send|mail) (?:the |all |your )?(?:invoices?|bills?|claims?|statements?|contracts?|timesheets?|w-?9s?)|"
    r"pharmacy|hospital|center|centre|building|entrance|lobby|we are|we're|branch|site|lab|"
    # a workplace the practice serves: "plant_address", "factory_address" (not "mill": "Mill Village", a town)
    r"plant|factory|warehouse|depot|"
    r"service area|we serve|serving|serves|"
    # a contact block's other lines: "Main: (406) 683-2000. Fax: (406) 683-2099. Mailing address: PO Box 410"
    r"fax|main line|main number|"
    # where payments go: the practice's remittance address ("Mailing address for payments: PO Box ...")
    r"for payments|payments? to|payment address|payable to|make checks|checks? out to|remittance|"
    # Spanish: "our office", "the clinic is located at", "branch", "parking"
    r"nuestra|nuestro|nuestras|nuestros|clínica|clinica|consultorio|oficina|ubicad[oa]s?|ubicación|sucursal|"
    r"estacionamiento)\b"
)
# What an organisation posts to another organisation: "send the invoices to", "mail the checks to".
_NOT_BUSINESS_POST = (r"(?!(?:invoices?|bills?|payments?|checks?|cheques?|claims?|statements?|contracts?|"
                      r"remittances?|w-?9s?|purchase orders?|timesheets?|appeals?)\b)")
_PERSON_ADDR = lazy_compile(
    r"\b(?:patient|pt|caller|member|client|resident|his|her|their|my|home|lives|living|resides|"
    # where someone sleeps for now: "she's staying with a cousin at 4410 Rainier Ave S, Apt 3"
    r"staying|stays at|sleeping at|crashing at|"
    # a log of what the caller told: "user disclosed address 2417 W Mulberry Dr", "caller gave her location:"
    r"disclosed (?:an? |the |their |his |her )?(?:home |street |current )?(?:address|location)|"
    r"(?:user|caller|texter|patient|client|member) (?:gave|shared|provided|reported|confirmed) (?:an? |the |their |"
    r"his |her )?(?:home |street |current )?(?:address|location)|"
    r"ship(?:ping|ped)?[- ]to|deliver(?:y|ing|ies)? to|mail (?:it|them|the kit) to|pick(?: |-)?up (?:at|from)|pickup|"
    r"drop(?: |-)?off|address on file|address is|home address|mailing address|send (?:it|a new one|them) to|"
    # a driver's or a visiting nurse's note: "Delivery note: 2218 S Yorktown Ave", "Nurse directions: ..."
    r"delivery note|delivery notes|nurse directions|driver directions|directions to the home|"
    # "Send two Haberman feeders to 4410 S 21st St": what is sent, then where
    # (not "send the invoices to": an organisation's post)
    r"send (?:two|three|four|a|an|\d+) (?:[\w-]+ ){0,2}to|ship (?:it|them) to|"
    # "Deliver the glucose meter to Narantuya at ...": something brought to someone, then where
    r"(?:deliver|bring|drop off|take) (?:the |a |an |his |her |their |two |three |\d+ )" + _NOT_BUSINESS_POST
    + r"(?:[\w-]+ ){1,3}to|"
    # whose address it is: "mom's address for the consent packet is ...", "Family address for the packet:"
    r"(?:mom|mother|dad|father|family|parent|parents|guardian|daughter|son|wife|husband|caller|patient|member|"
    r"client|resident)(?:['’]s|s['’])? address|"
    # "Treatment visit for the man at 1127 E 21st St": a person where they are
    r"(?:man|woman|lady|gentleman|person|guy|client|family|kid|child|boy|girl) (?:at|who lives at|living at)|"
    r"mail (?:it|them|the " + _NOT_BUSINESS_POST + r"\w+) to|send (?:the " + _NOT_BUSINESS_POST + r"\w+) to|"
    r"meet (?:me|you|us) (?:\w+ )?at|pick (?:me|him|her) up|"
    r"sent to|drops? (?:you|me|him|her) off at|see you at|i'm at|i am at|corner of|meet \w+ at|"
    r"update (?:the |my |his |her )?(?:billing |mailing |home |primary )?address|personal info|"
    r"return to|taxi to|ride to|"
    # Spanish, Portuguese, French, German: the home-visit address; the patient's, in those and more languages
    r"domicilio|domiciliaria|domiciliario|visita a casa|vive en|vivo en|vivimos en|reside en|su casa|"
    r"mi casa|mi dirección|mi direccion|"
    r"domicílio|residência|mora em|domicile|habite|wohnt|wohnadresse|hausbesuch|" + FOREIGN_PATIENT_WORDS + r")\b"
)


_PERSON_AFTER_ADDR = lazy_compile(r"\b(?:for the patient|for (?:him|her|them)|patient'?s|caller'?s"
                                r"|(?:resident|patient|client|member) is"  # "at 2281 Westbrook Dr - resident is Walt"
                                r"|is (?:his|her|their|my)"
                                r" (?:home|address))\b")



_IPV4_SHAPED = lazy_compile(r"\d{1,3}(?:\.\d{1,3}){3}(?:/\d{1,2})?")
_PHONE_SHAPED = lazy_compile(r"(?:\+?1[ .-]?)?\(?\d{3}\)?[ .-]?\d{3}[ .-]?\d{4}")
_HOME_BUSINESS = ("funeral ", "nursing ", "retirement ", "rest ",
                  # a residential care business: "a six-bed licensed board-and-care home at 2840 W Shields Ave"
                  "board-and-care ", "board and care ", "care ", "group ", "foster care ", "adult family ",
                  # a programme's name: "Little Lantern Children's Hospice at Home", "Hospital at Home"
                  "hospice at ", "hospital at ", "care at ", "health at ")


def _person_cue(text: str, raw: str = "", at: int = 0) -> str | None:
    """_PERSON_ADDR.search(text).group(0), or None; "home" in "home health", "home care",
    "home infusion" (an agency kind, not anyone's home), "home base" and in "Funeral Home" (a business)
    is skipped. `raw`, when given, is the whole text before lower-casing, `text` its slice from `at`."""
    m = _PERSON_ADDR.search(text)
    while m is not None:
        cue = _PERSON_ADDR.match(text, m.start()).group(0)  # type: ignore[union-attr]
        if cue == "pt" and text[max(0, m.start() - 2) : m.start()] == ", ":
            pass  # "Mei-Lin Cho, PT are our therapists": a credential, not a patient
        elif cue == "pt" and raw[at + m.start() : at + m.end()] == "PT" and at + m.start() >= 2 and (
                raw[at + m.start() - 2].isalpha()):
            pass  # "Summit Sports PT & Performance": physical therapy in a practice's name
        elif cue != "home" or not (text.startswith(_HOME_AGENCY, m.end())
                                   or text.endswith(_HOME_BUSINESS, 0, m.start())):
            return cue
        m = _PERSON_ADDR.search(text, m.end())
    return None


_YEAR_END = lazy_compile(r"\b(?:19|20)\d\d$")
_HOME_AGENCY = (" health", " care", " infusion", " sleep", " test", " dialysis", " oxygen", " visit program",
                " nursing", " ventilation", " respiratory", " medical", " hospice", " monitoring", " delivery service",
                " beds", " supply", " supplies", " equipment",
                # a mobile unit's or a crew's "home base" (a person's is found by the name or cue beside it)
                " base")


@lru_cache(maxsize=4096)
def _key_person_cue(key_text: str) -> str | None:
    if _THERAPY_OFFICE_KEY.search(key_text):
        return None  # "pt_office_address": physical therapy's office, no patient
    return _person_cue(key_text)


# Patterns used per candidate or per text are compiled once here: a string pattern passed to
# re.search/findall costs a cache lookup on every call.
_LETTER_RUN = lazy_compile(r"[^\W\d_]+")
_ADDRESS_KEY = lazy_compile(r"\b(?:address|street|city|zip|postal|town|county)\b")
# Cues that a business cue in the same window overrides ("Mailing address for payments: ...").
# Cues that say where something is sent: the place may be a company's ("ship to <Company>, ...").
_SENDING_CUES = frozenset({"ship to", "shipping to", "deliver to", "delivery to", "sent to", "return to"})
_WEAK_PERSON_ADDR = frozenset({"address is", "return to", "my", "their", "mailing address"})
# The practice's own address right after its name: "Pinecrest Internal Medicine (NPI ...), 4100 Ridge
# Rd", "Cedar Hollow Pediatrics, 2150 Maple Ave": an organisation word, an optional parenthetical,
# then the house number or PO box. Checked on the original text (the words are capitalised).
_ORG_NAME_WORDS = frozenset(word_list("""clinic clinics hospital hospitals health healthcare medical medicine
    center centre centers pharmacy lab labs laboratory laboratories group associates partners practice
    foundation institute university college inc llc ltd corp company corporation services network dental
    dentistry orthodontics orthopedics pediatrics cardiology oncology dermatology radiology imaging surgery
    urgent care hospice rehab rehabilitation wellness ent obgyn gynecology neurology urology podiatry
    optometry ophthalmology chiropractic physicians pllc pc pa md
    logistics repair supply supplies fulfillment distribution warehouse returns vendor
    mobility equipment therapy recovery homes respiratory"""))
# (Or the address in parentheses after the name: "Riverbend Urgent Care (2250 Harmon Pkwy, ...)".)
_ORG_THEN_NUMBER = lazy_compile(r"\b([A-Z][A-Za-z]{1,20}|[A-Z]{2,6})(?:(?: \([^()\n]{0,40}\))?,? | \()"
                              r"(?=\d|P\.? ?O\.? ?Box)")



_PERSONAL_STEMS = ("patient", "pt ", "caller", "user", "customer", "member", "client", "resident", "his ", "her ",
                   "their", "my ",
                   "home", "live", "resid", "ship", "deliver", "mail", "pick", "drop", "address", "send", "return",
                   "taxi", "ride", "zip", "postal", "post code", "apo", "fpo", "dpo", "box", "apt", "unit",
                   "suite", "meet", "corner", "sent", "update", "pacient", "domicil", "vive en", "reside en",
                   "su casa", "mora em", "habite", "wohn", "hausbesuch")
_ADDRESS_STEMS = ("address", "live", "resid", "home", "ship", "mail", "send", "deliver", "pick", "drop", "taxi",
                  "ride", "meet", "corner", "apt", "suite", "unit", "box", "street", "road", "avenue", " st", "rue",
                  "via", "calle", "avenida", "dirección", "direccion", "domicil",
                  "rua", "straat", "strasse", "gata", "vej", "katu", "kuja", "utca")
_SUFFIX_HINT = lazy_compile(r" " + _SUFFIX + r"\b|P\.? ?O\.? Box")
_CITY_STEMS = ("live", "resid", "moved", "relocat", "originally", "home is", "staying", "grew up", "born",
               "address is", "i am", "i'm", "arrived", "returned", "flew", "travel", "hometown", "home city")


# Under re.IGNORECASE "i" also matches İ and ı, "k" the Kelvin sign, "s" the long s and "µ" the
# Greek mu in both cases; every other ASCII letter matches only its two cases (checked over all
# code points). Spelled out as classes, a case-insensitive pattern is the same pattern, but re
# can reject a branch after one set test instead of case-folding each literal.
_CASE_CLASS = {"i": "[iIİı]", "k": "[kKK]", "s": "[sSſ]", "µ": "[µΜμ]"}


def _any_case(pattern: str, ascii_text: bool = False) -> str:
    """(?i:pattern) for a pattern of lower-case ASCII letters, µ, punctuation and regex operators
    without classes or inline flags; backslash escapes (\\s, \\b) are kept as they are. For ASCII
    text only (ascii_text), the classes leave out the non-ASCII letters, which cannot occur."""
    out = []
    escaped = False
    for c in pattern:
        if escaped:
            out.append(c)
            escaped = False
        elif c == "\\":
            out.append(c)
            escaped = True
        elif "a" <= c <= "z":
            out.append(f"[{c}{c.upper()}]" if ascii_text else _CASE_CLASS.get(c, f"[{c}{c.upper()}]"))
        else:
            out.append(c if ascii_text else _CASE_CLASS.get(c, c))
    return "".join(out)


# --- Gates: cheap necessary conditions, so the address regexes only run where they could hit ---
# Each gate below is implied by a hit of the section it guards (the comment says why); when it is
# false the section is skipped, which changes nothing: a section that finds nothing leaves `taken`
# as it was. When it is true the section runs exactly as before. Every candidate a gate hands to
# Python costs far more than the scan that found it, so the patterns reject what they can.

_STREET_WORDS = frozenset(word_list("""tee gate gatan gata vej vei veien vägen straat strasse straße str rue via viale
    piazza piazzetta calle avenida av rua ul ulica utca út útja u tie kuja katu polku allee weg laan
    plein gasse platz chaussee boulevard bd de du del della la le los las da do dos das di van von der den
    st ave rd street road avenue lane way drive"""))


@lru_cache(maxsize=8192)
def _maybe_street_word(low: str) -> bool:
    """A word _street_words can accept (whatever its case and position)."""
    return low in _STREET_WORDS or not is_common_word(low)


# House number after a street name (_STREET_NUM_AFTER_RE): the match ends in " <1-5 digits>[letter]"
# with no word character, '/', ':', '.' or '-' after it, and its last word text[q:p] (p: that
# space) has a letter at q, no word character before q, only [\w'’.-] up to p, and p - q <= 31.
# That word's first letter run is one of the match's words, which _street_words rejects unless it
# is a street word or not a common word. So the [\w'’.-] run before the space must not be all
# digits ("+1 555 ...") nor exactly one of the common words below (checked against the lexicon
# when this module loads, in ASCII case forms whose lower() is the word itself).
_NUM_SKIP_WORDS = sorted(w for w in (
    "in", "is", "at", "to", "on", "of", "or", "by", "as", "and", "are", "the", "for", "her", "his", "its", "was", "be",
    "am", "an", "than", "from", "under", "over", "call", "card", "code", "codes", "number", "numbers", "only", "about",
    "after", "before", "until", "within", "around", "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december") if not _maybe_street_word(w))
# one alternation per word length (a lookbehind has a fixed width), letters as [xX] (lower() is the word)
_NUM_SKIP_ALTERNATIVES = ["|".join("".join(f"[{c}{c.upper()}]" for c in w) for w in _NUM_SKIP_WORDS if len(w) == n)
                          for n in sorted({len(w) for w in _NUM_SKIP_WORDS})]
# In the up to 32 characters before such a tail: letter runs with no word character before them
# and only [\w'’.-] from there to the tail, at most 31 characters (the last word of a match).
_LAST_WORD_RUN = lazy_compile(r"(?<![\w])(?=[^\W\d_][\w'’.-]{0,30}\Z)[^\W\d_]+")

# Systems and hospital units written in capitals (towns can be too: "moved here from ESPOO").
_SYSTEM_ACRONYMS = frozenset({"crm", "ehr", "emr", "ivr", "api", "sms", "sftp", "ftp", "icu", "nicu", "picu", "ccu",
                              "pacu", "er", "ed", "or", "snf", "ltc", "ltach", "irf", "pcp", "hmo", "ppo", "epic"})
# City (_CITY_RE): a verb with no word character before it, " in|at|on|to|from" in any case,
# " the"?, " " and a capital [UP][\w'’.-]. Checked at the space before the capital, by lookbehinds:
# first the preposition (cheap), then the verbs, one lookbehind per verb length.
_CITY_VERB_WORDS = ("lives", "living", "resides", "residing", "moved", "moved here", "relocated", "originally",
                    "home is", "staying", "grew up", "born", "lives on", "address is", "i am", "i'm", "arrived",
                    "returned", "flew", "travelling", "traveling", "hometown is", "home city is")  # = _CITY_VERBS
# Street suffix (_STREET_RE): " <suffix>\b" (or "Box", checked with `in`); suffixes are capitalised.
_SUFFIX_WORD = word_trie(list(_SUFFIXES)) + r"\b"
_SUFFIX_RESTS = sorted({c: [w[1:] for w in _SUFFIXES if w[0] == c] for c in {w[0] for w in _SUFFIXES}}.items())


class _SpaceGates:
    """The gates that look at the spaces of a text, compiled for any text or for ASCII text.

    The ASCII set spells case-insensitive letters as [xX] and capitals as [A-Z]: the same on ASCII
    text, and far smaller patterns than the classes with İ, ı, ſ, K and the Unicode capitals.
    """

    def __init__(self, ascii_text: bool) -> None:
        cls = r"[\w'.-]" if ascii_text else r"[\w'’.-]"
        up = "A-Z" if ascii_text else _UP
        # The [\w'’.-] run before the tail's space: if it ends in a digit, it must not be all digits;
        # if in a letter, it must not be exactly one of the common words.
        digit_run = "".join(rf"(?<!(?<!{cls})\d{{{k}}} \d)" for k in range(1, 7))
        word = "".join(rf"(?<!(?<!{cls})(?:{alts}) \d)" for alts in _NUM_SKIP_ALTERNATIVES)
        # Cheapest tests first: at most five digits, a valid end, then what precedes the space.
        self.num_tail = (rf"\d(?!\d{{5}})(?=\d{{0,4}}[A-Za-z]?(?![\w/:.-]|\.\d))"
                         rf"(?:(?<=\d \d){digit_run}|(?<=[^\W\d_] \d){word}|(?<={cls} \d)(?<![^\W_] \d))"
                         r"\d{0,4}[A-Za-z]?")
        # After a space each branch starts with a one-character test (a digit, a capital, a suffix's
        # first letter), so re drops most spaces (those before a lower-case word) at once. The
        # capital of a city must follow the last letter of a preposition (or of "the") and a space.
        city = rf"[{up}](?={cls})(?<=[nNtToOmMe] .)" + self._city_lookbehind(ascii_text)
        suffixes = "|".join(f"{re.escape(c)}{word_trie(rests)}\\b()" for c, rests in _SUFFIX_RESTS)
        # One scan over the spaces finds all three for a text with digits. What it consumes holds no
        # space, so no candidate hides another. A city candidate that is also a suffix
        # (" to St. Louis") reports the city; the suffix is then looked up with _SUFFIX_AT.
        self.space = lazy_compile(rf" (?:{self.num_tail}()|{city}()|{suffixes})")
        self.city = lazy_compile(" " + city)  # texts without digits only need the city
        self.num_only = lazy_compile(" " + self.num_tail)  # all lower-case texts: no capital, no city
        self.unit_after = lazy_compile(_any_case(_UNIT_AFTER.pattern, ascii_text))  # _UNIT_AFTER, no folding

    @staticmethod
    def _city_lookbehind(ascii_text: bool) -> str:
        by_len: dict[int, list[str]] = {}
        for v in _CITY_VERB_WORDS:
            by_len.setdefault(len(v), []).append(v)
        forms = []
        for prep in ("(?:in|at|on|to)", "from"):
            for the in ("", "the "):
                after_verb = _any_case(" " + prep + " ", ascii_text) + the
                verbs = "|".join(f"(?<=(?<![\\w]){_any_case(word_trie(vs), ascii_text)}{after_verb}.)"
                                 for _, vs in sorted(by_len.items()))
                forms.append(f"(?<={after_verb}.)(?:{verbs})")
        return "(?:" + "|".join(forms) + ")"


_SPACE_GATES = (_SpaceGates(ascii_text=False), _SpaceGates(ascii_text=True))  # indexed by str.isascii()
_SUFFIX_AT = lazy_compile(_SUFFIX_WORD)
_SUFFIX_AT_LOWER = lazy_compile(" " + _SUFFIX_WORD, re.IGNORECASE)  # as _STREET_RE_LOWER matches them
# _STATE_ZIP_RE contains "[A-Z]{2},? \d{5}(?:-\d{4})?(?![\w-])" or "[A-Z]\d[A-Z] ?\d[A-Z]\d(?![\w])",
# with no word character before the first capital (a prefix ends in a space).
# (the second character is tested before the lookbehind: most capitals start a lower-case word)
_STATE_ZIP_GATE = lazy_compile(r"[A-Z](?:[A-Z](?<![\w][A-Z]{2}),? \d{5}(?:-\d{4})?(?![\w-])"
                             r"|\d(?<![\w][A-Z]\d)[A-Z] ?\d[A-Z]\d(?![\w]))")
# _city_before_country keeps a line only when group 2, stripped and lower-cased, is a country or
# US state, and group 2 follows "\n[ >?\t]*" or ", ?". Lower-casing maps text character by
# character (only a capital sigma looks at its neighbours, and it never becomes ASCII), so that
# separator and name then occur in s.lower as they are.
_PLACE_GATE = lazy_compile(r"(?:\n[ >?\t]*|, ?)" + word_trie(sorted(COUNTRIES | US_STATES)))


def _house_number_possible(g: _SpaceGates, text: str, p: int, end: int) -> bool:
    """Could a _STREET_NUM_AFTER_RE match ending in the tail text[p:end] survive _street_words and the unit check?

    Its last word lies in text[p-32:p] cut at the last space (no word crosses one).
    """
    lo = max(0, p - 32)
    return _ends_in_street_word(text[text.rfind(" ", lo, p) + 1 or lo:p]) and not g.unit_after.match(text, end)


@lru_cache(maxsize=8192)
def _ends_in_street_word(chunk: str) -> bool:
    """Does the chunk end in a word whose first letter run _street_words could accept?"""
    return any(_maybe_street_word(w.group().lower()) for w in _LAST_WORD_RUN.finditer(chunk))


def _space_facts(g: _SpaceGates, text: str) -> tuple[bool, bool, bool]:
    """(house number after a street name possible, street suffix present, city possible) for a text
    with digits that is not all lower case."""
    num = suffix = city = False
    space = g.space
    m = space.search(text)
    while m:
        k = m.lastindex
        if k == 1:
            num = num or _house_number_possible(g, text, m.start(), m.end())
        elif k == 2:
            city = True
            suffix = suffix or _SUFFIX_AT.match(text, m.end() - 1) is not None
        else:  # one group per suffix initial
            suffix = True
        if num and suffix and city:
            break
        m = space.search(text, m.end())
    return num, suffix, city


# Keys repeat across a config (every field of a tool shares its key): what a key says is cached by
# its words, bounded because keys come from user input.
@lru_cache(maxsize=4096)
def _key_has_zip_cue(key_text: str) -> bool:
    return bool(key_text) and _ZIP_CUE.search(key_text) is not None


# Keys of lists and settings of the practice: "service_zip_codes", "coverage_cities", "allowed_zips".
# (and keys for a setting, not anyone's address: "default_city", "example_zip", "zip_lookup_prefix")
_AREA_KEY = lazy_compile(r"\b(?:default|example|sample|fallback|placeholder|prefix|lookup|"
                       r"service|serviced|coverage|covered|served|serving|eligible|allowed|supported|accepted|"
                       r"excluded|blocked|region|regions|territory|areas?|zips|codes|cities|towns|counties|list|"
                       r"fips|geoid|census|tract)\b")  # "county_fips": a census code, not an address


# Keys naming an organisation's own address: "agency_address", "vendor_street", "facility_city",
# "provider_address" (an address the practice publishes or sends to, nobody's home), unless the key
# also names a person ("patient_agency_address" stays a person's).
_ORG_KEY = lazy_compile(r"\b(?:agency|vendor|facility|company|organization|organisation|org|business|firm|provider|"
                      r"payer|insurer|carrier|supplier|dme|corporate|sender|"
                      # the service's own base: "station_address", "depot_street", "dispatch_address"
                      r"station|depot|dispatch|headquarters|hq|warehouse|garage|"
                      # an emergency shelter or a warming/cooling center: "shelter_address"
                      r"shelter|warming center|cooling center|venue|track|course|arena|rink|field|"
                      # a repair shop, a store front, a mobile service's home base: "shop_address", "van_base_zip"
                      r"shop|store|storefront|showroom|kiosk|base|yard|"
                      # a mobile service's stops and routes: "stop_zip", "route_3_address"
                      r"stop|stops|route|hub|"
                      # where the practice's devices go back to: "return_label_address"
                      r"return label|returns|asc|surgery center|surgical center|"
                      # the practice's own rooms and studios: "studio_address", "training_room_address"
                      r"studio|training room|gym|suite|annex|satellite|"
                      # a programme's or a village clinic's own: "program_address", "village_zip", "unit_zip"
                      r"program|programme|village|unit|chapter|"
                      # a congregation's, a school's or a club's own place ("temple_address", "dojo_address")
                      r"temple|church|mosque|masjid|mandir|gurdwara|synagogue|parish|monastery|congregation|"
                      r"school|dojo|club|"
                      # a memorial garden or a cemetery ("memorial_garden_address")
                      r"memorial garden|garden|cemetery)\b")


@lru_cache(maxsize=4096)
def _is_address_key(key_text: str) -> bool:
    if _ADDRESS_KEY.search(key_text) is None or _BUSINESS_ADDR.search(key_text) is not None:
        return False
    if _THERAPY_OFFICE_KEY.search(key_text):
        return False  # "pt_office_address": the physical therapy office's, not a patient's
    area = set(_AREA_KEY.findall(key_text))
    if area and _STREET_ADDRESS_KEY.search(key_text):
        # a street address is one place: "service_address" is where a home visit goes, and
        # "delivery_address_default" a stored address all the same (not "service_zips", "default_city")
        area -= {"default", "service"}
    return not area and (_ORG_KEY.search(key_text) is None or _key_person_cue(key_text) is not None)


_STREET_ADDRESS_KEY = lazy_compile(r"\baddress\b")
_THERAPY_OFFICE_KEY = lazy_compile(r"\b(?:pt|ot) (?:office|clinic|practice|department|dept|gym|studio|location|site)\b")


def recognize_geo(s: Scan) -> list[PhiHit]:
    text = s.text
    low = s.lower
    hits: HitList | None = None
    g = _SPACE_GATES[text.isascii()]
    if s.digits >= 2:
        if text.islower():
            # no capital, so no city; the street regex is then _STREET_RE_LOWER, suffixes in any case
            city = False
            suffix = _SUFFIX_AT_LOWER.search(text) is not None
            num_after = False
            m = g.num_only.search(text)
            while m and not num_after:
                num_after = _house_number_possible(g, text, m.start(), m.end())
                m = g.num_only.search(text, m.end())
        else:
            num_after, suffix, city = _space_facts(g, text)
        state_zip = (s.digits >= 5 or "\n" in text) and _STATE_ZIP_GATE.search(text) is not None
        # "(?i)(APO|FPO|DPO) (AA|AE|AP)" and "(?i)Box": p, o, a, b and x match only their own two
        # cases, so "po a" and "box" are in s.lower.
        military = "po a" in low
        street = suffix or "box" in low
        unit = "apt" in low or "unit" in low or "suite" in low
        zip_cue = ("zip" in low or ("post" in low and ("postal" in low or "post code" in low))
                   or (bool(s.key_text) and _key_has_zip_cue(s.key_text)))
        # Addresses only matter when someone's: skip the address regexes unless a person is in view.
        if (military or num_after or state_zip or street or unit or zip_cue) and (
                s.name_spans or s.mentions(_PERSONAL_STEMS)):
            hits = _digit_sections(s, military, num_after, state_zip, street, suffix, unit, zip_cue)
    else:
        city = g.city.search(text) is not None
    # s.mentions(("personal info", "address")) spelled out: a stem in the text or in the key words
    if ("," in text or "\n" in text) and (
            s.name_spans or "address" in low or "personal info" in low
            or "address" in s.key_text or "personal info" in s.key_text) and _PLACE_GATE.search(low):
        if hits is None:
            hits = HitList()
        hits.extend(_city_before_country(s, hits.spans))
    if "corner of" in low:
        for m in _CORNER_RE.finditer(text):
            hit = _judge(s, m.start(), m.end(), "street corner", window=60, verb_implies_person=True)
            if hit:
                if hits is None:
                    hits = HitList()
                if not hits.spans.overlaps(m.start(), m.end()):
                    hits.append(hit)
    if city and s.mentions(_CITY_STEMS):
        for m in _CITY_RE.finditer(text):
            start, end = m.span(1)
            stop = text.find(". ", start, end)
            if stop > 0 and text[start:stop].rsplit(" ", 1)[-1].lower() not in _ABBREVIATED_PLACE_WORDS:
                end = stop + 1  # "born in Asia. Positive results ...": the place ends with its sentence
            last = text[start:end].rsplit(" ", 1)[-1]
            if last.endswith(".") and last.count(".") == 1 and last[:-1].lower() not in _ABBREVIATED_PLACE_WORDS:
                end -= 1  # "lives in Toledo.": the sentence's full stop is no part of the place (but "U.S." keeps it)
            place = text[start:end].lower()
            bare = place.rstrip(".")  # (the match may end with the sentence's full stop)
            if (bare in _NOT_PLACES or place in COUNTRIES or place in US_STATES or bare in WORLD_REGIONS
                    or place.split(" ", 1)[0] in _NOT_PLACES):
                continue  # (a continent or a world region is larger than a state: "born in Asia")
            if place.split(" ", 1)[0] in _FACILITY_SPOTS or (
                    end - start > 2 and text[end - 1] == "s" and text[start : end - 1].isupper()):
                continue  # "the robot lives in Suite B", "moved to MBIs in 2019": a spot or an acronym's plural
            if place in _SYSTEM_ACRONYMS and text[start:end].isupper():
                continue  # "the name returned from CRM", "back from PACU": a system or a unit, not a town
            if bare.endswith("s") and bare[:-1] in _NOT_PLACES:
                continue  # "moved to Thursdays.", "on Mondays": a schedule, not a place
            if _LIVING_FACILITY.search(low, max(0, m.start() - 14), m.start() + 7):
                continue  # "assisted living on Thursdays", "senior living in ...": a kind of facility, not a verb
            if _site_named(low, place, end):
                continue  # "moved to the Grandview building": a building or site, not where someone lives
            if _provider_subject(low, m.start()):
                continue  # "Dr. Adeyemi-Lowe was born in Lagos": a provider's data is not PHI
            if place.rsplit(" ", 1)[-1].rstrip(".") in _STREET_SUFFIX_WORDS and (
                    "moved" in low[m.start() : start] or "relocated" in low[m.start() : start]) and (
                    not s.near_name(start, end, 80)):
                continue  # "moved to Derry Street in 2019": a street without a house number, an organisation's move
            if _GENERIC_SUBJECT_END.search(low, max(0, m.start() - 40), m.start()):
                continue  # "If a patient is travelling to Apia or Honolulu": anyone's trip, no one's place
            hit = _judge(s, start, end, "city/place where a person lives or comes from", need_person=False,
                         window=60, verb_implies_person=True)
            if hit:
                if hits is None:
                    hits = HitList()
                hits.append(hit)
    if s.digits >= 8 and "." in text and "," in text and _LATLON_RE.search(text):
        found = _coordinates(s)
        if found:
            if hits is None:
                hits = HitList()
            for h in found:
                if not hits.spans.overlaps(h.start, h.end):
                    hits.append(h)
    if s.field == "value" and s.key_text and _is_address_key(s.key_text):
        value = text.strip()
        if (value and len(value) < 120 and value.lower() not in ("n/a", "none", "unknown", "tbd")
                and not _zip_list(value)
                and not (value.isdigit() and len(value) <= 3)  # a 3-digit ZIP prefix is allowed by Safe Harbor
                and not _PHONE_SHAPED.fullmatch(value)  # "county_line": "(620) 342-7710" is a phone line
                and not _IPV4_SHAPED.fullmatch(value)):  # "county_ip_range": "10.22.0.0/16" is a network
            st = text.index(value)
            if hits is None:
                hits = HitList()
            hits.append(PhiHit(st, st + len(value), "GEO", "geo", 0.8, f"address value under key '{s.key_text}'"))
    if s.has_digit and (" at " in low) and ("live" in low or "living" in low or "resides" in low or "stay" in low):
        # a street with no suffix where someone lives: "lives at 5521 Caminito Exquisito, San Diego 92122"
        for m in _LIVES_AT_NUMBER_RE.finditer(text):
            if hits is None:
                hits = HitList()
            end = m.end(1) - (text[m.end(1) - 1] == ".")  # (the sentence's full stop is no part of it)
            if not hits.spans.overlaps(m.start(1), end):
                hits.append(PhiHit(m.start(1), end, "GEO", "geo", 0.8, "street address where someone lives"))
    return hits if hits is not None else []


_LIVES_AT_NUMBER_RE = lazy_compile(
    r"\b(?:[Ll]ives|[Ll]iving|[Rr]esides|[Ss]taying|[Ss]tays) at "
    r"(\d{1,6}[A-Za-z]? [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3}"
    r"(?:, [A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?:,? [A-Z]{2})?(?: \d{5})?)?)")


def _digit_sections(s: Scan, military: bool, num_after: bool, state_zip: bool, street: bool, suffix: bool,
                    unit: bool, zip_cue: bool) -> HitList | None:
    """The address forms that contain a number, in their original order (each sees the hits before it).

    The hit list is made with the first hit: until then nothing is taken.
    """
    text = s.text
    hits: HitList | None = None
    if military:
        for m in _MILITARY_RE.finditer(text):
            # no practice has an APO/FPO address: it is a service member's
            hits = hits if hits is not None else HitList()
            hits.append(PhiHit(m.start(), m.end(), "GEO", "geo", 0.75, "military mail address (APO/FPO/DPO)"))
    if num_after and (s.mentions(_ADDRESS_STEMS) or text.count("\n") >= 2):
        for m in _STREET_NUM_AFTER_RE.finditer(text):
            if hits is not None and hits.spans.overlaps(m.start(), m.end()):
                continue
            if not _street_words(_LETTER_RUN.findall(m.group(0)), s.is_lower) or _UNIT_AFTER.match(text, m.end()):
                continue
            words = _LETTER_RUN.findall(m.group(0))
            if words and words[0].lower() in _FACILITY_SPOTS:
                continue  # "Deck 5 midship", "Bay 12": a spot inside a ship or a building, not a street
            if len(words) == 1 and words[0].isupper() and len(words[0]) <= 5:
                continue  # "LDL 142", "AHI 31", "EPDS 17": a test and its score, not a street and a number
            if words and words[0].lower() in product_names():
                continue  # "Prevnar 20", "Foley 16": a product and its strength or size
            if ("'s " in m.group(0) or "’s " in m.group(0)) and _YEAR_END.search(m.group(0)):
                continue  # "Angelina Jolie's 2013 op-ed": someone's year, not a street and its number
            hit = _judge(s, m.start(), m.end(), "street name followed by a house number", need_person=True,
                         window=60)
            if hit:
                hits = hits if hits is not None else HitList()
                hits.append(hit)
    if state_zip:
        for m in _STATE_ZIP_RE.finditer(text):
            if hits is not None and hits.spans.overlaps(m.start(), m.end()):
                continue
            hit = _judge(s, m.start(), m.end(), "city/state/ZIP or postal code", need_person=True, window=60)
            if hit:
                hits = hits if hits is not None else HitList()
                hits.append(hit)
    if street:
        street_rx = _STREET_RE_LOWER if s.is_lower else _STREET_RE
        # a suffix found by _SpaceGates.space is a match of _SUFFIX_HINT's first alternative
        if street_rx is _STREET_RE_LOWER or suffix or _SUFFIX_HINT.search(text):
            for m in street_rx.finditer(text):
                hit = _judge(s, m.start(), m.end(), "street address")
                if hit:
                    hits = hits if hits is not None else HitList()
                    hits.append(hit)
    if unit:
        for m in _UNIT_RE.finditer(text):
            if text[m.start()] == "S":
                continue  # a suite alone ("return them to Suite 210", "Suite 4300, Denver"): an office's
            if hits is None or not hits.spans.overlaps(m.start(), m.start() + 1):
                hit = _judge(s, m.start(), m.end(), "apartment/unit number", need_person=True)
                if hit:
                    hits = hits if hits is not None else HitList()
                    hits.append(hit)
    if zip_cue:
        for m in _ZIP_RE.finditer(text):
            z = m.group(0)
            if _placeholder_zip(z) or (len(z) <= 3 and _ZIP_PREFIX_SAID.search(s.before(m.start(), 30))):
                continue  # (and "a caller's ZIP starts with 983": a 3-digit prefix, which Safe Harbor keeps)
            if _zip_list(text, max(0, m.start() - 60), m.end() + 60):
                continue  # "We serve 60608, 60609, 60623 and 60632": a list of areas
            if _ZIP_CUE.search(s.before(m.start(), 30)) or _key_has_zip_cue(s.key_text):
                if _ZIP_PLURAL.search(s.before(m.start(), 40)) or _ZIP_PLURAL.search(s.key_text):
                    continue  # "ZIP codes 97201, 97205 and ...": a service area, not one person's ZIP
                if _ORG_ZIP_AFTER.match(s.lower, m.end()):
                    continue  # "The ZIP code 90210 is our office ZIP": the practice's own, said so
                if _AREA_ZIP_AFTER.match(s.lower, m.end()):
                    continue  # "ZIP 43701 service area", "zip 10707 catchment": an area the practice serves
                direct = _ZIP_DIRECT.search(s.before(m.start(), 20))
                if direct and _ZIP_QUERY.search(s.before(m.start(), 12)):
                    direct = None  # "find-a-doctor?zip=77005": a search parameter, nobody's home by itself
                hit = _judge(s, m.start(), m.end(), "ZIP code", need_person=True, window=60,
                             verb_implies_person=bool(direct), labelled=direct is not None and ":" in direct.group(0))
                if hit:
                    hits = hits if hits is not None else HitList()
                    hits.append(hit)
    return hits


# A ZIP named as an area or a site, not anyone's home: "ZIP 43701 service area", "43701 coverage",
# "zip 10707 office". (PHI_POLICY §4: the practice's service area is not PHI.)
_AREA_ZIP_AFTER = lazy_compile(r"\W{0,3}(?:service (?:area|region|zone)|catchment|coverage(?: area)?|"
                             r"delivery (?:area|zone)|service|area(?! code)|region|territory|zone|office|clinic|"
                             r"location|branch|site|campus)\b")
_ZIP_QUERY = lazy_compile(r"[?&;](?:zip|zipcode|zip_code|postal_?code|postcode)=$")
# What follows a ZIP when it is the practice's: "90210 is our office ZIP", "... is the clinic's ZIP".
_ORG_ZIP_AFTER = lazy_compile(r"\W{0,3}(?:is|was|=) "
                            r"(?:our|the (?:practice|clinic|office|hospital|center|centre)(?:'s|’s)?)"
                            r" (?!patient|caller|member|client|resident|mother|father|son|daughter)"
                            # "ZIP code 68831 is in our service area; ZIP 68840 is not"
                            r"|\W{0,3}(?:is|are|was)(?: not)? (?:in|inside|within|outside(?: of)?|part of) (?:our|the) "
                            r"(?:service|coverage|delivery|catchment)\b")

# A GPS position: a latitude and a longitude in decimal degrees, each with three decimals or more
# ("47.3821, -94.6017"). It is a person's when a personal cue or name is near (a driveway, a home).
_LATLON_RE = lazy_compile(r"(?<![\w.-])(-?\d{1,2}\.\d{3,8})°?\s?[NS]?,\s?(-?\d{1,3}\.\d{3,8})°?(?:\s?[EW])?(?![\w.])")
_LATLON_PERSON = lazy_compile(r"\b(?:home|house|driveway|residence|trailer|apartment|farm|cabin|yard|porch|lives|"
                            r"living|stays|staying|pick(?: |-)?up|pickup|drop(?: |-)?off|ride|patient|caller|member|"
                            r"client|his|her|their|my|"
                            # a search subject's or an injured person's position: "subject_last_known_coords"
                            r"subject|last known|last seen|missing|injured|hiker|climber|skier|hunter|victim)\b")


def _coordinates(s: Scan) -> list[PhiHit]:
    out: list[PhiHit] = []
    for m in _LATLON_RE.finditer(s.text):
        if not (abs(float(m.group(1))) <= 90 and abs(float(m.group(2))) <= 180):
            continue
        start, end = m.span()
        before = s.before(start, 80)
        hit = _judge(s, start, end, "GPS coordinates", window=80)
        if hit is None and (_LATLON_PERSON.search(before) or (s.key_text and _LATLON_PERSON.search(s.key_text))) and (
                not _business_before(s, start, before)):
            hit = PhiHit(start, end, "GEO", "geo", 0.7, "GPS coordinates of a person's place")
        if hit is not None:
            out.append(hit)
    return out


def _zip_list(text: str, lo: int = 0, hi: int | None = None) -> bool:
    """Three ZIP codes or more in text[lo:hi]: a list of areas (served, covered), nobody's address."""
    return len(_ZIP_LIST_ITEM.findall(text, lo, len(text) if hi is None else hi)) >= 3


def _placeholder_zip(z: str) -> bool:
    """"00000", "99999", "12345", one digit five times, or below 00501 (no such US ZIP): a placeholder;
    and no ZIP at all: digits and four more that are not five and four."""
    five, plus4 = z.partition("-")[::2]
    if plus4 and len(five) != 5:
        return True  # "555-0123": three digits and four, a phone number's tail, no ZIP+4 at all
    return len(five) == 5 and (len(set(five)) == 1 or five == "12345" or int(five) < 501)


# "ALFRICK\nUnited Kingdom", "Tubize, Belgium": the line/segment before a country names a town.
_PLACE_LINE_RE = lazy_compile(r"(?:^|\n|, )[ >?\t]*([^\W\d_][^\n,\d]{1,40}?)[ \t]*(?:\n[ >?\t]*|, ?)"
                            r"([^\W\d_][^\n,\d(]{2,40}?)[ \t]*(?=\n|$|[,.]| \d| \()")


def _city_before_country(s: Scan, taken: SpanSet) -> list[PhiHit]:
    out: list[PhiHit] = []
    for m in _PLACE_LINE_RE.finditer(s.text):
        country = m.group(2).strip().lower()
        town = m.group(1).strip()
        if country not in COUNTRIES and country not in US_STATES:
            continue
        low = town.lower()
        if "/" in town or low.endswith(("address", "addresses", "boxes")):
            continue  # "no PO boxes, APO/FPO addresses, Alaska, Hawaii": kinds of address, not a town
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


# Code systems and numbering words before a number are no street name: "CPT 95806", "HCPCS E0601",
# "ICD 10", "NDC 0002", "DRG 291", "Rm 214", "Ext 4410", "PO 88120".
_CODE_WORDS = frozenset(word_list("""cpt hcpcs icd drg ms-drg ndc loinc snomed cdt cvx apc rvu npi dea ein tin
    ext rm opt po hl7 pid obx msh iso ansi hipaa x12 edi"""))


def _street_words(words: list[str], lowercase_text: bool) -> bool:
    """Street-name words: proper nouns (not common English words) or street-type words."""
    if not words or words[-1].lower() in _CODE_WORDS:
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


# A name followed by (or ending in) one of these names a building, site or organisation ("the
# Grandview building", "the Oak Street clinic", "Fairview Campus"), not a town where someone lives.
_SITE_NOUNS = frozenset(word_list("""site sites office offices location locations facility facilities branch
    building buildings campus clinic clinics hospital center centre tower pavilion wing annex lab labs suite floor
    garage practice headquarters hq store shop warehouse mall"""))
_NEXT_WORD = lazy_compile(r" ([a-z]{2,20})\b")


def _site_named(low: str, place: str, end: int) -> bool:
    if place.rsplit(" ", 1)[-1] in _SITE_NOUNS:
        return True
    m = _NEXT_WORD.match(low, end)
    return m is not None and m.group(1) in _SITE_NOUNS


# "living" as part of a facility kind ("assisted living", "senior living"), not a residence verb.
_LIVING_FACILITY = lazy_compile(r"\b(?:assisted|senior|independent|supported|supportive|group|residential|"
                              r"community) living\b")


# Spots inside a building, a ship or a site: "Deck 5", "Suite B", "Bay 12".
_STREET_SUFFIX_WORDS = frozenset(suffix.lower() for suffix in _SUFFIXES)
_FACILITY_SPOTS = frozenset(word_list("""suite room deck floor unit bay level ward bed zone gate pier berth cabin
    dock booth station hangar terminal stateroom"""))
# Words that follow "moved to", "arrived on" ... without being places ("moved to Monday at 4pm").
_NOT_PLACES = frozenset({"the", "a", "an", "our", "this", "monday", "tuesday", "wednesday", "thursday", "friday",
                         "saturday", "sunday", "today", "tomorrow", "tonight", "morning", "afternoon", "evening",
                         "noon", "january", "february", "march", "april", "may", "june", "july", "august",
                         "september", "october", "november", "december", "next", "later", "another"})


# A provider opening the sentence before a residence/birth verb (its subject), and no patient-side word.
_PROVIDER_SUBJECT = lazy_compile(r"\s*(?:(?:our|the|this|that) )?(?:dr\.? [a-z]|doctor\b|physician\b|surgeon\b|"
                               r"provider\b|practitioner\b|np\b|pa-c\b|investigator\b|pi\b|therapist\b|"
                               r"dentist\b|midwife\b|nurse\b|founder\b|medical director\b)"
                               # the practice itself: "The clinic was founded in 1994 ... and moved to Southgate Avenue"
                               r"|\s*(?:the|our|this) (?:clinic|practice|office|center|centre|hospital|club|ministry|"
                               r"program|programme|team|pharmacy|studio|gym|lab)\b")
_PATIENT_SIDE = lazy_compile(r"\b(?:patient|patients|pt|caller|member|client|resident|participant|mother|father|"
                           r"wife|husband|son|daughter|spouse|guardian|mom|dad|mrs?|ms|miss)\b")


_SENTENCE_END = lazy_compile(r"(?<!\bdr)(?<!\bmr)(?<!\bms)(?<!mrs)(?<!\bst)\. |[;?!] |\n")


def _clause_before(low: str, end: int, width: int) -> str:
    """The part of the sentence that holds `end` before it, at most `width` characters back."""
    window = low[max(0, end - width) : end]
    cut = 0
    for m in _SENTENCE_END.finditer(window):
        cut = m.end()
    return window[cut:]


def _provider_subject(low: str, verb_start: int) -> bool:
    window = _clause_before(low, verb_start, 80)
    # the sentence opens with the provider: its subject
    return _PROVIDER_SUBJECT.match(window) is not None and _PATIENT_SIDE.search(window) is None


# "the school's address is", "the shelter's address is": an institution's address, not a person's.
_INSTITUTION_ADDRESS = lazy_compile(
    # ... and "the hub address is", "the clinic's mailing address is"
    r"\bthe (?:hub|clinic|office|pharmacy|warehouse|depot|mailing|billing|main) address(?: is)?\W{0,3}$|"
    r"\b(?:the|this|that) (?!patient|caller|member|client|resident|child|kid|son|daughter|mother|father|mom|dad|"
    r"wife|husband|spouse|guardian|family|student|baby|parent|person|participant|caregiver)[a-z]{3,20}(?:'s|’s) "
    r"(?:(?:mailing|street|physical|main|main office) )?address(?: is)?\W{0,3}$")


def _institution_address(s: Scan, start: int, before: str) -> bool:
    at = start - len(before) + before.rfind("address is") + len("address is")
    return _INSTITUTION_ADDRESS.search(s.lower, max(0, at - 60), at) is not None


# One person in the sentence: the speaker, a singular pronoun or a patient word ("I moved to Tulsa", "she
# grew up in Gallup", "the caller lives in Cudahy"); not a group ("the family arrived in Chicago", "many
# members were born in Bor", "ZIP 67501 will be sprayed").
_ONE_PERSON = lazy_compile(r"\b(?:i|i'm|i’m|i've|i’ve|my|me|he|she|his|her|him|"
                           r"(?:the|this|our|a|one) (?:caller|patient|member|client|resident|participant|man|woman|"
                           r"boy|girl|child|baby|student|veteran)|"
                           # a household telling its own move: "We moved here from Kenosha"
                           r"we (?=(?:just )?(?:moved|came|immigrated|emigrated|fled|relocated) (?:here|over)\b))\b")


def _one_person_in_sentence(s: Scan, start: int) -> bool:
    return _ONE_PERSON.search(_clause_before(s.lower, start, 120)) is not None


# Where the next sentence starts: a full stop, "!" or "?" and a capital, or a new line.
_NEXT_SENTENCE = lazy_compile(r"[.!?][\"'”’)]?\s+(?=[A-Z])|\n")


def _judge(s: Scan, start: int, end: int, what: str, need_person: bool = False, window: int = 50,
           verb_implies_person: bool = False, labelled: bool = False) -> PhiHit | None:
    """A hit for the place [start, end) when someone's it is. `verb_implies_person`: a verb of living or
    travel, or a ZIP cue, says someone's (with one person in the sentence, or `labelled`: a form's
    "ZIP: 3520")."""
    # The cues are looked up in the order the verdict needs them, and only when it does.
    before = s.before(start, window)
    cue = _person_cue(before, s.text, start - len(before)) or (s.key_text and _key_person_cue(s.key_text))
    if not cue:
        after_text = s.after(end, 40)
        # not past the end of the sentence: "..., Tacoma WA 98405. Use the caller's chosen name"
        stop = _NEXT_SENTENCE.search(s.text, end, end + 40)
        after = _PERSON_AFTER_ADDR.search(after_text[: stop.start() - end] if stop else after_text)
        cue = after.group(0) if after else None
    if cue == "address is" and _institution_address(s, start, before) and not s.near_name(start, end, 60):
        return None
    if cue == "living" and "Living" in s.text[start - len(before) : start] and _LIVING_FACILITY.search(before) and (
            not s.near_name(start, end, 60)):
        # (capitalised: a facility's name, not "she moved to assisted living at ...")
        return None  # "Magnolia Terrace Assisted Living, 1100 Eisenhower Dr": no one living there
    if cue in _SENDING_CUES and _org_named_before(s, start) and not s.near_name(start, end, 60):
        return None  # "ship to HomeWard Logistics, 1200 Dublin Rd": sent to a company, not to a home
    if cue and cue not in _WEAK_PERSON_ADDR and _business_cue_nearer(s, start, end, before):
        return None  # "If a caller asks for directions: we are at 3018 N Milwaukee Ave": the nearer cue decides
    if cue:
        if cue not in _WEAK_PERSON_ADDR or not _business_before(s, start, before):
            if _under_locations_heading(s, start, before):
                return None
            return PhiHit(start, end, "GEO", "geo", 0.8, f"{what} with personal cue '{cue}'")
        return None  # a weak cue next to a business cue: the business cue also rules out the rest
    # In one field, a person's name and an address with no business cue belong together.
    named = s.near_name(start, end, 300)
    if (named or (verb_implies_person and (labelled or _one_person_in_sentence(s, start)))) and (
            not _business_before(s, start, before)):
        if named:
            return PhiHit(start, end, "GEO", "geo", 0.7, f"{what} next to a person's name")
        return PhiHit(start, end, "GEO", "geo", 0.6, f"{what} (a person's residence/travel verb)")
    if in_caller_turn(s, start) and not _business_before(s, start, before) and not _OWN_ADDRESS_CUE.search(before):
        return PhiHit(start, end, "GEO", "geo", 0.7, f"{what} said by the caller in their own turn")
    return None


# A heading over a list of the practice's sites: "Locations (offer the one closest to the caller's ZIP):".
_LOCATIONS_HEADING = lazy_compile(r"\b(?:locations|offices|sites|clinics|branches|campuses|addresses of our)\b")


def _under_locations_heading(s: Scan, start: int, before: str) -> bool:
    """The person cue is only on earlier lines, and those lines head a list of the practice's
    locations: the caller is mentioned ("closest to the caller's ZIP"), the addresses are the
    practice's. Not when a person's name is near."""
    nl = before.rfind("\n")
    if nl < 0 or _person_cue(before[nl + 1 :]) or s.near_name(start, start + 1, 300):
        return False
    abs_nl = start - len(before) + nl
    lo = s.line_start(start - len(before))  # the start of the window's first line
    return _LOCATIONS_HEADING.search(s.lower, lo, abs_nl) is not None


# The practice's own address, said outright (not "parking", "entrance" or "located": a home visit has those too).
_OWN_ADDRESS_CUE = lazy_compile(r"\b(?:our|office|offices|clinic|practice|we are|we're|headquarters|hq|hospital|"
                                r"center|centre|pharmacy|branch|main line|main number|fax|nuestra|nuestro|clínica|"
                                r"clinica|consultorio|oficina)\b")


def _business_cue_nearer(s: Scan, start: int, end: int, before: str) -> bool:
    """A business cue (or the organisation's name) between the window's last person cue and the
    address, and no person's name near: "You help parents book home visits. Office: 210 N Market St"."""
    last_business = -1
    for own in _OWN_ADDRESS_CUE.finditer(before):
        last_business = own.start()
    org = last_business < 0 and _org_named_before(s, start)
    if last_business < 0 and not org:
        return False
    if not org:
        m = _PERSON_ADDR.search(before, last_business)
        while m is not None:  # a person cue after the business cue: the person cue is nearer
            if _person_cue(before[m.start() :]) is not None:
                return False
            m = _PERSON_ADDR.search(before, m.end())
    return not s.near_name(start, end, 60)


def _business_before(s: Scan, start: int, before: str) -> bool:
    """A business cue in the window, or the address follows an organisation's name."""
    if _BUSINESS_ADDR.search(before):
        return True
    return _org_named_before(s, start)


def _org_named_before(s: Scan, start: int) -> bool:
    """The address follows an organisation's name ("HomeWard Logistics, 1200 Dublin Rd")."""
    lo = max(0, start - 100)
    last = None
    for m in _ORG_THEN_NUMBER.finditer(s.text, lo, start + 8):
        if m.group(1).lower() in _ORG_NAME_WORDS:
            last = m
    if last is None:
        return False
    between = s.text[last.end() : start]  # the street part, when the hit is the city/state/ZIP
    return ". " not in between and ";" not in between and "\n" not in between
