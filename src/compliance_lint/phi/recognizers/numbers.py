"""Digit-shaped identifiers with hard validators: SSN, payment cards, IBAN, phone/fax, MBI.

Speed: most texts cannot hold any of these, and the dev set shows the recognizers spend their time
rejecting. Each recognizer therefore starts with gates that are *necessary* conditions for a hit
(each gate's comment says why), most of them substring tests on the text's digit shape (below),
and only then runs its regex. The regexes start with a consuming character class, so `re` skips
to candidate characters instead of trying every position.
"""

from __future__ import annotations

import re
from functools import lru_cache
from string import ascii_letters

from compliance_lint.phi.context import BUSINESS_CUE, EXAMPLE_CUE, FOREIGN_PATIENT_WORDS, Scan
from compliance_lint.phi.hits import PhiHit
from compliance_lint.phi.lexicon import KIN_PATTERN, KIN_WORDS, ORG_WORDS, is_common_word
from compliance_lint.phi.patterns import ascii_twin, lazy_compile
from compliance_lint.phi.recognizers.turns import in_caller_turn
from compliance_lint.phi.validators import card_ok, date_ok, digits_only, iban_ok, luhn_ok, mbi_ok, npi_ok, ssn_ok

# --- digit shape ---------------------------------------------------------------------------------
# The text with every ASCII digit turned into "9" and every ASCII letter into "a", all other
# characters kept (as their UTF-8 bytes read as Latin-1: non-ASCII characters become characters
# >= U+0080, never "9", "a" or ASCII punctuation). Substring tests on it are exact necessary
# conditions for the regexes below as long as every `\d` character of the text is an ASCII digit;
# otherwise there is no shape and the recognizers take the plain path. Built from bytes:
# bytes.translate is ten times faster than str.translate, and str substring tests are faster than
# bytes ones.
_SHAPE_TABLE = bytes.maketrans(b"0123456789" + ascii_letters.encode(), b"9" * 10 + b"a" * 52)
_GROUPING = b" .-()"
_OTHER_DIGIT = lazy_compile(r"[^\D0-9]")  # a `\d` character that is not an ASCII digit
_UNSET = object()


def digit_shape(s: Scan) -> str | None:
    """The digit shape of the text, or None when a gate on it would not be exact.

    Computed once per text and kept in `s.memo["digit_shape"]` (several recognizers use it).
    """
    shp = s.memo.get("digit_shape", _UNSET)
    if shp is _UNSET:
        text = s.text
        # None: a non-ASCII `\d` digit, which the shape would miss.
        shp = (text.encode("utf-8", "surrogatepass").translate(_SHAPE_TABLE).decode("latin-1")
               if text.isascii() or _OTHER_DIGIT.search(text) is None else None)
        s.memo["digit_shape"] = shp
    return shp  # type: ignore[return-value]


def packed_shape(s: Scan, shape: str) -> str:
    """The shape with " .-()" deleted: the digits of a card or phone number, however grouped,
    then stand in one run. Kept in `s.memo["digit_packed"]`."""
    packed = s.memo.get("digit_packed")
    if packed is None:
        packed = s.memo["digit_packed"] = shape.encode("latin-1").translate(None, _GROUPING).decode("latin-1")
    return packed  # type: ignore[return-value]


# --- SSN ------------------------------------------------------------------------------------------
# 3-2-4 with one consistent separator (or none). The look-arounds stop matches inside longer
# digit runs and make each start position constant work. The first digit is consumed before the
# look-behind (same condition, one character later) so that `re` can skip to digits.
_SSN_RE = lazy_compile(r"(\d(?<![\w-]\d)\d\d)([- ]?)(\d{2})\2(\d{4})(?![\w-]|-\d)")
_SSN_CUE = lazy_compile(r"\b(?:ssn|ss#|ss #|soc(?:ial)?(?: sec(?:urity)?)?(?: n(?:o|umber)\.?| #)?"
                        r"|sin|tin|itin|taxpayer)\b")
# Masked SSN that still shows the real last four (a derivative, PHI_POLICY §2).
_SSN_LAST4_RE = lazy_compile(r"(?<![\w-])[Xx*#]{3}[- ]?[Xx*#]{2}[- ]?(\d{4})(?![\w-])")
# ("last four", "last-4", "last4", "Ssn last4 2260")
# ("Last four of the SSN for the insurance waiver on the demo student: 2958": the cue's words may run long)
_LAST4_RE = lazy_compile(r"\b(?:last|final)[- ]?(?:four|4)(?: digits)?\b[^0-9\n]{0,60}?(?<!\d)(\d{4})(?!\d)")

# ("SSN ending 6732": "in" left out)
_ENDS_IN_RE = lazy_compile(r"\b(?:ssn|social security(?: number)?|social)\b[^0-9\n]{0,25}?\b(?:ends? (?:in|with)|ending"
                         r" (?:in|with)?|last[- ]?(?:four|4)(?: digits)?(?: (?:is|are))?)\W{0,3}(\d{4})(?!\d)")


_SSN_KEY = lazy_compile(r"\b(?:ssn|ss|social|social security)\b")
_NOT_DATA_KEY = lazy_compile(r"\b(?:example|sample|format|template|mask|pattern|regex|placeholder|prompt|label|"
                           r"year|date|version|count|length|digits|policy|rule|min|max|retries|attempts)\b")


@lru_cache(maxsize=1024)
def _key_is_ssn(key_text: str) -> bool:
    return _SSN_KEY.search(key_text) is not None and _NOT_DATA_KEY.search(key_text) is None


def _ssn_stem_in(t: str) -> bool:
    """Does `t` contain a substring every _SSN_CUE match contains ("itin" contains "tin")?"""
    return "ss" in t or "soc" in t or "sin" in t or "tin" in t or "taxpayer" in t


# The fewest digits (Scan.digits) a text needs for each recognizer here to find anything: each
# recognizer's first gate, and the engine's reason to skip the call.
SSN_MIN_DIGITS = 4  # the last four
CARD_MIN_DIGITS = 12  # an IBAN's; a card has 13
PHONE_MIN_DIGITS = 7
MBI_MIN_DIGITS = 5


def recognize_ssn(s: Scan) -> list[PhiHit]:
    n = s.digits
    if n < SSN_MIN_DIGITS:
        return []
    if n == 4 and s.field == "value" and s.key_text:
        # "patient_ssn_last4": "3851": four digits under an SSN key can only be the last four.
        v = s.text.strip()
        if (len(v) == 4 and v.isascii() and v.isdigit() and len(set(v)) > 1 and v not in ("1234", "6789")
                and _key_is_ssn(s.key_text)):
            start = s.text.index(v)
            return [PhiHit(start, start + 4, "SSN", "ssn_last4", 0.85, "last four SSN digits under an SSN key", True)]
    shape = digit_shape(s)
    if shape is not None:
        # Every form below shows four digits in a row (the serial, or the last four).
        if "9999" not in shape:
            return []
        # A 3-2-4 match is "999-99-9999", "999 99 9999" or "999999999" in the shape. Without a
        # hyphen a hit needs an SSN cue in a window of the lower-cased text or in the key words.
        full = n >= 9 and ("999-99-9999" in shape or (
            ("999 99 9999" in shape or "999999999" in shape)
            and (_ssn_stem_in(s.lower) or _ssn_stem_in(s.key_text))))
    else:
        full = n >= 9
    hits: list[PhiHit] = []
    if full:
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
    low, text = s.lower, s.text
    # The plain gate was: "xx" in low or "**" in text or "##" in text (one-character tests first).
    if ("x" in low and "xx" in low) or ("*" in text and "**" in text) or ("#" in text and "##" in text):
        for m in _SSN_LAST4_RE.finditer(s.text):
            # (6789: the published sample 123-45-6789, masked; 1234, 9999: a mask's format, "XXX-XX-1234")
            if m.group(1) not in ("0000", "6789", "1234", "9999"):
                hits.append(PhiHit(m.start(1), m.end(1), "SSN", "ssn", 0.85,
                                   "masked SSN that still shows the real last four digits", True))
    # The two "last four" forms below need SSN words in the lower-cased text itself (the cue of
    # _LAST4_RE is searched in the match and just before it), so the key words cannot help.
    # _ENDS_IN_RE needs "ssn" or "social" and then an "end..." or "last ..." phrase.
    last = "last" in low
    if (last or "end" in low) and ("ssn" in low or "social" in low):
        for m in _ENDS_IN_RE.finditer(low):
            hits.append(PhiHit(m.start(1), m.end(1), "SSN", "ssn_last4", 0.85,
                               "last four SSN digits ('ends in' after an SSN cue)", True))
    if (last or "final" in low) and _ssn_stem_in(low):
        for m in _LAST4_RE.finditer(low):
            cue_m = _SSN_CUE.search(m.group(0)) or _SSN_CUE.search(s.before(m.start(), 20))
            if cue_m:
                hits.append(PhiHit(m.start(1), m.end(1), "SSN", "ssn_last4", 0.85,
                                   f"last four digits with cue '{cue_m.group(0)}'", True))
    return hits


