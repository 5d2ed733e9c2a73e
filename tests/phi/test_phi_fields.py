"""Field-aware scanning: keys and labels are split into words and read with the value."""

from __future__ import annotations

import pytest

from compliance_lint.phi import field_verdict, scan
from compliance_lint.phi.context import split_key


@pytest.mark.parametrize(
    ("key", "words"),
    [("patient_dob", ("patient", "dob")), ("patientDOB", ("patient", "dob")),
     ("Callback-R-Alvarez", ("callback", "r", "alvarez")), ("firstMessage", ("first", "message")),
     ("intake_amanda_bryan_20240609", ("intake", "amanda", "bryan", "20240609")), (None, ())],
)
def test_split_key(key: str | None, words: tuple[str, ...]) -> None:
    assert split_key(key) == words


@pytest.mark.parametrize(
    ("value", "key", "expected"),
    [
        ("1962-03-14", "patient_dob", [("DATE", "1962-03-14")]),
        ("03/14/1962", "dateOfBirth", [("DATE", "03/14/1962")]),
        ("2026-12-25", "holiday_closure", []),
        ("1900-01-01", "patient_dob", []),
        ("Imelda Cruz", "patient_name", [("NAME", "Imelda Cruz")]),
        ("there", "first_name", []),
        ("John Doe", "user_name", []),
        ("{{patient_name}}", "patient_name", []),
        ("Ava", "agent_name", []),
        ("00482913", "patient_mrn", [("MRN", "00482913")]),
        ("W123456789", "memberId", [("HEALTH_PLAN_ID", "W123456789")]),
        ("1HGCM82633A004352", "vehicle_vin", [("VEHICLE_ID", "1HGCM82633A004352")]),
        ("(312) 448-9921", "caller_phone", [("PHONE", "(312) 448-9921")]),
        ("(312) 448-2200", "clinic_phone", []),
        ("1234567893", "clinic_npi", []),
        ("93", "patient_age", [("AGE", "93")]),
        ("45", "patient_age", []),
    ],
)
def test_value_read_with_key(found, value: str, key: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert found(value, key=key, field="value") == expected


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("Callback – R. Alvarez dialysis", [("NAME", "R. Alvarez")]),
        ("intake_amanda_bryan_20240609", [("NAME", "amanda_bryan"), ("DATE", "20240609")]),
        ("J_Johnson_discharge_summary_7-7-2026.pdf", [("NAME", "J_Johnson"), ("DATE", "7-7-2026")]),
        ("RosaAlvarezCell", [("NAME", "RosaAlvarez")]),
        ("Ava – Riverside Scheduling Assistant", []),
        ("holiday_schedule_2026.pdf", []),
        ("grace_period_days", []),
        ("Dr Patel – cardiology referrals", []),
        ("Main line", []),
    ],
)
def test_labels(found, label: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert found(label, field="label") == expected


def test_field_verdict_policy() -> None:
    assert field_verdict([]) is None
    strong = scan("SSN 536-22-1845 on file for the caller.")
    assert field_verdict(strong) == "error"
    name_plus_id = scan("Call Rosa Alvarez back at (312) 448-9921.")
    assert field_verdict(name_plus_id) == "error"
    name_only = scan("Patient Rosa Alvarez called.")
    assert field_verdict(name_only) == "warning"
    text = "Patient Rosa Alvarez needs her dialysis slot moved."
    assert field_verdict(scan(text), text) == "error"
    weak = scan("Her callback number is (312) 448-9921.")
    assert field_verdict(weak) == "warning"
