"""Data-residency checks: where an agent's LLMs, endpoints and providers process data, versus its region.

Exported configs do not say which region (ElevenLabs environment, Vapi deployment) they belong to;
the run's `Context.region` says so (`--region`, or the config file per path). These checks compare
what the file names with that region, through region tables that are data (`rules/data/`, named by
the `region_table` parameter; not `table`, because `explain` would list a region table's values as if
they were one allowlist):

* `region_llm`: LLM ids against the per-environment LLM table (ElevenLabs isolated environments).
* `endpoint_region`: the host of URLs and SIP URIs against the host table.
* `pinned_region`: a region pinned in a model id (`gpt-5:westeurope`) against the region-name table.
* `provider_region`: a provider's `region` field (or its documented default) against the same table.
* `region_hint`: the first platform host in a document that belongs to another region.

What the table cannot place is "unknown" and is at most a warning, never an error.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from compliance_lint.engine.checks import CheckCall, Violation, dotted
from compliance_lint.engine.jurisdiction import (
    REGION_NAMES,
    Unplaceable,
    classify_host,
    classify_name,
    host_of,
    urls_in,
    views,
)
from compliance_lint.engine.select import select
from compliance_lint.model import Severity
from compliance_lint.pointer import escape, resolve

ENVIRONMENTS = {"us": "US", "eu": "EU", "in": "India", "sg": "Singapore"}


def _place(found: str | None) -> tuple[str, Severity | None]:
    """Words for where something is, and the grading: unknown places are only ever warnings."""
    if found is None:
        return "of unknown location (not in the region table)", Severity.WARNING
    return REGION_NAMES[found], None


def region_llm(call: CheckCall) -> Iterator[Violation]:
    """Every LLM id at `paths` must be available in the run's environment.

    Params: `region_table` (a table with `region` entries; its view `<table>.<region>` lists what is
    available there),
    `published` (environments whose list the vendor publishes: anything else there is an error; in the
    others it is a warning, because absence from an unpublished list proves nothing), and optionally
    `zrm_table` + `zrm_pointer` (models unavailable under Zero Retention Mode outside the US: an error
    when ZRM is on in the file, or the workload is HIPAA, which requires ZRM).
    """
    region = call.context.region
    environment = ENVIRONMENTS.get(region, region)
    available = call.tables.get(f"{call.params['region_table']}.{region}", frozenset())
    zrm_only = call.tables.get(call.params.get("zrm_table", ""), frozenset())
    zrm_pointer = call.params.get("zrm_pointer")
    zrm_on = call.context.hipaa or (bool(zrm_pointer) and resolve(call.data, zrm_pointer, None) is True)
    published = region in call.params.get("published", [])
    for pattern in call.paths():
        for pointer, value in select(call.data, pattern):
            if not isinstance(value, str) or value in available:
                continue
            if value in zrm_only and zrm_on:
                reason = ("is not available with Zero Retention Mode outside the US environment "
                          f"(this agent is in the {environment} environment)")
                yield Violation(pointer, {"value": value, "reason": reason, "environment": environment})
            elif published:
                reason = f"is not on ElevenLabs' list of LLMs for the {environment} environment"
                yield Violation(pointer, {"value": value, "reason": reason, "environment": environment})
            else:
                reason = (f"is not known to be available in the {environment} environment "
                          "(ElevenLabs publishes no LLM list for it)")
                yield Violation(pointer, {"value": value, "reason": reason, "environment": environment},
                                severity=Severity.WARNING)


def endpoint_region(call: CheckCall) -> Iterator[Violation]:
    """The host of every URL or SIP URI at `paths` must be placed in the run's region by `region_table`.

    A path may be `{path, label}` (the label names the field in the message). A host the table does not
    know, or a templated one (`https://{{host}}/x`), is a warning, or is skipped with
    `report_unknown: false` (SIP trunks mostly point at carrier IPs nobody can place).
    """
    regions = views(call.tables, call.params["region_table"])
    report_unknown = call.params.get("report_unknown", True)
    target = REGION_NAMES[call.context.region]
    for entry in call.paths():
        pattern, label = (entry, "Endpoint") if isinstance(entry, str) else (entry["path"], entry.get("label", "URL"))
        for pointer, value in select(call.data, pattern):
            if not isinstance(value, str):
                continue
            try:
                host = host_of(value)
            except Unplaceable:
                if report_unknown:
                    yield Violation(pointer, {"label": label, "host": "(a template variable)",
                                              "where": "chosen at run time", "region": target},
                                    severity=Severity.WARNING)
                continue
            if host is None:
                continue  # empty, or not a URL: not this rule's business
            found = classify_host(host, regions)
            if found == call.context.region or (found is None and not report_unknown):
                continue
            where, severity = _place(found)
            yield Violation(pointer, {"label": label, "host": f"'{host}'", "where": where, "region": target},
                            severity=severity)


def pinned_region(call: CheckCall) -> Iterator[Violation]:
    """A region pinned in a model id (`<model><separator><region>`) must be in the run's region.

    Params: `objects` (pointers to model objects), `providers` (only these `provider` values pin a
    region this way), `fields` (pointers inside the object holding model ids), `separator`,
    `region_table`.
    Model ids without the separator are not pinned and are left alone.
    """
    regions = views(call.tables, call.params["region_table"])
    providers = set(call.params.get("providers", []))
    separator = call.params.get("separator", ":")
    target = REGION_NAMES[call.context.region]
    for pattern in call.params["objects"]:
        for base, model in select(call.data, pattern):
            if not isinstance(model, dict) or (providers and model.get("provider") not in providers):
                continue
            for field in call.params["fields"]:
                for pointer, value in select(model, field):
                    if not isinstance(value, str) or separator not in value:
                        continue
                    pinned = value.rsplit(separator, 1)[1]
                    found = classify_name(pinned, regions)
                    if found == call.context.region:
                        continue
                    where, severity = _place(found)
                    yield Violation(base + pointer, {"value": value, "pinned": pinned, "where": where,
                                                     "region": target}, severity=severity)


def provider_region(call: CheckCall) -> Iterator[Violation]:
    """A provider object's region field (or the provider's documented default) must be in the run's region.

    Params: `objects` (pointers to provider objects: transcriber, voice, fallbacks, credentials),
    `field` (default `region`), `defaults` (provider → the region used when the field is absent; the
    finding then points at `provider`), `region_table`.
    """
    regions = views(call.tables, call.params["region_table"])
    field = call.params.get("field", "region")
    defaults: dict[str, Any] = call.params.get("defaults", {})
    target = REGION_NAMES[call.context.region]
    for pattern in call.params["objects"]:
        for base, holder in select(call.data, pattern):
            if not isinstance(holder, dict):
                continue
            provider = holder.get("provider")
            value, pointer, implicit = holder.get(field), f"{base}/{escape(field)}", ""
            if value is None and isinstance(provider, str) and provider in defaults:
                value, pointer = defaults[provider], f"{base}/provider"
                implicit = f" ({provider}'s default: the field is not set)"
            if not isinstance(value, str):
                continue
            found = classify_name(value, regions)
            if found == call.context.region:
                continue
            where, severity = _place(found)
            yield Violation(pointer, {"field": dotted(f"{base}/{escape(field)}"), "value": value,
                                      "implicit": implicit, "where": where, "region": target},
                            severity=severity)


def _strings(node: Any, pointer: str) -> Iterator[tuple[str, str]]:
    if isinstance(node, str):
        yield pointer, node
    elif isinstance(node, dict):
        for key, child in node.items():
            yield from _strings(child, f"{pointer}/{escape(key)}")
    elif isinstance(node, list):
        for index, child in enumerate(node):
            yield from _strings(child, f"{pointer}/{index}")


def region_hint(call: CheckCall) -> Iterator[Violation]:
    """The first host of the platform's own deployments (`domains` per platform) placed in another region.

    The check stops at the first contradicting hint of a document (in document order); the rule's
    `once_per_file: true` keeps one per file across the documents of a YAML stream. Rules using it
    should set `embedded: false`, or a squad's inline assistants would repeat their squad's hint.
    """
    domains = call.params.get("domains", {}).get(call.document.platform or "", [])
    if not domains:
        return
    regions = views(call.tables, call.params["region_table"])
    for pointer, text in _strings(call.data, ""):
        for url in urls_in(text):
            try:
                host = host_of(url)
            except Unplaceable:
                continue
            if not host or not any(host == d or host.endswith("." + d) for d in domains):
                continue
            found = classify_host(host, regions)
            if found is not None and found != call.context.region:
                yield Violation(pointer, {"host": host, "where": REGION_NAMES[found],
                                          "configured": call.context.region,
                                          "region": REGION_NAMES[call.context.region]})
                return