# --- payment cards and IBAN -----------------------------------------------------------------------
_CARD_RE = lazy_compile(r"\d(?<![\d-]\d)(?:[ -]?\d){12,18}(?!\d)")
_IBAN_RE = lazy_compile(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?(?![A-Za-z0-9])")


_COUNTING = "0123456789012345 9876543210987654"
# The card networks' prefixes (card_ok decides those, published test cards included); a store or
# health-credit card's number starts otherwise.
_NETWORK_PREFIX = lazy_compile(r"4|5[1-5]|2[2-7]|3[0-8]|6011|64[4-9]|65|62")
_CARD_CUE_BEFORE = lazy_compile(r"\b(?:card|credit|debit|carecredit)\b[^.\n]{0,20}$")


def recognize_card(s: Scan) -> list[PhiHit]:
    n = s.digits
    if n < CARD_MIN_DIGITS:  # a card shows 13 digits; the IBAN search below needs 12
        return []
    shape = s.memo.get("digit_shape", _UNSET)  # digit_shape(s), without a call when known
    if shape is _UNSET:
        shape = digit_shape(s)
    hits: list[PhiHit] = []
    # Thirteen digits with at most one space or hyphen between neighbours: a run of 13 once
    # " .-()" are deleted from the shape.
    if n >= 13 and (shape is None or "9999999999999" in packed_shape(s, shape)):
        for m in _CARD_RE.finditer(s.text):
            raw = m.group(0).rstrip(" -")
            num = raw.replace(" ", "").replace("-", "")  # = digits_only(raw): only digits, " " and "-"
            if card_ok(num):
                hits.append(PhiHit(m.start(), m.start() + len(raw), "ACCOUNT_NUMBER", "payment_card", 0.95,
                                   "payment card number: Luhn-valid with a known issuer prefix and length", True))
            elif len(num) == 16 and not _NETWORK_PREFIX.match(num) and luhn_ok(num) and _CARD_CUE_BEFORE.search(
                    s.before(m.start(), 30)):
                # a store or health-credit card outside the networks' prefixes: "CareCredit test: card 6019 ..."
                hits.append(PhiHit(m.start(), m.start() + len(raw), "ACCOUNT_NUMBER", "payment_card", 0.85,
                                   "Luhn-valid 16-digit number after a card cue", True))
    # An IBAN starts with two capitals and two digits.
    if not s.text.islower() and (shape is None or "aa99" in shape):
        for m in _IBAN_RE.finditer(s.text):
            if iban_ok(m.group(0)):
                hits.append(PhiHit(m.start(), m.end(), "ACCOUNT_NUMBER", "iban", 0.9,
                                   "IBAN with valid mod-97 check digits", True))
    return hits


# --- phone and fax --------------------------------------------------------------------------------
# NANP (with optional +1) and loose international numbers. No nested unbounded quantifiers.
#
# Every number starts with "+", "(" or a digit not preceded by a word character or "+". That
# first character is consumed up front (so `re` skips to candidates) and each alternative then
# reads as the plain one would from its second character, checking what came first with
# look-behinds. The plain form, alternative by alternative:
#   (?<![\w+])(?:\+?1[ .-]?)?(?:\((\d{3})\)|(\d{3}))[ .-]?(\d{3})[ .-]?(\d{4})(?:ext)?(?![\w])
#   (?<![\w+])\+\d{1,3}[ .-]?(?:\(\d{1,4}\)[ .-]?)?\d{1,8}(?:[ .-]\d{1,5}){0,4}(?![\w])
#   (?<![\w+(])(?:\(\d{2,4}\)|0\d{1,4})(?:[ .-]?\d{2,4}){2,4}(?![\w])
#   (?<![\w+.-])\d{2,5}(?:[ .-]\d{2,8}){1,4}(?![\w-]|\.\d)
# The NANP alternative tries, in the plain one's order: a "+1"/"1" prefix then an area code in
# parentheses or bare (groups 1, 2); no prefix and an area code in parentheses (group 3); no
# prefix and a bare area code whose first digit was consumed (its other two digits: group 4).
# Exchange and line are groups 5 and 6.
_PHONE_SRC = (
    r"[+(\d](?<![\w+][+(\d])(?:"
    r"(?:(?:(?<=\+)1|(?<=1))[ .-]?(?:\((\d{3})\)|(\d{3}))|(?<=\()(\d{3})\)|(?<=\d)(\d\d))"
    r"[ .-]?(\d{3})[ .-]?(\d{4})(?:[ ]?(?:x|ext\.?|extension)[ ]?\d{1,5})?(?![\w])"
    r"|(?<=\+)\d{1,3}[ .-]?(?:\(\d{1,4}\)[ .-]?)?\d{1,11}(?:[ .-]\d{1,5}){0,4}(?![\w])"
    r"|(?<!\([+(\d])(?:(?<=\()\d{2,4}\)|(?<=0)\d{1,4})(?:[ .-]?\d{2,4}){2,4}(?![\w])"
    r"|(?<![.-][+(\d])(?<=\d)\d{1,4}(?:[ .-]\d{2,8}){1,4}(?![\w-]|\.\d)"
    r")"
)
_PHONE_RE = lazy_compile(_PHONE_SRC)
# For ASCII texts (most): ASCII classes match the same there, and "[+(0-9]" is a bitmap that `re`
# scans several times faster than a class holding the Unicode digit category.
_PHONE_RE_A = lazy_compile(_PHONE_SRC.replace(r"[+(\d]", "[+(0-9]"), re.ASCII)
# Person cues before a number. The alternation
#   patient|pt|caller|member|his|her|their|my|me|cell|mobile|home|personal|callback for|emergency
#   contact|daughter|son|wife|husband|mother|father|spouse|guardian|reach (?:him|her|them)|text
#   (?:him|her)|call (?:him|her|me)|phone:|tel:|mobile:|cell:|callback:|number is|answering at
# grouped by first letter, each group in the order above: at any position the same alternative
# matches first (alternatives with different first letters cannot both match), and `re` tries
# 14 branches instead of 32. A cue is a whole word (plurals included: "callers", "patients"):
# "me" in "Medical records", "his" in "History", "son" in "Sonography" are no cue. A first-person
# "I" ("I would like to stop receiving messages to ...") is one, as "my" and "me" are ("i.e." is not).
_PHONE_PERSON = lazy_compile(
    r"\b(?:p(?:atients?|t|ersonal|hone:)|c(?:allers?|ell(?:phone|ular)?|allback for|all (?:him|her|me)|ell:"
    r"|allback(?: number| no\.?| ?#| queue| list)?:)"
    r"|m(?:embers?|y|e|obile|others?|obile:)|h(?:is|er|ome|usband)|t(?:heir|ext (?:him|her)|el:)"
    r"|emergency contact|daughters?|s(?:ons?|pouse|u (?:celular|cel|tel[eé]fono|n[uú]mero|whatsapp))|wife|fathers?"
    r"|guardians?|reach (?:him|her|them)"
    r"|number is|answering at|n[uú]mero del[ae]|i(?:'m|’m)?(?![.'’])"
    # a relative or emergency contact in Spanish and Portuguese: "el WhatsApp de la hermana de Wilmer es ..."
    r"|herman[ao]s?|mam[aá]|pap[aá]|hij[ao]s?|espos[ao]|abuel[ao]|t[ií][ao]|irm[ãa]o?|m[ãa]e|filh[ao]"
    r"|marido|contacto de emergencia|contato de emerg[eê]ncia"
    # how someone wants to be reached: "Dev prefers texts at 414-...", "wants calls at 208-..."
    # (not the practice's own: "Our office prefers calls at ...")
    r"|(?<!office )(?<!clinic )(?<!practice )(?<!we )(?<!team )(?<!desk )(?<!staff )"
    r"(?:prefers|wants|asked for) (?:texts?|calls?|a call|a text)(?: only)?(?: at| to| on)?)(?!\w)"
)
_PHONE_PERSON_A = ascii_twin(_PHONE_PERSON)
# The patient, a parent or a relative in Chinese or Japanese: parent, mother, father, patient, child patient,
# family member, oneself, mobile phone.
_CJK_PHONE_PERSON = lazy_compile(r"家长|家長|父母|母亲|母親|妈妈|媽媽|父亲|父親|爸爸|"
                                 r"病人|患者|患儿|患兒|家属|家屬|本人|手机|手機|携帯")
# A note opening with "call back" right before a number: "Call back 614-... re: biopsy", "Callback number:
# 614-..." (not "call back at 614-...", a greeting's own line; nor "leave only the callback number 414-...", the
# practice's number read to patients).
_CALL_BACK_RIGHT_BEFORE = lazy_compile(r"(?:^|[.;:\n–—(-]\s*)call ?back(?: (?:number|no\.?|#))?\W{0,3}$")
# A person word that heads a department's name is no owner: "Patient Financial Services (502) ...",
# "Member Services line", "Patient Access".
_CUE_HEADS_DEPARTMENT = frozenset({"patient", "patients", "member", "members", "caller", "callers"})
_DEPARTMENT_AFTER = lazy_compile(
    r"\s(?:financial|business|account|accounts|care|experience|access|relations|services?|advocacy|advocates?|"
    r"support|registration|navigation|navigators?|affairs|liaisons?|engagement|assistance|concierge|portal|"
    r"billing|intake|scheduling|hotline|helpline|line|desk|office|center|centre|department|dept|team|unit|benefits|"
    r"travel|transport|transportation|escort|"
    # a kind of patient the practice takes, not a person: "# New patient referrals\nReferrals come by fax to"
    r"referrals?|appointments?|visits?|forms?|packets?|paperwork|orientation)\b")
_DEPARTMENT_BEFORE = lazy_compile(
    r"\b(?:patients?|members?|callers?)" + _DEPARTMENT_AFTER.pattern[:-3]
    + r")\b(?: (?:line|number|desk|team|office))?(?: (?:is|at|on|via))?\W{0,3}$")
# The number a call came from is the caller's: "the person who called at 2:14 am on 9/21 from
# 503-...", "she was calling from 614-...". A business word before "from" ("the clinic called
# from", "calls transferred from the front desk") is the practice's own line.
# Compiled now, not lazily: a match's `.re` is compared with it by identity.
# (also a question or voicemail "from" a number: "Post-op swelling question from 918-...")
_CALLED_FROM = re.compile(r"\b(?:called|calling|phoned|phoning|texted|texting|rang|question|questions|voicemail|"
                          r"missed call|the call|"
                          # one person who calls ("the runner who texts from"; "caseworkers who call" are many)
                          r"who (?:\w+ )?(?:calls|texts|phones|rings))\b[^\n.;!?]{0,40}?\bfrom\W{0,3}$")
# Keys naming the agent's or practice's own line: "outbound_caller_id", "caller_id", "sip_trunk_number".
_KEY_OWN_LINE = lazy_compile(r"\b(?:outbound|caller id|callerid|dialer|did|trunk|sip|sender|agent|bot|assistant|"
                           r"transfer|forward|forwarding|escalation|practice|clinic|office|department|dept|main|"
                           r"hotline|helpline|switchboard|ivr|team|crew|unit|station|desk|nurse line|"
                           # a staff member's work phone: "house_manager_cell", "on_call_coordinator_phone"
                           r"manager|coordinator|director|supervisor|staff|liaison|"
                           # the line in Spanish and Portuguese: "whatsapp_linea"
                           r"linea|línea|linha|center|centre|"
                           # the number an agent's voicemail asks people to call back
                           r"voicemail callback|voicemail return|callback line|"
                           # an organisation the practice works with: "lab_partner_phone", "reconstruction_partner"
                           r"(?:lab|laboratory|referral|reconstruction|pharmacy|transport|community|billing|"
                           r"imaging|hospital|clinical|delivery|vendor|business|network|dialysis|hospice|surgical) "
                           r"partners?)\b")
# BUSINESS_CUE (context.py) with ASCII classes: same matches on ASCII text, faster.
_BUSINESS_A = ascii_twin(BUSINESS_CUE)
_SSN_SHAPE = lazy_compile(r"\d{3}([- ])\d{2}\1\d{4}")
# A contact block under a person's name labels each line: "... 7641-Office", "... 02 90 mobile".
_PERSON_LABEL_AFTER = lazy_compile(r"^\s?[-–]?\s?(?:mobile|cell|home|personal|office|work|desk|fax)\b", re.IGNORECASE)
_PERSON_LABEL_AFTER_A = ascii_twin(_PERSON_LABEL_AFTER)
# "tell the caller to redial", "callers can call us back at", "have them dial": the caller dials
# this number, so it is not the caller's. ("asked us to call back at", "call the patient at": theirs.)
_CALLER_DIALS = lazy_compile(
    r"\b(?:callers?|patients?|members?|them|they)(?: (?:to|can|could|should|may|must|will|need to|needs to))?"
    r" (?:re-?dial|dial|call|ring)(?: (?:us|back|us back|again|in))?(?: (?:at|on))?\W{0,3}$"
    # "tell the caller to stop the infusion and call 717-...": told to do something, then to call
    r"|\b(?:callers?|patients?|members?|them) to (?:(?!(?:her|his|their|daughter|son|wife|husband|mother|father|"
    r"mom|dad|family)\b)[\w'’-]+ ){1,6}(?:and|then|or) (?:re-?dial|dial|call|ring)(?: (?:us|back|us back|again))?"
    r"(?: (?:at|on))?\W{0,3}$"
    # "fax documents to 301-...", "fax records to": where papers are sent is an office
    r"|\bfax (?:(?:the|all|any|your|their|signed|completed) )?(?:(?:signed|completed) )?(?:documents|records|forms|"
    r"paperwork|orders|referrals|results|reports|releases|consents?)(?: \w+)? to\W{0,3}$"
    # "callers can change a pickup at", "patients may reschedule by calling"
    r"|\b(?:callers?|patients?|members?|families|parents|they) (?:can|may|should|need to|must) (?:change|reschedule|"
    r"cancel|update|book|confirm|move|report|request|arrange|schedule)(?: [\w'’-]+){0,4} (?:at|on|by calling)\W{0,3}$"
    # a script's "please call 740-...": the practice asks to be called back
    r"|\bplease (?:call|call back|return (?:the|our|this) call)(?: (?:at|on))?\W{0,3}$"
    # "book through the lead line at": a line of the practice, named by what it is for
    r"|\b(?:through|via|use|using) (?:the|our) [\w-]+ (?:line|number|desk)(?: (?:at|on))?\W{0,3}$")
# "Please call us at", "reach us on", "text us back at": the speaker is the practice, so is the number.
_CALL_US = lazy_compile(r"\b(?:call|phone|ring|reach|text|contact|dial)(?: us| us back)(?: (?:at|on))?\W{0,3}$")
# "Transfer the caller to the pharmacy at", "forward them to billing on", "connect the patient with
# the refill line:": a department or service a call is sent to; not a relative or the person's own
# phone ("transfer the caller to her daughter at", "connect him to his cell").
_TRANSFER_TO = lazy_compile(
    r"\b(?:warm[- ])?(?:transfer|forward|connect|route)(?:s|ed|red|ing)?(?: (?:the )?(?:caller|patient|member|"
    r"them|him|her|call|calls|line))? (?:to|with|over to|through to) (?P<dest>[\w'’ &-]{2,40}?)"
    r"(?: (?:at|on)|:)\W{0,3}$")
_NOT_A_LINE = lazy_compile(r"\b(?:her|his|their|my|daughter|son|wife|husband|mother|father|mom|dad|spouse|"
                         r"caregiver|guardian|sister|brother|family|home|cell|mobile|personal|partner|parent|"
                         r"grandson|granddaughter|niece|nephew|aunt|uncle|friend|neighbor|neighbour)\b")


_ON_THE_CARD = lazy_compile(
    r"\bon (?:the )?(?:back|front|reverse) of (?:the|your|their|his|her|a) (?:insurance |member |"
    r"id |plan |medicare |medicaid )?card\W{0,3}$")


def _transfer_line(before: str) -> bool:
    m = _TRANSFER_TO.search(before)
    return m is not None and _NOT_A_LINE.search(m.group("dest")) is None


_WORD_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_"
_FIRST_PERSON = frozenset({"my", "me", "i", "i'm", "i’m"})
_IVR_AFTER = lazy_compile(r"\W{0,3}(?:and |then )?(?:(?:press|select|choose) (?:option )?|option )\d\b")
_DOTTED_QUAD = lazy_compile(r"\d{1,3}(?:\.\d{1,3}){3}")
_ZIP4_SHAPE = lazy_compile(r"\d{5}-\d{4}")
_FAX_CUE = lazy_compile(r"\bfax")
# Where documents are faxed ("Fax orders to ...", "send it by fax to ..."), with no person cue: a
# facility's or practice's fax line, whoever is named nearby.
_FAX_TO = lazy_compile(r"\b(?:fax(?:es|ed)?(?: [\w'’-]{1,20}){0,3}|by fax|via fax) (?:to|at)\W{0,3}$")
_NPI_CUE = lazy_compile(r"\b(?:npi|provider|tax id|tin|ein|dea)\b")
_DATE_SHAPE = lazy_compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})|(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")


def _is_date(raw: str) -> bool:
    m = _DATE_SHAPE.fullmatch(raw)
    if not m:
        return False
    if m.group(1):
        # (any year: "0001-01-01" is a sentinel date of birth, no phone number)
        return 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(3)) <= 31
    a, b, y = int(m.group(4)), int(m.group(5)), int(m.group(6))
    return date_ok(y, a, b) or date_ok(y, b, a)


