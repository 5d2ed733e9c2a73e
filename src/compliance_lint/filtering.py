"""The filter stage: suppressions and the baseline, after findings are located, before any report.

It hides findings (keeping them, with the reason, for `--show-baselined` and the JSON report) and
adds the findings about the filters themselves: expired suppressions (CL005), suppressions that
match nothing (CL006) and inline directives that do not parse (CL007). A rule marked
`suppressible: false` in its pack is never hidden, by a suppression or by the baseline.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from compliance_lint import suppressions as sup
from compliance_lint.config import ConfigError, Settings, Suppression
from compliance_lint.engine.packs import Catalog, Rule
from compliance_lint.engine.runner import digest, render
from compliance_lint.engine.selection import Planner
from compliance_lint.identity import fingerprint, project_path, project_root
from compliance_lint.model import FileStatus, Finding, SourceFile
from compliance_lint.sources.discover import display_path

if TYPE_CHECKING:
    from compliance_lint.api import LintResult
    from compliance_lint.baseline import BaselineEntry

EXPIRED, UNUSED, INVALID = "CL005", "CL006", "CL007"


@dataclass(frozen=True, slots=True)
class Hidden:
    finding: Finding
    by: str  # "config" or "inline"
    reason: str


@dataclass(slots=True)
class Filtered:
    """What the filter stage did; formatters report it, nothing re-computes it."""

    root: Path  # project root: SARIF URIs and fingerprints are relative to it
    suppressed: list[Hidden] = field(default_factory=list)
    baselined: list[Finding] = field(default_factory=list)
    baseline_path: Path | None = None
    stale: list[BaselineEntry] = field(default_factory=list)


def check_suppressions(suppressions: Iterable[Suppression], catalog: Catalog, source: Path | None = None) -> None:
    """Config mistakes are usage errors (exit 2), like an unknown rule in `severity:`."""
    for index, item in enumerate(suppressions):
        where = f"{source}: suppressions/{index}" if source else f"suppressions/{index}"
        rule = next((r for r in catalog.rules.values() if item.rule in (r.id, r.name)), None)
        if rule is None:
            raise ConfigError(f"{where}: '{item.rule}' is not a rule id or name")
        if not rule.suppressible:
            raise ConfigError(f"{where}: rule {rule.id} cannot be suppressed")
        if item.pointer is not None and item.pointer and not item.pointer.startswith("/"):
            raise ConfigError(f"{where}: pointer must be a JSON pointer starting with '/'")


def apply_filters(result: LintResult, catalog: Catalog, planner: Planner, cwd: Path, *,
                  today: date | None = None) -> None:
    """Hide suppressed and baselined findings in `result` and add the filters' own findings."""
    settings = result.settings
    check_suppressions(settings.suppressions, catalog, settings.config_path)
    today = today or date.today()
    filtered = Filtered(project_root(cwd, settings.root))
    sources = {s.display: s for s in result.files}
    files = {f.file for f in result.findings}  # paths are resolved once per file, not per finding
    project_paths = {file: project_path(sources.get(file), file, filtered.root) for file in files}
    for finding in result.findings:
        _stamp(finding, project_paths[finding.file])

    directives = {
        s.display: sup.parse_directives(s.text, catalog.rules, s.body_line - 1 if s.format == "markdown" else None)
        for s in result.files
        # Only files the rules ran on: in an unparseable or unrecognised file every directive would look unused.
        if s.status is FileStatus.LINTED and s.format in ("yaml", "markdown") and "compliance-lint" in s.text
    }
    active = {i: s for i, s in enumerate(settings.suppressions) if not sup.expired(s, today)}
    relative = {file: _config_relative(sources.get(file), file, settings.root) for file in files} if active else {}
    used: set[int] = set()  # indexes of config suppressions that hid something
    kept: list[Finding] = []
    for finding in result.findings:
        hidden = _suppress(finding, catalog.rules.get(finding.rule_id), directives.get(finding.file, []),
                           active, used, relative.get(finding.file, finding.file))
        if hidden is None:
            kept.append(finding)
        else:
            filtered.suppressed.append(hidden)

    if settings.baseline is not None:
        filtered.baseline_path = settings.baseline
        kept = _apply_baseline(kept, filtered, catalog, planner, result.files)

    meta = [
        *_expired_findings(settings.suppressions, today, planner, filtered.root, cwd, settings),
        *_unused_config(settings.suppressions, active, used, planner, result.files, filtered.root, cwd, settings),
        *_directive_findings(directives, sources, planner, filtered.root),
    ]
    result.findings = sorted(kept + meta, key=Finding.sort_key)
    result.filtered = filtered


def _stamp(finding: Finding, path: str) -> None:
    finding.extra["path"] = path
    finding.extra["fingerprint"] = fingerprint(finding.rule_id, path, finding.pointer, finding.value_digest)


def _config_relative(source: SourceFile | None, display: str, root: Path) -> str:
    if source is None or source.path is None:
        return display
    return display_path(source.path.resolve(), root.resolve())


def _suppress(finding: Finding, rule: Rule | None, directives: list[sup.InlineDirective],
              active: dict[int, Suppression], used: set[int], rel_path: str) -> Hidden | None:
    if rule is None or not rule.suppressible:
        return None
    for directive in sup.covering(directives, finding.rule_id, finding.line):
        directive.used.add(finding.rule_id)
        return Hidden(finding, "inline", directive.reason)
    for index, item in active.items():
        if (sup.rule_matches(item, rule.id, rule.name) and sup.path_matches(item, rel_path)
                and sup.pointer_matches(item, finding.pointer)):
            used.add(index)
            return Hidden(finding, "config", item.reason)
    return None


