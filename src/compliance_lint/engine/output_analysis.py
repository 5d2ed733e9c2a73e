"""Analysis helpers shared by the structured-output checks (`schema_checks`, `crossfile_checks`).

Kept apart from the check modules, and free of any import of `engine.checks`, so that the check
modules can be imported in any order without a circular import.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from compliance_lint.engine.schema_risk import (
    DEFAULT_MAX_ENUM,
    Risk,
    SchemaAnalyser,
    Vocabulary,
    identifier_shape,
    literal_alternatives,
    words,
)

if TYPE_CHECKING:
    from compliance_lint.engine.checks import CheckCall

FORCE_STORE = "/compliancePlan/forceStoreOnHipaaEnabled"


@lru_cache(maxsize=8)
def _vocabulary(identifiers: frozenset[str], clinical: frozenset[str]) -> Vocabulary:
    return Vocabulary.of(identifiers, clinical)


def analyser(call: CheckCall, *, free_text_risky: bool = True) -> SchemaAnalyser:
    clinical_name = call.params.get("clinical_table", "schema-clinical-terms")
    if clinical_name not in call.tables:
        # `table` is checked when the pack loads; this second table is only known here.
        raise KeyError(f"check parameter clinical_table names an unknown table {clinical_name!r}")
    vocabulary = _vocabulary(call.table(), call.tables[clinical_name])
    return SchemaAnalyser(vocabulary, free_text_risky=call.params.get("free_text", free_text_risky),
                          max_enum=call.params.get("max_enum", DEFAULT_MAX_ENUM))


def output_risks(output: Mapping[str, Any], analysis: SchemaAnalyser) -> list[Risk]:
    """Risks of one Vapi structured output: its regex (for `type: regex`) and its schema.

    The output's own name and description describe a scalar root value (`Customer SSN Extractor`),
    so they count as the root's name.
    """
    risks: list[Risk] = []
    regex = output.get("regex")
    if output.get("type") == "regex" and isinstance(regex, str):
        shape = identifier_shape(regex)
        values = literal_alternatives(regex)
        if shape:
            risks.append(Risk("/regex", (f"a regex output shaped like {shape}",)))
        elif values is None:
            risks.append(Risk("/regex", ("a regex output that copies transcript text, not fixed categories",)))
    schema = output.get("schema")
    if schema is not None:
        risks.extend(analysis.analyse(schema, "/schema", words(output.get("name"), output.get("description"))))
    return risks


def summary(risks: list[Risk]) -> dict[str, str]:
    """Message arguments: the first risky property, why, and how many more there are."""
    first = risks[0]
    more = len(risks) - 1
    return {
        "property": first.pointer or "(root)",
        "reason": "; ".join(first.reasons),
        "more": f" (and {more} more risky propert{'ies' if more > 1 else 'y'})" if more else "",
    }
