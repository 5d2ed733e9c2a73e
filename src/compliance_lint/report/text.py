"""Human-readable report for terminals and compliance reviewers: grouped by file, then a summary."""

from __future__ import annotations

from itertools import groupby
from typing import TextIO

from compliance_lint.api import LintResult
from compliance_lint.model import FileStatus, Severity

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def render(result: LintResult, stream: TextIO, *, color: bool | None = None, verbose: bool = False,
           show_hidden: bool = False) -> None:
    from rich.console import Console  # deferred: rich costs ~50 ms to import
    from rich.markup import escape

    console = Console(file=stream, force_terminal=color, no_color=color is False, highlight=False,
                      soft_wrap=True, emoji=False)
    for file, findings in groupby(result.findings, key=lambda f: f.file):
        console.print(f"[bold underline]{escape(file)}[/]")
        for finding in findings:
            where = f"{finding.line}:{finding.column}"
            level = str(finding.severity)
            console.print(
                f"  {where:>9}  [{_STYLE[finding.severity]}]{level:<7}[/] [bold]{finding.rule_id}[/] "
                f"{escape(finding.message)} [dim]({finding.rule_name})[/]"
            )
            details = [("at", finding.pointer or "/ (document root)")]
            if finding.evidence:
                details.append(("found", finding.evidence))
            if finding.references:
                details.append(("why", finding.references[0].title))
            details.append(("fix", finding.remediation))
            for label, text in details:
                console.print(f"  {'':>9}  [dim]{label:>5}:[/] {escape(text)}")
        console.print()
    if verbose or result.settings.strict:
        shown = [f for f in result.files if verbose or f.status is FileStatus.UNRECOGNISED]
        for source in shown:
            reason = f" ({source.reason})" if source.reason else ""
            console.print(f"[dim]{source.status.value:>12}[/] {escape(source.display)}{escape(reason)}")
        if shown:
            console.print()
    if verbose and result.notes:  # e.g. cross-file links to files that were not in the run
        for note in result.notes:
            console.print(f"[dim]{'note':>12}[/] {escape(note)}")
        console.print()
    for source in result.files:
        if source.status is FileStatus.FAILED and not any(f.file == source.display for f in result.findings):
            console.print(f"[red]failed[/] {escape(source.display)}: {escape(source.reason)}")
    for line in filter_notes(result, show_hidden):
        console.print(escape(line))
    console.print(summary_line(result))


def filter_notes(result: LintResult, show_hidden: bool) -> list[str]:
    """What suppressions and the baseline hid, one line each (the findings themselves with --show-baselined)."""
    filtered = result.filtered
    if filtered is None:
        return []
    lines = []
    if show_hidden:
        for hidden in filtered.suppressed:
            f = hidden.finding
            where = f"{f.file}:{f.line}:{f.column}"
            lines.append(f"suppressed ({hidden.by}: {hidden.reason}): {where} {f.rule_id} {f.message}")
        for f in filtered.baselined:
            lines.append(f"baselined: {f.file}:{f.line}:{f.column} {f.rule_id} {f.message}")
    elif filtered.suppressed or filtered.baselined:
        lines.append(f"{len(filtered.suppressed)} suppressed and {len(filtered.baselined)} baselined findings not "
                     "shown (--show-baselined lists them)")
    if filtered.stale:
        lines.append(f"{len(filtered.stale)} baseline entr{'ies' if len(filtered.stale) != 1 else 'y'} no longer "
                     "match anything; run `compliance-lint baseline update` to drop them")
    return lines


def summary_line(result: LintResult) -> str:
    files = result.files_by_status()
    total_files = sum(files.values())
    file_parts = ", ".join(f"{n} {status}" for status, n in files.items() if n)
    severities = result.findings_by_severity()
    total = sum(severities.values())
    if not total:
        findings = "no findings"
    else:
        findings = f"{total} finding{'s' if total != 1 else ''} (" + ", ".join(
            f"{n} {name}{'s' if n != 1 and name != 'info' else ''}" for name, n in severities.items() if n) + ")"
    context = result.context
    where = f"HIPAA workload, region {context.region}" if context.hipaa else f"non-HIPAA, region {context.region}"
    return f"{total_files} file{'s' if total_files != 1 else ''} ({file_parts or 'none'}); {findings}; {where}"
