"""The engine's regexes compile on first use (start-up time); these tests keep that safe.

A lazily compiled pattern would hide a syntax error until some text needs it, and a match's `.re`
is the compiled pattern, never the lazy wrapper: both are checked here for every pattern.
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import compliance_lint.phi.engine  # imports every recognizer, so every pattern exists
from compliance_lint.phi.patterns import LazyPattern, _factored_source, all_lazy_patterns, lazy_compile

PHI_SOURCE = Path(compliance_lint.phi.engine.__file__).parent


def test_every_lazy_pattern_compiles_with_the_flags_it_reported() -> None:
    patterns = all_lazy_patterns()
    assert len(patterns) > 300  # the engine's patterns, not only this file's
    for lazy in patterns:
        reported = lazy.flags
        compiled = lazy.compile()
        assert compiled.flags == reported, lazy
        # the source as written, or its first-letter-factored form (patterns.factor_alternation)
        factored = _factored_source(lazy.pattern, reported) if isinstance(lazy.pattern, str) else None
        assert compiled.pattern in (lazy.pattern, factored)


def test_pattern_and_flags_are_known_without_compiling() -> None:
    lazy = LazyPattern(r"(?i)dob:? (\d{2})", re.MULTILINE)
    assert lazy.pattern == r"(?i)dob:? (\d{2})"
    assert lazy.flags == re.compile(lazy.pattern, re.MULTILINE).flags
    assert lazy._compiled is None  # reading them did not compile it
    assert LazyPattern(rb"\d+").flags == re.compile(rb"\d+").flags


def test_a_lazy_pattern_matches_as_the_compiled_one() -> None:
    lazy = lazy_compile(r"MRN (\d+)")
    compiled = re.compile(r"MRN (\d+)")
    text = "MRN 00482913 and MRN 7"
    assert [m.span(1) for m in lazy.finditer(text)] == [m.span(1) for m in compiled.finditer(text)]
    assert lazy.sub("MRN #", text) == compiled.sub("MRN #", text)
    assert lazy.groups == 1
    assert lazy.search == lazy.compile().search  # compiled once; the bound methods are now its own


def test_a_bad_lazy_pattern_fails_on_first_use() -> None:
    lazy = lazy_compile(r"(unclosed")
    try:
        lazy.search("x")
    except re.error:
        pass
    else:
        raise AssertionError("a bad pattern must raise re.error when first used")


def test_patterns_compared_with_a_match_by_identity_are_compiled() -> None:
    """`m.re is _X` is never true for a LazyPattern: such an _X must be a real re.Pattern."""
    compared = 0
    for path in sorted(PHI_SOURCE.rglob("*.py")):
        module = importlib.import_module(
            "compliance_lint.phi." + ".".join(path.relative_to(PHI_SOURCE).with_suffix("").parts))
        for name in re.findall(r"\.re is (?:not )?([A-Za-z_][A-Za-z_0-9]*)", path.read_text(encoding="utf-8")):
            assert isinstance(getattr(module, name), re.Pattern), f"{path.name}: {name}"
            compared += 1
    assert compared >= 3