def _nanp_ok(area: str, exchange: str) -> bool:
    return area[0] not in "01" and exchange[0] not in "01" and area[1:] != "11" and exchange[1:] != "11"


# Seven digits in a row, the first not preceded by a word character.
_RUN7 = lazy_compile(r"\d(?<!\w\d)\d{6}")
_RUN7_A = lazy_compile(r"[0-9](?<!\w[0-9])[0-9]{6}", re.ASCII)


def _phone_digits(raw: str) -> str:
    """digits_only(raw) for a phone match: without an extension ("x" in all its spellings) the
    match holds only digits and " .-()+"."""
    if "x" in raw:
        return digits_only(raw)
    return raw.replace(" ", "").replace("-", "").replace(".", "").replace("(", "").replace(")", "").replace("+", "")


# NANP toll-free codes: numbers a business pays for, never a person's own line.
_TOLL_FREE_AREAS = frozenset({"800", "833", "844", "855", "866", "877", "888"})


def recognize_phone(s: Scan) -> list[PhiHit]:
    if s.digits < PHONE_MIN_DIGITS:
        return []
    text = s.text
    shape = s.memo.get("digit_shape", _UNSET)  # digit_shape(s), without a call when known
    if shape is _UNSET:
        shape = digit_shape(s)
    if shape is not None:
        # A number that can survive the filters below (the NANP form, or seven digits at least)
        # shows in the shape either a separator between two pairs of digits ("99 99", "99-99",
        # "99.99"), a "+" or "(" before digits, or, written without separators, seven digits in a
        # row starting a token (the "0..." and bare NANP forms).
        if not ("99-99" in shape or "99 99" in shape or "99.99" in shape or "+9" in shape or "(99" in shape
                or ("9999999" in shape and (_RUN7_A if text.isascii() else _RUN7).search(text))):
            return []
    # ASCII text: ASCII twins of the patterns (its lower-cased windows are ASCII too).
    asc = text.isascii()
    phone_rx = _PHONE_RE_A if asc else _PHONE_RE
    nxt = phone_rx.search(text)
    if nxt is None:
        return []
    person_rx = _PHONE_PERSON_A if asc else _PHONE_PERSON
    low = s.lower
    key_text = s.key_text
    key_person = _key_phone_person(key_text) if key_text else None
    has_names = bool(s.names)  # no names: near_name is False everywhere, skip the calls
    npi_words: bool | None = None
    hits: list[PhiHit] = []
    # The practice's own lines found so far, by area code, exchange and the line's first two digits: its
    # other lines share them ("reach us by videophone at (585) 286-4410; ... voice at (585) 286-4400").
    own_lines: set[str] = set()
    while nxt is not None:
        # finditer's sequence: the next search starts where this match ends (matches are never
        # empty). Fetched first so that `continue` can be used below.
        m = nxt
        start, end = m.span()
        nxt = phone_rx.search(text, end)
        # The plain definition computes the area code, digits = digits_only(raw), drops the match
        # on digit grounds ([NANP] npi_ok(digits) with an NPI cue near; [other] not 7 <=
        # len(digits) <= 15, one repeated digit, an SSN, date or ZIP+4 shape), then asks whose
        # number it is. All of these are pure filters, so the usual reason to drop a number
        # (nobody's: no person cue, no name near) is tested first.
        before = low[start - 45 if start > 45 else 0 : start]  # s.before(start, 45)
        if start > 45 and before[:1].isalnum() and low[start - 46].isalnum():
            # the window starts inside a word: its tail is no cue ("per|son we're trying to reach")
            before = " " * (len(before) - len(before.lstrip(_WORD_CHARS))) + before.lstrip(_WORD_CHARS)
        person = _person_cue(person_rx, before) or key_person
        if person is None and not asc:
            # a person's number in Chinese or Japanese: "家长电话 917-...", "患者の電話" (Han characters are word
            # characters: the English cues' word boundaries never hold between them)
            person = _CJK_PHONE_PERSON.search(before[-16:])
        if person is None and "from" in before[-8:]:
            person = _called_from(before)
        if person is None and "back" in before[-24:]:
            # "Call back 614-382-1945 re: biopsy", "callback number 614-...": the number to return a call to is
            # the caller's (with a start position, ^ still matches only at the text's start)
            person = _CALL_BACK_RIGHT_BEFORE.search(low, start - 24 if start > 24 else 0, start)
        if person is None and ("opt" in before or "unsub" in before or "dnc" in before or "not" in before):
            # "sms-optout-4197053381", "DNC: 614-...": an opt-out or do-not-call entry is a subscriber's number
            person = _OPTOUT_BEFORE.search(before[-30:])
        if person is not None and person is not key_person and person.group(0) in ("their", "home", "mobile") and (
                _org_owner(s, start - len(before) + person.start(), person.group(0))):
            person = None  # "Lakeshore Home Medical at ...", "Diné Respiratory Supply ...; their line is"
        named = has_names and s.near_name(start, end, 200)
        if not named and not person and text.startswith(("(", " ("), end):
            # "614-555-0173 (Vlasic daughter)": labelled after it as a named patient's relative's
            person = _KIN_LABEL_AFTER.match(text, end)
        if not named and not person and ("'s " in (tail := low[end : end + 45]) or "’s " in tail):
            # "919-... — that is the grandmother's landline": a relative's line, said after it
            person = _KIN_LINE_AFTER.match(low, end)
        if not named and not person:
            continue
        if own_lines and not named and _line_block(m) in own_lines:
            continue
        # A number labelled as a provider/organisation identifier ("Group NPI 1629384756", "tax ID
        # ..."), whatever its checksum, is never a phone number.
        if _ID_LABEL_BEFORE.search(before[-16:]):
            continue
        if ("direct" in before or "desk" in before) and _WORKPLACE_LINE_BEFORE.search(before) and (
                _KEY_ONE_RELATIVE.search(before) is None):
            continue  # "Joan's direct line, 717-...", "her desk number is ...": a workplace line, not a home's
        if not named and person is not key_person:
            # "our fax, 440-...", "the clinic's main line: ...": the practice names its own number
            # right before it; a person cue further back ("callers often mishear our fax") is not the owner.
            own = _OWN_LINE_BEFORE.search(before[-30:])
            # (a main line "for patients" is still the practice's)
            if own and (own.group(0).startswith("main") or not _person_cue_except(person_rx, own.group(0),
                                                                                   "number is")):
                own_lines.add(_line_block(m))
                continue
            # "Phone:" in the practice's own contact block ("- Clinic: ...\n- Phone: ...").
            if person.group(0)[-1] == ":" and _practice_block(s, start, person_rx):  # type: ignore[union-attr]
                own_lines.add(_line_block(m))
                continue
        # A line of an organisation labelled in the number's own clause ("Main line is ...", "Their
        # scheduling line is ...", "Referral fax for Dayton Children's ortho: ..."): a pronoun or
        # person word further back ("if we take their insurance. Main line is") owns no such line.
        if _org_line_label(before, person_rx):
            continue
        # An organisation between the last person cue and the number owns it: "the caller's doctor
        # has faxed it to", "give callers the warehouse number,", "tell the caller we will call back
        # from", "Please call ... if you need to reschedule".
        if not named and person is not key_person and _org_owns_after_cue(before, person_rx):
            continue
        # "offer Patient Access at (208) ...", "Member Services line: ...": a department's line named
        # right before the number, whatever person cue came earlier.
        if not named and person is not key_person and _DEPARTMENT_BEFORE.search(before[-40:]):
            continue
        # A workforce member's number ("call the DON, Rosalind Tafoya, on her work cell ..."): a
        # pronoun whose antecedent is a staff role, with no patient-side word near.
        if not named and person is not None and person is not key_person and _staff_number(s, start, before, person):
            continue
        # "(614) 876-3302 Hilliard store": a number labelled after it as a store's or branch's line.
        if _ORG_AFTER.match(text, end):
            continue
        # A number the caller is told to dial, or an IVR line ("... and press 2"), is the practice's.
        dials = ("dial" in before or "call" in before or "ring" in before or "fax" in before or "line" in before
                 or "number" in before or "desk" in before or " can " in before or " may " in before
                 or " should " in before or " need to " in before or " must " in before) and (
            _CALLER_DIALS.search(before))
        if dials or (" us" in before and _CALL_US.search(before)):
            continue
        if ("transfer" in before or "forward" in before or "connect" in before or "route" in before) and \
                _transfer_line(before):
            continue  # "Transfer the caller to the pharmacy at 559-...": where a call is sent, a line
        if "card" in before and not named and _ON_THE_CARD.search(before):
            continue  # "the number on the back of the card: 1-800-...": the plan's line printed on the card
        nxt_words = low[end : end + 30]  # a bounded window: per-number work stays constant
        if ("press" in nxt_words or "select" in nxt_words or "choose" in nxt_words or "option" in nxt_words) and \
                _IVR_AFTER.match(nxt_words):
            continue
        if _OWN_LINE_AFTER.match(nxt_words):
            continue  # "541-382-7700 (our nurse line forwarding)": labelled as the practice's own line
        raw = m.group(0)
        a1, a2, a3, a4, exchange, line = m.groups()
        area = a1 or a2 or a3
        if area is None and a4:
            area = text[start] + a4
        if area and not _nanp_ok(area, exchange):
            area = None  # not a NANP number; judge it as an international one
        if area in _TOLL_FREE_AREAS:
            continue  # "vendor: BioConcepts, 1-800-421-5647": a business line; no one has a toll-free number at home
        if area:
            # Ten digits, as npi_ok needs, only without the "+1"/"1" prefix (groups 1, 2) and
            # without an extension: area, exchange and line.
            if (a3 or a4) and m.end(6) == end:
                if npi_words is None:
                    npi_words = _npi_word_in(low) or _npi_word_in(key_text)
                if npi_words and npi_ok(area + exchange + line) and s.cue(_NPI_CUE, start, end):
                    continue
            fictional = exchange == "555" and line.startswith("01")
        else:
            digits = _phone_digits(raw)
            n = len(digits)
            if not 7 <= n <= 15 or digits.count(digits[0]) == n or digits in _COUNTING:
                continue  # (one repeated digit, or counting: "012345678" is a format's sample)
            if n == 10 and raw.isdigit():  # an NPI starts with 1 or 2, so it is never a NANP number
                if npi_words is None:
                    npi_words = _npi_word_in(low) or _npi_word_in(key_text)
                if npi_words and npi_ok(digits) and s.cue(_NPI_CUE, start, end):
                    continue
            size = len(raw)  # an SSN shape has 11 characters, ZIP+4 10, a date 8 to 10
            if raw.count(".") == 3 and _DOTTED_QUAD.fullmatch(raw):
                continue  # "108.31.77.204": an IP address (the IP recognizer decides)
            if (size == 11 and _SSN_SHAPE.fullmatch(raw)) or (size <= 10 and (
                    (size == 10 and _ZIP4_SHAPE.fullmatch(raw)) or _is_date(raw))):
                continue
            if size == 12 and raw.count("-") == 2 and _NDC_SHAPE.fullmatch(raw) and _ndc_cue(s, start, end):
                continue  # "0093-7146-56, that's the NDC": a National Drug Code (4-4-2, 5-3-2, 5-4-1)
            fictional = digits.startswith("555") and digits[3:5] == "01"
        if fictional and not named and person.re is not _KIN_LABEL_AFTER and not (  # type: ignore[union-attr]
                person is key_person and s.field == "value" and EXAMPLE_KEY.search(key_text) is None):
            continue  # (a 555-01xx number labelled "(Vlasic daughter)" belongs to a named patient's relative)
        # Whose number: a person cue or a patient's name nearby makes it PHI; the practice's
        # own lines (business cues) and bare numbers with no owner are not.
        business_rx = _BUSINESS_A if asc else BUSINESS_CUE
        if not person:  # then named; a contact line labelled after the number
            person = (_PERSON_LABEL_AFTER_A if asc else _PERSON_LABEL_AFTER).match(s.after(end, 12))
        if person:
            # A "my"/"me" cue among business words and no name: the practice speaking of itself.
            # (not in a caller's turn: "User: my number is 971-404-8836 can u text me the clinic list")
            if not named and person.group(0) in _FIRST_PERSON and _business(s, business_rx, before, end, named) and (
                    not in_caller_turn(s, start)):
                continue
            if _PRACTICE_LINE_BEFORE.search(before[-40:]):
                continue  # "her booking line is ...", "the van's own cell is ...": a line kept for the practice
            conf, why = 0.85, ("phone number a call came from ('called ... from')" if person.re is _CALLED_FROM
                               else f"phone number with personal cue '{person.group(0).strip()}'")
        else:
            labelled = (business_rx.search(before[-24:].rsplit("\n", 1)[-1]) or _FAX_CUE.search(before[-12:])
                        or ("fax" in before and _FAX_TO.search(before[-40:])
                            and person_rx.search(low, end, end + 25) is None))
            if labelled:
                continue  # "Main line: ...", "fax ...", "office ...": the practice's own number, whoever is named
            if _business(s, business_rx, before, end, named):
                conf, why = 0.55, "phone number near a person's name (business words also near)"
            else:
                conf, why = 0.75, "phone number next to a person's name"
        near = before[-25:]
        kind = ("FAX" if ("fax" in near and _FAX_CUE.search(near)) or (key_text and "fax" in s.key_words)
                or ("fax" in (wide := low[max(0, start - 90) : start]) and _fax_clause(wide)) else "PHONE")
        if area is None:
            conf -= 0.1
        hits.append(PhiHit(start, end, kind, "phone", conf, why))
    return hits


