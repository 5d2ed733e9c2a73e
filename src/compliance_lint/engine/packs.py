"""Load rule packs and data tables from YAML, validated against `pack.schema.json`.

Shipped packs and a user's own packs go through exactly this code. Validation needs jsonschema,
whose import alone costs ~0.1 s, so a pack whose exact bytes were validated before is remembered in
a small cache (by SHA-256) and not validated again; a pre-commit run on one file stays quick.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from compliance_lint.model import Reference, Severity
from compliance_lint.sources.yamlsafe import ConfigLoader


class PackError(Exception):
    """A broken pack or table: the message names the file and the field."""


@dataclass(frozen=True, slots=True)
class Condition:
    hipaa: bool | None = None
    regions: tuple[str, ...] = ()
    document: tuple[dict[str, Any], ...] = ()


@dataclass(frozen=True, slots=True)
class RuleDocs:
    checks: str
    why: str
    fail_example: str
    pass_example: str
    notes: str = ""
    certainty: str = "documented"


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    name: str
    severity: Severity
    kinds: tuple[str, ...]
    check: str
    params: dict[str, Any]
    message: str
    remediation: str
    references: tuple[Reference, ...]
    docs: RuleDocs
    pack: str
    source: str  # the pack file, for error messages
    when: tuple[Condition, ...] = ()
    embedded: bool = True
    tags: tuple[str, ...] = ()
    suppressible: bool = True
    once_per_file: bool = False  # keep only the first finding of this rule in each file

    def applies_to_kind(self, kind: str | None) -> bool:
        return "*" in self.kinds or kind in self.kinds


@dataclass(frozen=True, slots=True)
class TableEntry:
    value: str
    status: str
    label: str = ""
    note: str = ""
    region: str = ""  # jurisdiction/environment (us, eu, in, sg, other) for region tables
    source: Reference | None = None  # per-entry source, when entries of one table come from different pages
    checked: str = ""


@dataclass(frozen=True, slots=True)
class Table:
    name: str
    description: str
    sources: tuple[Reference, ...]
    checked: str
    entries: tuple[TableEntry, ...]
    source: str

    def values(self) -> frozenset[str]:
        return frozenset(e.value for e in self.entries)


@dataclass(slots=True)
class Pack:
    name: str
    prefix: str
    title: str
    description: str
    source: str
    rules: list[Rule] = field(default_factory=list)


@dataclass(slots=True)
class Catalog:
    packs: dict[str, Pack] = field(default_factory=dict)
    rules: dict[str, Rule] = field(default_factory=dict)
    tables: dict[str, Table] = field(default_factory=dict)


def shipped_rules_dir() -> Path:
    """The packs inside the installed package, or `rules/` of a source checkout."""
    package = Path(__file__).resolve().parents[1]
    installed = package / "_rules"  # where the wheel puts rules/ (see pyproject force-include)
    return installed if installed.is_dir() else package.parents[1] / "rules"


def _cache_file() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "compliance-lint" / "validated-packs.json"


class _ValidationCache:
    def __init__(self) -> None:
        self.path = _cache_file()
        try:
            self.known: set[str] = set(json.loads(self.path.read_text()))
        except (OSError, ValueError):
            self.known = set()
        self.added = False
        self._validator: Any = None

    def validate(self, data: Any, raw: bytes, source: str) -> None:
        digest = hashlib.sha256(raw).hexdigest()
        if digest in self.known:
            return
        if self._validator is None:
            import jsonschema  # deferred: only for packs not validated before

            schema = json.loads((Path(__file__).parent / "pack.schema.json").read_text(encoding="utf-8"))
            self._validator = jsonschema.Draft202012Validator(schema)
        errors = sorted(self._validator.iter_errors(data), key=lambda e: list(e.absolute_path))
        if errors:
            raise PackError(f"{source}: {_explain(errors[0])}")
        self.known.add(digest)
        self.added = True

    def save(self) -> None:
        if not self.added:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.path.write_text(json.dumps(sorted(self.known)))
        except OSError:
            pass  # a read-only home only costs re-validation next time


def _explain(error: Any) -> str:
    """The deepest, most specific reason, with the field's path (jsonschema's oneOf hides it)."""
    best = error
    while best.context:
        best = max(best.context, key=lambda e: len(list(e.absolute_path)))
    where = "/".join(str(p) for p in best.absolute_path) or "(top level)"
    return f"field '{where}': {best.message}"


def _pack_files(directory: Path) -> list[Path]:
    if directory.is_file():
        return [directory]
    if not directory.is_dir():
        raise PackError(f"{directory}: rule directory does not exist")
    return sorted(p for p in directory.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file())


def _catalog_key(files: list[Path]) -> str:
    """Changes when the tool or any pack file (name, size, modification time) changes."""
    from compliance_lint import __version__

    parts = [__version__]
    # The modules defining the pickled classes count too: a changed Rule must not unpickle stale.
    for path in (Path(__file__), Path(__file__).parents[1] / "model.py", *files):
        stat = path.stat()
        parts.append(f"{path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def _cached_catalog(key: str) -> Catalog | None:
    import pickle

    try:
        with (_cache_file().parent / f"catalog-{key}.pickle").open("rb") as handle:
            cached = pickle.load(handle)  # our own cache file, written below
    except (OSError, EOFError, pickle.PickleError, AttributeError, ImportError, TypeError):
        return None
    return cached if isinstance(cached, Catalog) else None


def _store_catalog(key: str, catalog: Catalog) -> None:
    import pickle

    directory = _cache_file().parent
    try:
        directory.mkdir(parents=True, exist_ok=True)
        for old in directory.glob("catalog-*.pickle"):  # keep one: the cache never grows
            old.unlink(missing_ok=True)
        temporary = directory / f".catalog-{key}.tmp"
        with temporary.open("wb") as handle:
            pickle.dump(catalog, handle, protocol=pickle.HIGHEST_PROTOCOL)
        temporary.replace(directory / f"catalog-{key}.pickle")
    except OSError:
        pass  # no writable cache directory: the next run parses the packs again


def load_catalog(directories: Iterable[Path], *, include_shipped: bool = True) -> Catalog:
    """Every pack and table, validated. A pre-commit run on one file should not re-parse the packs
    each time, so the parsed catalog is cached, keyed by each pack file's path, size and mtime."""
    dirs = ([shipped_rules_dir()] if include_shipped else []) + list(directories)
    files = [path for directory in dirs for path in _pack_files(directory)]
    key = _catalog_key(files)
    cached = _cached_catalog(key)
    if cached is not None:
        return cached
    catalog = Catalog()
    cache = _ValidationCache()
    for path in files:
        _load_file(path, catalog, cache)
    cache.save()
    for rule in catalog.rules.values():
        for name in _referenced_tables(rule):
            if name not in catalog.tables:
                raise PackError(f"{rule.source}: rule {rule.id} uses table '{name}', which no loaded file defines")
    _store_catalog(key, catalog)
    return catalog


