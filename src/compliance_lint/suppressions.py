"""Suppressions: entries in the config file, and `# compliance-lint: ignore[RULE] reason` YAML comments.

Both need a reason. Inline directives are parsed strictly: anything that starts like a directive but
does not parse is itself reported (rule CL007) and suppresses nothing, so a typo can never silence
more than was meant (the Semgrep `nosemgrep :` lesson).
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date

from compliance_lint.config import Suppression
from compliance_lint.engine.packs import Rule

# A YAML comment starts at '#' preceded by whitespace or the start of the line.
_ATTEMPT = re.compile(r"(?:^|(?<=\s))#\s*compliance-lint\b")
_DIRECTIVE = re.compile(r"#\s*compliance-lint:\s*ignore\[(?P<rules>[^\]]*)\](?P<reason>.*)$")
_RULE_ID = re.compile(r"^[A-Z][A-Z0-9]*[0-9]{3}$")
USAGE = "# compliance-lint: ignore[RULE_ID] reason"


@dataclass(slots=True)
class InlineDirective:
    line: int
    column: int  # of the '#'
    text: str  # the comment, for the digest of a CL007 finding
    rules: tuple[str, ...] = ()
    reason: str = ""
    own_line: bool = False  # nothing but the comment on its line: it also covers the next line
    problem: str | None = None
    used: set[str] = field(default_factory=set)

    def covers(self, line: int) -> bool:
        return self.problem is None and (line == self.line or (self.own_line and line == self.line + 1))


def parse_directives(text: str, rules: Mapping[str, Rule], last_line: int | None = None) -> list[InlineDirective]:
    """Every directive in a YAML text (lines up to `last_line`: a Markdown body is prose, not YAML)."""
    found = []
    for number, line in enumerate(text.splitlines(), start=1):
        if last_line is not None and number > last_line:
            break
        attempt = _ATTEMPT.search(line)
        if attempt is None:
            continue
        comment = line[attempt.start():].rstrip()
        directive = InlineDirective(number, attempt.start() + 1, comment, own_line=not line[:attempt.start()].strip())
        directive.problem = _parse(directive, comment, rules)
        found.append(directive)
    return found


def _parse(directive: InlineDirective, comment: str, rules: Mapping[str, Rule]) -> str | None:
    match = _DIRECTIVE.match(comment)
    if match is None:
        return f"malformed inline suppression {comment!r}: write `{USAGE}`"
    ids = tuple(part.strip() for part in match["rules"].split(","))
    directive.rules = ids
    directive.reason = match["reason"].strip()
    if not all(ids):
        return f"inline suppression names no rule: write `{USAGE}`"
    for rule_id in ids:
        if not _RULE_ID.match(rule_id) or rule_id not in rules:
            return f"inline suppression names unknown rule '{rule_id}' (see `compliance-lint rules`)"
        if not rules[rule_id].suppressible:
            return f"rule {rule_id} cannot be suppressed"
    if not match["reason"][:1].isspace() or not directive.reason:
        return f"inline suppression of {', '.join(ids)} has no reason: write `{USAGE}`"
    return None


def covering(directives: list[InlineDirective], rule_id: str, line: int) -> Iterator[InlineDirective]:
    return (d for d in directives if d.covers(line) and rule_id in d.rules)


def rule_matches(suppression: Suppression, rule_id: str, rule_name: str) -> bool:
    return suppression.rule in (rule_id, rule_name)


def path_matches(suppression: Suppression, rel_path: str) -> bool:
    """`rel_path` is relative to the config file's directory, like every glob in the config file."""
    pattern = suppression.path.rstrip("/")
    return fnmatch.fnmatchcase(rel_path, pattern) or fnmatch.fnmatchcase(rel_path, pattern + "/*")


def pointer_matches(suppression: Suppression, pointer: str) -> bool:
    """No pointer: the whole file. A pointer covers that value and everything below it."""
    wanted = suppression.pointer
    return wanted is None or pointer == wanted or pointer.startswith(wanted.rstrip("/") + "/")


def expired(suppression: Suppression, today: date) -> bool:
    """`expires` is the last day the suppression applies."""
    return suppression.expires is not None and date.fromisoformat(suppression.expires) < today
