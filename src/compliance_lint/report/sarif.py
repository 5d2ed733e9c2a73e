"""SARIF 2.1.0 for GitHub code scanning and other SARIF consumers.

One run per invocation (GitHub rejects two runs of one tool in a single upload), every selected rule
in `tool.driver.rules`, URIs relative to the project root (`%SRCROOT%`), and our own fingerprint in
`partialFingerprints` so an alert keeps its identity when unrelated lines move. Baselined and
suppressed findings appear, marked with SARIF `suppressions`, only with `--show-baselined`.
"""

from __future__ import annotations

import json
from typing import Any, TextIO
from urllib.parse import quote

from compliance_lint.api import LintResult
from compliance_lint.engine.packs import Rule
from compliance_lint.identity import FINGERPRINT_KEY, finding_fingerprint, finding_path
from compliance_lint.model import Finding, Severity

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/compliance-lint/compliance-lint"
LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
# GitHub buckets security-severity: >= 9 critical, 7-8.9 high, 4-6.9 medium, 0.1-3.9 low.
SECURITY_SEVERITY = {Severity.ERROR: "8.0", Severity.WARNING: "5.5", Severity.INFO: "2.0"}
MAX_TEXT = 1024  # GitHub's limit for short and full descriptions
MAX_TAGS = 20


def _clip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_TEXT else text[: MAX_TEXT - 1] + "…"


def _severity(rule: Rule, result: LintResult) -> Severity:
    for key in (rule.id, rule.name):
        if key in result.settings.severity:
            return result.settings.severity[key]
    return rule.severity


def _help_markdown(rule: Rule) -> str:
    lines = [f"**{rule.id} {rule.name}**", "", rule.docs.checks.strip(), "",
             f"**Why it matters.** {rule.docs.why.strip()}", "", f"**How to fix.** {rule.remediation.strip()}", "",
             "**References**", ""]
    lines += [f"- [{r.title}]({r.url})" for r in rule.references]
    return "\n".join(lines)


def _help_text(rule: Rule) -> str:
    references = "\n".join(f"- {r.title}: {r.url}" for r in rule.references)
    parts = (rule.docs.checks.strip(), f"Why: {rule.docs.why.strip()}", f"Fix: {rule.remediation.strip()}", references)
    return "\n\n".join(parts)


def rule_descriptor(rule: Rule, result: LintResult) -> dict[str, Any]:
    severity = _severity(rule, result)
    tags = list(dict.fromkeys(["security", "compliance", rule.pack, *rule.tags]))[:MAX_TAGS]
    return {
        "id": rule.id,
        "name": rule.name,
        "shortDescription": {"text": _clip(rule.docs.checks.split(". ")[0].rstrip("."))},
        "fullDescription": {"text": _clip(f"{rule.docs.checks} {rule.docs.why}")},
        "help": {"text": _help_text(rule), "markdown": _help_markdown(rule)},
        # The rule's primary source (the regulation or vendor page); `compliance-lint explain ID` has the rest.
        "helpUri": rule.references[0].url if rule.references else INFORMATION_URI,
        "defaultConfiguration": {"level": LEVEL[severity]},
        "properties": {
            "tags": tags,
            # Config rules compare exact values; PHI recognizers are heuristic.
            "precision": "medium" if "phi" in rule.tags or rule.pack.lower().startswith("phi") else "very-high",
            "security-severity": SECURITY_SEVERITY[severity],
        },
    }


def _region(finding: Finding) -> dict[str, int]:
    region = {"startLine": max(finding.line, 1), "startColumn": max(finding.column, 1)}
    if finding.end_line and finding.end_column:
        region["endLine"] = finding.end_line
        region["endColumn"] = finding.end_column
    return region


def _result(finding: Finding, index: dict[str, int], suppression: dict[str, str] | None) -> dict[str, Any]:
    item: dict[str, Any] = {
        "ruleId": finding.rule_id,
        "level": LEVEL[finding.severity],
        "message": {"text": finding.message_with_fix()},
        "locations": [{"physicalLocation": {
            "artifactLocation": {"uri": quote(finding_path(finding), safe="/"), "uriBaseId": "%SRCROOT%"},
            "region": _region(finding),
        }}],
        "partialFingerprints": {FINGERPRINT_KEY: finding_fingerprint(finding)},
        "properties": {"pointer": finding.pointer, "document": finding.document},
    }
    if finding.rule_id in index:
        item["ruleIndex"] = index[finding.rule_id]
    if suppression is not None:
        item["suppressions"] = [suppression]
    return item


def build(result: LintResult, *, show_hidden: bool = False) -> dict[str, Any]:
    rules = sorted(result.rules, key=lambda r: r.id)
    index = {rule.id: i for i, rule in enumerate(rules)}
    results = [_result(f, index, None) for f in result.findings]
    filtered = result.filtered
    if show_hidden and filtered is not None:
        for hidden in filtered.suppressed:
            results.append(_result(hidden.finding, index, {"kind": "external" if hidden.by == "config" else "inSource",
                                                           "justification": hidden.reason}))
        for finding in filtered.baselined:
            results.append(_result(finding, index, {"kind": "external", "justification": "in the baseline file"}))
    run: dict[str, Any] = {
        "tool": {"driver": {
            "name": "compliance-lint",
            "version": result.tool_version,
            "semanticVersion": result.tool_version,
            "informationUri": INFORMATION_URI,
            "rules": [rule_descriptor(rule, result) for rule in rules],
        }},
        "columnKind": "unicodeCodePoints",  # columns count Python str characters
        "results": results,
    }
    if filtered is not None:
        root = filtered.root.as_uri()
        run["originalUriBaseIds"] = {"%SRCROOT%": {"uri": root if root.endswith("/") else root + "/"}}
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def render(result: LintResult, stream: TextIO, *, show_hidden: bool = False) -> None:
    json.dump(build(result, show_hidden=show_hidden), stream, indent=2, ensure_ascii=False)
    stream.write("\n")
