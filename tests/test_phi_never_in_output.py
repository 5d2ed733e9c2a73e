"""PHI found in a file is masked in every output format: plant PHI, lint, search every output."""

from __future__ import annotations

import json

import pytest

from cl_testutil import FIXTURES
from compliance_lint.cli import FORMATS

PLANTED = [
    "Marisol", "Quintanilla", "03/14/2027", "07/22/1958", "00731945", "523-41-8876", "555-2938",
    "marisol.q1958", "W882190347", "Desmond", "Okonkwo", "1949-11-03", "611-28-4470", "00915526",
    "4539 1488 0343 6467", "Ingeborg", "Lindqvist", "02/09/1951", "347-19-5582",
    # in a file name and in a data-collection key: reports print paths and pointers, so these are
    # withheld there too
    "desmond_okonkwo",
]
TARGET = str(FIXTURES / "phi-planted")


@pytest.mark.parametrize("fmt", FORMATS)
def test_planted_phi_never_appears_in_any_format(run, tmp_path, monkeypatch, fmt):
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(tmp_path / "summary.md"))
    code, out, err = run([TARGET, "--format", fmt])
    assert code == 1, "the planted PHI must be found"
    written = (tmp_path / "summary.md").read_text() if (tmp_path / "summary.md").exists() else ""
    for text in (out, err, written):
        leaked = [value for value in PLANTED if value in text]
        assert not leaked, f"{fmt} output contains planted PHI: {leaked}"


def test_the_planted_values_are_really_found(run):
    _, out, _ = run([TARGET, "--format", "json", "--select", "PHI"])
    findings = json.loads(out)["findings"]
    types = {f["message"].split(" ", 1)[0] for f in findings}
    assert {"NAME", "SSN", "MRN", "DATE"} <= types
    files = {f["file"].rsplit("/", 1)[-1] for f in findings}
    withheld = {name for name in files if name.startswith("name-withheld-")}
    assert files - withheld == {"reminders.json", "agent.yaml", "front-desk.md"} and len(withheld) == 1
    assert all(f["evidence"] for f in findings)


def test_show_phi_reveals_locally_and_is_refused_in_ci(run, monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    code, out, _ = run([TARGET, "--select", "PHI", "--show-phi"])
    assert code == 1 and "523-41-8876" in out
    monkeypatch.setenv("CI", "true")
    code, out, err = run([TARGET, "--select", "PHI", "--show-phi"])
    assert code == 2 and "523-41-8876" not in out + err and "refused" in err
