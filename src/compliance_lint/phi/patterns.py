"""Regex building blocks for fast cue searches: prefix tries, first-letter factoring, ASCII twins.

Python's re tries the branches of an alternation one after another at every position, and cannot
skip ahead when a pattern starts with a look-behind or a word boundary. These helpers rewrite
patterns into equivalent ones (same matches, checked by the result snapshot in bench/) that re
rejects with one or two character tests per position.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import partial
from typing import Any, AnyStr, cast

# The methods of a compiled pattern, bound onto a LazyPattern when it compiles.
_PATTERN_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner")
_INLINE_GLOBAL_FLAGS = re.compile(r"\(\?([aiLmsux]+)\)")
_FLAG_LETTERS = {"a": re.ASCII, "i": re.IGNORECASE, "L": re.LOCALE, "m": re.MULTILINE, "s": re.DOTALL,
                 "u": re.UNICODE, "x": re.VERBOSE}
_ALL_LAZY: list[LazyPattern] = []


class LazyPattern:
    """A regex that compiles on its first use, then behaves as the compiled pattern.

    Compiling the engine's 440 patterns took about 0.4 s, most of a one-file pre-commit run, and
    a typical file needs a few dozen of them. Each method is a slot that first holds a stub; the
    first call compiles and puts the compiled pattern's bound methods in the slots, so later
    calls cost what a call on the compiled pattern costs (slots, and no __getattr__, keep the
    attribute lookup on CPython's fast path). `pattern` and `flags` are known without compiling,
    so patterns can be built from others. A match's `.re` is the compiled pattern, never this.
    """

    __slots__ = ("pattern", "flags", "_given_flags", "_compiled", *_PATTERN_METHODS)

    def __init__(self, pattern: str | bytes, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = _effective_flags(pattern, flags)
        self._given_flags = flags
        self._compiled: re.Pattern[str] | re.Pattern[bytes] | None = None
        for method in _PATTERN_METHODS:
            setattr(self, method, partial(self._first_call, method))
        _ALL_LAZY.append(self)

    def compile(self) -> re.Pattern[str] | re.Pattern[bytes]:
        if self._compiled is None:
            source = self.pattern
            if isinstance(source, str):
                # \b(?:word|word|...) patterns compile in their factored form (see _factored_source)
                source = _factored_source(source, self.flags) or source
            self._compiled = re.compile(source, self._given_flags)
            for method in _PATTERN_METHODS:
                setattr(self, method, getattr(self._compiled, method))
        return self._compiled

    def _first_call(self, method: str, *args: Any, **kwargs: Any) -> Any:
        return getattr(self.compile(), method)(*args, **kwargs)

    @property
    def groups(self) -> int:
        return self.compile().groups

    @property
    def groupindex(self) -> Mapping[str, int]:
        return self.compile().groupindex

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self._given_flags})"


def _effective_flags(pattern: str | bytes, flags: int) -> int:
    """The `flags` re.compile reports: the given ones, UNICODE for text patterns, and the inline
    global flags a pattern starts with."""
    if isinstance(pattern, str):
        m = _INLINE_GLOBAL_FLAGS.match(pattern)
        for letter in m.group(1) if m else "":
            flags |= _FLAG_LETTERS[letter]
        if not flags & (re.ASCII | re.LOCALE):
            flags |= re.UNICODE
    return flags


def lazy_compile(pattern: AnyStr, flags: int = 0) -> re.Pattern[AnyStr]:
    """re.compile, deferred to the pattern's first use (see LazyPattern)."""
    return cast("re.Pattern[AnyStr]", LazyPattern(pattern, flags))


def all_lazy_patterns() -> list[LazyPattern]:
    """Every lazy pattern made so far: tests compile them all, so no syntax error waits for a text."""
    return list(_ALL_LAZY)


def word_trie(words: list[str]) -> str:
    """A regex matching exactly the given words, factored by common prefixes.

    re tries the branches of a flat alternation one after another; factored, a position that
    starts no word is rejected after one character test per level.
    """
    by_first: dict[str, list[str]] = {}
    complete = False
    for w in words:
        if w:
            by_first.setdefault(w[0], []).append(w[1:])
        else:
            complete = True
    alts = [re.escape(ch) + word_trie(rest) for ch, rest in sorted(by_first.items())]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 and len(alts[0]) == 1 else "(?:" + "|".join(alts) + ")"
    return "(?:" + body + ")?" if complete else body


def starts_trie(strings: list[str]) -> str:
    """A regex that matches at exactly the positions where one of `strings` starts (what it matches
    there may be a shorter one of them): for finding where to look, not what is there.

    Two reductions keep it small, so it builds and compiles in milliseconds where the trie of every
    string took over 0.1 s of a one-file run: a string that starts with another one of them adds no
    position; and the strings "w rest" whose first words `w` all go with the same set of rests
    ("her ca license", "his ca license", ...) are written once, as (?:w|w) (?:rest|rest).
    """
    minimal: list[str] = []
    for st in sorted(strings):  # (in sorted order, a string's shortest prefix among them comes just before)
        if not (minimal and st.startswith(minimal[-1])):
            minimal.append(st)
    rests_by_first: dict[str, list[str]] = {}
    for st in minimal:
        if " " in st:
            first, rest = st.split(" ", 1)
            rests_by_first.setdefault(first, []).append(rest)
    firsts_by_rests: dict[tuple[str, ...], list[str]] = {}
    for first, rests in rests_by_first.items():
        firsts_by_rests.setdefault(tuple(rests), []).append(first)
    shared = {first for firsts in firsts_by_rests.values() if len(firsts) > 1 for first in firsts}
    parts = [word_trie([st for st in minimal if st.split(" ", 1)[0] not in shared or " " not in st])]
    parts += [f"(?:{word_trie(firsts)}) (?:{word_trie(list(rests))})"
              for rests, firsts in firsts_by_rests.items() if len(firsts) > 1]
    return "(?:" + "|".join(p for p in parts if p) + ")"


def ascii_twin(rx: re.Pattern[str]) -> re.Pattern[str]:
    """`rx` with ASCII classes: on ASCII strings it matches exactly as `rx` does (\\w, \\d, \\s, \\b and
    IGNORECASE differ only on other characters), and `re` runs it faster."""
    return lazy_compile(rx.pattern, (rx.flags & ~re.UNICODE) | re.ASCII)


def _factored_source(pattern: str, flags: int) -> str | None:
    """`pattern` = \\b(?:alt|alt|...)TAIL with the alternatives grouped by first letter, or None.

    Alternatives with different first letters cannot match at the same position, and within a
    group the order is kept, so the grouped pattern matches exactly where and what `pattern` does;
    `re` then tries one branch per first letter instead of one per word, and only at those letters.
    The TAIL after the group (often `\\b`) is kept as written. Patterns of another shape
    (case-insensitive, capturing groups, an alternative not starting with a plain letter, a
    quantified group) give None.
    """
    if not pattern.startswith("\\b(?:") or flags & re.IGNORECASE:
        return None
    close = _group_end(pattern, 5)
    if close < 0:
        return None
    inner, tail = pattern[5:close], pattern[close + 1 :]
    # (a capturing group inside would change numbers; non-capturing groups and look-arounds are fine)
    if tail[:1] in ("?", "*", "+", "{") or re.search(r"\((?!\?(?::|=|!|<=|<!))", inner.replace("\\(", "")):
        return None
    groups: dict[str, list[str]] = {}
    for alt in _top_level_alternatives(inner):
        first = alt[:1]
        # A letter: \b before it means "no word character before it". Under re.ASCII a letter
        # outside ASCII is no word character, so only ASCII letters qualify there.
        if not first.isalpha() or (flags & re.ASCII and not first.isascii()) or alt[1:2] in ("?", "*", "+", "{"):
            return None
        groups.setdefault(first, []).append(alt[1:])
    # "\b" before a letter is "no word character before it": tested after the letter, as a
    # look-behind, it no longer stops re from skipping straight to candidate letters.
    body = "|".join(first + r"(?<!\w.)" + (f"(?:{'|'.join(rests)})" if rests != [""] else "")
                    for first, rests in groups.items())
    return f"(?:{body}){tail}"


def _walk(pattern: str, start: int, depth: int) -> Iterator[tuple[int, str, int]]:
    """(index, character, group depth after it) for each character of `pattern` from `start` that
    is outside escapes and character classes: where a group opens or closes, or a "|" splits."""
    i, in_class = start, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        else:
            if ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
            yield i, ch, depth
        i += 1


def _group_end(pattern: str, start: int) -> int:
    """The index of the ")" closing the group whose body starts at `start`, or -1."""
    return next((i for i, ch, depth in _walk(pattern, start, 1) if ch == ")" and depth == 0), -1)


def _top_level_alternatives(body: str) -> list[str]:
    alts: list[str] = []
    start = 0
    for i, ch, depth in _walk(body, 0, 0):
        if ch == "|" and depth == 0:
            alts.append(body[start:i])
            start = i + 1
    alts.append(body[start:])
    return alts


# A UUID (an agent's, a template's, a squad member's id): infrastructure, never a person's identifier.
UUID_RE = lazy_compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b")
