"""The engine's speed-ups must answer exactly like the plain definitions they replace."""

from __future__ import annotations

import random
import re

import pytest

from compliance_lint.phi.context import Scan, split_key
from compliance_lint.phi.hits import PhiHit
from compliance_lint.phi.spans import HitList, SpanSet

STEM_TUPLES = [
    (),
    ("",),
    ("ss", "ssn", "soc", "sin", "tin", "taxpayer"),
    ("pt ", " st", "home is", "a.b", "c+d", "(x)", "ss", "address"),
    ("user", "login", "handle", "screen name"),
    ("y", "age", "turn"),
]
TEXTS = ["", "Hello World", "the patient's address is 12 Main St", "pt at home is fine", "a.b c+d (x)",
         "Social security", "taxpay", "screen  name", "SSN", "ägé y"]
KEYS = [None, "patient_ssn", "userLogin", "homeAddress", "x"]


def _plain(s: Scan, stems: tuple[str, ...]) -> bool:
    """The original definition: a flat literal alternation, text first, then the key words."""
    rx = re.compile("|".join(map(re.escape, stems)))
    return rx.search(s.lower) is not None or (bool(s.key_text) and rx.search(s.key_text) is not None)


@pytest.mark.parametrize("stems", STEM_TUPLES)
def test_mentions_is_plain_substring_search(stems: tuple[str, ...]) -> None:
    for text in TEXTS:
        for key in KEYS:
            s = Scan(text, "prompt", split_key(key))
            assert s.mentions(stems) == _plain(s, stems), (stems, text, key)
            assert s.mentions(stems) == _plain(s, stems)  # second call: cached pattern and haystack


def test_mentions_does_not_match_across_text_and_key() -> None:
    s = Scan("ends with pat", "prompt", split_key("ient_name"))
    assert not s.mentions(("patient",))


def test_spanset_queries_match_brute_force() -> None:
    rng = random.Random(3)
    for _ in range(300):
        spans = [(a, a + rng.randint(0, 12)) for a in (rng.randint(0, 80) for _ in range(rng.randint(0, 6)))]
        ss = SpanSet(spans)
        hl = HitList(PhiHit(a, b, "NAME", "name", 0.9, "") for a, b in spans)
        for _ in range(20):
            a = rng.randint(0, 90)
            b = a + rng.randint(0, 15)
            d = rng.randint(0, 20)
            assert ss.overlaps(a, b) == any(x < b and a < y for x, y in spans)
            assert hl.overlaps(a, b) == ss.overlaps(a, b)
            assert ss.near(a, b, d) == any(x < b + d and y + d > a for x, y in spans)
            assert ss.inside(a, b) == any(a <= x and y <= b and x < b for x, y in spans)


# --- regex rewrites (phi/patterns.py) --------------------------------------------------------------

from compliance_lint.phi.context import BUSINESS_CUE, HEALTH_CUE, PERSON_CUE  # noqa: E402
from compliance_lint.phi.patterns import (  # noqa: E402
    LazyPattern,
    _factored_source,
    all_lazy_patterns,
    ascii_twin,
    starts_trie,
    word_trie,
)


def factor_alternation(rx: re.Pattern[str]) -> re.Pattern[str]:
    """`rx` compiled in the first-letter-factored form LazyPattern uses, or `rx` when it has another shape."""
    source = _factored_source(rx.pattern, rx.flags)
    return rx if source is None else re.compile(source, rx.flags)


_CUE_PATTERNS = [re.compile(PERSON_CUE.pattern), re.compile(BUSINESS_CUE.pattern), re.compile(HEALTH_CUE.pattern),
                 re.compile(r"\b(?:he|she|him|her|his|hers|he's|she's)\b")]


def _fragments(rx: re.Pattern[str]) -> list[str]:
    """Words of the pattern's vocabulary plus near misses, to build texts that hit its edges."""
    words = re.findall(r"[a-z][a-z'’\- ]*[a-z]|[a-z]", rx.pattern.replace(r"\b", " "))
    return [*words, *(w[:-1] for w in words), *(w + "s" for w in words), "x", "_", " ", ". ", "9", "É", "\n"]


