"""The schema PHI-risk analysis on its own: which properties are risky, where, and why."""

from __future__ import annotations

import json

import pytest

from cl_testutil import SHARED
from compliance_lint.engine.output_analysis import output_risks
from compliance_lint.engine.packs import load_catalog
from compliance_lint.engine.schema_risk import SchemaAnalyser, Vocabulary, identifier_shape, literal_alternatives, words

CATALOG = load_catalog([])
VOCABULARY = Vocabulary.of(CATALOG.tables["schema-identifier-terms"].values(),
                           CATALOG.tables["schema-clinical-terms"].values())


def analyse(schema, **options):
    return {r.pointer: r.reasons for r in SchemaAnalyser(VOCABULARY, **options).analyse(schema)}


def test_words_split_camel_snake_kebab_and_prose():
    assert words("patientDOB", "date_of_birth", "member-id", "The caller's MRN") == (
        "patient", "dob", "date", "of", "birth", "member", "id", "the", "caller", "s", "mrn")


# Vapi HIPAA page: "Safe to store" examples (vapi.md §13).
@pytest.mark.parametrize("schema", [
    {"type": "boolean", "description": "Whether an appointment was successfully booked"},
    {"type": "boolean", "title": "issueResolved"},
    {"type": "string", "enum": ["billing", "technical", "general"], "title": "issueCategory"},
    {"type": "integer", "minimum": 1, "maximum": 10, "title": "csatScore"},
    {"type": "string", "enum": ["positive", "neutral", "negative"], "description": "Caller sentiment"},
    {"type": "object", "properties": {
        "appointmentBooked": {"type": "boolean"}, "callSuccessful": {"type": "boolean"},
        "followUpRequired": {"type": "boolean"}, "csatScore": {"type": "number"},
        "preferredContactMethod": {"type": "string", "enum": ["phone", "email", "sms"]},
        "department": {"type": "string", "pattern": "^(billing|scheduling)$"}}},
])
def test_safe_shapes(schema):
    assert analyse(schema) == {}


@pytest.mark.skipif(not (SHARED / "examples").is_dir(), reason="shared/examples is not beside this checkout")
def test_vapi_get_response_example_is_risky_property_by_property():
    example = json.loads((SHARED / "examples/vapi/structured-output-get-response.json").read_text())
    risks = analyse(example["schema"])
    assert list(risks) == ["/properties/customerName", "/properties/feedbackDate", "/properties/comments",
                           "/properties/topics"]
    assert risks["/properties/customerName"] == ("a free-text string (no enum of fixed categories)",
                                                 "named or described as an identifier ('name')")
    assert "format 'date-time'" in risks["/properties/feedbackDate"][0]
    assert risks["/properties/topics"] == ("an array without an items schema (any content may be extracted)",)
    assert "/properties/rating" not in risks  # an integer rating is a score


def test_identifying_formats_and_patterns():
    risks = analyse({"type": "object", "properties": {
        "email": {"type": "string", "format": "email"},
        "visitDay": {"type": "string", "format": "date"},
        "slot": {"type": "string", "format": "time"},
        "code": {"type": "string", "pattern": r"^\d{3}-\d{2}-\d{4}$", "enum": ["x"]},
    }})
    assert "an email address" in risks["/properties/email"][0]
    assert "a date" in risks["/properties/visitDay"][0]
    assert "/properties/slot" not in risks  # a time of day identifies no one
    assert "Social Security number" in risks["/properties/code"][0]


@pytest.mark.parametrize(("pattern", "shape"), [
    (r"^\d{3}-\d{2}-\d{4}$", "a Social Security number"),
    (r"^\(?\d{3}\)?[-. ]\d{3}[-.]\d{4}$", "a phone number"),
    (r"^\+1\d{10}$", "a phone number"),
    (r"^\d{1,2}/\d{1,2}/\d{4}$", "a date"),
    (r"^MRN[0-9]{7}$", "a 7-digit number (a record, member or account number)"),
    (r"^[^@]+@[^@]+$", "an email address"),
    (r"^[0-9]{1,2}$", None),
    (r"^(yes|no)$", None),
])
def test_identifier_shapes(pattern, shape):
    assert identifier_shape(pattern) == shape


def test_literal_alternatives():
    assert literal_alternatives(r"(?i)\b(billing|technical support)\b") == ["billing", "technical support"]
    assert literal_alternatives(r"\w+") is None


