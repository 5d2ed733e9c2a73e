"""GitHub Actions: workflow-command annotations, plus a Markdown job summary.

GitHub keeps only 10 error and 10 warning annotations per step, so the most severe come first and
the full count and table go to `$GITHUB_STEP_SUMMARY` (the CLI passes its path when it is set).
Escaping follows `escapeData`/`escapeProperty` in actions/toolkit `packages/core/src/command.ts`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from compliance_lint.api import LintResult
from compliance_lint.model import Finding, Severity
from compliance_lint.report.text import summary_line

COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
SUMMARY_LIMIT = 900_000  # GitHub rejects a step summary over 1 MiB; stop the table well before that


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(finding: Finding) -> str:
    properties = [("file", finding.file), ("line", str(finding.line)), ("col", str(finding.column))]
    if finding.end_line and finding.end_column:
        properties += [("endLine", str(finding.end_line)), ("endColumn", str(finding.end_column))]
    properties.append(("title", f"{finding.rule_id} {finding.rule_name}"))
    props = ",".join(f"{key}={escape_property(value)}" for key, value in properties)
    message = f"{finding.message} (at {finding.pointer or '/'})\nFix: {finding.remediation}"
    return f"::{COMMAND[finding.severity]} {props}::{escape_data(message)}"


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def summary_markdown(result: LintResult) -> str:
    severities = result.findings_by_severity()
    total = sum(severities.values())
    lines = ["## compliance-lint", "", summary_line(result), ""]
    filtered = result.filtered
    if filtered is not None and (filtered.suppressed or filtered.baselined):
        lines += [f"Not shown: {len(filtered.suppressed)} suppressed, {len(filtered.baselined)} in the baseline.", ""]
    if filtered is not None and filtered.stale:
        lines += [f"{len(filtered.stale)} baseline entries no longer match anything; "
                  "run `compliance-lint baseline update` to drop them.", ""]
    if not total:
        return "\n".join(lines) + "\n"
    lines += ["| Severity | Rule | File | Line | Message |", "|---|---|---|---|---|"]
    size = sum(len(line) + 1 for line in lines)
    ordered = sorted(result.findings, key=lambda f: (-f.severity, f.sort_key()))
    for shown, finding in enumerate(ordered):
        row = (f"| {finding.severity} | {finding.rule_id} {finding.rule_name} | `{_cell(finding.file)}` | "
               f"{finding.line} | {_cell(finding.message)} |")
        if size + len(row) > SUMMARY_LIMIT:
            lines += ["", f"… and {total - shown} more findings (GitHub limits the summary's size; "
                          "the SARIF or JSON report has them all)."]
            break
        lines.append(row)
        size += len(row) + 1
    return "\n".join(lines) + "\n"


def render(result: LintResult, stream: TextIO, *, summary_path: Path | None = None) -> None:
    for finding in sorted(result.findings, key=lambda f: (-f.severity, f.sort_key())):
        stream.write(annotation(finding) + "\n")
    stream.write(summary_line(result) + "\n")
    if summary_path is not None:
        try:
            with summary_path.open("a", encoding="utf-8") as summary:
                summary.write(summary_markdown(result))
        except OSError as exc:
            stream.write(f"::warning::{escape_data(f'cannot write the job summary: {exc}')}\n")
