"""Checks over extraction schemas: Vapi structured outputs, legacy structuredDataPlan, ElevenLabs data_collection.

The analysis itself is `schema_risk` (and `output_analysis` for whole Vapi outputs); this module turns
its risks into violations. Every check takes two vocabulary tables as parameters: `table` (identifier
words) and `clinical_table` (clinical words).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from compliance_lint.engine.output_analysis import FORCE_STORE, analyser, output_risks, summary
from compliance_lint.engine.schema_risk import words
from compliance_lint.engine.select import select
from compliance_lint.model import Document
from compliance_lint.pointer import escape, resolve


def linked_hipaa_assistants(call: CheckCall) -> list[Document]:
    index = call.options.get("index")
    return index.hipaa_assistants_for(call.document) if index is not None else []


def force_store_phi_output(call: CheckCall) -> Iterator[Violation]:
    """`forceStoreOnHipaaEnabled: true` only on a structured output that cannot carry PHI."""
    if resolve(call.data, FORCE_STORE, None) is not True:
        return
    risks = output_risks(call.data, analyser(call))
    if not risks:
        return
    linked = linked_hipaa_assistants(call)
    names = ", ".join(_display(d) for d in linked)
    yield Violation(FORCE_STORE, {**summary(risks), "field": dotted(FORCE_STORE),
                                  "linked": f" (linked to HIPAA-declared assistant {names})" if linked else ""})


def schema_phi(call: CheckCall) -> Iterator[Violation]:
    """Every schema at `paths` (e.g. the legacy structuredDataPlan) is reported property by property.

    A schema whose plan is not `enabled: true` extracts nothing and is skipped (the plan's own
    `enabled` sits next to `schema`).
    """
    analysis = analyser(call)
    for pattern in call.paths():
        for pointer, schema in select(call.data, pattern):
            plan = resolve(call.data, pointer.rsplit("/", 1)[0], None)
            if isinstance(plan, Mapping) and plan.get("enabled") is not True:
                continue
            for risk in analysis.analyse(schema, pointer):
                yield Violation(risk.pointer, {"property": risk.pointer, "reason": "; ".join(risk.reasons)})


def data_collection_phi(call: CheckCall) -> Iterator[Violation]:
    """ElevenLabs `platform_settings.data_collection` items that extract identifiers or clinical content.

    Each item is `{type, description, enum?, ...}` keyed by its id; it is judged like a schema property
    named by its key (and `name`). Free text alone does not count here (`free_text: false` by default):
    the rule is about what the item is told to extract. Items with a `constant_value` extract nothing.
    """
    analysis = analyser(call, free_text_risky=False)
    for pattern in call.paths():
        for pointer, items in select(call.data, pattern):
            if not isinstance(items, Mapping):
                continue
            for key, item in items.items():
                if not isinstance(item, Mapping) or item.get("constant_value") not in (None, ""):
                    continue
                schema = {k: item[k] for k in ("type", "description", "enum") if k in item}
                name_words = words(str(key), item.get("name"))
                for risk in analysis.analyse(schema, f"{pointer}/{escape(key)}", name_words):
                    yield Violation(risk.pointer, {"item": str(key), "reason": "; ".join(risk.reasons)})


def _display(document: Document) -> str:
    return document.source.display + (f"#{document.base}" if document.base else "")


# Imported last: `engine.checks` imports this module to register its checks (see the bottom of checks.py).
from compliance_lint.engine.checks import CheckCall, Violation, dotted  # noqa: E402