@pytest.mark.parametrize("rx", _CUE_PATTERNS, ids=lambda rx: rx.pattern[:30])
def test_factored_alternation_matches_exactly_where_and_what_the_original_does(rx: re.Pattern[str]) -> None:
    fast = factor_alternation(rx)
    assert fast is not rx, "these cue patterns have the shape LazyPattern factors"
    rng = random.Random(11)
    parts = _fragments(rx)
    for _ in range(3000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(1, 8)))
        spans = [m.span() for m in rx.finditer(text)]
        assert [m.span() for m in fast.finditer(text)] == spans, text
        if text.isascii():
            assert [m.span() for m in ascii_twin(fast).finditer(text)] == spans, text


def test_factor_alternation_leaves_other_shapes_alone() -> None:
    for rx in (re.compile(r"\b(?:ab|cd)\b", re.IGNORECASE), re.compile(r"\b(?:(a)b|cd)\b"),
               re.compile(r"\b(?:a?b|cd)\b"), re.compile(r"(?:ab|cd)")):
        assert factor_alternation(rx) is rx


def test_factor_alternation_keeps_any_tail_after_the_group() -> None:
    rx = re.compile(r"\b(?:señora|sra|don|doña|ông|bà)\.? [A-Z]")
    fast = factor_alternation(rx)
    assert fast is not rx
    for text in ("Sra. Lopez", "la señora Diaz", "xdon Q", "Doña Ana", "ông Nam", "bà Lan", "Ông Nam", "sra.x"):
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in rx.finditer(text)], text
    # a letter outside ASCII is no word character under re.ASCII: \b means something else there
    assert factor_alternation(re.compile(r"\b(?:ông|bà) ", re.ASCII)).pattern == r"\b(?:ông|bà) "
    assert factor_alternation(re.compile(r"\b(?:ab|cd)+x")).pattern == r"\b(?:ab|cd)+x"  # a quantified group


def _lazy_patterns_compiled_factored() -> list[LazyPattern]:
    return [p for p in all_lazy_patterns() if isinstance(p.pattern, str) and p.compile().pattern != p.pattern]


def test_lazy_patterns_of_the_factorable_shape_compile_factored() -> None:
    factored = _lazy_patterns_compiled_factored()
    assert len(factored) > 50, "the engine's \\b(?:...) cue patterns compile in factored form"
    assert _names._KIN_TITLE_HINT in factored


@pytest.mark.parametrize("seed", range(4))
def test_every_factored_lazy_pattern_matches_exactly_as_written(seed: int) -> None:
    """Each pattern compiled factored finds the same matches, with the same groups, as its source."""
    rng = random.Random(seed)
    for lazy in _lazy_patterns_compiled_factored():
        as_written = re.compile(lazy.pattern, lazy._given_flags)
        parts = _fragments(as_written)
        parts += [w.upper() for w in parts[:10]] + [w.title() for w in parts[:10]]
        for _ in range(150):
            text = "".join(rng.choice(parts) for _ in range(rng.randint(1, 8)))
            want = [(m.span(), m.groups()) for m in as_written.finditer(text)]
            assert [(m.span(), m.groups()) for m in lazy.finditer(text)] == want, (lazy.pattern, text)


def test_word_trie_matches_exactly_the_words() -> None:
    words = ["st", "street", "ste", "suite", "ave", "a", "rue"]
    rx = re.compile(f"(?:{word_trie(words)})$")
    rng = random.Random(2)
    for _ in range(3000):
        w = "".join(rng.choice("stuaverie") for _ in range(rng.randint(1, 6)))
        assert bool(rx.match(w)) == (w in words), w
    assert word_trie([]) == ""


