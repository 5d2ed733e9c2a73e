"""The command line contract: command shape, exit codes, stdin, config errors, user packs."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import jsonschema
import pytest

from cl_testutil import FIXTURES, REPO, write_json

CLEAN = {"name": "Clinic", "model": {"provider": "openai"}, "compliancePlan": {"hipaaEnabled": True}}
UNDECLARED = {"name": "Clinic", "model": {"provider": "openai"}}


def test_clean_file_exits_0(run, tmp_path):
    write_json(tmp_path / "a.json", CLEAN)
    code, out, _ = run(["a.json"], cwd=tmp_path)
    assert code == 0
    assert "1 file (1 linted); no findings" in out


def test_violation_exits_1_and_names_rule_position_and_fix(run, tmp_path):
    write_json(tmp_path / "agents" / "a.json", UNDECLARED)
    code, out, _ = run(["agents/"], cwd=tmp_path)
    assert code == 1
    assert "agents/a.json" in out
    assert "1:1" in out and "VAPI002" in out and "hipaa-not-declared" in out
    assert "fix:" in out and "why:" in out


def test_check_subcommand_is_the_default(run, tmp_path):
    write_json(tmp_path / "a.json", UNDECLARED)
    assert run(["check", "a.json"], cwd=tmp_path)[0] == 1
    assert run(["a.json"], cwd=tmp_path)[0] == 1


@pytest.mark.parametrize("spelling", ["rules/", "./rules"])
def test_directory_named_like_a_subcommand(run, tmp_path, spelling):
    write_json(tmp_path / "rules" / "a.json", UNDECLARED)
    code, out, _ = run([spelling], cwd=tmp_path)
    assert code == 1 and "rules/a.json" in out


def test_rules_word_alone_is_the_subcommand(run):
    code, out, _ = run(["rules"])
    assert code == 0
    assert "VAPI005" in out and "llm-provider-not-hipaa" in out and "vapi-hipaa" in out


def test_fail_on_and_exit_zero(run):
    target = "fixtures/elevenlabs/api/refill-line-zrm.json"
    assert run([target])[0] == 0
    code, _, _ = run(["fixtures/elevenlabs/api/refill-line-redaction-only.json", "--select", "EL005"])
    assert code == 0  # a warning does not fail by default
    assert run(["fixtures/elevenlabs/api/refill-line-redaction-only.json", "--select", "EL005",
                "--fail-on", "warning"])[0] == 1
    assert run(["fixtures/vapi/clinic-scheduler-undeclared.json", "--exit-zero"])[0] == 0


def test_selector_matching_no_rule_is_a_usage_error(run):
    code, _, err = run(["fixtures/", "--select", "NOPE999"])
    assert code == 2 and "matches no rule" in err


def test_no_hipaa_context_turns_hipaa_rules_off(run):
    assert run(["fixtures/vapi/clinic-scheduler-undeclared.json", "--no-hipaa"])[0] == 0


def test_stdin_with_filename(run):
    code, out, _ = run(["-", "--stdin-filename", "assistants/x.json"], stdin=json.dumps(UNDECLARED))
    assert code == 1 and "assistants/x.json" in out


def test_stdin_yaml_by_filename(run):
    code, out, _ = run(["-", "--stdin-filename", "x.yaml", "--format", "json"],
                       stdin="name: X\nmodel: {provider: groq}\ncompliancePlan: {hipaaEnabled: true}\n")
    report = json.loads(out)
    assert code == 1
    assert [(f["rule_id"], f["line"], f["column"]) for f in report["findings"]] == [("VAPI005", 2, 19)]


def test_json_report_matches_its_schema(run, tmp_path):
    code, out, _ = run(["fixtures/", "--format", "json"])
    report = json.loads(out)
    schema = json.loads((REPO / "src/compliance_lint/report/json-report.schema.json").read_text())
    jsonschema.Draft202012Validator(schema).validate(report)
    assert code == 1
    assert report["tool"]["name"] == "compliance-lint"
    assert report["context"] == {"hipaa": True, "region": "us"}
    assert report["summary"]["files"]["total"] == len(report["files"])
    keys = [(f["file"], f["document"], f["line"], f["column"], f["rule_id"]) for f in report["findings"]]
    assert keys == sorted(keys)
    assert all("/" in f["file"] and "\\" not in f["file"] for f in report["findings"])


def test_output_file(run, tmp_path):
    target = tmp_path / "report.json"
    code, out, _ = run(["fixtures/vapi/clinic-scheduler-hipaa.json", "--format", "json", "-o", str(target)])
    assert code == 0 and out == ""
    assert json.loads(target.read_text())["summary"]["findings"]["total"] == 0


def test_show_kinds(run):
    code, out, _ = run(["--show-kinds", "fixtures/"])
    assert code == 0
    assert "fixtures/vapi/gitops/assistants/front-desk.md: vapi.assistant (gitops-md)" in out
    assert "fixtures/elevenlabs/agents.json: elevenlabs.agents-index" in out
    assert "fixtures/vapi/squad-intake-hipaa.json: vapi.squad" in out


def test_unrecognised_and_strict(run, tmp_path):
    write_json(tmp_path / "tsconfig.json", {"compilerOptions": {"strict": True}})
    code, out, _ = run(["."], cwd=tmp_path)
    assert code == 0 and "1 unrecognised" in out
    code, out, _ = run([".", "--strict"], cwd=tmp_path)
    assert code == 1 and "CL004" in out


def test_excludes_and_explicit_paths(run, tmp_path):
    write_json(tmp_path / "archive" / "old.json", UNDECLARED)
    assert run([".", "--exclude", "archive/**"], cwd=tmp_path)[0] == 0
    # A path named on the command line is linted anyway (pre-commit passes file names) ...
    assert run(["archive/old.json", "--exclude", "archive/**"], cwd=tmp_path)[0] == 1
    # ... unless --force-exclude.
    code, out, _ = run(["archive/old.json", "--exclude", "archive/**", "--force-exclude"], cwd=tmp_path)
    assert code == 0 and "1 skipped" in out


def test_bad_inputs_are_accounted_for_and_others_still_linted(run, tmp_path):
    (tmp_path / "broken.json").write_text('{"name": ')
    (tmp_path / "binary.json").write_bytes(b"\x00\x01\x02")
    (tmp_path / "latin1.yaml").write_bytes("name: Caf\xe9\n".encode("latin-1"))
    (tmp_path / "deep.json").write_text("[" * 5000 + "]" * 5000)
    (tmp_path / "deep.yaml").write_text("a:\n" + "".join("  " * i + "b:\n" for i in range(1, 300)))
    write_json(tmp_path / "ok.json", UNDECLARED)
    code, out, err = run([".", "--format", "json"], cwd=tmp_path)
    report = json.loads(out)
    assert code == 1 and err == ""
    status = {f["file"]: f["status"] for f in report["files"]}
    assert status == {"binary.json": "failed", "broken.json": "failed", "deep.json": "failed",
                      "deep.yaml": "failed", "latin1.yaml": "failed", "ok.json": "linted"}
    rules = {(f["file"], f["rule_id"]) for f in report["findings"]}
    assert rules == {("binary.json", "CL003"), ("broken.json", "CL001"), ("deep.json", "CL003"),
                     ("deep.yaml", "CL003"), ("latin1.yaml", "CL003"), ("ok.json", "VAPI002")}


def test_missing_path_is_reported(run, tmp_path):
    code, out, _ = run(["nope.json"], cwd=tmp_path)
    assert code == 0 and "1 failed" in out and "no such file" in out


def test_unreadable_file(run, tmp_path, monkeypatch):
    """CI runs as root, which can read anything, so the permission error is simulated."""
    from pathlib import Path

    target = write_json(tmp_path / "a.json", CLEAN)
    write_json(tmp_path / "b.json", UNDECLARED)
    real_read = Path.read_bytes

    def read_bytes(self):
        if self.name == target.name:
            raise PermissionError(13, "Permission denied", str(self))
        return real_read(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    code, out, _ = run([".", "--format", "json"], cwd=tmp_path)
    report = json.loads(out)
    assert code == 1
    assert [(f["file"], f["rule_id"]) for f in report["findings"]] == [("a.json", "CL003"), ("b.json", "VAPI002")]
    assert "Permission denied" in report["findings"][0]["message"]


def test_config_unknown_key_is_exit_2(run, tmp_path):
    (tmp_path / ".compliance-lint.yaml").write_text("context: {hipaa: true}\nfail_onn: warning\n")
    code, _, err = run(["."], cwd=tmp_path)
    assert code == 2 and "unknown key 'fail_onn'" in err


def test_config_from_parent_directory_with_per_path_context(run, tmp_path):
    (tmp_path / ".compliance-lint.yaml").write_text(
        "overrides:\n  - files: ['sandbox/**']\n    context: {hipaa: false}\n"
    )
    write_json(tmp_path / "sandbox" / "a.json", UNDECLARED)
    write_json(tmp_path / "prod" / "a.json", UNDECLARED)
    assert run(["."], cwd=tmp_path / "prod")[0] == 1
    code, _, _ = run(["."], cwd=tmp_path / "sandbox")
    assert code == 0


def test_pyproject_config_and_severity_override(run, tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.compliance-lint]\nseverity = {VAPI002 = "warning"}\n')
    write_json(tmp_path / "a.json", UNDECLARED)
    code, out, _ = run(["a.json"], cwd=tmp_path)
    assert code == 0 and "warning" in out


def test_config_allowlist_extension(run, tmp_path):
    (tmp_path / ".compliance-lint.yaml").write_text("allowlists:\n  vapi-hipaa-llm-providers: {extend: [groq]}\n")
    write_json(tmp_path / "a.json", {**CLEAN, "model": {"provider": "groq"}})
    assert run(["a.json"], cwd=tmp_path)[0] == 0


USER_PACK = """
pack: acme
prefix: ACME
title: Acme house rules
description: Our own rules.
rules:
  - id: ACME001
    name: no-gpt-4o-mini
    severity: warning
    kinds: [vapi.assistant]
    check: forbid
    params: {paths: [{path: /model/model, values: [gpt-4o-mini]}]}
    message: "Model {value} is banned here"
    remediation: Use gpt-4.1.
    references: [{title: Acme policy, url: "https://acme.example/policy"}]
    docs:
      checks: No gpt-4o-mini.
      why: Policy.
      fail_example: "model: {model: gpt-4o-mini}"
      pass_example: "model: {model: gpt-4.1}"
