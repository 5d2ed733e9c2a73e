"""A caller's answer to the agent's question for an identifier, in a transcript or a test chat.

"Agent: Can I get your member ID?\\nUser: it's WQX448120937" and "assistant: Who am I speaking
with? user: Maja S Hermansen" hold no cue beside the value: the agent's question right before the
caller's turn is the cue, and the head of the answer is what was asked for. Only the answer's head
is read (after "yes", "sure", "it's", "my name is"), and only in the value's shape: a run of
capitalised words for a name, a code with digits for an id, four digits for the last four of an
SSN, five digits for a ZIP code. A question about someone else's name (the doctor's, the
pharmacy's) or a turn the caller does not speak cues nothing.
"""

from __future__ import annotations

import re

from compliance_lint.phi.context import Scan
from compliance_lint.phi.hits import PhiHit
from compliance_lint.phi.lexicon import COMMON_WORDS, HONORIFICS, PLACEHOLDER_NAMES
from compliance_lint.phi.patterns import lazy_compile
from compliance_lint.phi.recognizers.names import plain_word, spelled_name_after
from compliance_lint.phi.recognizers.turns import CALLER_ROLES, in_caller_turn

_ROLES = "|".join(sorted(CALLER_ROLES))
# A question's end, then the caller's turn: "...ID?\nUser: ", "...with? user: ", "...name?' [user] '".
_QUESTION_THEN_CALLER = lazy_compile(
    r"\?[\"'”’]?[ \t]{0,3}\n?[ \t]{0,6}(?:[-*>•][ \t]*)?\**(?:\[(?:" + _ROLES + r")\]|(?:" + _ROLES
    + r")\**[ \t]*[:：])\**[ \t]*[\"'“‘]?", re.IGNORECASE)
# How far back the question may start.
_QUESTION_WINDOW = 160
# What the agent asks for, by the words of its question (lower case).
_ASKS: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    ("SSN", "answer_ssn", lazy_compile(r"\bsocial\b|\bssn\b|\bsecurity number")),
    ("GEO", "answer_zip", lazy_compile(r"\bzip\b|\bzip ?code|\bpostal code")),
    ("HEALTH_PLAN_ID", "answer_member_id", lazy_compile(
        r"\b(?:member|subscriber|insurance|medicaid|medicare|policy|plan|beneficiary) ?(?:id|number|#|no\b)")),
    ("MRN", "answer_mrn", lazy_compile(r"\bmrn\b|\bmedical record\b|\bchart number|\brecord number|\bpatient id\b")),
    ("ACCOUNT_NUMBER", "answer_account", lazy_compile(
        r"\baccount (?:number|#|no\b)|\b(?:credit|debit) card\b|\bcard number|\biban\b|\brouting number")),
    ("DEVICE_ID", "answer_serial", lazy_compile(r"\bserial\b")),
    ("OTHER_ID", "answer_code", lazy_compile(r"\bpass ?code\b|\bpassword\b|\bclaim (?:number|#|no\b)")),
    ("NAME", "answer_name", lazy_compile(
        # the caller's or the patient's own name, or the name on their file ...
        r"\b(?:your|his|her|their|the) (?:full |first |last |legal )?name\b(?! of\b)"
        r"|\bname (?:on|for|under) (?:the|your|this) (?:account|file|chart|card|appointment|registration|policy|"
        r"insurance|reservation|booking|referral|order|prescription|record)"
        # ... or the name of the person they call about: "the athlete's name", "your son's first name"
        r"|\b(?!(?:what|that|it|there|here|who|let|he|she)['’])[^\W\d_]+(?:['’]s|s['’]) (?:full |first |last |legal )?"
        r"name\b(?! of\b)"
        r"|\bwho (?:am i|i am|i'm) (?:speaking|talking) (?:with|to)\b|\bwho(?:'s| is) (?:calling|this|speaking)\b"
        r"|\bmay i (?:ask|have|get) who\b")),
)
# ... unless it is the name of someone or something else: "your doctor's name", "the name of your pharmacy".
_NOT_THE_CALLERS_NAME = lazy_compile(
    r"\b(?:doctor|dr|provider|physician|pcp|dentist|therapist|nurse|pharmacy|pharmacist|insurance|insurer|"
    r"employer|company|surgeon|specialist|clinic|practice|agency|school|plan|hospital|facility|medication|"
    r"medicine|drug|street|town|city|dog|cat|pet)['’]?s? (?:full |first |last )?name\b"
    r"|\bname of (?:the|your|his|her|their)\b")
# What a caller says before the answer: "yes,", "sure, it's", "my name is", "the last four are".
_ANSWER_LEAD = lazy_compile(
    r"(?:(?:yes|yeah|yep|yup|sure|ok|okay|um+|uh+|so|well|right|of course|sí|si|oui)\b[,.!]*[ \t]*)*"
    r"(?:(?:(?:hi|hello|hey)\b[,.!]*[ \t]*)?"
    r"(?:it'?s|it is|that'?s|that is|this is|i'?m|i am|my name is|my name'?s|name'?s|the name is|"
    r"(?:the )?last four (?:are|is)|they'?re|it'?s under|under)\b[ \t]*)?", re.IGNORECASE)
