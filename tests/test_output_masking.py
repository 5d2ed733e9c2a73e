"""Planted PHI never reaches any output format, the job summary or the baseline file.

Generic on purpose: the values sit in fields that findings point at (the assistant that has no HIPAA
declaration, the prompt next to a suppressed provider), so messages, evidence, suppressed and
baselined findings all pass near them. When the PHI rules are installed they find these values and
report them masked, which this test then covers too.
"""

from __future__ import annotations

import json

import pytest

from cl_testutil import write_json
from compliance_lint.cli import FORMATS

NAME, SSN = "Zebulon Quarrington", "219-44-0917"
PLANTED = (NAME, "Quarrington", SSN, "219440917")
ASSISTANT = {
    "name": f"Callback for {NAME}",
    "firstMessage": f"Hi {NAME}, this is Harbor Clinic calling about SSN {SSN}.",
    "model": {"provider": "groq", "messages": [
        {"role": "system", "content": f"Patient {NAME}, SSN {SSN}, DOB 1961-04-02. Confirm the refill."}]},
}
GITOPS = f"""---
name: Refills for {NAME}
model:
  provider: groq  # compliance-lint: ignore[VAPI005] BAA signed 2026-10-02 (SEC-118)
compliancePlan:
  hipaaEnabled: true
---
Call {NAME} (SSN {SSN}) about the refill.
"""


@pytest.fixture
def planted(tmp_path):
    (tmp_path / ".git").mkdir()
    write_json(tmp_path / "agents" / "callback.json", ASSISTANT)
    (tmp_path / "assistants").mkdir()
    (tmp_path / "assistants" / "refills.md").write_text(GITOPS)
    write_json(tmp_path / "legacy" / "old.json", ASSISTANT)
    return tmp_path


def _leaks(text: str) -> list[str]:
    return [value for value in PLANTED if value in text]


@pytest.mark.parametrize("fmt", FORMATS)
def test_planted_values_never_appear_in_any_format(run, planted, monkeypatch, fmt):
    summary = planted / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    code, out, _ = run(["baseline", "create", "legacy"], cwd=planted)
    assert code == 0
    baseline = (planted / ".compliance-lint-baseline.json").read_text()
    assert not _leaks(baseline)
    code, out, err = run([".", "--format", fmt, "--baseline", ".compliance-lint-baseline.json",
                          "--show-baselined", "--fail-on", "info", "-v"], cwd=planted)
    assert code == 1, out + err
    assert "VAPI002" in out  # findings were reported next to the planted values
    written = summary.read_text() if summary.exists() else ""
    for where, text in (("stdout", out), ("stderr", err), ("job summary", written)):
        assert not _leaks(text), f"{fmt} {where} contains planted PHI: {_leaks(text)}"


def test_a_value_quoted_in_a_rule_message_is_masked(run, tmp_path):
    write_json(tmp_path / "a.json", {"name": "Clinic", "model": {"provider": "openai"},
                                     "compliancePlan": {"hipaaEnabled": f"{NAME} {SSN}"}})
    for fmt in FORMATS:
        _, out, _ = run(["a.json", "--format", fmt, "--select", "VAPI004"], cwd=tmp_path)
        assert not _leaks(out), fmt


def test_phi_rules_find_the_planted_values_when_installed(run, planted):
    """Guards the test above against passing vacuously once the PHI pack exists."""
    _, out, _ = run(["rules"])
    if "PHI" not in {line.split()[-1][:3].upper() for line in out.splitlines()[1:]}:
        pytest.skip("no PHI rule pack in this build")
    _, out, _ = run([".", "--format", "json", "--select", "PHI"], cwd=planted)
    findings = json.loads(out)["findings"]
    assert {f["file"] for f in findings} >= {"agents/callback.json", "assistants/refills.md"}
    assert all(f["evidence"] and not _leaks(f["evidence"]) for f in findings)


def test_free_text_in_an_enum_field_is_described_not_quoted(run, tmp_path):
    write_json(tmp_path / "a.json", {"name": "Clinic", "model": {"provider": f"{NAME} {SSN}"},
                                     "compliancePlan": {"hipaaEnabled": True}})
    code, out, _ = run(["a.json", "--format", "json", "--select", "VAPI005"], cwd=tmp_path)
    assert code == 1
    assert NAME not in out and SSN not in out and "a text of" in out