def _apply_baseline(findings: list[Finding], filtered: Filtered, catalog: Catalog, planner: Planner,
                    files: list[SourceFile]) -> list[Finding]:
    from compliance_lint import baseline as baseline_file  # only runs with a baseline pay for it

    assert filtered.baseline_path is not None
    matcher = baseline_file.Matcher(baseline_file.read(filtered.baseline_path))
    kept = []
    for finding in findings:
        rule = catalog.rules.get(finding.rule_id)
        if rule is not None and rule.suppressible and matcher.take(finding):
            filtered.baselined.append(finding)
        else:
            kept.append(finding)
    # An entry is stale only when this run could have produced it: its file was linted with its rule
    # selected, or the file is gone. A pre-commit run on two files says nothing about the others.
    checked: dict[str, set[str]] = {}
    for source in files:
        if source.status is FileStatus.LINTED:
            rules = {r.id for r in planner.plan(source.path, source.display).rules}
            checked[project_path(source, source.display, filtered.root)] = rules
    filtered.stale = [
        entry for entry in matcher.unmatched()
        if entry.rule in checked.get(entry.file, ())
        or (entry.file not in checked and not (filtered.root / entry.file).exists())
    ]
    return kept


def _meta_finding(rule: Rule, planner: Planner, file: str, path: str, pointer: str, detail: str, line: int,
                  column: int, key: str) -> Finding:
    finding = Finding(
        rule_id=rule.id, rule_name=rule.name, severity=planner.base.severity_of(rule), file=file,
        pointer=pointer, message=render(rule.message, {"detail": detail}), remediation=rule.remediation,
        references=rule.references, line=line, column=column, value_digest=digest(key),
    )
    finding.extra["path"] = path
    finding.extra["fingerprint"] = fingerprint(rule.id, path, pointer, finding.value_digest)
    return finding


def _selected(rule_id: str, planner: Planner) -> Rule | None:
    return next((r for r in planner.base.rules if r.id == rule_id), None)


def _config_place(settings: Settings, index: int, cwd: Path, root: Path) -> tuple[str, str, int, int]:
    """Where suppression `index` is written: (display file, project path, line, column)."""
    path = settings.config_path
    if path is None:  # settings built in code (the rule-case harness), not read from a file
        return "<config>", "<config>", 1, 1
    display = display_path(path.resolve(), cwd)
    rel = os.path.relpath(path.resolve(), root)
    project = Path(rel).as_posix() if not rel.startswith("..") else display
    line, column = 1, 1
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return display, project, line, column
    if path.suffix in (".yaml", ".yml"):
        from compliance_lint.sources.locate import PositionIndex

        found = PositionIndex("yaml", text).locate(f"/suppressions/{index}")
        if found:
            line, column = found[0], found[1]
    else:  # pyproject.toml: the n-th array-of-tables header, when that is how it is written
        header = "[[tool.compliance-lint.suppressions]]"
        headers = [n for n, t in enumerate(text.splitlines(), 1) if t.strip() == header]
        if index < len(headers):
            line = headers[index]
    return display, project, line, column


def _describe(item: Suppression) -> str:
    where = f"'{item.path}'" + (f" at {item.pointer}" if item.pointer else "")
    return f"suppression of {item.rule} for {where}"


def _expired_findings(items: tuple[Suppression, ...], today: date, planner: Planner, root: Path, cwd: Path,
                      settings: Settings) -> Iterable[Finding]:
    rule = _selected(EXPIRED, planner)
    if rule is None:
        return
    for index, item in enumerate(items):
        if sup.expired(item, today):
            file, path, line, column = _config_place(settings, index, cwd, root)
            detail = f"{_describe(item)} expired on {item.expires}; the findings it hid are reported again"
            yield _meta_finding(rule, planner, file, path, f"/suppressions/{index}", detail, line, column,
                                f"{item.rule}|{item.path}|{item.pointer}|{item.expires}")


def _unused_config(items: tuple[Suppression, ...], active: dict[int, Suppression], used: set[int],
                   planner: Planner, files: list[SourceFile], root: Path, cwd: Path,
                   settings: Settings) -> Iterable[Finding]:
    rule = _selected(UNUSED, planner)
    if rule is None:
        return
    for index, item in enumerate(items):
        if index not in active or index in used:
            continue
        # Unused only if this run could have used it: a linted file under its glob with its rule selected.
        # Otherwise a pre-commit run on one file would call every other suppression unused.
        could = any(
            source.status is FileStatus.LINTED
            and sup.path_matches(item, _config_relative(source, source.display, settings.root))
            and any(item.rule in (r.id, r.name) for r in planner.plan(source.path, source.display).rules)
            for source in files
        )
        if could:
            file, path, line, column = _config_place(settings, index, cwd, root)
            yield _meta_finding(rule, planner, file, path, f"/suppressions/{index}",
                                f"{_describe(item)} matches no finding; remove it", line, column,
                                f"{item.rule}|{item.path}|{item.pointer}")


def _directive_findings(directives: dict[str, list[sup.InlineDirective]], sources: dict[str, SourceFile],
                        planner: Planner, root: Path) -> Iterable[Finding]:
    for display, found in directives.items():
        source = sources[display]
        selected = {r.id: r for r in planner.plan(source.path, display).rules}
        path = project_path(source, display, root)
        for directive in found:
            if directive.problem is not None:
                rule = selected.get(INVALID)
                detail = directive.problem
            else:
                unused = [r for r in directive.rules if r in selected and r not in directive.used]
                rule = selected.get(UNUSED) if unused else None
                detail = f"inline suppression of {', '.join(unused)} matches no finding on this line or the next"
            if rule is not None:
                yield _meta_finding(rule, planner, display, path, "", detail, directive.line, directive.column,
                                    directive.text)
