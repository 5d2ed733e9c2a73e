"""Keep PHI that sits in a file name or a JSON key out of every report.

The PHI rules mask the values they find, but a report also prints each finding's file path and JSON
pointer. When the PHI is the file name (an agent called after a patient) or a key
(`data_collection.jane_roe_dob`), those would copy it into CI logs. This stage, run last, replaces
such a name everywhere with a short stable tag: the same file or key always gets the same tag, so a
reader can still tell findings apart and count them, and the author knows which name to change.
"""

from __future__ import annotations

import hashlib
from pathlib import PurePosixPath
from typing import TYPE_CHECKING

from compliance_lint.pointer import escape, split

if TYPE_CHECKING:
    from compliance_lint.api import LintResult
    from compliance_lint.model import Finding

FILE_NAME = "file"
KEY = "key"


def _tag(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]


def withheld_path(path: str) -> str:
    """`agent_configs/Callback-Jane-Roe.json` → `agent_configs/name-withheld-1a2b3c4d.json` (URI-safe)."""
    pure = PurePosixPath(path)
    name = f"name-withheld-{_tag(path)}{pure.suffix}"
    return str(pure.with_name(name)) if str(pure.parent) != "." else name


def _withheld_pointer(pointer: str, depth: int, tag: str) -> str:
    tokens = split(pointer)
    tokens[depth - 1] = tag
    return "".join("/" + escape(t) for t in tokens)


def _all_findings(result: LintResult) -> list[Finding]:
    findings = list(result.findings)
    if result.filtered is not None:
        findings += [hidden.finding for hidden in result.filtered.suppressed]
        findings += list(result.filtered.baselined)
    return findings


def _under(pointer: str, prefix: str) -> bool:
    return pointer == prefix or pointer.startswith(prefix + "/")


def withhold_phi_names(result: LintResult) -> None:
    findings = _all_findings(result)
    keys = {(f.file, f.pointer) for f in findings if f.extra.get("withhold") == KEY}
    for file, key_pointer in keys:
        tokens = split(key_pointer)
        raw_key, tag = tokens[-1], f"key-withheld-{_tag(key_pointer)}"
        for finding in findings:
            if finding.file != file:
                continue
            if _under(finding.pointer, key_pointer):
                finding.pointer = _withheld_pointer(finding.pointer, len(tokens), tag)
            finding.message = finding.message.replace(raw_key, tag)  # dotted paths through the key
    paths = {f.file: withheld_path(f.file) for f in findings if f.extra.get("withhold") == FILE_NAME}
    if not paths:
        return

    def scrub(text: str) -> str:
        for original, masked in paths.items():
            text = text.replace(original, masked)
        return text

    for finding in findings:  # messages of other files' findings may name this file (cross-file rules)
        if finding.file in paths:
            finding.file = paths[finding.file]
            if "path" in finding.extra:  # the project-relative path the filter stage stamped (SARIF URIs)
                finding.extra["path"] = withheld_path(str(finding.extra["path"]))
        finding.message = scrub(finding.message)
    for source in result.files:
        source.display = paths.get(source.display, source.display)
    result.notes[:] = [scrub(note) for note in result.notes]
