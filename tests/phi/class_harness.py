"""What the class-case modules (test_phi_session7.py, test_phi_session8.py) check: a positive's span
must be found, a look-alike negative must stay clean."""

from __future__ import annotations

from compliance_lint.phi.engine import scan


def found(text: str, key: str | None = None, field: str | None = None) -> list[tuple[str, str]]:
    return [(h.type, text[h.start : h.end]) for h in scan(text, key=key, field=field)]


def assert_found(text: str, key: str | None, field: str | None, expected: tuple[str, str]) -> None:
    got = found(text, key, field)
    assert expected in got, got  # (a helper module's asserts are not rewritten: say what was found)


def assert_clean(text: str, key: str | None, field: str | None) -> None:
    got = found(text, key, field)
    assert got == [], got
