"""Data-driven rule tests, shipped so that authors of their own packs test rules the same way.

A case file is YAML: `rule: ID` (or `rules: [ID, ...]`), optional `packs: [dir]`, and `cases`, each with
a `name`, either `fixture` (a path relative to the case file's `root`, default the case file's folder)
or `filename` plus inline `content` (and optionally `config_file`, the text of a `.compliance-lint.yaml`
written beside it), an optional `context` (`hipaa`, `region`), optional `config`
(extra settings), and `expect`: the exact list of findings of the rule(s) under test, each
`{pointer, line, column}` (plus `rule` when several rules are tested, and optionally `severity` and
`message`, a text the message must contain). `fixture` may name a directory or a list of paths (for
cross-file rules); findings then also state their `file`, relative to `root`.
An empty `expect` is a passing case. Comparison is exact: a finding on the wrong line fails.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from compliance_lint.api import lint
from compliance_lint.config import Settings, load_settings
from compliance_lint.engine.packs import Catalog, load_catalog
from compliance_lint.model import Context, Severity
from compliance_lint.sources.yamlsafe import ConfigLoader


@dataclass(frozen=True, slots=True)
class RuleCase:
    file: Path
    name: str
    rules: tuple[str, ...]
    spec: dict[str, Any]
    root: Path
    packs: tuple[Path, ...] = ()

    @property
    def id(self) -> str:
        return f"{self.file.stem}::{self.name}"

    @property
    def passing(self) -> bool:
        return not self.spec.get("expect")


@dataclass(slots=True)
class CaseOutcome:
    expected: list[dict[str, Any]]
    actual: list[dict[str, Any]]
    messages: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.expected == self.actual


def load_cases(case_file: Path) -> list[RuleCase]:
    data = yaml.load(case_file.read_text(encoding="utf-8"), Loader=ConfigLoader)
    rules = tuple(data.get("rules") or [data["rule"]])
    root = (case_file.parent / data.get("root", ".")).resolve()
    packs = tuple((case_file.parent / p).resolve() for p in data.get("packs", []))
    return [RuleCase(case_file, c["name"], rules, c, root, packs) for c in data["cases"]]


def iter_cases(directory: Path) -> Iterator[RuleCase]:
    for case_file in sorted(directory.glob("*.yaml")):
        yield from load_cases(case_file)


def _row_order(row: dict[str, Any]) -> tuple[str, int, int, str, str]:
    return (row.get("file") or "", row["line"], row["column"], row.get("rule", ""), row["pointer"])


def run_case(case: RuleCase, catalog: Catalog | None = None) -> CaseOutcome:
    spec = case.spec
    context = Context(**{"hipaa": True, "region": "us", **spec.get("context", {})})
    extra = dict(spec.get("config", {}))
    if "severity" in extra:
        extra["severity"] = {k: Severity.parse(v) for k, v in extra["severity"].items()}
    settings = Settings(**{"context": context, "select": case.rules, "rule_dirs": case.packs, **extra})
    catalog = catalog if catalog is not None and not case.packs else load_catalog(case.packs)
    with tempfile.TemporaryDirectory() as scratch:
        if "fixture" in spec:
            # A file, a directory, or a list of them (cross-file rules; a pre-commit-like subset).
            fixtures = spec["fixture"] if isinstance(spec["fixture"], list) else [spec["fixture"]]
            targets = [case.root / f for f in fixtures]
            cwd = case.root
        else:
            cwd = Path(scratch)
            target = cwd / spec["filename"]
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(spec["content"], encoding="utf-8")
            targets = [target]
            if "config_file" in spec:  # a real config file, for rules that report on it (suppressions)
                config = cwd / ".compliance-lint.yaml"
                config.write_text(spec["config_file"], encoding="utf-8")
                loaded = load_settings(cwd, config)
                settings = replace(loaded, context=context, select=case.rules,
                                   rule_dirs=loaded.rule_dirs + case.packs)
        result = lint([str(t) for t in targets], settings, cwd=cwd, catalog=catalog)
        # Several files may have findings: rows then name the `file` (relative to `root`).
        with_file = len(targets) > 1 or any(t.is_dir() for t in targets) or any(
            "file" in row for row in spec.get("expect") or [])
    several = len(case.rules) > 1
    actual = []
    for finding in result.findings:
        if finding.rule_id not in case.rules:
            continue
        row: dict[str, Any] = {"pointer": finding.pointer, "line": finding.line, "column": finding.column}
        if several:
            row = {"rule": finding.rule_id, **row}
        if with_file:
            row = {"file": finding.file, **row}
        actual.append(row)
    expected = []
    for row in spec.get("expect") or []:
        wanted = {"pointer": row["pointer"], "line": row["line"], "column": row["column"]}
        if several:
            wanted = {"rule": row["rule"], **wanted}
        if with_file:
            wanted = {"file": row.get("file"), **wanted}
        expected.append(wanted)
    by_key = sorted(actual, key=_row_order)
    want = sorted(expected, key=_row_order)
    messages = [f.message for f in result.findings if f.rule_id in case.rules]
    severities = [row.get("severity") for row in spec.get("expect") or []]
    outcome = CaseOutcome(want, by_key, messages)
    if any(severities):
        graded = {(f.line, f.column): str(f.severity) for f in result.findings if f.rule_id in case.rules}
        for row in spec.get("expect") or []:
            if row.get("severity") and graded.get((row["line"], row["column"])) != row["severity"]:
                outcome.actual.append({"severity_mismatch": row})
    for row in spec.get("expect") or []:  # `message`: a text the finding's message must contain
        if "message" in row and not any(
                row["message"] in f.message for f in result.findings
                if f.rule_id in case.rules and (f.line, f.column) == (row["line"], row["column"])):
            outcome.actual.append({"message_mismatch": row})
    return outcome
