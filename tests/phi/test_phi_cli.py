"""The thin `compliance-lint phi` command over textscan (skipped if the CLI has no `phi` command)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

cli = pytest.importorskip("compliance_lint.cli")
if "phi" not in getattr(cli.main, "commands", {}):
    pytest.skip("compliance_lint.cli has no `phi` command", allow_module_level=True)


def test_phi_text_mode_masks_and_exits_1() -> None:
    res = CliRunner().invoke(cli.main, ["phi", "-"], input="Patient Rosa Alvarez, SSN 536-22-1845\n")
    assert res.exit_code == 1, res.output
    assert "NAME" in res.output and "SSN ***-**-****" in res.output
    assert "Alvarez" not in res.output and "1845" not in res.output


def test_phi_text_mode_clean_exits_0() -> None:
    res = CliRunner().invoke(cli.main, ["phi", "-"], input="Ask the caller for their date of birth.\n")
    assert res.exit_code == 0 and res.output == ""


def test_phi_jsonl_mode() -> None:
    lines = [{"id": "1", "text": "1962-03-14", "field": "value", "key": "patient_dob"},
             {"id": "2", "text": "2026-12-25", "field": "value", "key": "holiday_closure"}]
    res = CliRunner().invoke(cli.main, ["phi", "--jsonl", "-"], input="\n".join(json.dumps(x) for x in lines))
    assert res.exit_code == 0, res.output
    out = [json.loads(x) for x in res.output.splitlines()]
    assert out == [{"id": "1", "phi": True, "spans": [{"start": 0, "end": 10, "type": "DATE"}]},
                   {"id": "2", "phi": False, "spans": []}]


def test_phi_allow_option() -> None:
    res = CliRunner().invoke(cli.main, ["phi", "--allow", "Rosa Alvarez", "-"], input="Patient Rosa Alvarez called.")
    assert res.exit_code == 0, res.output
