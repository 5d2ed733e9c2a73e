"""The check library: named functions that rule packs call with parameters.

A check never knows its rule's id or severity (the runner stamps those on); it only says where the
problem is (a pointer relative to the document it was given) and supplies values for the rule's
message template. The registry at the bottom is explicit: a pack naming an unknown check is a
pack error, not a silent no-op.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from compliance_lint.engine.select import select
from compliance_lint.model import Context, Document, Severity
from compliance_lint.pointer import nearest_existing, resolve, split

_ABSENT = object()


@dataclass(frozen=True, slots=True)
class Violation:
    pointer: str  # relative to the checked document's data
    args: Mapping[str, Any] = field(default_factory=dict)
    severity: Severity | None = None  # a check may grade its own hits (e.g. PHI weak vs strong)
    evidence: str | None = None  # masked, safe to print
    value_digest: str | None = None
    offset: int | None = None  # character offset of the hit inside a string value
    withhold: str | None = None  # "file" or "key": the PHI is a name that reports must not print


@dataclass(frozen=True, slots=True)
class CheckCall:
    """Everything one check invocation may look at."""

    document: Document
    params: Mapping[str, Any]
    context: Context
    tables: Mapping[str, frozenset[str]]
    options: Mapping[str, Any] = field(default_factory=dict)  # run-wide extras (e.g. PHI allow-list)

    @property
    def data(self) -> Any:
        return self.document.data

    def paths(self) -> list[Any]:
        value = self.params.get("paths", self.params.get("path", []))
        return [value] if isinstance(value, str) else list(value)

    def table(self) -> frozenset[str]:
        return self.tables[self.params["table"]]


CheckFunction = Callable[[CheckCall], Iterator[Violation]]


def dotted(pointer: str) -> str:
    """`/compliancePlan/hipaaEnabled` → `compliancePlan.hipaaEnabled`, for messages people read."""
    return ".".join(split(pointer)) or "(document root)"


_BOOLEAN_SPELLINGS = frozenset({"yes", "no", "on", "off", "y", "n", "true", "false", "1", "0", "enabled", "disabled"})


def _safe_repr(value: Any) -> str:
    """Quote a wrong flag value only when it is a known boolean-ish word or a small number.

    Anything else may be free text (a pasted note, a name) and must not reach a report: describe it.
    """
    if isinstance(value, str) and value.strip().lower() in _BOOLEAN_SPELLINGS:
        return repr(value)
    if isinstance(value, (int, float)) and abs(value) < 10:
        return repr(value)
    if isinstance(value, str):
        return f"a text of {len(value)} characters"
    if isinstance(value, (list, dict)):
        return f"a {_describe(value)} of {len(value)} item(s)"
    return f"a {_describe(value)}"


_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:@/+-]{0,79}")


def safe_token(value: str) -> str:
    """An enum-like value (provider, model id, entity name) as is; free text described, not copied."""
    return value if _TOKEN.fullmatch(value) else f"(a text of {len(value)} characters)"


def _describe(value: Any) -> str:
    return type(value).__name__ if value is not None else "null"


def require_true(call: CheckCall) -> Iterator[Violation]:
    """The field at `path` must be the boolean true. Non-booleans are left to `require_boolean`."""
    for pointer in call.paths():
        value = resolve(call.data, pointer, _ABSENT)
        if value is True or (value is not _ABSENT and not isinstance(value, bool)):
            continue
        state = "missing" if value is _ABSENT else "false"
        where = pointer if value is not _ABSENT else nearest_existing(call.data, pointer)
        yield Violation(where, {"field": dotted(pointer), "state": state})


def any_true(call: CheckCall) -> Iterator[Violation]:
    """At least one of `paths` must be true (e.g. current or legacy HIPAA flag).

    An explicit false is reported at that field; when every field is absent the finding points at the
    nearest existing parent of the first one. Non-boolean values are left to `require_boolean`.
    """
    values = [(p, resolve(call.data, p, _ABSENT)) for p in call.paths()]
    present = [(p, v) for p, v in values if v is not _ABSENT]
    if any(v is True for _, v in present) or any(not isinstance(v, bool) for _, v in present):
        return
    report = call.params.get("report", "any")
    if present and report in ("any", "false"):
        pointer = present[0][0]
        yield Violation(pointer, {"field": dotted(pointer), "state": "false"})
    elif not present and report in ("any", "missing"):
        first = values[0][0]
        yield Violation(nearest_existing(call.data, first), {"field": dotted(first), "state": "missing"})


def require_boolean(call: CheckCall) -> Iterator[Violation]:
    """Every field matched by `paths` that is present must be a real boolean, not "true" or yes."""
    for pattern in call.paths():
        for pointer, value in select(call.data, pattern):
            if isinstance(value, bool) or value is None:
                continue
            hint = ""
            if isinstance(value, str) and value.lower() in ("yes", "no", "on", "off", "y", "n"):
                hint = " (a YAML 1.1 spelling: YAML 1.2 tools such as Vapi gitops read it as a string)"
            elif isinstance(value, str) and value.lower() in ("true", "false"):
                hint = " (a quoted string, not a boolean)"
            yield Violation(pointer, {"value": _safe_repr(value), "type": _describe(value), "hint": hint})


def in_table(call: CheckCall) -> Iterator[Violation]:
    """Every string matched by `paths` must be in the named table (an allowlist)."""
    allowed = call.table()
    for pattern in call.paths():
        for pointer, value in select(call.data, pattern):
            if isinstance(value, str) and value not in allowed:
                yield Violation(pointer, {"value": safe_token(value), "table": call.params["table"]})


def forbid(call: CheckCall) -> Iterator[Violation]:
    """Fields matched by `paths` must not hold one of `values` (default: anything set).

    A path may be a string or `{path, values}`. Without `values`, a non-empty list or any other truthy
    value is the violation (e.g. MCP server ids under Zero Retention Mode); `values: [true]` forbids a flag.
    """
    default = call.params.get("values")
    for entry in call.paths():
        pattern, forbidden = (entry, default) if isinstance(entry, str) else (entry["path"], entry.get("values"))
        for pointer, value in select(call.data, pattern):
            # Without explicit values, a non-empty list or any set value is the violation.
            bad = bool(value) if forbidden is None else any(value == f and type(value) is type(f) for f in forbidden)
            if bad:
                if isinstance(value, str):
                    shown = safe_token(value)
                else:
                    shown = value if isinstance(value, (bool, int, float)) else f"{len(value)} item(s)"
                yield Violation(pointer, {"value": shown})


def no_redundant_children(call: CheckCall) -> Iterator[Violation]:
    """In a list of dotted names, a child listed beside its parent is redundant (the parent covers it)."""
    separator = call.params.get("separator", ".")
    for pattern in call.paths():
        for pointer, items in select(call.data, pattern):
            if not isinstance(items, list):
                continue
            names = {item for item in items if isinstance(item, str)}
            for index, item in enumerate(items):
                if not isinstance(item, str):
                    continue
                parts = item.split(separator)
                parents = [separator.join(parts[:i]) for i in range(1, len(parts))]
                covering = next((p for p in parents if p in names), None)
                if covering:
                    yield Violation(f"{pointer}/{index}", {"value": item, "parent": covering})


def vapi_squad_hipaa(call: CheckCall) -> Iterator[Violation]:
    """Every squad member must end up HIPAA-declared after Vapi's override merge.

    Merge order (gitops squads.md): assistant → member.assistantOverrides → squad.membersOverrides, so
    a squad-wide value wins. Members that only reference an assistant by id cannot be judged from this
    file (the assistant's own file is checked on its own).
    """
    squad_flag = call.params["squad_flag"]
    member_flags = call.params["member_flags"]
    squad_value = resolve(call.data, squad_flag, _ABSENT)
    if squad_value is True or (squad_value is not _ABSENT and not isinstance(squad_value, bool)):
        return
    if squad_value is False:
        yield Violation(squad_flag, {"field": dotted(squad_flag), "state": "false"})
        return
    for index, member in enumerate(call.data.get("members") or []):
        if not isinstance(member, dict):
            continue
        base = f"/members/{index}"
        values = [(base + p, resolve(member, p, _ABSENT)) for p in member_flags]
        present = [(p, v) for p, v in values if v is not _ABSENT]
        if present:
            pointer, value = present[0]  # the first listed flag has the highest merge precedence
            if value is False:
                yield Violation(pointer, {"field": dotted(pointer), "state": "false"})
            continue
        if "assistant" in member or not member.get("assistantId"):
            yield Violation(nearest_existing(call.data, base + "/assistant/compliancePlan"),
                            {"field": dotted(f"{base}/assistant/compliancePlan/hipaaEnabled"), "state": "missing"})


def input_problem(call: CheckCall) -> Iterator[Violation]:
    """Placeholder for the core rules: the loader, not a check, finds input problems."""
    return iter(())


REGISTRY: dict[str, CheckFunction] = {
    "input_problem": input_problem,
    "require_true": require_true,
    "any_true": any_true,
    "require_boolean": require_boolean,
    "in_table": in_table,
    "forbid": forbid,
    "no_redundant_children": no_redundant_children,
    "vapi_squad_hipaa": vapi_squad_hipaa,
}

# Checks that live in their own modules import CheckCall/Violation from here, so they are
# registered after everything above is defined.
from compliance_lint.engine import phi_fields  # noqa: E402

REGISTRY["no_phi"] = phi_fields.no_phi

from compliance_lint.engine import crossfile_checks, schema_checks  # noqa: E402

REGISTRY["force_store_phi_output"] = schema_checks.force_store_phi_output
REGISTRY["schema_phi"] = schema_checks.schema_phi
REGISTRY["data_collection_phi"] = schema_checks.data_collection_phi
REGISTRY["force_store_linked_hipaa"] = crossfile_checks.force_store_linked_hipaa
REGISTRY["phone_number_target_hipaa"] = crossfile_checks.phone_number_target_hipaa
REGISTRY["squad_member_file_hipaa"] = crossfile_checks.squad_member_file_hipaa
REGISTRY["agents_index_config_exists"] = crossfile_checks.agents_index_config_exists
REGISTRY["agent_config_listed"] = crossfile_checks.agent_config_listed

from compliance_lint.engine import residency  # noqa: E402

REGISTRY["region_llm"] = residency.region_llm
REGISTRY["endpoint_region"] = residency.endpoint_region
REGISTRY["pinned_region"] = residency.pinned_region
REGISTRY["provider_region"] = residency.provider_region
REGISTRY["region_hint"] = residency.region_hint


def get(name: str) -> CheckFunction:
    try:
        return REGISTRY[name]
    except KeyError:
        raise KeyError(f"unknown check {name!r}; known checks: {', '.join(sorted(REGISTRY))}") from None
