"""Apply the planned rules to every document and turn violations into findings."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from typing import Any

from compliance_lint.engine import checks
from compliance_lint.engine.packs import Condition, Rule
from compliance_lint.engine.selection import FilePlan
from compliance_lint.model import Context, Document, Finding, Severity
from compliance_lint.pointer import resolve

_ABSENT = object()


class _Template(dict):  # type: ignore[type-arg]
    """Leave unknown placeholders visible instead of raising KeyError mid-run."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def render(template: str, args: Mapping[str, Any]) -> str:
    return template.format_map(_Template(args))


def digest(value: Any) -> str:
    """A short stable digest of a value (baselines match on it; it never reveals the value)."""
    try:
        text = json.dumps(value, sort_keys=True, default=str, ensure_ascii=False)
    except TypeError:  # YAML mappings may mix key types (`true:` beside `name:`), which cannot be sorted
        text = json.dumps(_string_keys(value), sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _string_keys(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _string_keys(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_string_keys(v) for v in value]
    return value


def _holds(condition: Condition, context: Context, data: Any) -> bool:
    if condition.hipaa is not None and context.hipaa != condition.hipaa:
        return False
    if condition.regions and context.region not in condition.regions:
        return False
    for test in condition.document:
        value = resolve(data, test["pointer"], _ABSENT)
        if "present" in test and (value is not _ABSENT) != test["present"]:
            return False
        if "equals" in test and not _same(value, test["equals"]):
            return False
        if "not_equals" in test and _same(value, test["not_equals"]):
            return False
    return True


def _same(value: Any, expected: Any) -> bool:
    return value is not _ABSENT and value == expected and type(value) is type(expected)


def applies(rule: Rule, document: Document, context: Context) -> bool:
    if not rule.applies_to_kind(document.kind):
        return False
    if document.embedded and not rule.embedded:
        return False
    return not rule.when or any(_holds(c, context, document.data) for c in rule.when)


def _extra(violation: checks.Violation) -> dict[str, Any]:
    extra: dict[str, Any] = {}
    if violation.offset is not None:
        extra["offset"] = violation.offset
    if violation.withhold is not None:
        extra["withhold"] = violation.withhold
    return extra


def internal_error(rule: Rule, document: Document, exc: Exception) -> Finding:
    return Finding(
        rule_id="CL000", rule_name="internal-error", severity=Severity.ERROR, file=document.source.display,
        pointer=document.base,
        message=f"check '{rule.check}' of rule {rule.id} failed on this document: {type(exc).__name__}: {exc}",
        remediation="Report this to the compliance-lint maintainers with the file's shape (not its content).",
        platform=document.platform, kind=document.kind, document=document.index,
    )


def check_document(document: Document, plan: FilePlan, tables: Mapping[str, frozenset[str]],
                   options: Mapping[str, Any]) -> Iterable[Finding]:
    for rule in plan.rules:
        if rule.check == "input_problem" or not applies(rule, document, plan.context):
            continue
        call = checks.CheckCall(document, rule.params, plan.context, tables, options)
        try:
            violations = list(checks.get(rule.check)(call))
        except Exception as exc:  # a bug in one check must not stop the run or print a traceback
            yield internal_error(rule, document, exc)
            continue
        for violation in violations:
            pointer = document.base + violation.pointer
            yield Finding(
                rule_id=rule.id,
                rule_name=rule.name,
                severity=plan.severity_of(rule, violation.severity),
                file=document.source.display,
                pointer=pointer,
                message=render(rule.message, violation.args),
                remediation=rule.remediation,
                references=rule.references,
                platform=document.platform,
                kind=document.kind,
                document=document.index,
                evidence=violation.evidence,
                value_digest=violation.value_digest or digest(resolve(document.data, violation.pointer, None)),
                extra=_extra(violation),
            )
