"""Which rules run for which file: selectors, per-path overrides, severities and allowlist changes."""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from compliance_lint.config import ConfigError, PathOverride, Settings
from compliance_lint.engine.packs import Catalog, Rule
from compliance_lint.model import Context, Severity


def selector_matches(selector: str, rule: Rule) -> bool:
    """A selector names a rule by id, name, pack, tag, or an id prefix (`VAPI`, `VAPI00`)."""
    return (
        selector in (rule.id, rule.name, rule.pack)
        or selector in rule.tags
        or (selector.isupper() and rule.id.startswith(selector))
        or selector == "ALL"
    )


def check_selectors(selectors: Iterable[str], catalog: Catalog, where: str) -> None:
    for selector in selectors:
        if not any(selector_matches(selector, rule) for rule in catalog.rules.values()):
            raise ConfigError(f"{where}: '{selector}' matches no rule (see `compliance-lint rules`)")


def _select(rules: Iterable[Rule], select: tuple[str, ...], ignore: tuple[str, ...]) -> list[Rule]:
    chosen = [r for r in rules if not select or any(selector_matches(s, r) for s in select)]
    return [r for r in chosen if not any(selector_matches(s, r) for s in ignore)]


@dataclass(frozen=True, slots=True)
class FilePlan:
    """The rules, severities and context that apply to one file."""

    rules: tuple[Rule, ...]
    severity: dict[str, Severity]
    context: Context

    def severity_of(self, rule: Rule, graded: Severity | None = None) -> Severity:
        """The user's override wins, then the check's own grading of the hit, then the pack default."""
        for key in (rule.id, rule.name):
            if key in self.severity:
                return self.severity[key]
        return graded or rule.severity


def _matches(override: PathOverride, path: Path | None, display: str) -> bool:
    if path is None:
        candidate = display
    else:
        try:
            candidate = Path(os.path.relpath(path, override.root)).as_posix()
        except ValueError:
            candidate = display
    return any(fnmatch.fnmatchcase(candidate, g) or fnmatch.fnmatchcase(candidate, g.rstrip("/") + "/*")
               for g in override.files)


class Planner:
    def __init__(self, settings: Settings, catalog: Catalog) -> None:
        self.settings = settings
        self.catalog = catalog
        check_selectors(settings.select, catalog, "select")
        check_selectors(settings.ignore, catalog, "ignore")
        for override in settings.overrides:
            check_selectors(override.select or (), catalog, "overrides select")
            check_selectors(override.ignore, catalog, "overrides ignore")
        for key in [*settings.severity, *(k for o in settings.overrides for k in o.severity)]:
            if not any(key in (r.id, r.name) for r in catalog.rules.values()):
                raise ConfigError(f"severity: '{key}' is not a rule id or name")
        self.base = FilePlan(
            tuple(_select(catalog.rules.values(), settings.select, settings.ignore)),
            dict(settings.severity),
            settings.context,
        )
        self._cache: dict[tuple[int, ...], FilePlan] = {}

    def plan(self, path: Path | None, display: str) -> FilePlan:
        active = tuple(i for i, o in enumerate(self.settings.overrides) if _matches(o, path, display))
        if not active:
            return self.base
        if active not in self._cache:
            select, ignore = self.settings.select, list(self.settings.ignore)
            severity = dict(self.settings.severity)
            context = self.settings.context
            for index in active:
                override = self.settings.overrides[index]
                if override.select is not None:
                    select = override.select
                ignore.extend(override.ignore)
                severity.update(override.severity)
                context = Context(
                    hipaa=context.hipaa if override.hipaa is None else override.hipaa,
                    region=override.region or context.region,
                )
            rules = tuple(_select(self.catalog.rules.values(), select, tuple(ignore)))
            self._cache[active] = FilePlan(rules, severity, context)
        return self._cache[active]


def effective_tables(catalog: Catalog, settings: Settings) -> dict[str, frozenset[str]]:
    tables = {name: table.values() for name, table in catalog.tables.items()}
    for name, (extend, remove) in settings.allowlists.items():
        if name not in tables:
            raise ConfigError(f"allowlists: '{name}' is not a known table ({', '.join(sorted(tables))})")
        views = sorted(view for view in tables if view.startswith(name + "."))
        if views and extend:
            # An entry of a per-region table belongs to one region; adding to all of them is never meant.
            raise ConfigError(f"allowlists: '{name}' is kept per region; extend one of {', '.join(views)}")
        for target in (name, *views):  # removing from the base removes from every region's view
            tables[target] = (tables[target] | frozenset(extend)) - frozenset(remove)
    return tables
