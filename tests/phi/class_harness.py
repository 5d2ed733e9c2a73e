"""What the class-case modules (test_phi_session7.py, 8 and 9) check: a positive's span must be
found, a look-alike negative must stay clean."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from compliance_lint.phi.engine import scan

Positive = tuple[str, "str | None", "str | None", tuple[str, str]]
Negative = tuple[str, "str | None", "str | None"]


def found(text: str, key: str | None = None, field: str | None = None) -> list[tuple[str, str]]:
    return [(h.type, text[h.start : h.end]) for h in scan(text, key=key, field=field)]


def assert_found(text: str, key: str | None, field: str | None, expected: tuple[str, str]) -> None:
    got = found(text, key, field)
    assert expected in got, got  # (a helper module's asserts are not rewritten: say what was found)


def assert_clean(text: str, key: str | None, field: str | None) -> None:
    got = found(text, key, field)
    assert got == [], got


def class_tests(positives: Sequence[Positive],
                negatives: Sequence[Negative]) -> tuple[Callable[..., None], Callable[..., None]]:
    """The two parametrized tests of a class-case module: `test_class_positive, test_class_negative =
    class_tests(POSITIVES, NEGATIVES)` (pytest collects them under those names)."""

    @pytest.mark.parametrize(("text", "key", "field", "expected"), positives)
    def test_class_positive(text: str, key: str | None, field: str | None, expected: tuple[str, str]) -> None:
        assert_found(text, key, field, expected)

    @pytest.mark.parametrize(("text", "key", "field"), negatives)
    def test_class_negative(text: str, key: str | None, field: str | None) -> None:
        assert_clean(text, key, field)

    return test_class_positive, test_class_negative