def _starts(rx: re.Pattern[str], text: str) -> list[int]:
    return [i for i in range(len(text) + 1) if rx.match(text, i)]


def test_starts_trie_matches_where_one_of_the_strings_starts() -> None:
    # prefixes of one another, shared first words with the same rests ("her ca license", "his ..."),
    # a first word with other rests, a one-word string equal to a shared first word
    strings = ["card", "card no", "cardholder", "her ca license", "his ca license", "her ak license",
               "his ak license", "my plan id", "her", "member id", "member number"]
    rx = re.compile(starts_trie(strings))
    plain = re.compile("|".join(map(re.escape, strings)))
    rng = random.Random(5)
    parts = [*strings, *(st[:-1] for st in strings), " ", "x", "ca ", "ak ", "his ", "her ", "license"]
    for _ in range(3000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(1, 6)))
        assert _starts(rx, text) == _starts(plain, text), text
    # the engine's own cue strings, in both forms it searches them
    from compliance_lint.phi.recognizers import ids
    for text in ("her ca license is D1234", "his member id", "the cardholder and my plan id", "x" * 5):
        assert _starts(re.compile(starts_trie(list(ids._SCAN_STRINGS)), re.I), text) == _starts(
            re.compile(word_trie(list(ids._SCAN_STRINGS)), re.I), text), text


# --- names.py: word gates in front of the after-name patterns -------------------------------------

from compliance_lint.phi.recognizers import names as _names  # noqa: E402


def _after_fragments(rx: re.Pattern[str]) -> list[str]:
    """Words of an after-name pattern, their case variants and near misses, and separators."""
    words = re.findall(r"[a-z][a-z'’./\-]*", rx.pattern.replace(r"\b", " ").replace(r"\.", "."))
    return [*words, *(w.upper() for w in words), *(w.capitalize() for w in words), *(w[:-1] for w in words),
            *(f" {w} " for w in words), *(f", {w} " for w in words),
            " ", " ", ", ", ",", ":", "(", "'s", "’s", "s'", "—", "12", "9/", "ſ", "İ", "K", "é", "\n", "Ava", "from "]


@pytest.mark.parametrize("gate, rx", [(_names._person_after, _names._PERSON_AFTER),
                                      (_names._staff_after, _names._STAFF_AFTER_ANY)],
                         ids=["person_after", "staff_after"])
def test_after_name_gates_answer_like_the_pattern(gate, rx) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random(5)
    parts = _after_fragments(rx)
    for _ in range(20000):
        after = "".join(rng.choice(parts) for _ in range(rng.randint(0, 6)))
        expected = rx.match(after)
        got = gate(after)
        if isinstance(got, bool):
            assert got == (expected is not None), after
        else:
            assert (got and got.span(), got and got.lastgroup) == (expected and expected.span(),
                                                                   expected and expected.lastgroup), after


def test_place_pattern_is_the_plain_alternation() -> None:
    plain = re.compile(r"\b(?:" + _names._PLACES + r")\b")
    places = _names._PLACES.replace("\\.?", ".").split("|")
    parts = [*places, *(p[:-1] for p in places), *(p + "s" for p in places), " ", ", ", "x", "St Louis", "\n"]
    rng = random.Random(7)
    for _ in range(5000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(1, 6)))
        assert [m.span() for m in _names._PLACE_RE.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_list_gate_passes_every_text_with_a_name_list() -> None:
    rng = random.Random(13)
    parts = ["Ana", "Bo", "Carla", "Dee", "Smith", "today", "offer", "the", "and", "or", "&", " and ", " or ", " & ",
             ", ", ",", " ", "x", "9", "Mary-Jane", "O'Neil", "Will", "Rose", "English", "H1234-001", ".", "\n", "é"]
    for _ in range(20000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(1, 10)))
        if not _names._lists_possible(text):
            assert _names._name_lists(Scan(text, "prompt", ()), HitList()) == [], text