def table_params(rule: Rule) -> list[tuple[str, str]]:
    """(parameter, table name) of every table a rule reads: `table` and any `<something>_table`."""
    named = ((k, v) for k, v in rule.params.items() if k == "table" or k.endswith("_table"))
    return sorted((k, v) for k, v in named if isinstance(v, str))


def _referenced_tables(rule: Rule) -> list[str]:
    return [name for _, name in table_params(rule)]


def _load_file(path: Path, catalog: Catalog, cache: _ValidationCache) -> None:
    shown = str(path)
    try:
        raw = path.read_bytes()
        data = yaml.load(raw.decode("utf-8"), Loader=ConfigLoader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise PackError(f"{shown}: cannot read pack: {exc}") from None
    cache.validate(data, raw, shown)
    if "table" in data:
        _add_table(data, shown, catalog)
    else:
        _add_pack(data, shown, catalog)


def _refs(items: list[dict[str, str]]) -> tuple[Reference, ...]:
    return tuple(Reference(i["title"], i["url"]) for i in items)


def _add_table(data: dict[str, Any], source: str, catalog: Catalog) -> None:
    name = data["table"]
    entries = tuple(
        TableEntry(e["value"], e["status"], e.get("label", ""), e.get("note", ""), e.get("region", ""),
                   _refs([e["source"]])[0] if "source" in e else None, e.get("checked", ""))
        for e in data["entries"]
    )
    table = Table(name, data["description"], _refs(data["sources"]), data["checked"], entries, source)
    views = _region_views(table) if any(e.region for e in entries) else []
    for candidate in (table, *views):
        if candidate.name in catalog.tables:
            raise PackError(f"{source}: table '{candidate.name}' is already defined in "
                            f"{catalog.tables[candidate.name].source}")
        catalog.tables[candidate.name] = candidate


TABLE_REGIONS = ("us", "eu", "in", "sg", "other")


def _region_views(table: Table) -> list[Table]:
    """A table whose entries carry `region` is also one table per region, `<name>.<region>`.

    Checks read the view for the region they need, and users extend or trim a view with the ordinary
    `allowlists:` key. Every region gets a view, even an empty one, so that a user can add to it.
    """
    return [Table(f"{table.name}.{region}", table.description, table.sources, table.checked,
                  tuple(e for e in table.entries if e.region == region), table.source)
            for region in TABLE_REGIONS]


def _condition(raw: dict[str, Any]) -> Condition:
    context = raw.get("context", {})
    return Condition(context.get("hipaa"), tuple(context.get("region", ())), tuple(raw.get("document", ())))


def _add_pack(data: dict[str, Any], source: str, catalog: Catalog) -> None:
    from compliance_lint.engine import checks

    name = data["pack"]
    if name in catalog.packs:
        raise PackError(f"{source}: pack '{name}' is already defined in {catalog.packs[name].source}")
    pack = Pack(name, data["prefix"], data["title"], data["description"], source)
    for index, raw in enumerate(data["rules"]):
        where = f"{source}: field 'rules/{index}"
        if not raw["id"].startswith(pack.prefix):
            raise PackError(f"{where}/id': rule id {raw['id']} does not start with the pack prefix {pack.prefix}")
        if raw["id"] in catalog.rules:
            raise PackError(f"{where}/id': rule id {raw['id']} is already defined in {catalog.rules[raw['id']].source}")
        if raw["check"] not in checks.REGISTRY:
            raise PackError(f"{where}/check': unknown check '{raw['check']}'")
        docs = raw["docs"]
        rule = Rule(
            id=raw["id"], name=raw["name"], severity=Severity.parse(raw["severity"]), kinds=tuple(raw["kinds"]),
            check=raw["check"], params=raw.get("params", {}), message=raw["message"],
            remediation=raw["remediation"], references=_refs(raw["references"]),
            docs=RuleDocs(docs["checks"], docs["why"], docs["fail_example"], docs["pass_example"],
                          docs.get("notes", ""), docs.get("certainty", "documented")),
            pack=name, source=source, when=tuple(_condition(c) for c in raw.get("when", ())),
            embedded=raw.get("embedded", True), tags=tuple(raw.get("tags", ())),
            suppressible=raw.get("suppressible", True), once_per_file=raw.get("once_per_file", False),
        )
        pack.rules.append(rule)
        catalog.rules[rule.id] = rule
    catalog.packs[name] = pack
