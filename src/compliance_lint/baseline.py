"""The baseline file: findings a team has accepted for now, so only new ones fail the build.

The file is deterministic (sorted, no timestamps, no tool version) so re-creating it on unchanged
configs produces no diff. Each entry holds the rule, the project-relative file and the fingerprint
(see `identity`); never the offending value, which may be PHI, and never the JSON pointer, whose
keys can be copied from the data (an ElevenLabs dynamic-variable name, say).
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from compliance_lint.config import ConfigError
from compliance_lint.identity import finding_fingerprint, finding_path
from compliance_lint.model import Finding

DEFAULT_NAME = ".compliance-lint-baseline.json"
VERSION = 1
_HEX64 = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True, slots=True, order=True)
class BaselineEntry:
    file: str
    rule: str
    fingerprint: str

    def as_dict(self) -> dict[str, str]:
        return {"file": self.file, "rule": self.rule, "fingerprint": self.fingerprint}


def entry_for(finding: Finding) -> BaselineEntry:
    return BaselineEntry(finding_path(finding), finding.rule_id, finding_fingerprint(finding))


def read(path: Path) -> list[BaselineEntry]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: baseline file not found (create it with `compliance-lint baseline create`)"
                          ) from None
    except (OSError, ValueError) as exc:
        raise ConfigError(f"{path}: cannot read baseline: {exc}") from None
    if not isinstance(data, dict) or data.get("version") != VERSION or not isinstance(data.get("findings"), list):
        raise ConfigError(f"{path}: not a compliance-lint baseline (expected {{\"version\": {VERSION}, "
                          "\"findings\": [...]}})")
    entries = []
    for index, raw in enumerate(data["findings"]):
        if not (isinstance(raw, dict) and all(isinstance(raw.get(k), str) for k in ("file", "rule", "fingerprint"))
                and _HEX64.match(raw["fingerprint"])):
            raise ConfigError(f"{path}: findings/{index}: expected file, rule and a 64-hex-digit fingerprint")
        entries.append(BaselineEntry(raw["file"], raw["rule"], raw["fingerprint"]))
    return entries


def write(path: Path, entries: Iterable[BaselineEntry]) -> None:
    document = {
        "version": VERSION,
        "tool": "compliance-lint",
        "findings": [e.as_dict() for e in sorted(entries)],
    }
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot write baseline: {exc.strerror or exc}") from None


class Matcher:
    """Matches findings to entries one for one: two identical findings need two entries."""

    def __init__(self, entries: Iterable[BaselineEntry]) -> None:
        self._open: dict[str, list[BaselineEntry]] = defaultdict(list)
        for entry in entries:
            self._open[entry.fingerprint].append(entry)
        self.matched: list[BaselineEntry] = []

    def take(self, finding: Finding) -> bool:
        waiting = self._open.get(finding_fingerprint(finding))
        if not waiting:
            return False
        self.matched.append(waiting.pop())
        return True

    def unmatched(self) -> list[BaselineEntry]:
        return sorted(e for entries in self._open.values() for e in entries)