def test_vocative_hint_is_in_every_vocative_match() -> None:
    rng = random.Random(17)
    parts = ["Leif", "Ana", ", ", ",", " ", ". ", "\n", "can", "could", "please", "i", "it's", "your", "just", "thanks",
             "x", "ok", "Hello", "é"]
    for _ in range(20000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(1, 8)))
        if _names._VOCATIVE_RE.search(text):
            assert _names._VOCATIVE_HINT.search(text), text


def test_action_heads_begin_every_action_match() -> None:
    words = re.findall(r"[a-z][a-z']*", _names._ACTION_AFTER.pattern + _names._STRONG_ACTION_AFTER.pattern)
    parts = [*words, *(w[:2] for w in words), " ", ", ", ",", "7", "Is", "x", "é"]
    rng = random.Random(19)
    for _ in range(20000):
        after = "".join(rng.choice(parts) for _ in range(rng.randint(0, 5)))
        if _names._ACTION_AFTER.match(after) or _names._STRONG_ACTION_AFTER.match(after):
            assert (after[2:4] if after[:2] == ", " else after[1:3]) in _names._ACTION_HEADS, after


def test_eponym_first_characters() -> None:
    from compliance_lint.phi.lexicon import EPONYM_NEXT

    for w in EPONYM_NEXT:
        for pre in ("", ".", ",", ";:"):
            rest = pre + w + " x"
            assert rest.split(" ", 1)[0].strip(".,;:") in EPONYM_NEXT
            assert rest[:1] in _names._EPONYM_FIRST


def test_label_token_offsets_from_find_are_the_pattern_offsets() -> None:
    rng = random.Random(23)
    parts = ["callback", "R", "Alvarez", "RAlvarez", "ÉLodie", "ß", "A1C", " ", "-", "_", ".", "  ", "9", "’", "Tomás",
             "MRN", "x", "É", "İ", "ﬁ"]
    for _ in range(5000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(0, 8)))
        starts, pos = [], 0
        for w in _names._LABEL_TOK_RE.findall(text):
            pos = text.find(w, pos)
            starts.append(pos)
            pos += len(w)
        assert starts == [m.start() for m in _names._LABEL_TOK_RE.finditer(text)], text


def test_provider_after_gate_answers_like_the_pattern() -> None:
    creds = re.findall(r"[a-z][a-z.\-]*", _names._PROVIDER_AFTER.pattern.replace(r"\b", " ").replace(r"\.", "."))
    parts = [*creds, *(c.upper() for c in creds), *(c[:1] for c in creds), ",", ", ", " ", "  ", "İ", "ſ", "é", "x",
             "."]
    rng = random.Random(29)
    for _ in range(20000):
        after = "".join(rng.choice(parts) for _ in range(rng.randint(0, 4)))
        assert _names._credential_after(after) == (_names._PROVIDER_AFTER.match(after.lower()) is not None), after


# --- non-name recognizers: substring gates in front of cue patterns ---------------------------------

from compliance_lint.phi.context import _EXAMPLE_STEMS, EXAMPLE_CUE  # noqa: E402


def _gate_fragments(rx: re.Pattern[str]) -> list[str]:
    words = re.findall(r"[a-z][a-z'’.\- ]*", rx.pattern.replace(r"\b", " ").replace(r"\.", ".").replace(" ?", " "))
    return [*words, *(w[:-1] for w in words), *(w[1:] for w in words), *(w.upper() for w in words),
            " ", ".", "x", "9", "é", "\n"]


@pytest.mark.parametrize("rx, stems", [(EXAMPLE_CUE, _EXAMPLE_STEMS)], ids=["example_cue"])
def test_every_match_holds_a_gate_stem(rx: re.Pattern[str], stems: tuple[str, ...]) -> None:
    rng = random.Random(31)
    parts = _gate_fragments(rx)
    for _ in range(20000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(1, 6)))
        m = rx.search(text)
        if m:
            assert any(st in m.group(0) for st in stems), text