# A line the practice keeps, named right before the number, whoever "her" is.
# (Every alternative ends right before the number: the "$" applies to all of them.)
_PRACTICE_LINE_BEFORE = lazy_compile(r"(?:\b(?:booking line|desk line|(?:van|shuttle|mobile unit)(?:'s|’s) (?:own )?"
                                     r"(?:cell|phone|line|number)"
                                     # an office's or a vendor's line: "the PRC office number is", "Their
                                     # scheduling fax is"
                                     r"|(?:office|clinic|scheduling|billing|referral|intake|front desk|main|pharmacy|"
                                     r"order|lab|cath lab|unit) (?:phone |fax )?(?:number|line|phone|fax|desk)s?)"
                                     # the practice's number offered to a caller: "Offer the fax number (614) ..."
                                     r"|\b(?:offer|give|read) (?:them |callers |the caller )?(?:the|our) "
                                     r"(?:fax|phone|main|office) (?:number|line)"
                                     # a department's label right before it: "Scheduling: (864) 455-7310"
                                     r"|\b(?:scheduling|appointments|billing|referrals|intake|main line|front desk|"
                                     r"pharmacy|refills)\s?:"
                                     # a concierge practice's line for its members: "Members' line (410) ..."
                                     r"|\bmembers['’]? (?:line|phone|number))"
                                     # (a second number after the first: "their order desks are (214) ... and",
                                     # "Main cath lab number is 859-277-6600, fax 859-277-6690")
                                     r"(?: (?:is|are|at|:))?\W{0,3}"
                                     r"(?:\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}[,;]? (?:(?:and|or)(?: fax:?)?|fax:?) )?$")


# The number's clause says it is faxed to ("fax the DNR to his employer, Pruett Logistics, at ...", "Fax for
# the patient's home hospice machine: ...") with no voice word after "fax" ("fax it, or call her cell at").
_CLAUSE_BREAK = lazy_compile(r"[.;!?\n](?:\s|$)")
_VOICE_WORD = lazy_compile(r"\b(?:call|calls|phone|cell|mobile|text|voicemail|landline|tel|reach)\b")


def _fax_clause(before: str) -> bool:
    clause = before[-90:]
    cut = 0
    for m in _CLAUSE_BREAK.finditer(clause):
        cut = m.end()
    clause = clause[cut:]
    at = clause.rfind("fax")
    return at >= 0 and _FAX_CUE.match(clause, at) is not None and (
        _VOICE_WORD.search(clause, at) is None)


# A line of an organisation named in the number's clause: "Main line is", "their scheduling line is",
# "Referral fax for <org>:", "front desk". ("main number", "fax number", "office line" are left out:
# "his main number", "her office line" can be a patient's own.)
_ORG_LINE_LABEL = lazy_compile(
    r"\b(?:(?:main|scheduling|appointments?|billing|nurses?|triage|referrals?|intake|reception|after-hours|"
    r"after hours|toll-free|toll free|general|central|pharmacy|records|refill|clinic|practice|department|store|"
    r"front desk) (?:line|desk)|(?:scheduling|appointments?|billing|nurses?|triage|referrals?|intake|reception|"
    r"after-hours|toll-free|pharmacy|records|refill|clinic|practice|department|store|front desk) (?:number|phone)"
    r"|referral fax|front desk|switchboard|helpline|hotline|answering service"
    # a service's line: "Their 24-hour crisis line is ..."
    r"|(?:crisis|24-hour|24/7|support|advice|warm|poison|nurse advice) line)\b")
