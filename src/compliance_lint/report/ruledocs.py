"""`compliance-lint rules` and `compliance-lint explain`: rule documentation from the packs themselves."""

from __future__ import annotations

import textwrap
from typing import TextIO

from compliance_lint.engine.packs import TABLE_REGIONS, Catalog, Rule, table_params


def _context_text(rule: Rule) -> str:
    if not rule.when:
        return "always"
    parts = []
    for condition in rule.when:
        bits = []
        if condition.hipaa is not None:
            bits.append("HIPAA workload" if condition.hipaa else "non-HIPAA workload")
        if condition.regions:
            bits.append("region " + "/".join(condition.regions))
        for test in condition.document:
            for op in ("equals", "not_equals", "present"):
                if op in test:
                    bits.append(f"{test['pointer']} {op.replace('_', ' ')} {test[op]!r}")
        parts.append(" and ".join(bits))
    return " or ".join(parts)


def list_rules(catalog: Catalog, stream: TextIO) -> None:
    rows = sorted(catalog.rules.values(), key=lambda r: r.id)
    width = max((len(r.name) for r in rows), default=10)
    stream.write(f"{'ID':<9} {'NAME':<{width}} {'SEVERITY':<8} PACK\n")
    for rule in rows:
        stream.write(f"{rule.id:<9} {rule.name:<{width}} {rule.severity!s:<8} {rule.pack}\n")


def explain(rule: Rule, catalog: Catalog, stream: TextIO) -> None:
    def section(title: str, body: str, code: bool = False) -> None:
        stream.write(f"\n## {title}\n")
        if code:
            stream.write(textwrap.indent(body.rstrip("\n"), "    ") + "\n")
        else:
            stream.write(textwrap.fill(" ".join(body.split()), 100) + "\n")

    docs = rule.docs
    stream.write(f"# {rule.id} {rule.name}\n\n")
    stream.write(f"Pack: {rule.pack} ({rule.source.rsplit('/', 1)[-1]})   Severity: {rule.severity}   "
                 f"Applies to: {', '.join(rule.kinds)}   Runs when: {_context_text(rule)}\n")
    if not rule.suppressible:
        stream.write("This rule cannot be suppressed.\n")
    section("What it checks", docs.checks)
    section("Why it matters", docs.why)
    section("Failing example", docs.fail_example, code=True)
    section("What to write instead", docs.pass_example, code=True)
    section("How to fix", rule.remediation)
    if docs.certainty != "documented" or docs.notes:
        label = {"inferred": "Inferred, not stated by the vendor", "disputed": "Sources disagree"}.get(
            docs.certainty, "Notes")
        section(f"Certainty: {label}" if docs.certainty != "documented" else "Notes", docs.notes or docs.certainty)
    for _, name in table_params(rule):
        if name not in catalog.tables:
            continue
        data = catalog.tables[name]
        named = {r for condition in rule.when for r in condition.regions} | {e.region for e in data.entries}
        regions = [r for r in TABLE_REGIONS if r in named] if any(e.region for e in data.entries) else []
        groups = [(f"{name}.{r}", [e for e in data.entries if e.region == r]) for r in regions]
        groups = groups or [(name, list(data.entries))]
        body = " ".join(
            f"{label}: " + (", ".join(e.value + (" [inferred]" if e.status == "inferred" else "") for e in entries)
                            or "(none published)") + "."
            for label, entries in groups)
        section(f"Allowed values ({name}, checked {data.checked})", body)
    stream.write("\n## References\n")
    for reference in rule.references:
        stream.write(f"- {reference.title}: {reference.url}\n")
