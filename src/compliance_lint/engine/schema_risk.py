"""Can a structured-output schema carry PHI? A property-by-property analysis of a JSON Schema.

Vapi's HIPAA page allows `forceStoreOnHipaaEnabled` only on outputs that "do NOT extract or generate
PHI" and gives the safe shapes: booleans (`appointmentBooked`), scores (`csatScore: 1-10`) and short
enums of non-identifying categories (`issueCategory`, `sentiment`). Everything else is judged risky
here, with the reason spelled out: free text, identifying string formats and patterns, and names,
titles or descriptions that name an identifier or clinical content. The words come from two data
tables (`schema-identifier-terms`, `schema-clinical-terms`) so a user can extend or trim them.

Pure functions over plain data: no Document, no CheckCall, so the analysis is testable on its own
and reusable for ElevenLabs `data_collection` items.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from compliance_lint.pointer import escape

# Formats whose values identify a person or are HIPAA Safe Harbor identifiers (dates tied to a
# person, email addresses, IP addresses, URLs, record UUIDs). `time` and `duration` carry neither.
RISKY_FORMATS = {
    "date": "a date (dates tied to a person are identifiers)",
    "date-time": "a date-time (dates tied to a person are identifiers)",
    "email": "an email address",
    "ipv4": "an IP address",
    "ipv6": "an IP address",
    "hostname": "a host name (a URL is an identifier)",
    "uuid": "a UUID (a record identifier)",
}
DEFAULT_MAX_ENUM = 20  # a longer "enum" is a lookup list (drugs, names), not a few categories

_WORD = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")
_DIGIT_CLASS = re.compile(r"(?:\\d|\[0-9\]|\[\\d\])(?:\{(\d+)(?:,\d*)?\}|([+*?]))?")
_LITERAL_ALTERNATIVE = re.compile(r"[A-Za-z][A-Za-z _-]*")


def words(*texts: Any) -> tuple[str, ...]:
    """Lower-case words of camelCase, snake_case, kebab-case and prose alike."""
    found: list[str] = []
    for text in texts:
        if isinstance(text, str):
            found.extend(w.lower() for w in _WORD.findall(text))
    return tuple(found)


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """Terms (one or more words each) that name an identifier or clinical content."""

    terms: tuple[tuple[str, tuple[str, ...], str], ...]  # (term, its words, "identifier" | "clinical")
    by_first: dict[str, list[tuple[str, tuple[str, ...], str]]]  # first word → terms starting with it

    @classmethod
    def of(cls, identifiers: Iterable[str], clinical: Iterable[str]) -> Vocabulary:
        terms = tuple((t, words(t), "identifier") for t in sorted(identifiers)) + tuple(
            (t, words(t), "clinical") for t in sorted(clinical))
        by_first: dict[str, list[tuple[str, tuple[str, ...], str]]] = {}
        for entry in terms:
            if entry[1]:
                by_first.setdefault(entry[1][0], []).append(entry)
        return cls(terms, by_first)

    def find(self, text_words: tuple[str, ...], *, identifiers: bool = True) -> list[tuple[str, str]]:
        """(term, category) for every vocabulary term found as a run of words (plurals tolerated)."""
        hits: dict[str, tuple[tuple[str, ...], str]] = {}
        for index, word in enumerate(text_words):
            # Only terms whose first word this word can be (itself, or its singular) are tried.
            for stem in {word, word[:-1], word[:-2]} if word.endswith("s") else (word,):
                for term, split, category in self.by_first.get(stem, ()):
                    if (identifiers or category == "clinical") and term not in hits \
                            and _contains(text_words[index:index + len(split)], split):
                        hits[term] = (split, category)
        # 'date of birth' found makes 'birth' noise: keep only terms no longer hit contains.
        return [(t, c) for t, (split, c) in sorted(hits.items(), key=lambda item: self._order(item[0]))
                if not any(len(o) > len(split) and _contains(o, split) for o, _ in hits.values())]

    def _order(self, term: str) -> int:
        return next(i for i, (t, _, _) in enumerate(self.terms) if t == term)


def _same_word(word: str, term: str) -> bool:
    return word == term or word in (term + "s", term + "es")


def _contains(haystack: tuple[str, ...], needle: tuple[str, ...]) -> bool:
    if not needle:
        return False
    size = len(needle)
    return any(all(_same_word(haystack[i + j], needle[j]) for j in range(size))
               for i in range(len(haystack) - size + 1))


@dataclass(frozen=True, slots=True)
class Risk:
    """One property that can carry PHI: its pointer (relative to what was analysed) and why."""

    pointer: str
    reasons: tuple[str, ...]

    def explain(self) -> str:
        return f"{self.pointer or '(root)'} is " + "; ".join(self.reasons)


def identifier_shape(pattern: str) -> str | None:
    """What identifier a regex pattern is shaped like (SSN, phone, date, long number, email), if any."""
    if "@" in pattern:
        return "an email address"

    def digits(match: re.Match[str]) -> str:
        # The minimum repeat count: `\d{6,10}` is at least a 6-digit number, not a phone number.
        low, op = match.group(1), match.group(2)
        return "9" * (int(low) if low is not None else 0 if op in ("*", "?") else 1)

    skeleton = _DIGIT_CLASS.sub(digits, pattern)
    groups = [len(g) for g in re.findall(r"9+", skeleton)]
    total = sum(groups)
    if groups == [3, 2, 4] or (groups == [9] and "ssn" in pattern.lower()):
        return "a Social Security number"
    if groups in ([3, 3, 4], [1, 3, 3, 4]) or groups in ([10], [11]):
        return "a phone number"
    if len(groups) == 3 and sorted(groups)[-1] == 4 and max(sorted(groups)[:2]) <= 2:
        return "a date"
    if total >= 6:
        return f"a {total}-digit number (a record, member or account number)"
    return None


def literal_alternatives(pattern: str) -> list[str] | None:
    """`^(billing|technical)$` → ['billing', 'technical']; None when the pattern is not a fixed set."""
    core = re.sub(r"\(\?[a-z]+\)|\(\?:|\\b|[\^$()]", "", pattern)
    options = [o.strip() for o in core.split("|")]
    if options and all(_LITERAL_ALTERNATIVE.fullmatch(o) for o in options):
        return options
    return None


@dataclass(slots=True)
class SchemaAnalyser:
    """Walks a schema; `free_text_risky=False` judges strings only by their names, formats, patterns."""

    vocabulary: Vocabulary
    free_text_risky: bool = True
    max_enum: int = DEFAULT_MAX_ENUM

    def analyse(self, schema: Any, pointer: str = "", name_words: tuple[str, ...] = ()) -> list[Risk]:
        return list(self._node(schema, pointer, name_words))

    def _node(self, node: Any, pointer: str, name_words: tuple[str, ...]) -> Iterator[Risk]:
        if not isinstance(node, Mapping):
            yield Risk(pointer, ("not a schema object, so any value may be extracted",))
            return
        own = name_words + words(node.get("title"), node.get("description"))
        for key in ("anyOf", "oneOf", "allOf"):
            branches = node.get(key)
            for index, branch in enumerate(branches if isinstance(branches, list) else []):
                yield from self._node(branch, f"{pointer}/{key}/{index}", own)
        types = _types(node)
        if not types:
            if any(k in node for k in ("anyOf", "oneOf", "allOf")):
                return
            yield Risk(pointer, ("a value of no declared type (anything may be extracted)",))
            return
        reasons: list[str] = []
        children: list[Iterator[Risk]] = []
        for kind in types:
            if kind == "object":
                reasons.extend(self._term_reasons(own, identifiers=False))
                children.append(self._object(node, pointer))
            elif kind == "array":
                # The items carry the array's name and description: `emails: [string]` holds emails.
                children.append(self._array(node, pointer, own))
            else:
                reasons.extend(self._scalar(kind, node, own))
        if reasons:
            yield Risk(pointer, tuple(dict.fromkeys(reasons)))
        for child in children:
            yield from child

    def _object(self, node: Mapping[str, Any], pointer: str) -> Iterator[Risk]:
        properties = node.get("properties")
        if not isinstance(properties, Mapping) or not properties:
            yield Risk(pointer, ("an object without properties (any content may be extracted)",))
            return
        for key, child in properties.items():
            yield from self._node(child, f"{pointer}/properties/{escape(str(key))}", words(str(key)))

    def _array(self, node: Mapping[str, Any], pointer: str, name_words: tuple[str, ...]) -> Iterator[Risk]:
        items = node.get("items")
        if not isinstance(items, Mapping):
            yield Risk(pointer, ("an array without an items schema (any content may be extracted)",))
            return
        yield from self._node(items, f"{pointer}/items", name_words)

    def _scalar(self, kind: str, node: Mapping[str, Any], own: tuple[str, ...]) -> list[str]:
        if kind == "boolean":
            # A yes/no cannot hold an identifier, but it can state a health fact (`isPregnant`).
            return self._term_reasons(own, identifiers=False)
        if kind in ("number", "integer"):
            return self._term_reasons(own, identifiers=True)
        if kind != "string":
            return [f"of unknown type '{kind}'"]
        return self._string(node, own)

    def _string(self, node: Mapping[str, Any], own: tuple[str, ...]) -> list[str]:
        reasons: list[str] = []
        fmt = node.get("format")
        if isinstance(fmt, str) and fmt in RISKY_FORMATS:
            reasons.append(f"a string of format '{fmt}', {RISKY_FORMATS[fmt]}")
        pattern = node.get("pattern")
        values: list[Any] | None = node.get("enum") if isinstance(node.get("enum"), list) else None
        if isinstance(pattern, str):
            shape = identifier_shape(pattern)
            if shape:
                reasons.append(f"a string whose pattern '{pattern}' is shaped like {shape}")
            elif values is None:
                values = literal_alternatives(pattern)
        if values is not None:
            reasons.extend(self._enum(values))
            reasons.extend(self._term_reasons(own, identifiers=False))
            return reasons
        if self.free_text_risky and fmt not in ("time", "duration") and not reasons:
            reasons.append("a free-text string (no enum of fixed categories)")
        reasons.extend(self._term_reasons(own, identifiers=True))
        return reasons

    def _enum(self, values: list[Any]) -> list[str]:
        if len(values) > self.max_enum:
            return [f"an enum of {len(values)} values (more than {self.max_enum}: a lookup list, not categories)"]
        clinical = [t for v in values for t, _ in self.vocabulary.find(words(str(v)), identifiers=False)]
        if clinical:
            return [f"an enum whose values name clinical content ({_quote(dict.fromkeys(clinical))})"]
        return []

    def _term_reasons(self, own: tuple[str, ...], *, identifiers: bool) -> list[str]:
        hits = self.vocabulary.find(own, identifiers=identifiers)
        by_category: dict[str, list[str]] = {}
        for term, category in hits:
            by_category.setdefault(category, []).append(term)
        labels = {"identifier": "an identifier", "clinical": "clinical content"}
        return [f"named or described as {labels[c]} ({_quote(terms)})" for c, terms in by_category.items()]


def _types(node: Mapping[str, Any]) -> list[str]:
    declared = node.get("type")
    if isinstance(declared, str):
        return [declared]
    if isinstance(declared, list):
        return [t for t in declared if isinstance(t, str) and t != "null"]
    if "enum" in node:
        return ["string"]
    if "properties" in node:
        return ["object"]
    if "items" in node:
        return ["array"]
    return []


def _quote(terms: Iterable[str]) -> str:
    return ", ".join(f"'{t}'" for t in terms)