_CLAUSE_STEMS = ("line", "desk", "number", "phone", "fax", "switchboard", "answering", "main")
# A line named right before the number: "give callers the PRC line, 918-...", "transfer to the
# interpreter line (510) ..."; a contact block's "Main (509) 865-4270, fax (509) 865-4279".
# Compiled now, not lazily: a match's `.re` is compared with it by identity.
_NAMED_LINE_BEFORE = re.compile(r"\bthe (?:[\w'’-]+ ){1,2}(?:line|hotline|helpline)\W{0,3}$"
                                # an agency's number: "give callers animal control's number,"
                                r"|\b(?:control|department|office|clinic|pharmacy|center|centre|shelter|hospital|"
                                r"agency|program|services|lab|police|sheriff)['’]s (?:main )?(?:number|line)\W{0,3}$"
                                r"|(?:^|[.;:,(\n]) ?main\W{0,3}"
                                r"(?:\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4},? (?:fax|text|tty|or)\W{0,3})?$")


def _org_line_label(before: str, person_rx: re.Pattern[str]) -> bool:
    """An organisation's line labelled in the number's own clause, no person cue after the label."""
    if not any(st in before for st in _CLAUSE_STEMS):
        return False
    cut = max(before.rfind(". "), before.rfind("; "), before.rfind("\n"), before.rfind("! "), before.rfind("? "))
    clause = before[cut + 1 :]
    m = _ORG_LINE_LABEL.search(clause) or _NAMED_LINE_BEFORE.search(clause)
    if m is not None and m.re is _NAMED_LINE_BEFORE and person_rx.search(m.group(0)) is not None:
        return False  # "the patient's line", "the home line"
    if m is None and "main" in clause:
        # "use the Ridgeline main number": an organisation's main line named with an article
        # ("his main number", "the patient's main number" stay a person's)
        m = _THE_MAIN_LINE.search(clause)
        if m is not None and person_rx.search(m.group(0)) is not None:
            return False
    return m is not None and person_rx.search(clause, m.end()) is None


_THE_MAIN_LINE = lazy_compile(r"\bthe(?: [\w'’&.-]{1,25}){0,3} main (?:number|line|phone number)\b")


# A workforce member's title before a pronoun cue ("the DON, Rosalind Tafoya, on her work cell").
_STAFF_ROLE = lazy_compile(
    r"\b(?:director of nursing|charge nurse|nurse manager|nurse supervisor|on-call|on call|practice manager|"
    r"office manager|clinic manager|administrator|supervisor|medical director|physician|provider|doctor|dr|"
    r"np|rn|lpn|md|scheduler|receptionist|coordinator|manager|director|pharmacist|therapist|coworker|"
    r"co-worker|colleague|staff|employee)\b")
_PATIENT_SIDE = lazy_compile(
    r"\b(?:patients?|pt|callers?|members?|clients?|beneficiary|enrollee|residents?|mother|father|wife|husband|"
    r"sons?|daughters?|spouse|guardian|caregiver|mom|dad|personal|home|mrs?|ms)\b")
_STAFF_PRONOUNS = frozenset({"his", "her", "their", "cell", "cellphone", "cellular", "mobile"})
_DON = lazy_compile(r"\bDON\b")


def _staff_number(s: Scan, start: int, before: str, person: re.Match[str]) -> bool:
    if person.group(0) not in _STAFF_PRONOUNS:
        return False
    window = s.before(start, 150)
    if _PATIENT_SIDE.search(window) or (s.key_text and _PATIENT_SIDE.search(s.key_text)):
        return False
    return (_STAFF_ROLE.search(window) is not None or _DON.search(s.text, max(0, start - 150), start) is not None
            or _DIRECT_LINE_BEFORE.search(before) is not None)


# A workforce member's own line: "Lindsey handles pre-authorizations; her direct line is ..." (a patient's
# number is a cell, home or work number; "his work line" can be a patient's).
_DIRECT_LINE_BEFORE = lazy_compile(r"\b(?:his|her|their) direct (?:line|dial|number)(?: is)?\W{0,3}$")


# "(614) 876-3302 Hilliard store", "- Dublin branch": the line of a store, branch or site.
_ORG_AFTER = lazy_compile(r"\s?[-–(]?\s?(?:[A-Z][\w'’.-]{1,20} ){0,3}(?:[Ss]tore|[Bb]ranch|[Ll]ocation|[Pp]harmacy|"
                        r"[Cc]ampus|[Ss]hop|[Ww]arehouse)\b|\s?[-–(]?\s?(?:[A-Z][\w'’.-]{1,20} ){1,3}(?:[Oo]ffice|"
                        r"[Cc]linic)\b")
# A 555-01xx number labelled after it with a surname and a relation: "(Vlasic daughter)", "- Reyes's wife".
# Compiled now, not lazily: a match's `.re` is compared with it by identity.
# (further on in the sentence only after "it's"/"that's": "... before noon; it's her son's cell")
_KIN_LINE_AFTER = lazy_compile(r"(?:\W{1,4}(?:that is |that's |that’s |it's |it’s |it is |is )?"
                               r"|[^.\n]{1,30}?\b(?:that is|that's|that’s|it's|it’s|it is) )(?:the |her |his |their |"
                               r"a |the patient's |the patient’s )(?:" + KIN_PATTERN + r")['’]s "
                               r"(?:landline|cell|cell phone|phone|number|line|mobile|home phone)\b")
_KIN_LABEL_AFTER = re.compile(r" ?\((?:[A-Z][\w'’-]{1,20} ){1,2}(?:daughter|son|wife|husband|mother|father|"
                              r"mom|dad|sister|brother|spouse|partner|guardian|caregiver|grandson|granddaughter)s?\)"
                              # "(J. Whitley, pt)", "(Hargrove residence)": a patient's own line, labelled after it
                              r"| ?\((?:[A-Z][\w'’.-]{0,20},? ){1,3}(?:pt|patient|member|caller|client|residence|"
                              r"home|household)\)")
# "sms-optout-4197053381", "do not call: ...", "DNC 614-...": a subscriber's opt-out entry.
_OPTOUT_BEFORE = lazy_compile(
    r"\b(?:opt[-_ ]?outs?|opted[-_ ]out|unsubscribed?|dnc|do[-_ ]not[-_ ](?:call|text|contact)|"
    r"stop[-_ ]list)[-_:# ]{1,3}$")
_NDC_SHAPE = lazy_compile(r"\d{4}-\d{4}-\d{2}|\d{5}-\d{3}-\d{2}|\d{5}-\d{4}-\d")
_NDC_CUE = lazy_compile(r"\b(?:ndc|national drug code|drug code)\b")


def _ndc_cue(s: Scan, start: int, end: int) -> bool:
    return _NDC_CUE.search(s.before(start, 40)) is not None or _NDC_CUE.search(s.after(end, 40)) is not None


# "NPI 1629384756", "Group NPI: ...", "tax ID 31-...", "DEA # ...": a provider/organisation identifier.
_ID_LABEL_BEFORE = lazy_compile(r"\b(?:npi|tax id|tin|ein|dea|upin|provider id|taxonomy|registry)(?: number| no\.?| #)?"
                                r"\W{0,3}$")
# "our", "the clinic's": the practice speaking of what is its own (the two patterns below).
_PRACTICE_OWNS = (r"(?:our|the (?:practice|clinic|office|hospital|ministry|program|programme|center|centre|church|"
                  r"pharmacy|agency|department|unit)(?:'s|’s)?)")
# The practice's own number named right before it: "our fax, ", "our main line is ", "the clinic's number: ".
_OWN_LINE_BEFORE = lazy_compile(r"\b" + _PRACTICE_OWNS + r"(?: [\w-]{1,15}){0,3}"
                              r"(?: is| at)?\W{0,3}$"
                              # a main line labelled for whom it serves: "Main line for patients: (954) ..."
                              r"|\bmain (?:line|number)(?: for [\w ]{1,20})?(?: is)?\W{0,3}$"
                              # "Deaf callers reach us by videophone at (585) ...": the practice is "us"
                              r"|\b(?:reach|call|text|contact|fax) us(?: [\w-]{1,15}){0,3}(?: at| on)?\W{0,3}$")
# The practice's own line labelled right after the number: "(our nurse line forwarding)", "- main line",
# "(the clinic's fax)", "(front desk)".
_OWN_LINE_AFTER = lazy_compile(r" ?[(\[,–—-] ?(?:" + _PRACTICE_OWNS
                             + r"(?: [\w-]{1,15})? (?:line|lines|number|fax|desk|office|phone|pager|switchboard|"
                             r"extension|main)"
                             r"|main line|nurse line|triage line|front desk|switchboard|answering service|"
                             # a fax addressed to a department: "fax it to (205) 877-6299, attention Trauma Clinic"
                             r"(?:attention|attn)\.?:? (?:the )?(?:[\w-]+ ){0,3}(?:clinic|office|department|dept|unit|"
                             r"center|centre|desk|team|services|billing|records|intake)|"
                             r"scheduling line|after-hours line|billing office|fax line|"
                             # "907-543-6200, that is our own switchboard transferring"
                             r"(?:that is|that's|which is|it is|it's) (?:our|the clinic's|the practice's))\b")
# Words that make a contact block a person's ("Patient: ...", "DOB: ...", "her cell"), not the practice's.
_BLOCK_PERSON = lazy_compile(r"\b(?:patient|caller|member|client|name|dob|mrn|emergency contact|his|her|my)\b")


_BLOCK_WORD = lazy_compile(r"[a-z]+")


def _practice_block(s: Scan, start: int, person_rx: re.Pattern[str]) -> bool:
    """A "Phone:" label in a contact block (up to a blank line, 250 characters) that names the
    practice ("Clinic:", "Office:", "our ...") and no person: the practice's own number."""
    block = s.before(start, 250)
    cut = block.rfind("\n\n")
    if cut >= 0:
        block = block[cut + 2 :]
    if not (BUSINESS_CUE.search(block) or not ORG_WORDS.isdisjoint(_BLOCK_WORD.findall(block))) or (
            _BLOCK_PERSON.search(block)):
        return False  # (an organisation word names the practice too: "... for Little Molars Pediatric Dentistry")
    label = person_rx.search(block)  # the first person cue in the block must be a contact label
    return label is None or label.group(0)[-1] == ":"


# A workplace's line named right before the number: "her direct line is", "Trish's direct line,", "desk number".
_WORKPLACE_LINE_BEFORE = lazy_compile(r"\b(?:direct|desk) (?:line|number|phone|dial)s?\b[^.;\n\d]{0,25}$")
_LINE_KEY_ENDS = (" line", " line number", " line phone")
# A relative of one person (not "a parent", who leaves numbers in read-back instructions; a "parent line" is the
# practice's line for parents).
_KIN_OWNER_WORDS = "|".join(sorted(KIN_WORDS - {"parent", "parents"}, key=len, reverse=True))
_KEY_ONE_RELATIVE = lazy_compile(r"\b(?:" + _KIN_OWNER_WORDS + r")\b")


