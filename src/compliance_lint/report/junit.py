"""JUnit XML for GitLab (`artifacts: reports: junit:`), Jenkins and Azure DevOps.

One `<testsuite>` per file and one `<testcase>` per file and rule: every selected rule that applies to
a kind of document found in the file (the core rules apply to every file). A test case fails when
the file has findings of that rule at or above `--fail-on`, so the test report agrees with the exit
code; findings below the threshold are listed in the case's `<system-out>`. Several findings of one
rule in one file share one `<failure>`, because GitLab and Jenkins show only one per case.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import defaultdict
from typing import TextIO

from compliance_lint.api import LintResult
from compliance_lint.engine.packs import Rule
from compliance_lint.model import FileStatus, Finding

MAX_MESSAGE = 300


def _describe(finding: Finding) -> str:
    where = f"{finding.file}:{finding.line}:{finding.column}"
    text = f"{where}: {finding.severity} {finding.rule_id} {finding.message} (at {finding.pointer or '/'})"
    return f"{text}\n    fix: {finding.remediation}" if finding.remediation else text


def _cases(result: LintResult) -> dict[str, list[Rule]]:
    """File → the rules it is tested against, in id order."""
    kinds: dict[str, set[str | None]] = defaultdict(set)
    for document in result.documents:
        kinds[document.source.display].add(document.kind)
    rules = sorted(result.rules, key=lambda r: r.id)
    by_id = {r.id: r for r in rules}
    cases: dict[str, list[Rule]] = {}
    for source in result.files:
        if source.status in (FileStatus.LINTED, FileStatus.FAILED):
            file_kinds = kinds.get(source.display) or {None}
            cases[source.display] = [r for r in rules if any(r.applies_to_kind(k) for k in file_kinds)]
    for finding in result.findings:  # e.g. the config file, for an expired suppression
        listed = cases.setdefault(finding.file, [])
        rule = by_id.get(finding.rule_id)
        if rule is not None and rule not in listed:
            listed.append(rule)
            listed.sort(key=lambda r: r.id)
    return dict(sorted(cases.items()))


def build(result: LintResult) -> ET.Element:
    threshold = result.settings.fail_on
    findings: dict[tuple[str, str], list[Finding]] = defaultdict(list)
    for finding in result.findings:
        findings[(finding.file, finding.rule_id)].append(finding)
    root = ET.Element("testsuites", name="compliance-lint")
    total = failed = 0
    for file, rules in _cases(result).items():
        suite = ET.SubElement(root, "testsuite", name=file)
        suite_failed = 0
        for rule in rules:
            case = ET.SubElement(suite, "testcase", classname=file, name=f"{rule.id} {rule.name}", file=file,
                                 time="0")
            hits = findings.get((file, rule.id), [])
            failing = [f for f in hits if f.severity >= threshold]
            if failing:
                first = failing[0].message
                message = first if len(first) <= MAX_MESSAGE else first[: MAX_MESSAGE - 1] + "…"
                if len(failing) > 1:
                    message = f"{len(failing)} findings; first: {message}"
                failure = ET.SubElement(case, "failure", message=message, type=str(max(f.severity for f in failing)))
                failure.text = "\n".join(_describe(f) for f in failing)
                suite_failed += 1
            below = [f for f in hits if f.severity < threshold]
            if below:
                ET.SubElement(case, "system-out").text = "\n".join(_describe(f) for f in below)
        suite.set("tests", str(len(rules)))
        suite.set("failures", str(suite_failed))
        suite.set("errors", "0")
        suite.set("skipped", "0")
        total += len(rules)
        failed += suite_failed
    root.set("tests", str(total))
    root.set("failures", str(failed))
    root.set("errors", "0")
    root.set("skipped", "0")
    return root


def render(result: LintResult, stream: TextIO) -> None:
    root = build(result)
    ET.indent(root)
    stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    stream.write(ET.tostring(root, encoding="unicode"))
    stream.write("\n")