# A greeting or thanks at the head: a name after it is the agent's ("Thanks Dolores, it's Ray").
_GREETING_HEAD = lazy_compile(r"(?:hi|hello|hey|thanks|thank you|good (?:morning|afternoon|evening))\b", re.IGNORECASE)
# A word of a name at the answer's head (any script with case), or an initial.
_NAME_WORD = lazy_compile(r"[^\W\d_][\w'’-]*\.?")
# What may follow a name that is the whole answer: the turn's end or a pause, not more of a sentence.
_NAME_END = lazy_compile(r"[\"'”’]?(?:$|[,.;!]|[ \t]+(?:[-–—(]|and\b|&))", re.MULTILINE)
# A code with digits: a member number, a passcode ("HERON18"), a serial.
_CODE_HEAD = lazy_compile(r"(?=[A-Za-z-]*\d)[A-Za-z0-9][A-Za-z0-9-]{3,24}(?![\w-])")
_LAST_FOUR = lazy_compile(r"\d(?:[ -]?\d){3}(?![\d-])")
_ZIP_HEAD = lazy_compile(r"\d{5}(?:-\d{4})?(?![\d-])")


def recognize_answers(s: Scan) -> list[PhiHit]:
    if s.field != "prompt" or "?" not in s.text:
        return []
    out: list[PhiHit] = []
    text = s.text
    for m in _QUESTION_THEN_CALLER.finditer(text):
        q_end = m.start()
        asked = _asked_for(s, q_end)
        if asked is None or not in_caller_turn(s, m.end()):
            continue
        typ, recognizer = asked
        lead = _ANSWER_LEAD.match(text, m.end())  # (always matches: every part is optional)
        head = lead.end() if lead is not None else m.end()
        hit = _answer(s, head, typ, recognizer)
        if hit is not None:
            out.append(hit)
            spelled = spelled_name_after(text, hit.start, hit.end) if typ == "NAME" else None
            if spelled is not None:
                out.append(PhiHit(*spelled, "NAME", recognizer, hit.confidence,
                                  "the caller's name spelled out after it"))
    return out


def _asked_for(s: Scan, q_end: int) -> tuple[str, str] | None:
    """The identifier the question ending at `q_end` asks for, when the agent (not the caller) asks it."""
    low = s.lower
    start = max(low.rfind(".", q_end - _QUESTION_WINDOW, q_end), low.rfind("!", q_end - _QUESTION_WINDOW, q_end),
                low.rfind("?", q_end - _QUESTION_WINDOW, q_end), low.rfind("\n", q_end - _QUESTION_WINDOW, q_end),
                q_end - _QUESTION_WINDOW, 0)
    question = low[start:q_end]
    for typ, recognizer, pattern in _ASKS:
        if pattern.search(question):
            if typ == "NAME" and _NOT_THE_CALLERS_NAME.search(question):
                return None
            if in_caller_turn(s, q_end):
                return None  # the caller asks ("User: what's the member ID on file?")
            return typ, recognizer
    return None


def _answer(s: Scan, head: int, typ: str, recognizer: str) -> PhiHit | None:
    text = s.text
    if typ == "NAME":
        return _answer_name(s, head, recognizer)
    if typ == "SSN":
        m = _LAST_FOUR.match(text, head)
        reason = "the last four of an SSN the agent asked for, in the caller's answer"
    elif typ == "GEO":
        m = _ZIP_HEAD.match(text, head)
        reason = "the ZIP code the agent asked for, in the caller's answer"
    else:
        m = _CODE_HEAD.match(text, head)
        reason = "the number the agent asked for, in the caller's answer"
        if m is not None and _made_up(m.group(0)):
            return None
    if m is None:
        return None
    return PhiHit(m.start(), m.end(), typ, recognizer, 0.8, reason)


def _answer_name(s: Scan, head: int, recognizer: str) -> PhiHit | None:
    text = s.text
    if _GREETING_HEAD.match(text, head):
        return None
    end = head
    # The name's words: capitalised words and initials one space apart, up to four; a full stop after
    # a word (not an initial's or an honorific's) ends the name ("Grant. Grant Peletier.").
    for _ in range(4):
        w = _NAME_WORD.match(text, end + 1 if end > head else head)
        if w is None or not w.group(0)[0].isupper() or (end > head and text[end] != " "):
            break
        word = w.group(0)
        if word.endswith(".") and len(word) > 2 and word[:-1].lower() not in HONORIFICS:
            end = w.end() - 1
            break
        end = w.end()
    if end == head:
        return None
    if not _NAME_END.match(text, end):
        return None  # "Will you say that again?": a sentence, no name
    norms = [w.lower().strip(".'’-") for w in text[head:end].split()]
    if " ".join(norms) in PLACEHOLDER_NAMES or any(n in PLACEHOLDER_NAMES for n in norms):
        return None
    names = [n for n in norms if n not in HONORIFICS and len(n) > 1]
    if not names:
        return None
    if all(plain_word(n) for n in names) and (len(names) == 1 or any(n in COMMON_WORDS for n in names)):
        # "Sorry", "Billing", "Nobody", "Good Morning": words, not a name (two capitalised dictionary
        # words that are no everyday words are one: "Temperance Hale")
        return None
    return PhiHit(head, end, "NAME", recognizer, 0.75, "the caller's name given in answer to the agent's question")


def _made_up(code: str) -> bool:
    digits = "".join(ch for ch in code if ch.isdigit())
    return len(set(digits)) == 1 or digits in ("1234", "12345", "123456", "1234567", "12345678", "123456789",
                                               "0123456789", "1234567890")
