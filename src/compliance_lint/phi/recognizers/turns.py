"""Who is speaking: is a position inside a caller's turn of a transcript or test chat?

A name after "this is", a number read out digit by digit or a birth date spelled in words is the
caller's own when the caller says it, and the agent's script when the agent does. One test for
every recognizer, so "User:", "**Caller:**", "- role: user" and "المتصل:" mean the same everywhere.
"""

from __future__ import annotations

import re

from compliance_lint.phi.context import Scan
from compliance_lint.phi.patterns import lazy_compile

# Speakers whose turn is the caller's side of the call.
CALLER_ROLES = frozenset({"user", "caller", "customer", "patient", "human", "member", "client", "parent", "mom",
                          "dad", "guardian", "family", "spouse", "daughter", "son", "resident"})
# Arabic caller/user/patient, Dari/Farsi "کاربر" and Pashto "کارن" (user).
_FOREIGN_CALLER_ROLES = ("المتصل", "المستخدم", "المريض", "کاربر", "کارن")
# A line spoken by the caller: "User: ...", "> **Caller:** ...", "المتصل: ...".
_CALLER_LINE = lazy_compile(r"\W*(?:" + "|".join(sorted(CALLER_ROLES) + list(_FOREIGN_CALLER_ROLES))
                            + r")\W{0,3}[:：]", re.IGNORECASE)
# Any speaker label inside a line ("Test chat. User: 'hey it's Amani' Agent: ..."), or in brackets
# ("chat_history: [user] ... [agent] ...").
_SPEAKER_LABEL = lazy_compile(r"\b(" + "|".join(sorted(CALLER_ROLES)) + r"|assistant|agent|bot|ai|nurse|staff|"
                              r"receptionist|system)(?:\W{0,3}[:：]|\])", re.IGNORECASE)
# A test chat as YAML: "- role: user" on the line before "  message: \"hi it's Denise ...\"".
_MESSAGE_KEY = lazy_compile(r"\s*(?:message|content|text|msg)\s*:")
_ROLE_USER_LINE = lazy_compile(r"^\s*-?\s*role\s*:\s*[\"']?(?:user|caller|customer|patient)[\"']?\s*$", re.MULTILINE)
# How far back on a long line the last speaker label is looked for.
_LABEL_WINDOW = 300


def in_caller_turn(s: Scan, pos: int) -> bool:
    """Is `pos` in a turn spoken by the caller: its line starts with a caller's label, the line
    before says "role: user" in a YAML test chat, or the last speaker label before `pos` on its
    line is a caller's?"""
    line = s.line_start(pos)
    m = _CALLER_LINE.match(s.text, line)
    if m is not None and m.end() <= pos:
        return True
    if line > 0 and _MESSAGE_KEY.match(s.lower, line):
        return _ROLE_USER_LINE.search(s.lower, s.line_start(line - 1), line) is not None
    labels = _SPEAKER_LABEL.findall(s.text, max(line, pos - _LABEL_WINDOW), pos)
    return bool(labels) and labels[-1].lower() in CALLER_ROLES
