"""Baselines and suppressions through the command line: what is hidden, what is reported, what is stored."""

from __future__ import annotations

import json

import jsonschema
import pytest

from cl_testutil import REPO, write_json

UNDECLARED = {"name": "Clinic", "model": {"provider": "openai"}}
CLEAN = {**UNDECLARED, "compliancePlan": {"hipaaEnabled": True}}
GROQ = "name: Clinic\nmodel: {provider: groq}\ncompliancePlan: {hipaaEnabled: true}\n"
BASELINE = ".compliance-lint-baseline.json"


def report(run, args, cwd):
    code, out, _ = run([*args, "--format", "json"], cwd=cwd)
    data = json.loads(out)
    schema = json.loads((REPO / "src/compliance_lint/report/json-report.schema.json").read_text())
    jsonschema.Draft202012Validator(schema).validate(data)
    return code, data


@pytest.fixture
def legacy(tmp_path):
    """A repository adopting the linter with findings it already has."""
    (tmp_path / ".git").mkdir()
    write_json(tmp_path / "agents" / "a.json", UNDECLARED)
    (tmp_path / "agents" / "b.yaml").write_text(GROQ)
    return tmp_path


def test_create_writes_a_sorted_deterministic_file_without_values_or_lines(run, legacy):
    code, out, _ = run(["baseline", "create"], cwd=legacy)
    assert code == 0 and "wrote 2 findings" in out
    text = (legacy / BASELINE).read_text()
    data = json.loads(text)
    assert sorted(data) == ["findings", "tool", "version"]  # no timestamp, no tool version
    assert [(e["file"], e["rule"]) for e in data["findings"]] == [("agents/a.json", "VAPI002"),
                                                                  ("agents/b.yaml", "VAPI005")]
    assert all(sorted(e) == ["file", "fingerprint", "rule"] and len(e["fingerprint"]) == 64 for e in data["findings"])
    assert "groq" not in text and "/model" not in text  # neither values nor pointers
    run(["baseline", "create"], cwd=legacy / "agents")  # from a subdirectory: same identities
    assert (legacy / "agents" / BASELINE).read_text() == text


def test_only_new_findings_are_reported(run, legacy):
    run(["baseline", "create"], cwd=legacy)
    code, out, _ = run([".", "--baseline", BASELINE], cwd=legacy)
    assert code == 0 and "2 baselined findings not shown" in out and "VAPI00" not in out.split("\n")[0]
    write_json(legacy / "agents" / "c.json", UNDECLARED)
    code, data = report(run, [".", "--baseline", BASELINE], legacy)
    assert code == 1
    assert [(f["file"], f["rule_id"]) for f in data["findings"]] == [("agents/c.json", "VAPI002")]
    assert {(f["file"], f["rule_id"]) for f in data["baselined"]} == {("agents/a.json", "VAPI002"),
                                                                       ("agents/b.yaml", "VAPI005")}
    assert data["summary"]["findings"]["baselined"] == 2
    _, out, _ = run([".", "--baseline", BASELINE, "--show-baselined"], cwd=legacy)
    assert "baselined: agents/b.yaml:2:19 VAPI005" in out


def test_baselined_finding_survives_edits_above_it_but_not_a_new_value(run, legacy):
    run(["baseline", "create"], cwd=legacy)
    (legacy / "agents" / "b.yaml").write_text("# owner: front desk team\nfirstMessage: Hello\n" + GROQ)
    assert run([".", "--baseline", BASELINE], cwd=legacy)[0] == 0
    (legacy / "agents" / "b.yaml").write_text(GROQ.replace("groq", "xai-grok"))
    code, data = report(run, [".", "--baseline", BASELINE], legacy)
    assert code == 1 and [f["rule_id"] for f in data["findings"]] == ["VAPI005"]


def test_stale_entries_are_reported_and_update_drops_them(run, legacy):
    run(["baseline", "create"], cwd=legacy)
    write_json(legacy / "agents" / "a.json", CLEAN)
    code, out, _ = run([".", "--baseline", BASELINE], cwd=legacy)
    note = [line for line in out.splitlines() if "no longer match" in line]
    assert code == 0 and len(note) == 1 and "1 baseline entry" in note[0] and "baseline update" in note[0]
    _, data = report(run, [".", "--baseline", BASELINE], legacy)
    assert [(e["file"], e["rule"]) for e in data["baseline"]["stale"]] == [("agents/a.json", "VAPI002")]

    code, out, _ = run(["baseline", "update"], cwd=legacy)
    assert code == 0 and "dropped 1 stale entry; 1 left" in out
    assert [e["rule"] for e in json.loads((legacy / BASELINE).read_text())["findings"]] == ["VAPI005"]
    code, out, _ = run([".", "--baseline", BASELINE], cwd=legacy)
    assert code == 0 and "no longer match" not in out


def test_update_never_adds_findings(run, legacy):
    run(["baseline", "create"], cwd=legacy)
    write_json(legacy / "agents" / "c.json", UNDECLARED)
    before = (legacy / BASELINE).read_text()
    assert run(["baseline", "update"], cwd=legacy)[0] == 0
    assert (legacy / BASELINE).read_text() == before


def test_a_run_on_some_files_does_not_call_the_others_stale(run, legacy):
    run(["baseline", "create"], cwd=legacy)
    code, data = report(run, ["agents/b.yaml", "--baseline", BASELINE], legacy)
    assert code == 0 and data["baseline"]["stale"] == []
    (legacy / "agents" / "b.yaml").unlink()  # a deleted file's entries are stale
    _, data = report(run, ["agents/a.json", "--baseline", BASELINE], legacy)
    assert [e["file"] for e in data["baseline"]["stale"]] == ["agents/b.yaml"]


