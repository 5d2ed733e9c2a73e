"""textscan: plain-text and JSON-lines modes over streams."""

from __future__ import annotations

import io
import json

import pytest

from compliance_lint.phi.textscan import scan_jsonl_stream, scan_text_stream


def test_jsonl_round_trip() -> None:
    rows = [
        {"id": "a", "text": "Patient Rosa Alvarez, DOB 03/14/1962.", "field": "prompt"},
        {"id": "b", "text": "Ask the caller for their date of birth.", "field": "prompt"},
        {"id": "c", "text": "1962-03-14", "field": "value", "key": "patient_dob"},
        {"id": "d", "text": "Callback – R. Alvarez dialysis", "field": "label"},
    ]
    inp = io.StringIO("\n".join(json.dumps(r) for r in rows) + "\n\n")
    out = io.StringIO()
    flagged = scan_jsonl_stream(inp, out)
    lines = [json.loads(x) for x in out.getvalue().splitlines()]
    assert [x["id"] for x in lines] == ["a", "b", "c", "d"]
    assert flagged == 3
    assert lines[0] == {"id": "a", "phi": True, "spans": [{"start": 8, "end": 20, "type": "NAME"},
                                                          {"start": 26, "end": 36, "type": "DATE"}]}
    assert lines[1] == {"id": "b", "phi": False, "spans": []}
    for row, res in zip(rows, lines, strict=True):
        for sp in res["spans"]:
            assert 0 <= sp["start"] < sp["end"] <= len(row["text"])


def test_jsonl_bad_line_names_line_number() -> None:
    with pytest.raises(ValueError, match="line 2"):
        scan_jsonl_stream(io.StringIO('{"id": 1, "text": "ok"}\nnot json\n'), io.StringIO())


def test_text_mode_masks_by_default() -> None:
    out = io.StringIO()
    n = scan_text_stream(io.StringIO("line one\nPatient Rosa Alvarez, SSN 536-22-1845\n"), out)
    text = out.getvalue()
    assert n == 2
    assert "Alvarez" not in text and "1845" not in text
    assert text.splitlines()[0].startswith("2:9\tNAME\tname")
    out2 = io.StringIO()
    scan_text_stream(io.StringIO("SSN 536-22-1845"), out2, unmasked=True)
    assert "536-22-1845" in out2.getvalue()