from compliance_lint.phi.recognizers import dates as _dates  # noqa: E402


def test_bounded_date_and_age_searches_walk_the_same_matches() -> None:
    rng = random.Random(37)
    parts = ["on the ", "before the ", "until the ", "the ", "3rd", "31st", "12th", "2nd floor", " at", " x", "by",
             "she's ", "he is ", "i'm ", "patient is ", "resident is already ", "turned ", "who's ", "now ", "nearly ",
             " 9", "94", " 101", " 11", "10", " años", "(95 años", "ninety-one", "one hundred", "a hundred", "hundred",
             " ", ".", ",", "x", "é", "\n"]
    for _ in range(20000):
        low = "".join(rng.choice(parts) for _ in range(rng.randint(1, 10)))
        assert [m.span() for m in _dates._AGE_SAID.finditer(low, _dates._age_said_from(low))] == [
            m.span() for m in _dates._AGE_SAID.finditer(low)], low
        first = _dates._BARE_ORDINAL_AT.search(low)
        bounded = [] if first is None else [m.span() for m in _dates._BARE_ORDINAL_RE.finditer(
            low, max(0, first.start() - 7))]
        assert bounded == [m.span() for m in _dates._BARE_ORDINAL_RE.finditer(low)], low


def test_person_date_cue_looks_behind_after_who_as_before_it() -> None:
    original = re.compile(_dates._PERSON_DATE_CUE.pattern.replace(
        "who(?<!anyone who)(?<!anybody who)(?<!everyone who)(?<!those who)(?<!people who)(?<!callers who)"
        "(?<!patients who)(?<!members who) ",
        "(?<!anyone )(?<!anybody )(?<!everyone )(?<!those )(?<!people )(?<!callers )(?<!patients )(?<!members )who "))
    assert original.pattern != _dates._PERSON_DATE_CUE.pattern
    parts = ["anyone ", "anybody ", "everyone ", "those ", "people ", "callers ", "patients ", "members ", "who ",
             "who", "called", "came in", "was seen", "called in", "patient", "she", "dob", " ", "x", ".", "é"]
    rng = random.Random(41)
    for _ in range(20000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(1, 6)))
        assert [m.span() for m in _dates._PERSON_DATE_CUE.finditer(text)] == [
            m.span() for m in original.finditer(text)], text



def _long_texts() -> list[str]:
    """Texts long enough that Scan's position lookups bisect instead of calling str.find."""
    rng = random.Random(5)
    pieces = ["Rosa Alvarez", ". ", "; ", "\n", ": ", " and ", "x" * 300, " ", "User: hi"]
    texts = ["", "\n", "a\nb", "no newline at all " * 40, "\n" * 700, ("line\n" + "y" * 600) * 3]
    for _ in range(25):
        texts.append("".join(rng.choice(pieces) for _ in range(rng.randrange(1, 80))))
    return texts


@pytest.mark.parametrize("part", ["\n", ": ", ". ", "; "])
def test_position_lookups_answer_like_str_methods(part: str) -> None:
    rng = random.Random(9)
    for text in _long_texts():
        s = Scan(text, "prompt", ())
        n = len(text)
        probes = {0, n, n // 2, max(0, n - 1), *(rng.randrange(n + 1) for _ in range(40))}
        for pos in sorted(probes):
            assert s.find(part, pos) == text.find(part, pos), (part, pos)
            assert s.line_start(pos) == text.rfind("\n", 0, pos) + 1, pos
            for lo in (0, max(0, pos - 300), max(0, pos - 3), pos):
                assert s.rfind(part, lo, pos) == text.rfind(part, lo, pos), (part, lo, pos)


def test_contains_is_substring_of_the_lower_cased_text() -> None:
    s = Scan("Our Service Area covers Selma", "prompt", ())
    for part in ("service area", "selma", "kerman", "", "Service"):
        assert s.contains(part) == (part in s.lower)
        assert s.contains(part) == (part in s.lower)  # answered again from the memo