# Keys repeat across the fields of a config (every field of one tool shares its key): what the
# key words say is cached per key text (bounded).
@lru_cache(maxsize=1024)
def _key_phone_person(key_text: str) -> re.Match[str] | None:
    if key_text.endswith(_LINE_KEY_ENDS) and not _KEY_ONE_RELATIVE.search(key_text):
        # "family_line", "parent_line", "wheres_my_ride_line": a line the practice keeps for a group
        # (every read blind-set value under a "..._line" key is the practice's); "daughter_line" is hers
        return None
    if _KEY_OWN_LINE.search(key_text):
        return None  # "outbound_caller_id", "patient_services_transfer_number": the practice's line
    return (_person_cue(_PHONE_PERSON, key_text) or _KEY_KIN.search(key_text) or _KEY_CALLBACK.search(key_text)
            or _KEY_PATIENT_ELSEWHERE.search(key_text))


# A patient's own contact under a key in another language ("kontaktu_pasienti", "telefono_paciente"),
# or a number someone opted in with ("sms_opt_in_number").
# Also the people a patient's number may belong to: an elder of a tribal programme, a health-care
# agent ("poa", "proxy"), and the Turkish "hasta" (patient: "hasta_telefon").
_KEY_PATIENT_ELSEWHERE = lazy_compile(r"\b(?:pacientes|" + FOREIGN_PATIENT_WORDS + r"|opt in|opted in|optin|"
                                      r"case contact|"
                                      r"elder(?! (?:services?|programs?|care|center|lines?)\b)|poa|proxy|hasta|"
                                      r"guarantor|recipient|participant|donor|enrollee|traveler|traveller|inmate|"
                                      r"student|athlete|camper|rider|attendee|seafarer|candidate|applicant|renter|"
                                      # a drop-in's or a text line's young client: "youth_phone", "texter_number"
                                      r"youth|teen|texter|"
                                      # a survivor's safe line: "safe_contact_number"
                                      r"safe contact|safe number|"
                                      # a resort's, ship's or circus's patients: "guest_phone", "performer_phone"
                                      r"guest(?! (?:services?|relations|line|desk)\b)|performer|passenger|dancer|"
                                      r"player|subscriber|patron|"
                                      # a customer of a supply or repair business, a pet's owner ("owner_phone" at
                                      # an animal-bite desk); not "whatsapp": "telefono_whatsapp" is the clinic's
                                      r"customer(?! (?:service|services|support|care|success|line)\b)|owner|"
                                      # who filed a complaint or a report: "complainant_fax", "reporting_party_phone"
                                      r"complainant|reporting party|reporter|grievant|claimant|victim|witness|"
                                      # a hospice's bereaved family; a customer in Vietnamese ("sdt_khach_hang")
                                      r"bereaved|khach hang|khách hàng|"
                                      # a workers' compensation case: "injured_worker_employer_phone"
                                      r"injured worker|injured employee|"
                                      # a farmworker clinic's patient: "trabajador_telefono"
                                      r"trabajador|trabajadora|"
                                      # an emergency contact in Spanish, Vietnamese, French ("contacto_emergencia",
                                      # "lien_lac_khan_cap")
                                      r"emergencia|khan cap|urgence|"
                                      # a pilgrim's, a waiver's signer's, a worker's own (not a case or social worker's)
                                      r"pilgrim|signer|(?<!case )(?<!social )(?<!health )(?<!outreach )worker|"
                                      # a therapy practice's client ("client_phone"), not its client services line
                                      r"client(?! (?:services?|support|success|relations?|portal|line|care)\b)|"
                                      # a congregation's, a retreat's, a drop zone's, a study's people
                                      r"congregant|parishioner|retreatant|jumper|interviewee|registrant|"
                                      # a trucking or racing clinic's driver (not the practice's van driver, nor
                                      # a dispatch line: "driver_dispatch_phone")
                                      r"(?<!shuttle )(?<!van )(?<!ride )(?<!courier )(?<!delivery )"
                                      r"driver(?! (?:dispatch|services?|support|line|desk|hotline)\b)|"
                                      # a home's resident, a case's close contact, one contact ("contact_phone")
                                      r"resident(?! (?:services?|line|director|desk|life|care)\b)|close contact|"
                                      r"(?<![\w ])contact(?= (?:phone|cell|mobile|number|callback)$)|"
                                      # ... and in Spanish, the phone word first: "telefono_contacto"
                                      r"(?<![\w ])(?:tel[eé]fono|celular|n[uú]mero) (?:de )?contacto$)\b")


# A relative's or household member's contact under a key: "family_contact_phone", "next_of_kin_number".
_KEY_KIN = lazy_compile(r"\b(?:family|relative|relatives|kin|next of kin|nok|caregiver|parent|parents|sibling|"
                      # (not a partner organisation: "partner_pharmacy_fax")
                      # (nor an organisation's partner before it: "shelter_partner_phone", "community_partner")
                      r"sister|brother|mom|mum|dad|(?<!shelter )(?<!community )(?<!referral )(?<!housing )"
                      r"(?<!program )(?<!agency )(?<!county )partner"
                      r"(?! (?:pharmacy|pharmacies|clinic|clinics|hospital|lab|"
                      r"laboratory|agency|agencies|organization|organisation|org|site|sites|practice|office|facility|"
                      r"provider|fax)\b)|"
                      r"spouse|household|escort|companion)\b")
# Keys for example or format values: a 555-01xx number under them is nobody's.
EXAMPLE_KEY = lazy_compile(r"\b(?:example|examples|sample|format|placeholder|demo|dummy|mask|pattern)\b")


def _stored_for_person(s: Scan) -> bool:
    """A variable's value under a person's phone key ("patient_phone", "parent_phone"): even a
    555-01xx number stored there is test data for a patient, which PHI_POLICY §3 counts as PHI
    (a linter cannot tell it is fake); under an example or format key it is an example."""
    return s.field == "value" and bool(s.key_text) and _key_phone_person(s.key_text) is not None and (
        EXAMPLE_KEY.search(s.key_text) is None)


# The number to call someone back at, under a key with no practice word ("callback_number",
# "call_back_phone"): the caller's. ("clinic_callback_number" is the practice's: _KEY_OWN_LINE.)
_KEY_CALLBACK = lazy_compile(r"\bcall ?back (?:number|no|num|phone|tel|cell|mobile)\b"
                             # the other order, in Spanish too: "phone_callback", "telefono_callback"
                             r"|\b(?:phone|number|cell|mobile|telefono|teléfono|numero|número) call ?back\b"
                             # the number a caller asked to be called back on ("preferred_callback")
                             r"|\bpreferred (?:call ?back|phone|number|contact number)\b")


# An owner of a number that is no person: the practice speaking ("we", "our", "please call"), a
# provider, a service or a place. (Not "us": "Her son asked us to use 541-..." is the son's number.)
_ORG_OWNER = lazy_compile(r"\b(?:we|we'll|we’ll|our|doctor(?:'s|’s)?|physician|provider|clinic|office|pharmacy|"
                          r"hospital|dispatch|warehouse|department|desk|center|centre|agency|program|programme|lab|"
                          r"store|company|vendor|supplier|insurer|plan|hotline|helpline|text line|switchboard|"
                          r"towing|taxi|cab|garage|valet|rentals?|"
                          # "tell the caller to call the on-call nurse at (208) ..."
                          r"on-call|on call|nurse line|triage line|"
                          r"front desk)\b|\bplease (?:call|phone|ring|contact|text)\b")


def _org_owns_after_cue(before: str, person_rx: re.Pattern[str]) -> bool:
    last = None
    for last in person_rx.finditer(before):  # noqa: B007 (the last match is wanted)
        pass
    return last is not None and _ORG_OWNER.search(before, last.end()) is not None


def _org_owner(s: Scan, at: int, cue: str) -> bool:
    """Is the person cue at `at` an organisation's? "Home" capitalised before an organisation word
    ("Lakeshore Home Medical"), or "their" after an organisation's name in the same sentence with no
    person word ("Diné Respiratory Supply in Window Rock; their line is")."""
    if cue in ("home", "mobile"):  # (also "Narrows Mobile Treatment")
        nxt = _NEXT_WORD.match(s.text, at + len(cue))
        return s.text.startswith(cue.title(), at) and nxt is not None and nxt.group(1).lower() in _ORG_HEADS
    if _THEIR_OFFICE.match(s.lower, at):
        return True  # "Their offices fax orders to PAT at ...": the referring providers' offices
    lo = max(0, at - 160)
    cut = max(s.lower.rfind(". ", lo, at), s.lower.rfind("\n", lo, at), lo - 1) + 1
    words = _CAPITALISED_WORD.findall(s.text, cut, at)
    return any(w.lower() in _ORG_HEADS for w in words) and _PERSON_NOUN.search(s.lower, cut, at) is None


_NEXT_WORD = lazy_compile(r" ([A-Za-z]+)")
_THEIR_OFFICE = lazy_compile(r"their (?:offices?|clinics?|practices?|staff|front desks?|schedulers?|billing)\b")
_CAPITALISED_WORD = lazy_compile(r"\b[A-Z][a-z]+\b")
_ORG_HEADS = frozenset({"center", "centre", "clinic", "clinics", "hospital", "pharmacy", "medical", "health", "supply",
                        "supplies", "services", "respiratory", "oxygen", "infusion", "care", "equipment", "labs",
                        "laboratory", "laboratories", "agency", "department", "office", "society", "association",
                        "foundation", "company", "inc", "llc", "group", "treatment", "unit", "dental", "crisis",
                        "outreach", "mammography", "imaging"})
_PERSON_NOUN = lazy_compile(r"\b(?:patients?|callers?|famil(?:y|ies)|parents?|daughters?|sons?|mom|dad|mother|father|"
                            r"wife|husband|clients?|members?|residents?|kids?|children|child|guardian|caregivers?|"
                            r"mrs?|ms|miss)\b")


def _person_cue(person_rx: re.Pattern[str], before: str) -> re.Match[str] | None:
    """The first person cue in `before` that does not head a department's name ("Patient
    Financial Services", "Member Services") nor name the practice's own outbound caller ID
    ("Outbound caller ID: use the main number ...")."""
    m = person_rx.search(before)
    while m is not None and _not_a_person_cue(m, before):
        m = person_rx.search(before, m.end())
    return m


def _not_a_person_cue(m: re.Match[str], before: str) -> bool:
    """Is this person-word match in `before` something else: Maine, a department's name, the practice's
    caller ID, or everyone the practice hands a number to?"""
    cue = m.group(0)
    if cue == "me":
        # "Portland, ME 04102": Maine before its ZIP code, not "me"
        return before[m.end() : m.end() + 1] == " " and before[m.end() + 1 : m.end() + 6].isdigit()
    if cue == "their" and _GIVEN_THEIR_BEFORE.search(before, 0, m.start()):
        return True  # "give callers their number, (918) ...": an organisation's number handed to callers
    return cue in _CUE_HEADS_DEPARTMENT and bool(
        _DEPARTMENT_AFTER.match(before, m.end())
        or (before.startswith((" id", " -id", "-id"), m.end()) and _OWN_CALLER_ID.search(before, 0, m.start()))
        # "Give callers (928) 755-3410": a number handed to everyone who calls is the practice's
        or (cue[-1:] == "s" and _GIVEN_TO_BEFORE.search(before, 0, m.start())))