"""


def test_user_pack_works_like_a_shipped_one(run, tmp_path):
    (tmp_path / "packs").mkdir()
    (tmp_path / "packs" / "acme.yaml").write_text(USER_PACK)
    write_json(tmp_path / "a.json", {**CLEAN, "model": {"provider": "openai", "model": "gpt-4o-mini"}})
    code, out, _ = run(["a.json", "--rules", "packs", "--fail-on", "warning"], cwd=tmp_path)
    assert code == 1 and "ACME001" in out and "Model gpt-4o-mini is banned here" in out
    assert "ACME001" in run(["rules", "--rules", "packs"], cwd=tmp_path)[1]
    code, out, _ = run(["explain", "ACME001", "--rules", "packs"], cwd=tmp_path)
    assert code == 0 and "Acme policy" in out
    (tmp_path / ".compliance-lint.yaml").write_text("packs: [packs]\nfail_on: warning\n")
    assert run(["a.json"], cwd=tmp_path)[0] == 1


def test_broken_pack_exits_2_naming_file_and_field(run, tmp_path):
    (tmp_path / "packs").mkdir()
    (tmp_path / "packs" / "acme.yaml").write_text(USER_PACK.replace("severity: warning", "severity: fatal"))
    code, _, err = run(["rules", "--rules", "packs"], cwd=tmp_path)
    assert code == 2
    assert "acme.yaml" in err and "rules/0/severity" in err


def test_explain_prints_every_section(run):
    code, out, _ = run(["explain", "EL002"])
    assert code == 0
    for heading in ("What it checks", "Why it matters", "Failing example", "What to write instead",
                    "References", "Certainty: Inferred"):
        assert heading in out
    assert "claude-sonnet-4-5 [inferred]" in out
    assert run(["explain", "NOPE001"])[0] == 2


def test_no_color_and_plain_output_in_files(run, tmp_path, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    _, out, _ = run(["fixtures/vapi/clinic-scheduler-undeclared.json"])
    assert "\x1b[" not in out


def test_console_script_and_module_and_version(tmp_path):
    script = os.path.join(os.path.dirname(sys.executable), "compliance-lint")
    for command in ([script, "--version"], [sys.executable, "-m", "compliance_lint", "--version"]):
        done = subprocess.run(command, capture_output=True, text=True, cwd=tmp_path, check=False)
        assert done.returncode == 0 and "compliance-lint" in done.stdout and "0.1.0" in done.stdout


def test_installed_package_ships_its_packs(tmp_path):
    """Run from an unrelated directory: the packs must come from inside the package."""
    target = write_json(tmp_path / "a.json", UNDECLARED)
    done = subprocess.run([sys.executable, "-m", "compliance_lint", str(target)], capture_output=True,
                          text=True, cwd=tmp_path, check=False)
    assert done.returncode == 1 and "VAPI002" in done.stdout, done.stderr


def test_fixture_directory_runs(run):
    code, out, _ = run([str(FIXTURES.relative_to(REPO)) + "/"])
    assert code == 1 and "findings" in out


def test_region_table_base_name_remove_applies_to_every_region_and_extend_is_refused(run, tmp_path):
    agent = {"conversation_config": {"agent": {"prompt": {"llm": "gpt-4o"}}},
             "platform_settings": {"privacy": {"zero_retention_mode": True}}}
    write_json(tmp_path / "a.json", agent)
    args = ["a.json", "--region", "in", "--select", "RES001"]
    assert run(args, cwd=tmp_path)[0] == 0  # gpt-4o is on India's published list
    (tmp_path / ".compliance-lint.yaml").write_text("allowlists:\n  elevenlabs-residency-llms: {remove: [gpt-4o]}\n")
    assert run(args, cwd=tmp_path)[0] == 1
    (tmp_path / ".compliance-lint.yaml").write_text("allowlists:\n  elevenlabs-residency-llms: {extend: [gpt-5]}\n")
    code, _, err = run(args, cwd=tmp_path)
    assert code == 2 and "elevenlabs-residency-llms.eu" in err


def test_an_edited_user_pack_is_reloaded_not_served_from_the_cache(run, tmp_path):
    (tmp_path / "packs").mkdir()
    pack = tmp_path / "packs" / "acme.yaml"
    pack.write_text(USER_PACK)
    write_json(tmp_path / "a.json", {**CLEAN, "model": {"provider": "openai", "model": "gpt-4o-mini"}})
    assert "is banned here" in run(["a.json", "--rules", "packs"], cwd=tmp_path)[1]
    pack.write_text(USER_PACK.replace("is banned here", "is not for us"))
    out = run(["a.json", "--rules", "packs"], cwd=tmp_path)[1]
    assert "is not for us" in out and "is banned here" not in out


def test_an_unexpected_crash_is_one_line_and_exit_2(tmp_path):
    """Simulate a bug outside any check (here: a report formatter) in a real subprocess."""
    target = write_json(tmp_path / "a.json", CLEAN)
    code = (
        "import sys; import compliance_lint.report.jsonreport as j\n"
        "def boom(*a, **k): raise RuntimeError('formatter bug')\n"
        "j.render = boom\n"
        f"sys.argv = ['compliance-lint', {str(target)!r}, '--format', 'json']\n"
        "from compliance_lint.cli import entry; entry()\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "COMPLIANCE_LINT_DEBUG"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, env=env,
                          check=False)
    assert done.returncode == 2
    assert done.stderr.strip().count("\n") == 0 and "internal error: RuntimeError: formatter bug" in done.stderr
    assert "Traceback" not in done.stderr
