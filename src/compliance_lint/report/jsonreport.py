"""Machine-readable report. The shape is versioned and described by `json-report.schema.json`."""

from __future__ import annotations

import json
from typing import Any, TextIO

from compliance_lint.api import LintResult
from compliance_lint.identity import finding_fingerprint
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
        "fingerprint": finding_fingerprint(finding),
    }


def _filter_fields(result: LintResult) -> dict[str, Any]:
    """What suppressions and the baseline hid, and baseline entries that matched nothing."""
    filtered = result.filtered
    if filtered is None:
        return {}
    return {
        "suppressed": [{**finding_dict(h.finding), "suppressed_by": h.by, "reason": h.reason}
                       for h in filtered.suppressed],
        "baselined": [finding_dict(f) for f in filtered.baselined],
        "baseline": None if filtered.baseline_path is None else {
            "file": str(filtered.baseline_path),
            "stale": [e.as_dict() for e in filtered.stale],
        },
    }


def _hidden_counts(result: LintResult) -> dict[str, int]:
    filtered = result.filtered
    if filtered is None:
        return {}
    return {"suppressed": len(filtered.suppressed), "baselined": len(filtered.baselined)}


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
            "findings": {"total": sum(severities.values()), **severities, **_hidden_counts(result)},
        },
        "files": [
            {"file": f.display, "status": f.status.value, "reason": f.reason or None, "kinds": kinds.get(f.display, [])}
            for f in result.files
        ],
        "findings": [finding_dict(f) for f in result.findings],
        "notes": list(result.notes),
        **_filter_fields(result),
    }


def render(result: LintResult, stream: TextIO) -> None:
    json.dump(build(result), stream, indent=2, ensure_ascii=False)
    stream.write("\n")