_GIVEN_THEIR_BEFORE = lazy_compile(r"\b(?:give|tell|offer|read) (?:the |all |our )?(?:callers|patients|families|"
                                  r"members|them|people) $")
_GIVEN_TO_BEFORE = lazy_compile(r"\b(?:give|tell|refer|direct|send|offer|read) (?:the |all |our )?(?:[a-z]+ )?$")


# The word before "caller ID" when the ID is the practice's own display number: "outbound caller
# ID", "our caller ID", "the agent's caller ID". (A bare "Caller ID: 614-..." in a call log shows
# the caller's number and stays a cue.)
_OWN_CALLER_ID = lazy_compile(r"\b(?:outbound|outgoing|our|agent(?:'s|’s)?|bot(?:'s|’s)?|practice(?:'s|’s)?|"
                            r"clinic(?:'s|’s)?|office(?:'s|’s)?|dialer|display(?:ed)?|set(?: the)?)\s?$")


def _person_cue_except(person_rx: re.Pattern[str], text: str, cue: str) -> re.Match[str] | None:
    """The first person cue in `text` other than `cue`."""
    m = person_rx.search(text)
    while m is not None and m.group(0) == cue:
        m = person_rx.search(text, m.end())
    return m


def _line_block(m: re.Match[str]) -> str:
    """A NANP number's area code, exchange and the line's first two digits ("58528644"), or "" for
    another number: the block an organisation's consecutive lines share."""
    a1, a2, a3, a4, exchange, line = m.groups()
    area = a1 or a2 or a3 or (m.string[m.start()] + a4 if a4 else None)
    return area + exchange + line[:2] if area and exchange and line else ""


def _called_from(before: str) -> re.Match[str] | None:
    """A call-verb ... "from" cue right before the number, with no business word in it or just
    before the verb (the practice calling from its own line)."""
    m = _CALLED_FROM.search(before)
    if m is None or BUSINESS_CUE.search(before, max(0, m.start() - 20), m.end()):
        return None
    return m


@lru_cache(maxsize=1024)
def _key_business(key_text: str) -> bool:
    return BUSINESS_CUE.search(key_text) is not None


def _npi_word_in(t: str) -> bool:
    """Does `t` contain one of the _NPI_CUE words (a cue found in any window of `t` would)?"""
    return "npi" in t or "provider" in t or "tax id" in t or "tin" in t or "ein" in t or "dea" in t


def _business(s: Scan, business_rx: re.Pattern[str], before: str, end: int, named: bool) -> bool:
    """Business words before the number, after it when no name is near, or in the key."""
    return bool(business_rx.search(before) or (not named and business_rx.search(s.after(end, 30)))
                or (s.key_text and _key_business(s.key_text)))


# --- spelled-out digits ---------------------------------------------------------------------------
_CONTACT_LABEL = lazy_compile(r"\b(?:phone|tel|telephone|main line|call)\W{0,4}$")
_CONTACT_SECTION = lazy_compile(r"\bcontact (?:details|information|info|us)\b|\bbusiness hours\b")

def _practice_line(s: Scan, start: int) -> bool:
    """'call us back at ...', or 'Phone:' in the practice's contact block: the practice's own number."""
    if BUSINESS_CUE.search(s.before(start, 30)):
        return True
    wide = s.before(start, 250)
    in_contact_block = BUSINESS_CUE.search(wide) or _CONTACT_SECTION.search(wide)
    return bool(_CONTACT_LABEL.search(s.before(start, 14)) and in_contact_block)


_DIGIT_WORDS = {"zero": "0", "oh": "0", "o": "0", "one": "1", "two": "2", "three": "3", "four": "4",
                "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}
_SPELLED_CARD_CUE = lazy_compile(r"\b(?:card|visa|mastercard|amex|discover)\b")
_SPELLED_RE = lazy_compile(
    r"(?<![\w])(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
    r"(?:(?:[ ,-]{1,3}|, )(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)){6,15}(?![\w])",
    re.IGNORECASE,
)
_WORD_RE = lazy_compile(r"[a-z]+")


def _fictional_digits(digits: str) -> bool:
    """A 555-01xx number (7 digits, 10 with the area code, 11 with a leading 1)."""
    local = digits[-7:]
    return local.startswith("55501")


_CALLER_NUMBER = lazy_compile(r"\b(?:caller|patient|member|client)(?:'s|’s)? (?:left|gave|read|said|spelled|number|"
                              r"callback)\b|\bnumber the (?:caller|patient) (?:gave|left|read)\b"
                              # "Your callback number on file is ...", "Read the callback number slowly for Tarbwillin"
                              r"|\byour (?:callback |call-back |cell |mobile |home )?number\b"
                              # a third person's: "Her callback number, read the way she likes it:", "the number she
                              # gave"
                              r"|\b(?:her|his|their) (?:callback |call-back |cell |mobile |home |new )?number\b"
                              r"|\bnumber (?:she|he|they) (?:gave|left|read|said)\b"
                              # "Caller asked us to text back at ...": where the caller wants to be reached
                              r"|\b(?:caller|patient|client|member|she|he|they) (?:asked|wants|prefers|asks) "
                              r"(?:us |you |to be )?(?:to )?(?:text|call|reach|texted|called|reached)"
                              r"(?: (?:back|her|him|them))? (?:at|on)\b"
                              r"|\bcall-?back number\b[^.\n]{0,25}\bfor (?!the |our |us |a |an |this |that |any )\w")
_NAMED_AFTER_NUMBER = lazy_compile(r"\s?[-–—]\s?(?:that's |it's )?[A-Z][a-z]{2,20}\b(?!\s(?:Clinic|Health|Medical|Line|"
                                   r"Pharmacy|Center|Hospital|Office))")


def _same_sentence(before: str) -> str:
    """The part of `before` after its last sentence end or line break."""
    cut = max(before.rfind("\n"), before.rfind(". "), before.rfind("? "), before.rfind("! "))
    return before[cut + 1 :]


# Whose spelled number it is, further back in its sentence than the 45-character cue window reaches: a
# relative (not "a parent", who leaves numbers in read-back instructions), an emergency contact, a callback
# or a text for someone, a named person's number ("Tamsin's VP number:", "Sis. Efua's new number is").
_SPELLED_OWNER = lazy_compile(r"\b(?:(?:" + _KIN_OWNER_WORDS + r")s?|emergency contact|"
                              r"callback for (?:the|a|this) (?!clinic|office|practice|desk|line|team)\w+|"
                              r"texts? (?!us\b|the\b|our\b)[a-z]+ back|texts? reminders? to)\b")
_NAMED_OWNER = lazy_compile(r"\b([A-Z][a-z]{2,20})(?:'s|’s) (?:[\w-]+ ){0,2}(?:number|callback|cell|mobile|line)\b")


def _owner_in_sentence(s: Scan, start: int, sentence: str) -> bool:
    """`sentence`: the number's sentence before it (_same_sentence of the 120 characters before `start`)."""
    if _SPELLED_OWNER.search(sentence):
        return True
    named = _NAMED_OWNER.search(s.text, start - len(sentence), start)
    return named is not None and not is_common_word(named.group(1).lower())


# One to four letters spelled one by one before the digit words: "C, P, X, " (each a lone capital).
_SPELLED_LETTERS_BEFORE = lazy_compile(r"(?<![\w])[A-Z](?:(?:, ?| |-)[A-Z]){0,3}(?:, ?| |-)$")


def recognize_spelled_digits(s: Scan) -> list[PhiHit]:
    """Digits spelled out for TTS ("four one five, two two one ..."): phone or SSN by count + cue."""
    text = s.text
    if len(text) < 20:  # seven words and six separators: "oh,oh,oh,oh,oh,oh,oh" is the shortest match
        return []
    low = s.lower
    # (an ASCII run of seven Spanish, Portuguese or Turkish digit words nearly always holds one of
    # these; a non-ASCII text is searched whole)
    foreign = _foreign_spelled(s) if (not text.isascii() and _FOREIGN_DIGIT_HINT.search(low)) or (
        "ocho" in low or "cinco" in low or "nueve" in low or "oito" in low or "sekiz" in low or "dokuz" in low
        or "walo" in low or "siyam" in low or "dalawa" in low or "tatlo" in low or "senk" in low or "twa" in low
    ) else []
    # The plain gate (kept below) wants three of the ten number words. "one" and "four" are two,
    # so one of the other eight must occur; a missing rarer letter rules words out first
    # (v: five, seven; x: six; z: zero; w: two; g: eight).
    if not (("v" in low and ("five" in low or "seven" in low)) or ("x" in low and "six" in low)
            or ("z" in low and "zero" in low) or ("w" in low and "two" in low) or ("g" in low and "eight" in low)
            or "three" in low or "nine" in low):
        return foreign
    if sum(1 for w in ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "zero") if w in low) < 3:
        return foreign
    hits: list[PhiHit] = []
    for m in _SPELLED_RE.finditer(text):
        digits = "".join(_DIGIT_WORDS[w] for w in _WORD_RE.findall(m.group(0).lower()))
        before = s.before(m.start(), 45)
        # nine spelled digits are an SSN after an SSN cue in the same sentence ("read her social
        # out loud before the bot could stop her - 'four one two, ...'"), or under an SSN key
        if len(digits) == 9 and (_SSN_CUE.search(_same_sentence(s.before(m.start(), 100)))
                                 or _SSN_CUE.search(s.key_text)):
            if ssn_ok(digits[:3], digits[3:5], digits[5:]):
                hits.append(PhiHit(m.start(), m.end(), "SSN", "ssn_spelled", 0.9, "SSN spelled out digit by digit",
                                   True))
        elif len(digits) in (15, 16) and card_ok(digits) and _SPELLED_CARD_CUE.search(before):
            hits.append(PhiHit(m.start(), m.end(), "ACCOUNT_NUMBER", "card_spelled", 0.9,
                               "payment card number spelled out digit by digit (valid card)", True))
        elif len(digits) in (7, 10, 11) and not s.near_name(m.start(), m.end(), 80) and _practice_line(
                s, m.start()) and not _CALLER_NUMBER.search(_same_sentence(s.before(m.start(), 120))):
            continue  # (not "Caller asked us to text back at ...": the caller's number)
        elif len(digits) in (7, 10, 11) and _fictional_digits(digits) and not s.near_name(m.start(), m.end(), 80) and (
                not _stored_for_person(s)):
            continue  # a 555-01xx number read back in an example is nobody's (as in recognize_phone)
        elif len(digits) in (7, 10, 11) and (_person_cue(_PHONE_PERSON, before)
                                             or (s.key_text and _key_phone_person(s.key_text))
                                             or s.near_name(m.start(), m.end(), 80)
                                             # a caller's number further back in its sentence ("Caller left this
                                             # number in words, keep for the retest: two zero eight, ...")
                                             or _CALLER_NUMBER.search(
                                                 sentence := _same_sentence(s.before(m.start(), 120)))
                                             # or a relative, an emergency contact or a named person's own
                                             # number earlier in its sentence ("reach the birthing parent's
                                             # sister at ...", "Hedi's callback is ...")
                                             or _owner_in_sentence(s, m.start(), sentence)
                                             # or the caller named right after it ("... seven two - Priscilla")
                                             or _NAMED_AFTER_NUMBER.match(text, m.end())
                                             # or a relative's line, said after it ("... — that's his niece's cell")
                                             or _KIN_LINE_AFTER.match(low, m.end())
                                             # or read out in the caller's own turn of a transcript
                                             or in_caller_turn(s, m.start())):
            kind = "FAX" if _FAX_CUE.search(before) else "PHONE"
            hits.append(PhiHit(m.start(), m.end(), kind, "phone_spelled", 0.8,
                               "phone number spelled out digit by digit with a personal cue"))
        elif len(digits) >= 6 and (cued := id_cue_type(before)) is not None:
            hits.append(PhiHit(m.start(), m.end(), cued, "id_spelled", 0.8,
                               "identifier spelled out digit by digit right after its cue"))
        elif len(digits) >= 6 and (
                lead := _SPELLED_LETTERS_BEFORE.search(text, max(0, m.start() - 16), m.start())) and (
                cued := id_cue_type(s.before(lead.start(), 45))) is not None:
            # its letters spelled first: "my member number is C, P, X, seven zero one, ..."
            hits.append(PhiHit(lead.start(), m.end(), cued, "id_spelled", 0.8,
                               "identifier spelled out letter by letter and digit by digit right after its cue"))
    return hits + foreign if foreign else hits


