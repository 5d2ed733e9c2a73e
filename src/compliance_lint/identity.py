"""Stable identities for findings: the project-relative path and the fingerprint.

SARIF `partialFingerprints` and baseline entries share one fingerprint so that a finding keeps its
identity across runs. It is built from the rule id, the file's path relative to the project root,
the JSON pointer and the digest of the offending value, never from the line number: an unrelated
edit above a finding must not turn it into a "new" one.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from compliance_lint.model import Finding, SourceFile

FINGERPRINT_KEY = "complianceLint/v1"


def project_root(start: Path, fallback: Path) -> Path:
    """The nearest directory at or above `start` holding `.git`; else `fallback` (the config's directory).

    The repository root is what code-scanning services resolve SARIF URIs against, and it does not
    move when the linter is started from a subdirectory, so fingerprints stay the same.
    """
    start = start.resolve()
    for directory in (start, *start.parents):
        if (directory / ".git").exists():
            return directory
    return fallback.resolve()


def project_path(source: SourceFile | None, display: str, root: Path) -> str:
    """`display` (relative to the working directory) re-expressed relative to `root`, '/' separators.

    Files outside the root (and standard input) keep their display name: there is nothing better
    that stays the same from one machine to the next.
    """
    if source is None or source.path is None:
        return display
    try:  # os.path on strings: this runs once per file with findings, pathlib is several times slower
        rel = os.path.relpath(os.path.realpath(source.path), root)
    except ValueError:  # another drive on Windows
        return display
    if rel.startswith(".."):
        return display
    return rel.replace(os.sep, "/")


def fingerprint(rule_id: str, path: str, pointer: str, value_digest: str | None) -> str:
    text = "\x1f".join((rule_id, path, pointer, value_digest or ""))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def finding_path(finding: Finding) -> str:
    """The project-relative path the filter stage stamped on the finding (its display path otherwise)."""
    return str(finding.extra.get("path", finding.file))


def finding_fingerprint(finding: Finding) -> str:
    stamped = finding.extra.get("fingerprint")
    if stamped:
        return str(stamped)
    return fingerprint(finding.rule_id, finding_path(finding), finding.pointer, finding.value_digest)
