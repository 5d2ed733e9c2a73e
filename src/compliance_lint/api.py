"""The linter as a library: `lint()` returns a result; it never prints and never exits.

The CLI is a thin shell around this module (arguments in, formats and exit codes out).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from compliance_lint import __version__
from compliance_lint.config import Settings
from compliance_lint.engine.crossfile import CrossIndex
from compliance_lint.engine.packs import Catalog, Rule, load_catalog
from compliance_lint.engine.runner import check_document, render
from compliance_lint.engine.selection import FilePlan, Planner, effective_tables
from compliance_lint.filtering import Filtered, apply_filters
from compliance_lint.model import Context, Document, FileStatus, Finding, Severity, SourceFile
from compliance_lint.platforms.identify import identify, with_embedded
from compliance_lint.sources.discover import DiscoveryOptions, discover
from compliance_lint.sources.load import Loaded, LoadIssue, read_source
from compliance_lint.sources.locate import PositionIndex
from compliance_lint.withhold import withhold_phi_names


@dataclass(slots=True)
class StdinInput:
    data: bytes
    filename: str = "<stdin>"


@dataclass(slots=True)
class LintResult:
    files: list[SourceFile]
    findings: list[Finding]
    documents: list[Document]
    context: Context
    rules: list[Rule]  # every rule that was selected for the run (SARIF lists them)
    settings: Settings
    tool_version: str = __version__
    notes: list[str] = field(default_factory=list)
    filtered: Filtered | None = None  # what suppressions and the baseline hid (set by `lint`)

    def files_by_status(self) -> dict[str, int]:
        counts = Counter(f.status.value for f in self.files)
        return {status.value: counts.get(status.value, 0) for status in FileStatus}

    def findings_by_severity(self) -> dict[str, int]:
        counts = Counter(str(f.severity) for f in self.findings)
        return {str(s): counts.get(str(s), 0) for s in sorted(Severity, reverse=True)}

    def failed(self, threshold: Severity) -> bool:
        return any(f.severity >= threshold for f in self.findings)


def _load_all(inputs: Iterable[SourceFile], stdin: StdinInput | None) -> list[Loaded]:
    loaded = []
    for source in inputs:
        if source.status is not FileStatus.LINTED:
            loaded.append(Loaded(source))
            continue
        data = stdin.data if (stdin is not None and source.path is None) else None
        loaded.append(read_source(source, data))
    return loaded


def _identify(item: Loaded, strict: bool) -> list[Document]:
    source = item.source
    if source.status is not FileStatus.LINTED:
        return []
    documents: list[Document] = []
    unknown: list[int] = []
    for index, data in enumerate(item.documents):
        if data is None:
            continue
        found = identify(source, index, data)
        if found is None:
            unknown.append(index)
        else:
            documents.extend(with_embedded(found))
    if not item.documents or all(d is None for d in item.documents):
        source.status, source.reason = FileStatus.SKIPPED, "empty file"
    elif not documents:
        source.status, source.reason = FileStatus.UNRECOGNISED, "matches no known Vapi or ElevenLabs shape"
    if strict:
        for index in unknown:
            where = f"document {index} " if len(item.documents) > 1 else ""
            item.issues.append(LoadIssue("CL004", f"{where}matches no known Vapi or ElevenLabs shape",
                                         document=index))
    return documents


def _issue_findings(item: Loaded, plan: FilePlan, catalog: Catalog) -> Iterable[Finding]:
    selected = {r.id for r in plan.rules}
    for issue in item.issues:
        if issue.rule_id not in selected:
            continue
        rule = catalog.rules[issue.rule_id]
        yield Finding(
            rule_id=rule.id, rule_name=rule.name, severity=plan.severity_of(rule), file=item.source.display,
            pointer=issue.pointer, message=render(rule.message, {"detail": issue.message}),
            remediation=rule.remediation, references=rule.references, line=issue.line, column=issue.column,
            document=issue.document,
        )


def _locate(findings: list[Finding], by_file: dict[str, SourceFile]) -> None:
    """Fill in line/column only now, re-scanning only files that have findings."""
    indexes: dict[str, PositionIndex] = {}
    for finding in findings:
        if finding.line:
            continue
        source = by_file[finding.file]
        index = indexes.get(finding.file)
        if index is None:
            index = PositionIndex(source.format, source.text, source.front_matter_line, source.body_line)
            indexes[finding.file] = index
        offset = finding.extra.get("offset")
        if offset is not None and finding.pointer == "/__body__" and source.body_offset:
            # The body is the file's own text from body_offset on, so the hit's place is exact.
            finding.line, finding.column = index.offset_position(source.body_offset + offset)
            continue
        found = index.locate(finding.pointer, finding.document)
        if found:
            finding.line, finding.column, finding.end_line, finding.end_column = found
        else:
            finding.line, finding.column = 1, 1


def _once_per_file(findings: list[Finding], catalog: Catalog) -> list[Finding]:
    """Rules marked `once_per_file` keep their first finding in each file (findings are sorted)."""
    seen: set[tuple[str, str]] = set()
    kept = []
    for finding in findings:
        rule = catalog.rules.get(finding.rule_id)
        if rule is not None and rule.once_per_file:
            if (finding.rule_id, finding.file) in seen:
                continue
            seen.add((finding.rule_id, finding.file))
        kept.append(finding)
    return kept


def lint(paths: Sequence[str], settings: Settings, *, cwd: Path | None = None, stdin: StdinInput | None = None,
         force_exclude: bool = False, catalog: Catalog | None = None, options: dict[str, Any] | None = None,
         ) -> LintResult:
    """Lint `paths` (files or directories; "-" means `stdin`) and return every finding, located and sorted."""
    cwd = (cwd or Path.cwd()).resolve()
    catalog = catalog or load_catalog(settings.rule_dirs)
    planner = Planner(settings, catalog)
    tables = effective_tables(catalog, settings)
    run_options = {"settings": settings, **(options or {})}

    sources = list(discover([p for p in paths if p != "-"], DiscoveryOptions(settings.exclude, force_exclude, cwd)))
    if stdin is not None and "-" in paths:
        sources.append(SourceFile(None, stdin.filename, explicit=True))
    loaded = _load_all(sources, stdin)

    findings: list[Finding] = []
    documents: list[Document] = []
    planned: list[tuple[FilePlan, list[Document]]] = []
    for item in loaded:
        plan = planner.plan(item.source.path, item.source.display)
        file_documents = _identify(item, settings.strict)
        documents.extend(file_documents)
        findings.extend(_issue_findings(item, plan, catalog))
        planned.append((plan, file_documents))
    # Every document is known before any check runs, so checks can follow links between files.
    index = CrossIndex(documents)
    run_options["index"] = index
    for plan, file_documents in planned:
        for document in file_documents:
            findings.extend(check_document(document, plan, tables, run_options))

    _locate(findings, {s.display: s for s in sources})
    findings.sort(key=Finding.sort_key)
    findings = _once_per_file(findings, catalog)
    result = LintResult(sources, findings, documents, settings.context, list(planner.base.rules), settings)
    result.notes.extend(index.notes())  # unresolved cross-file links, shown with --verbose
    apply_filters(result, catalog, planner, cwd)
    withhold_phi_names(result)  # last: suppressions and baselines match the real paths
    return result