# Digit words of the other languages callers read numbers in (Spanish, Portuguese, Russian, Turkish,
# Tagalog, Haitian Creole).
# A run of seven or more of them is a number read out; a phone when a cue in its own language (or
# the caller's turn) says whose.
_FOREIGN_DIGIT_WORDS = {
    "cero": "0", "uno": "1", "una": "1", "dos": "2", "tres": "3", "cuatro": "4", "cinco": "5", "seis": "6",
    "siete": "7", "ocho": "8", "nueve": "9",
    "um": "1", "dois": "2", "duas": "2", "três": "3", "quatro": "4", "sete": "7", "oito": "8", "nove": "9",
    "ноль": "0", "нуль": "0", "один": "1", "одна": "1", "два": "2", "две": "2", "три": "3", "четыре": "4",
    "пять": "5", "шесть": "6", "семь": "7", "восемь": "8", "девять": "9",
    "sıfır": "0", "bir": "1", "iki": "2", "üç": "3", "dört": "4", "beş": "5", "altı": "6", "yedi": "7",
    "sekiz": "8", "dokuz": "9",
    # Tagalog: "walo-zero-walo, siyam-lima-apat, ..."
    "isa": "1", "dalawa": "2", "tatlo": "3", "apat": "4", "lima": "5", "anim": "6", "pito": "7", "walo": "8",
    "siyam": "9",
    # Haitian Creole: "sèt, de, nèf, kat, en, senk, zewo"
    "zewo": "0", "en": "1", "youn": "1", "de": "2", "twa": "3", "kat": "4", "senk": "5", "sis": "6", "sèt": "7",
    "uit": "8", "nèf": "9",
}
_FOREIGN_DIGIT = "|".join(sorted(_FOREIGN_DIGIT_WORDS, key=len, reverse=True)) + "|zero"
_FOREIGN_SPELLED_RE = lazy_compile(r"(?<![\w])(?:" + _FOREIGN_DIGIT + r")(?:(?:[ ,-]{1,3}|, )(?:" + _FOREIGN_DIGIT
                                   + r")){6,15}(?![\w])", re.IGNORECASE)
# Whose number it is, in the same languages: "mi número es", "meu telefone", "Перезвонить по поводу",
# "Llamar a Isidro al", "telefon numaram".
_FOREIGN_PHONE_CUE = lazy_compile(
    r"\b(?:mi (?:número|numero|teléfono|telefono|celular)|su (?:número|numero|teléfono|telefono|celular)|"
    r"llamar(?:le)? a|llámele|devolver la llamada|devuélvele la llamada|devuélvale la llamada|"
    r"devuelve la llamada|regrésale la llamada|"
    r"número de(?:l| la| el| su)? (?:hermana|hermano|hija|hijo|esposa|esposo|mamá|papá|madre|padre|abuela|abuelo)|"
    r"meu (?:número|numero|telefone|celular)|ligar para|"
    # Portuguese: call back ("Ligar de volta pra Camila no três zero cinco, ...")
    r"ligar de volta|ligue de volta|ligar pra|liga pra|"
    # "llámeme al siete uno ocho, ...", "márqueme al ...", "me liga no ..."
    r"llámeme|llámame|llamarme|márqueme|me liga|"
    r"мой (?:номер|телефон)|ее номер|его номер|номер телефона|перезвонить|позвонить|"
    r"numaram|numarası|numaramı|telefon numaram|numero ni|numero ko|aking numero|telepono ni|"
    # Haitian Creole: "nimewo telefòn mwen", "nimewo dosye mwen" (my record number)
    r"nimewo(?: \w+)? (?:mwen|li)\b)"
    r"|^\s*(?:user|caller|usuario|usuário|пользователь|kullanıcı)\s*:",
    re.IGNORECASE | re.MULTILINE)


def _foreign_spelled(s: Scan) -> list[PhiHit]:
    hits: list[PhiHit] = []
    for m in _FOREIGN_SPELLED_RE.finditer(s.text):
        digits = "".join(_FOREIGN_DIGIT_WORDS.get(w, "0") for w in _FOREIGN_WORD_RE.findall(m.group(0).lower()))
        if len(digits) not in (7, 10, 11):
            continue
        named = s.near_name(m.start(), m.end(), 80)
        if not named and (_fictional_digits(digits) or _practice_line(s, m.start())):
            continue  # a 555-01xx example, the practice's own line (as for English words)
        line = s.lower[s.line_start(m.start()) : m.start()]
        if named or _FOREIGN_PHONE_CUE.search(line) or (s.key_text and _key_phone_person(s.key_text)) or (
                # a Haitian Creole number in an English prompt: "gives her number as: 'sis en sèt, ...'"
                _HAITIAN_DIGIT.search(m.group(0).lower()) and _person_cue(_PHONE_PERSON, s.before(m.start(), 45))
                and not EXAMPLE_CUE.search(line)):
            if "dosye" in line or "expediente" in line or "prontuário" in line:  # a record's number
                hits.append(PhiHit(m.start(), m.end(), "MRN", "id_spelled", 0.8,
                                   "record number read out digit by digit in another language"))
                continue
            hits.append(PhiHit(m.start(), m.end(), "PHONE", "phone_spelled", 0.8,
                               "phone number read out digit by digit in another language, with a personal cue"))
    return hits


_FOREIGN_WORD_RE = lazy_compile(r"[^\W\d_]+")
_HAITIAN_DIGIT = lazy_compile(r"\b(?:senk|sèt|nèf|twa|kat|uit|zewo)\b")
# Seven digit words nearly always include one of these (only a run of 0, 1 and 2 alone avoids them in
# Spanish, Portuguese and Turkish; "ноль"/"один"/"два" cover the Russian low digits): a gate, not exact.
_FOREIGN_DIGIT_HINT = lazy_compile(r"cinco|seis|siete|ocho|nueve|cuatro|tres|sete|oito|nove|quatro|três|"
                                   r"пять|шесть|семь|восемь|девять|четыре|три|ноль|один|два|"
                                   r"beş|altı|yedi|sekiz|dokuz|dört|üç")


# An identifier's cue right before its value: "member ID", "my son's medicaid number is", "MRN:".
_ID_CUE_END = lazy_compile(
    r"\b(?:(?P<plan>member|medicaid|medicare|subscriber|policy|insurance|health plan) (?:id|number|no\.?|#)"
    r"|(?P<mrn>mrn|medical record number|chart number)|(?P<account>account (?:number|no\.?|#)))"
    r"(?: is| was| as)?\W{0,3}$")
_CUE_TYPE = {"plan": "HEALTH_PLAN_ID", "mrn": "MRN", "account": "ACCOUNT_NUMBER"}


def id_cue_type(before: str) -> str | None:
    """The identifier type whose cue ends `before` (lower-cased), or None."""
    m = _ID_CUE_END.search(before)
    return _CUE_TYPE[m.lastgroup] if m is not None and m.lastgroup else None


# --- MBI ------------------------------------------------------------------------------------------
_MBI_RE = lazy_compile(r"[1-9](?<![A-Za-z0-9][1-9])[A-Za-z][A-Za-z0-9]\d-?[A-Za-z][A-Za-z0-9]\d-?[A-Za-z]{2}\d{2}"
                     r"(?![A-Za-z0-9])")
_MBI_CUE = lazy_compile(r"\b(?:mbi|medicare|beneficiary)\b")


# Keys describing the identifier's shape rather than holding one.
_MBI_FORMAT_KEY = lazy_compile(r"\b(?:format|formats|pattern|mask|regex|template|example|sample|placeholder|shape|"
                             r"syntax|layout)\b")


def _placeholder_mbi(v: str) -> bool:
    """A position chart written as a value ("1AA0-AA0-AA00", "1AN9-AA9-AA99"): one letter repeated
    in the letter-only positions and only the digits 0, 1 and 9."""
    letters = {ch for ch in v.upper() if ch.isalpha()}
    digits = {ch for ch in v if ch.isdigit()}
    return len(letters) <= 2 and digits <= {"0", "1", "9"}


def recognize_mbi(s: Scan) -> list[PhiHit]:
    if s.digits < MBI_MIN_DIGITS or s.text.islower():
        return []
    shape = s.memo.get("digit_shape", _UNSET)  # digit_shape(s), without a call when known
    if shape is _UNSET:
        shape = digit_shape(s)
    # An MBI ends digit, [hyphen], two letters, two digits.
    if shape is not None and "9aa99" not in shape and "9-aa99" not in shape:
        return []
    if s.key_text and _MBI_FORMAT_KEY.search(s.key_text):
        return []  # "mbi_format": "1AA0-AA0-AA00": the format described, nobody's number
    hits: list[PhiHit] = []
    for m in _MBI_RE.finditer(s.text):
        v = m.group(0)
        if not mbi_ok(v) or _placeholder_mbi(v):
            continue
        # Lower-case or mixed tokens are rarely MBIs; require upper case unless a cue says so.
        cue = s.cue(_MBI_CUE, m.start(), m.end())
        if not v.isupper() and not cue:
            continue
        hits.append(PhiHit(m.start(), m.end(), "HEALTH_PLAN_ID", "mbi", 0.95 if cue else 0.85,
                           "Medicare Beneficiary Identifier format (CMS position rules)"
                           + (f" with cue '{cue}'" if cue else ""), True))
    return hits
