"""Machine-readable report. The shape is versioned and described by `json-report.schema.json`."""

from __future__ import annotations

import json
from typing import Any, TextIO

from compliance_lint.api import LintResult
from compliance_lint.model import Finding

SCHEMA_VERSION = "1.0"


def finding_dict(finding: Finding) -> dict[str, Any]:
    return {
        "rule_id": finding.rule_id,
        "rule_name": finding.rule_name,
        "severity": str(finding.severity),
        "file": finding.file,
        "line": finding.line,
        "column": finding.column,
        "end_line": finding.end_line,
        "end_column": finding.end_column,
        "document": finding.document,
        "pointer": finding.pointer,
        "message": finding.message,
        "remediation": finding.remediation,
        "references": [{"title": r.title, "url": r.url} for r in finding.references],
        "platform": finding.platform,
        "kind": finding.kind,
        "evidence": finding.evidence,
    }


def build(result: LintResult) -> dict[str, Any]:
    files = result.files_by_status()
    severities = result.findings_by_severity()
    kinds: dict[str, list[str]] = {}
    for document in result.documents:
        if not document.embedded:
            kinds.setdefault(document.source.display, []).append(document.kind or "")
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "compliance-lint", "version": result.tool_version},
        "context": result.context.as_dict(),
        "summary": {
            "files": {"total": sum(files.values()), **files},
            "findings": {"total": sum(severities.values()), **severities},
        },
        "files": [
            {"file": f.display, "status": f.status.value, "reason": f.reason or None, "kinds": kinds.get(f.display, [])}
            for f in result.files
        ],
        "findings": [finding_dict(f) for f in result.findings],
    }


def render(result: LintResult, stream: TextIO) -> None:
    json.dump(build(result), stream, indent=2, ensure_ascii=False)
    stream.write("\n")
