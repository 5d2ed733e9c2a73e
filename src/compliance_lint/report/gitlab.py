"""GitLab Code Quality (`artifacts: reports: codequality:`): the merge request's Code Quality widget.

The report is a JSON array of Code Climate issues. GitLab keeps an issue only when it has a string
`description`, `fingerprint` and `severity` and an object `location`
(`app/validators/json_schemas/codeclimate.json` in gitlab-org/gitlab), ranks the severities
`blocker critical major minor info`, and keys the issues by fingerprint, so two issues with one
fingerprint collapse into one (`Gitlab::Ci::Reports::CodequalityReports#add_degradation`).

The fingerprint is therefore ours (rule, project-relative path, JSON pointer, value digest: it survives
an unrelated edit above the finding, as in SARIF), with the occurrence number appended when one
field holds the same value twice. Baselined and suppressed findings are left out: the widget has no
way to show them as accepted.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from typing import Any, TextIO

from compliance_lint.api import LintResult
from compliance_lint.identity import finding_fingerprint, finding_path
from compliance_lint.model import Finding, Severity

SEVERITY = {Severity.ERROR: "critical", Severity.WARNING: "major", Severity.INFO: "info"}


def _issue(finding: Finding, fingerprint: str) -> dict[str, Any]:
    return {
        "type": "issue",
        "check_name": finding.rule_id,
        "description": f"{finding.rule_id} {finding.message_with_fix()}",
        "categories": ["Security"],
        "severity": SEVERITY[finding.severity],
        "fingerprint": fingerprint,
        "location": {"path": finding_path(finding), "lines": {"begin": max(finding.line, 1)}},
    }


def build(result: LintResult) -> list[dict[str, Any]]:
    seen: Counter[str] = Counter()
    issues = []
    for finding in result.findings:
        base = finding_fingerprint(finding)
        seen[base] += 1
        # The first occurrence keeps the SARIF/baseline fingerprint; repeats get their own, stably.
        fingerprint = base if seen[base] == 1 else hashlib.sha256(f"{base}#{seen[base]}".encode()).hexdigest()
        issues.append(_issue(finding, fingerprint))
    return issues


def render(result: LintResult, stream: TextIO) -> None:
    json.dump(build(result), stream, indent=2, ensure_ascii=False)
    stream.write("\n")
