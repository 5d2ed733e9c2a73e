"""Regex building blocks for fast cue searches: prefix tries, first-letter factoring, ASCII twins.

Python's re tries the branches of an alternation one after another at every position, and cannot
skip ahead when a pattern starts with a look-behind or a word boundary. These helpers rewrite
patterns into equivalent ones (same matches, checked by the result snapshot in bench/) that re
rejects with one or two character tests per position.
"""

from __future__ import annotations

import re


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


def ascii_twin(rx: re.Pattern[str]) -> re.Pattern[str]:
    """`rx` with ASCII classes: on ASCII strings it matches exactly as `rx` does (\\w, \\d, \\s, \\b and
    IGNORECASE differ only on other characters), and `re` runs it faster."""
    return re.compile(rx.pattern, (rx.flags & ~re.UNICODE) | re.ASCII)


def factor_alternation(rx: re.Pattern[str]) -> re.Pattern[str]:
    """`rx` = \\b(?:alt|alt|...)\\b with the alternatives grouped by first letter, or `rx` itself.

    Alternatives with different first letters cannot match at the same position, and within a
    group the order is kept, so the grouped pattern matches exactly where and what `rx` does; `re`
    then tries one branch per first letter instead of one per word, and only at those letters. Patterns of another shape
    (case-insensitive, capturing groups, an alternative not starting with a plain ASCII letter)
    are returned unchanged.
    """
    m = re.fullmatch(r"\\b\(\?:(.*)\)\\b", rx.pattern, re.DOTALL)
    if m is None or rx.flags & re.IGNORECASE or re.search(r"\((?!\?:)", m.group(1).replace("\\(", "")):
        return rx
    groups: dict[str, list[str]] = {}
    for alt in _top_level_alternatives(m.group(1)):
        if not alt or not ("a" <= alt[0] <= "z" or "A" <= alt[0] <= "Z") or alt[1:2] in ("?", "*", "+", "{"):
            return rx
        groups.setdefault(alt[0], []).append(alt[1:])
    # "\b" before a letter is "no word character before it": tested after the letter, as a
    # look-behind, it no longer stops re from skipping straight to candidate letters.
    body = "|".join(first + r"(?<!\w.)" + (f"(?:{'|'.join(rests)})" if rests != [""] else "")
                    for first, rests in groups.items())
    return re.compile(rf"(?:{body})\b", rx.flags)


def _top_level_alternatives(body: str) -> list[str]:
    alts: list[str] = []
    depth, start, i, in_class = 0, 0, 0, False
    while i < len(body):
        ch = body[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            alts.append(body[start:i])
            start = i + 1
        i += 1
    alts.append(body[start:])
    return alts


