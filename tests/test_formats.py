"""SARIF, JUnit, GitHub and GitLab output, each checked with what its real consumer uses; report pairing."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import jsonschema
import pytest

from cl_testutil import REPO, write_json

SARIF_SCHEMA = Path(__file__).resolve().parents[1].parent / "shared/schemas/sarif-schema-2.1.0.json"
UNDECLARED = {"name": "Clinic", "model": {"provider": "openai"}}
ANNOTATION = re.compile(
    r"^::(?P<command>error|warning|notice) file=(?P<file>[^,]*),line=(?P<line>\d+),col=(?P<col>\d+)"
    r"(?:,endLine=(?P<end_line>\d+),endColumn=(?P<end_col>\d+))?,title=(?P<title>[^,]*)::(?P<message>.*)$"
)


def sarif_validator() -> jsonschema.Draft4Validator:
    if not SARIF_SCHEMA.is_file():
        pytest.fail(f"the official SARIF schema is missing: expected {SARIF_SCHEMA} (CI has ../shared/schemas/)")
    return jsonschema.Draft4Validator(json.loads(SARIF_SCHEMA.read_text(encoding="utf-8")))


def json_findings(run, args, cwd=REPO):
    _, out, _ = run([*args, "--format", "json"], cwd=cwd)
    return json.loads(out)["findings"]


# SARIF ----------------------------------------------------------------------------------------------

def test_sarif_over_all_fixtures_is_valid_sarif_2_1_0(run):
    code, out, _ = run(["fixtures/", "--format", "sarif"])
    log = json.loads(out)
    errors = sorted(sarif_validator().iter_errors(log), key=lambda e: list(e.absolute_path))
    assert not errors, [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in errors[:5]]
    assert code == 1
    assert log["version"] == "2.1.0" and len(log["runs"]) == 1
    run_ = log["runs"][0]
    driver = run_["tool"]["driver"]
    assert driver["name"] == "compliance-lint" and driver["version"] and driver["informationUri"].startswith("https://")
    _, listing, _ = run(["rules"])
    every_rule = [line.split()[0] for line in listing.splitlines()[1:]]
    assert [r["id"] for r in driver["rules"]] == sorted(every_rule)  # every rule that ran, none missing
    for rule in driver["rules"]:
        assert rule["name"] and rule["shortDescription"]["text"] and rule["fullDescription"]["text"]
        assert len(rule["fullDescription"]["text"]) <= 1024 and rule["help"]["text"]
        assert rule["helpUri"].startswith("http")
        assert "security" in rule["properties"]["tags"] and len(rule["properties"]["tags"]) <= 20
        assert 0.0 < float(rule["properties"]["security-severity"]) <= 10.0
        assert rule["defaultConfiguration"]["level"] in ("error", "warning", "note")
    expected = json_findings(run, ["fixtures/"])
    assert len(run_["results"]) == len(expected)
    ids = [r["id"] for r in driver["rules"]]
    for result, finding in zip(run_["results"], expected, strict=True):
        assert result["ruleId"] == finding["rule_id"] and ids[result["ruleIndex"]] == result["ruleId"]
        assert result["level"] == {"error": "error", "warning": "warning", "info": "note"}[finding["severity"]]
        assert result["message"]["text"].startswith(finding["message"])
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uri"] == finding["file"]  # the repository root is the cwd here
        assert location["region"]["startLine"] == finding["line"]
        assert location["region"]["startColumn"] == finding["column"]
        if finding["end_line"]:
            assert location["region"]["endLine"] == finding["end_line"]
        assert result["partialFingerprints"]["complianceLint/v1"] == finding["fingerprint"]


def test_sarif_fingerprint_survives_an_unrelated_edit_above_the_finding(run, tmp_path):
    target = tmp_path / "a.yaml"
    target.write_text("name: Clinic\nmodel: {provider: groq}\ncompliancePlan: {hipaaEnabled: true}\n")

    def results():
        _, out, _ = run(["a.yaml", "--format", "sarif"], cwd=tmp_path)
        return {r["ruleId"]: r for r in json.loads(out)["runs"][0]["results"]}

    before = results()["VAPI005"]
    target.write_text("# reviewed by compliance\nfirstMessage: Hello\n" + target.read_text())
    after = results()["VAPI005"]
    region = ("physicalLocation", "region", "startLine")
    assert after["locations"][0][region[0]][region[1]][region[2]] == 4
    assert before["locations"][0][region[0]][region[1]][region[2]] == 2
    assert after["partialFingerprints"] == before["partialFingerprints"]


def test_sarif_uris_are_relative_to_the_repository_root(run, tmp_path):
    (tmp_path / ".git").mkdir()
    write_json(tmp_path / "agents" / "a.json", UNDECLARED)
    _, out, _ = run(["a.json", "--format", "sarif"], cwd=tmp_path / "agents")
    run_ = json.loads(out)["runs"][0]
    assert run_["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"] == {
        "uri": "agents/a.json", "uriBaseId": "%SRCROOT%"}
    assert run_["originalUriBaseIds"]["%SRCROOT%"]["uri"] == tmp_path.resolve().as_uri() + "/"


# JUnit ----------------------------------------------------------------------------------------------

def test_junit_over_all_fixtures_parses_with_counts_that_add_up(run):
    code, out, _ = run(["fixtures/", "--format", "junit"])
    root = ET.fromstring(out)
    assert code == 1 and root.tag == "testsuites"
    suites = root.findall("testsuite")
    cases = root.findall("testsuite/testcase")
    failures = root.findall("testsuite/testcase/failure")
    assert int(root.get("tests")) == len(cases) == sum(int(s.get("tests")) for s in suites)
    assert int(root.get("failures")) == len(failures) == sum(int(s.get("failures")) for s in suites)
    # One test case per file and rule; one failing case per (file, rule) with error findings.
    keys = [(c.get("classname"), c.get("name").split()[0]) for c in cases]
    assert len(keys) == len(set(keys))
    findings = json_findings(run, ["fixtures/"])
    failing = {(f["file"], f["rule_id"]) for f in findings if f["severity"] == "error"}
    assert {(c.get("classname"), c.get("name").split()[0]) for c in cases if c.find("failure") is not None} == failing
    assert {s.get("name") for s in suites} >= {f["file"] for f in findings}
    for case in cases:
        failure = case.find("failure")
        if failure is not None:
            assert failure.get("message") and failure.get("type") == "error" and failure.text


def test_junit_failures_follow_fail_on(run, tmp_path):
    target = "fixtures/elevenlabs/api/refill-line-redaction-only.json"
    root = ET.fromstring(run([target, "--select", "EL005", "--format", "junit"])[1])
    assert root.get("failures") == "0" and "EL005" in root.find(".//system-out").text
    root = ET.fromstring(run([target, "--select", "EL005", "--format", "junit", "--fail-on", "warning"])[1])
    assert root.get("failures") == "1"


# GitHub ---------------------------------------------------------------------------------------------

def test_github_annotations_over_all_fixtures(run, tmp_path, monkeypatch):
    summary = tmp_path / "summary.md"
    summary.write_text("previous step\n")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    code, out, _ = run(["fixtures/", "--format", "github"])
    findings = json_findings(run, ["fixtures/"])
    lines = [line for line in out.splitlines() if line.startswith("::")]
    parsed = [ANNOTATION.match(line) for line in lines]
    assert code == 1 and all(parsed), [line for line, m in zip(lines, parsed, strict=True) if not m][:3]
    commands = Counter(m["command"] for m in parsed)
    wanted = Counter({"error": "error", "warning": "warning", "info": "notice"}[f["severity"]] for f in findings)
    assert commands == wanted
    got = sorted((m["file"], int(m["line"]), int(m["col"]), m["title"].split()[0]) for m in parsed)
    assert got == sorted((f["file"], f["line"], f["column"], f["rule_id"]) for f in findings)
    severity_order = [{"error": 3, "warning": 2, "notice": 1}[m["command"]] for m in parsed]
    assert severity_order == sorted(severity_order, reverse=True)  # the 10 kept per type are the worst
    text = summary.read_text()
    assert text.startswith("previous step\n")  # appended, never overwritten
    assert f"{len(findings)} findings" in text
    assert sum(1 for line in text.splitlines() if line.startswith("| ") and "Severity" not in line) == len(findings)


def test_github_escapes_data_and_properties():
    from compliance_lint.report.github import escape_data, escape_property

    assert escape_data("100% done\r\nnext: a, b") == "100%25 done%0D%0Anext: a, b"
    assert escape_property("dir,x/a:b.json\n%") == "dir%2Cx/a%3Ab.json%0A%25"


def test_github_annotation_for_an_awkward_file_name(run, tmp_path):
    write_json(tmp_path / "odd,name: 100%.json", UNDECLARED)
    _, out, _ = run(["odd,name: 100%.json", "--format", "github"], cwd=tmp_path)
    match = ANNOTATION.match(out.splitlines()[0])
    assert match and match["file"] == "odd%2Cname%3A 100%25.json" and match["command"] == "error"
    assert "%0AFix: " in match["message"]


def test_no_summary_file_without_the_variable(run, tmp_path, monkeypatch):
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    write_json(tmp_path / "a.json", UNDECLARED)
    code, out, _ = run(["a.json", "--format", "github"], cwd=tmp_path)
    assert code == 1 and out.startswith("::error file=a.json,line=1,col=1,")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json"]


# Several reports in one run -------------------------------------------------------------------------

def test_first_format_to_stdout_the_rest_to_the_outputs(run, tmp_path):
    sarif_file = tmp_path / "results.sarif"
    code, out, _ = run(["fixtures/vapi/", "--format", "text", "--format", "sarif", "-o", str(sarif_file)])
    assert code == 1 and "VAPI002" in out and "findings" in out and not out.lstrip().startswith("{")
    assert json.loads(sarif_file.read_text())["version"] == "2.1.0"


def test_as_many_outputs_as_formats_pair_in_order(run, tmp_path):
    files = [tmp_path / "r.json", tmp_path / "r.xml", tmp_path / "r.sarif"]
    code, out, _ = run(["fixtures/vapi/", "--format", "json", "--format", "junit", "--format", "sarif",
                        "-o", str(files[0]), "-o", str(files[1]), "-o", str(files[2])])
    assert code == 1 and out == ""
    assert json.loads(files[0].read_text())["schema_version"]
    assert ET.fromstring(files[1].read_text()).tag == "testsuites"
    assert json.loads(files[2].read_text())["version"] == "2.1.0"


@pytest.mark.parametrize("args", [
    ["--format", "text", "--format", "json"],  # two reports on stdout
    ["--format", "json", "-o", "a", "-o", "b"],  # more outputs than formats
    ["--format", "json", "--format", "sarif", "-o", "same", "-o", "same"],
])
def test_ambiguous_pairing_is_a_usage_error(run, tmp_path, args):
    code, out, err = run(["fixtures/vapi/", *args], cwd=REPO)
    assert code == 2 and out == "" and "error:" in err and "Traceback" not in err


def test_formatters_are_imported_only_when_asked_for(tmp_path):
    write_json(tmp_path / "a.json", UNDECLARED)
    probe = ("import sys\nfrom compliance_lint.cli import main\n"
             "try:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
             "loaded = sorted(m for m in sys.modules if m.startswith('compliance_lint.report.'))\n"
             "print('LOADED', ' '.join(loaded), file=sys.stderr)\n")
    for fmt, wanted in (("json", {"jsonreport"}), ("sarif", {"sarif"}), ("junit", {"junit"}), ("gitlab", {"gitlab"})):
        done = subprocess.run([sys.executable, "-c", probe, "a.json", "--format", fmt], cwd=tmp_path,
                              capture_output=True, text=True, check=False, env={**os.environ, "NO_COLOR": "1"})
        line = next(x for x in done.stderr.splitlines() if x.startswith("LOADED"))
        loaded = {m.rsplit(".", 1)[1] for m in line.split()[1:]}
        assert loaded == wanted, (fmt, loaded)


def test_sarif_marks_hidden_findings_only_with_show_baselined(run, tmp_path):
    (tmp_path / ".git").mkdir()
    write_json(tmp_path / "a.json", UNDECLARED)
    (tmp_path / "b.yaml").write_text("name: B\nmodel: {provider: groq}  # compliance-lint: ignore[VAPI005] BAA signed\n"
                                     "compliancePlan: {hipaaEnabled: true}\n")
    assert run(["baseline", "create"], cwd=tmp_path)[0] == 0
    args = [".", "--format", "sarif", "--baseline", ".compliance-lint-baseline.json"]
    code, out, _ = run(args, cwd=tmp_path)
    assert code == 0 and json.loads(out)["runs"][0]["results"] == []
    code, out, _ = run([*args, "--show-baselined"], cwd=tmp_path)
    log = json.loads(out)
    assert not list(sarif_validator().iter_errors(log))
    hidden = {r["ruleId"]: r["suppressions"] for r in log["runs"][0]["results"]}
    assert hidden == {"VAPI002": [{"kind": "external", "justification": "in the baseline file"}],
                      "VAPI005": [{"kind": "inSource", "justification": "BAA signed"}]}


# GitLab Code Quality ---------------------------------------------------------------------------------

# What GitLab's parser keeps (gitlab-org/gitlab: app/validators/json_schemas/codeclimate.json, which
# each issue must pass, and CodequalityReports::SEVERITY_TYPES, the severities it ranks). Written
# here from those sources; the report must also give every issue its own fingerprint, because GitLab
# keys issues by fingerprint and drops repeats.
GITLAB_ISSUE = {
    "type": "object",
    "required": ["description", "fingerprint", "severity", "location", "check_name"],
    "properties": {
        "description": {"type": "string", "minLength": 1},
        "check_name": {"type": "string", "minLength": 1},
        "fingerprint": {"type": "string", "minLength": 1},
        "severity": {"enum": ["blocker", "critical", "major", "minor", "info"]},
        "location": {
            "type": "object",
            "required": ["path", "lines"],
            "properties": {
                "path": {"type": "string", "pattern": "^[^/]"},
                "lines": {"type": "object", "required": ["begin"],
                          "properties": {"begin": {"type": "integer", "minimum": 1}}},
            },
        },
    },
}


def gitlab_issues(run, args, cwd=REPO):
    code, out, _ = run([*args, "--format", "gitlab"], cwd=cwd)
    issues = json.loads(out)
    assert isinstance(issues, list)
    validator = jsonschema.Draft7Validator(GITLAB_ISSUE)
    for issue in issues:
        assert not list(validator.iter_errors(issue)), issue
    return code, issues


def test_gitlab_report_over_all_fixtures_is_kept_whole_by_gitlab(run):
    code, issues = gitlab_issues(run, ["fixtures/"])
    findings = json_findings(run, ["fixtures/"])
    assert code == 1 and len(issues) == len(findings) > 20
    assert len({i["fingerprint"] for i in issues}) == len(issues), "GitLab would collapse repeated fingerprints"
    assert {i["severity"] for i in issues} <= {"critical", "major", "info"}
    # the same findings, in the same order, at the same lines, with the SARIF/baseline fingerprint
    assert [(i["check_name"], i["location"]["path"], i["location"]["lines"]["begin"], i["fingerprint"])
            for i in issues] == [(f["rule_id"], f["file"], max(f["line"], 1), f["fingerprint"]) for f in findings]


def test_gitlab_clean_run_is_an_empty_array(run, tmp_path):
    write_json(tmp_path / "a.json", {**UNDECLARED, "compliancePlan": {"hipaaEnabled": True}})
    code, issues = gitlab_issues(run, ["a.json", "--fail-on", "error"], cwd=tmp_path)
    assert [i["check_name"] for i in issues if i["severity"] == "critical"] == [] and code == 0


def test_gitlab_fingerprint_survives_an_unrelated_edit_and_paths_are_from_the_repository_root(run, tmp_path):
    (tmp_path / ".git").mkdir()
    target = tmp_path / "agents" / "a.yaml"
    target.parent.mkdir()
    target.write_text("name: Clinic\nmodel: {provider: groq}\ncompliancePlan: {hipaaEnabled: true}\n")
    before = {i["check_name"]: i for i in gitlab_issues(run, ["a.yaml"], cwd=target.parent)[1]}["VAPI005"]
    target.write_text("# reviewed by compliance\nfirstMessage: Hello\n" + target.read_text())
    after = {i["check_name"]: i for i in gitlab_issues(run, ["a.yaml"], cwd=target.parent)[1]}["VAPI005"]
    assert before["location"] == {"path": "agents/a.yaml", "lines": {"begin": 2}}
    assert after["location"] == {"path": "agents/a.yaml", "lines": {"begin": 4}}
    assert after["fingerprint"] == before["fingerprint"]


def test_gitlab_gives_repeated_findings_their_own_fingerprints():
    from dataclasses import replace

    from compliance_lint.api import lint
    from compliance_lint.config import Settings
    from compliance_lint.report import gitlab

    result = lint(["fixtures/vapi"], Settings(), cwd=REPO)
    first = result.findings[0]
    result.findings = [first, replace(first, line=first.line + 5), replace(first, extra=dict(first.extra))]
    prints = [i["fingerprint"] for i in gitlab.build(result)]
    assert len(set(prints)) == 3
    assert prints[0] == first.extra["fingerprint"]
    assert gitlab.build(result) == gitlab.build(result)  # stable from run to run
