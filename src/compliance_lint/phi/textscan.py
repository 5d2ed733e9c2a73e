"""Text-scanning support for `compliance-lint phi`: plain text in, hits out; or JSON lines.

No click here: the CLI passes streams. `scan_text_stream` prints one line per hit (masked unless
asked otherwise); `scan_jsonl_stream` reads `{"id","text","field"[,"key"]}` lines and writes
`{"id","phi","spans":[{"start","end","type"}]}` lines with offsets into `text` (end exclusive).
"""

from __future__ import annotations

import json
from typing import TextIO

from compliance_lint.phi.engine import PhiAllowList, scan
from compliance_lint.phi.masking import mask

_FIELDS = ("prompt", "label", "value", "url")


def _line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


def scan_text_stream(inp: TextIO, out: TextIO, *, field: str | None = None, key: str | None = None,
                     allow: PhiAllowList | None = None, unmasked: bool = False) -> int:
    """Scan the whole input as one text; print `line:col TYPE recognizer conf rendition reason`.

    Returns the number of hits (the CLI turns it into an exit code).
    """
    text = inp.read()
    hits = scan(text, key=key, field=field, allow=allow)
    for h in hits:
        line, col = _line_col(text, h.start)
        shown = repr(text[h.start : h.end]) if unmasked else mask(h, text)
        strong = " strong" if h.strong else ""
        out.write(f"{line}:{col}\t{h.type}\t{h.recognizer}\t{h.confidence:.2f}{strong}\t{shown}\t{h.reason}\n")
    return len(hits)


def scan_jsonl_stream(inp: TextIO, out: TextIO, *, allow: PhiAllowList | None = None) -> int:
    """One output line per input line, in order. Returns the number of inputs flagged as PHI.

    Blank lines are skipped; a line that is not a JSON object with a string `text` raises
    ValueError naming the line number (the CLI reports it), so no input is silently dropped.
    """
    flagged = 0
    for n, raw in enumerate(inp, 1):
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise ValueError(f"line {n}: not valid JSON ({exc.msg})") from exc
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            raise ValueError(f"line {n}: expected an object with a string 'text'")
        fld = obj.get("field")
        key = obj.get("key")
        hits = scan(obj["text"], key=key if isinstance(key, str) else None,
                    field=fld if fld in _FIELDS else None, allow=allow)
        flagged += bool(hits)
        rec = {"id": obj.get("id"), "phi": bool(hits),
               "spans": [{"start": h.start, "end": h.end, "type": h.type} for h in hits]}
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return flagged