def test_baseline_key_in_config_is_relative_to_the_config_file(run, legacy):
    (legacy / ".compliance-lint.yaml").write_text("baseline: ci/accepted.json\n")
    assert run(["baseline", "create", "."], cwd=legacy)[0] == 0
    assert (legacy / "ci" / "accepted.json").is_file()
    assert run(["."], cwd=legacy / "agents")[0] == 0  # found from a subdirectory, paths still match


def test_missing_or_broken_baseline_is_a_usage_error(run, legacy):
    code, _, err = run([".", "--baseline", "nope.json"], cwd=legacy)
    assert code == 2 and "baseline create" in err and "Traceback" not in err
    (legacy / "bad.json").write_text('{"version": 9}')
    code, _, err = run([".", "--baseline", "bad.json"], cwd=legacy)
    assert code == 2 and "not a compliance-lint baseline" in err
    assert run(["baseline", "update", "--baseline", "nope.json"], cwd=legacy)[0] == 2


NON_SUPPRESSIBLE_PACK = """
pack: acme
prefix: ACME
title: Acme
description: House rules.
rules:
  - id: ACME001
    name: no-groq-ever
    severity: error
    kinds: [vapi.assistant]
    check: forbid
    suppressible: false
    params: {paths: [{path: /model/provider, values: [groq]}]}
    message: "groq is banned"
    remediation: Use openai.
    references: [{title: Acme policy, url: "https://acme.example/policy"}]
    docs: {checks: No groq., why: Policy., fail_example: "x", pass_example: "y"}
"""


def test_non_suppressible_rules_are_never_hidden(run, legacy):
    (legacy / "packs").mkdir()
    (legacy / "packs" / "acme.yaml").write_text(NON_SUPPRESSIBLE_PACK)
    (legacy / "agents" / "broken.json").write_text('{"name": ')  # CL001, non-suppressible
    assert run(["baseline", "create", "--rules", "packs"], cwd=legacy)[0] == 0
    entries = json.loads((legacy / BASELINE).read_text())["findings"]
    assert {e["rule"] for e in entries} == {"VAPI002", "VAPI005"}  # no CL001, no ACME001
    code, data = report(run, [".", "--rules", "packs", "--baseline", BASELINE], legacy)
    assert code == 1 and {f["rule_id"] for f in data["findings"]} == {"CL001", "ACME001"}

    (legacy / "agents" / "b.yaml").write_text(GROQ.replace("groq}", "groq}  # compliance-lint: ignore[ACME001] ok"))
    code, data = report(run, [".", "--rules", "packs", "--baseline", BASELINE], legacy)
    assert {f["rule_id"] for f in data["findings"]} == {"CL001", "ACME001", "CL007"}
    (legacy / ".compliance-lint.yaml").write_text(
        "packs: [packs]\nsuppressions:\n  - {rule: ACME001, path: 'agents/**', reason: accepted}\n")
    code, _, err = run(["."], cwd=legacy)
    assert code == 2 and "ACME001 cannot be suppressed" in err


# Suppressions in the config file ----------------------------------------------------------------------

def test_config_suppression_hides_with_its_reason(run, legacy):
    (legacy / ".compliance-lint.yaml").write_text(
        "suppressions:\n"
        "  - rule: VAPI005\n    path: 'agents/*.yaml'\n    pointer: /model/provider\n"
        "    reason: BAA with groq signed 2026-10-02 (SEC-118)\n    expires: 2999-12-31\n"
        "  - {rule: hipaa-not-declared, path: agents/a.json, reason: sandbox agent}\n"
    )
    code, data = report(run, ["."], legacy)
    assert code == 0 and data["findings"] == []
    assert [(s["rule_id"], s["suppressed_by"], s["reason"]) for s in data["suppressed"]] == [
        ("VAPI002", "config", "sandbox agent"), ("VAPI005", "config", "BAA with groq signed 2026-10-02 (SEC-118)")]
    _, out, _ = run(["."], cwd=legacy)
    assert "2 suppressed and 0 baselined findings not shown" in out


@pytest.mark.parametrize("entry, message", [
    ("{rule: VAPI005, path: 'agents/**'}", "reason"),
    ("{rule: VAPI005, path: 'agents/**', reason: ''}", "reason"),
    ("{rule: NOPE001, path: 'agents/**', reason: x}", "'NOPE001' is not a rule id or name"),
    ("{rule: VAPI005, path: 'agents/**', reason: x, expires: someday}", "expires"),
])
def test_bad_config_suppression_is_a_usage_error(run, legacy, entry, message):
    (legacy / ".compliance-lint.yaml").write_text(f"suppressions:\n  - {entry}\n")
    code, _, err = run(["."], cwd=legacy)
    assert code == 2 and message in err and "Traceback" not in err


def test_expired_suppression_fails_the_run_and_stops_hiding(run, legacy):
    (legacy / ".compliance-lint.yaml").write_text(
        "suppressions:\n  - {rule: VAPI005, path: agents/b.yaml, reason: BAA pending, expires: 2026-01-31}\n"
        "  - {rule: VAPI002, path: agents/a.json, reason: sandbox}\n")
    code, data = report(run, ["."], legacy)
    assert code == 1
    assert [(f["file"], f["rule_id"], f["line"]) for f in data["findings"]] == [
        (".compliance-lint.yaml", "CL005", 2), ("agents/b.yaml", "VAPI005", 2)]
    assert "expired on 2026-01-31" in data["findings"][0]["message"]