def test_names_titles_and_descriptions_name_identifiers_or_clinical_content():
    risks = analyse({"type": "object", "properties": {
        "patient_first_name": {"type": "string"},
        "memberID": {"type": "integer"},
        "x1": {"type": "number", "description": "Body weight in kg"},
        "isPregnant": {"type": "boolean"},
        "nameConfirmed": {"type": "boolean"},  # a yes/no cannot hold the name itself
        "symptomSeverity": {"type": "string", "enum": ["mild", "moderate", "severe"]},
        "medications": {"type": "array", "items": {"type": "string", "enum": ["metformin", "insulin"]}},
    }})
    assert risks["/properties/patient_first_name"][1] == "named or described as an identifier ('first name')"
    assert risks["/properties/memberID"] == ("named or described as an identifier ('member id')",)
    assert risks["/properties/x1"] == ("named or described as clinical content ('weight')",)
    assert risks["/properties/isPregnant"] == ("named or described as clinical content ('pregnant')",)
    assert "/properties/nameConfirmed" not in risks
    assert risks["/properties/symptomSeverity"] == ("named or described as clinical content ('symptom')",)
    assert risks["/properties/medications/items"] == (
        "an enum whose values name clinical content ('metformin', 'insulin')",
        "named or described as clinical content ('medication')")


def test_containers_are_risky_when_any_member_is_and_report_in_document_order():
    risks = analyse({"type": "object", "properties": {
        "diagnosis": {"type": "object", "properties": {"confirmed": {"type": "boolean"}}},
        "outcome": {"type": "object", "properties": {"booked": {"type": "boolean"}, "notes": {"type": "string"}}},
        "extra": {"type": "object"},
    }})
    assert list(risks) == ["/properties/diagnosis", "/properties/outcome/properties/notes", "/properties/extra"]


def test_long_enums_and_untyped_values_are_risky():
    risks = analyse({"type": "object", "properties": {
        "clinic": {"type": "string", "enum": [f"site-{i}" for i in range(30)]},
        "anything": {},
    }})
    assert "an enum of 30 values" in risks["/properties/clinic"][0]
    assert "no declared type" in risks["/properties/anything"][0]


def test_free_text_can_be_judged_by_name_only():
    schema = {"type": "object", "properties": {"summary": {"type": "string"}, "email": {"type": "string"}}}
    assert list(analyse(schema, free_text_risky=False)) == ["/properties/email"]


def test_pointers_escape_property_names():
    assert list(analyse({"type": "object", "properties": {"a/b": {"type": "string"}}})) == ["/properties/a~1b"]


def test_output_level_regex_and_output_name():
    analysis = SchemaAnalyser(VOCABULARY)
    ssn = {"name": "Customer SSN Extractor", "type": "regex", "regex": r"\d{3}-\d{2}-\d{4}",
           "schema": {"type": "string"}}
    risks = {r.pointer: r.reasons for r in output_risks(ssn, analysis)}
    assert risks["/regex"] == ("a regex output shaped like a Social Security number",)
    assert "named or described as an identifier ('ssn')" in risks["/schema"]
    booked = {"name": "Appointment Booked", "type": "ai", "schema": {"type": "boolean"}}
    assert output_risks(booked, analysis) == []
    # `regex` is only used by `type: regex` outputs (the GET example carries one on an `ai` output).
    assert output_risks({"name": "Sentiment", "type": "ai", "regex": r"\d{9}",
                         "schema": {"type": "string", "enum": ["positive"]}}, analysis) == []


def test_malformed_schemas_and_containers_are_findings_not_crashes(tmp_path):
    from compliance_lint.api import lint
    from compliance_lint.config import Settings

    (tmp_path / "so.json").write_text('{"name": "Odd", "schema": {"type": "object", "properties": [1], "anyOf": 3},'
                                      ' "compliancePlan": {"forceStoreOnHipaaEnabled": true}}')
    (tmp_path / "assistant.json").write_text('{"name": "A", "model": {"provider": "openai"},'
                                             ' "artifactPlan": {"structuredOutputs": 3}}')
    (tmp_path / "tool.json").write_text('{"type": ["webhook"], "name": "t", "description": "d"}')
    result = lint([str(tmp_path)], Settings(select=("SO", "XF", "CL")), cwd=tmp_path)
    assert [(f.rule_id, f.file) for f in result.findings] == [("SO001", "so.json")]
    assert "/schema is an object without properties" in result.findings[0].message
