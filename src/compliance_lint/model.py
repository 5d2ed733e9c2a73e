"""The data every stage passes along: severities, source files, documents and findings.

Plain dataclasses (not pydantic) because thousands of these are built per run and the start-up path
must stay light; pydantic is used only to validate the user's config file.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


class Severity(enum.IntEnum):
    """Ordered so that `severity >= threshold` answers "does this fail the build"."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, name: str) -> Severity:
        try:
            return cls[name.upper()]
        except KeyError:
            raise ValueError(f"unknown severity {name!r} (use error, warning or info)") from None

    def __str__(self) -> str:
        return self.name.lower()


class FileStatus(str, enum.Enum):
    LINTED = "linted"
    UNRECOGNISED = "unrecognised"
    SKIPPED = "skipped"
    FAILED = "failed"


@dataclass(slots=True)
class SourceFile:
    """One input file (or stdin) and what became of it."""

    path: Path | None  # None for stdin
    display: str  # relative to the working directory, '/' separators
    format: str = "unknown"  # json | yaml | markdown
    text: str = ""
    status: FileStatus = FileStatus.LINTED
    reason: str = ""  # why skipped / failed / unrecognised
    body_line: int = 0  # markdown: 1-based line where the body (system prompt) starts
    front_matter_line: int = 0  # markdown: 1-based line where the YAML front matter starts
    body_offset: int = 0  # markdown: character offset of the body in `text`
    explicit: bool = False  # named on the command line rather than found in a directory


@dataclass(slots=True)
class Document:
    """A parsed tree identified as one kind of platform object.

    `base` is the JSON pointer of `data` inside its file's document: "" for a top-level object,
    "/members/0/assistant" for an assistant embedded in a squad. Checks report pointers relative to
    `data`; the runner prefixes `base`.
    """

    source: SourceFile
    data: Any
    kind: str | None = None
    platform: str | None = None
    index: int = 0  # position in a multi-document YAML stream
    base: str = ""
    parent: Document | None = None
    variant: str = ""  # e.g. "api", "cli", "gitops", "legacy-2024"

    @property
    def embedded(self) -> bool:
        return self.parent is not None


@dataclass(frozen=True, slots=True)
class Reference:
    title: str
    url: str


@dataclass(slots=True)
class Finding:
    rule_id: str
    rule_name: str
    severity: Severity
    file: str
    pointer: str
    message: str
    remediation: str
    references: tuple[Reference, ...] = ()
    platform: str | None = None
    kind: str | None = None
    line: int = 0
    column: int = 0
    document: int = 0
    end_line: int | None = None
    end_column: int | None = None
    evidence: str | None = None  # always masked when it may contain PHI
    value_digest: str | None = None  # stable digest of the offending value, for baselines
    extra: dict[str, Any] = field(default_factory=dict)

    def sort_key(self) -> tuple[str, int, int, int, str, str]:
        return (self.file, self.document, self.line, self.column, self.rule_id, self.pointer)

    def message_with_fix(self) -> str:
        """The problem, then the fix, as one paragraph: for formats with a single text field, whose
        viewers show the first sentence when space is short."""
        text = self.message.rstrip()
        if not self.remediation:
            return text
        return f"{text}{'' if text.endswith(('.', '!', '?')) else '.'} Fix: {self.remediation.strip()}"


@dataclass(frozen=True, slots=True)
class Context:
    """What the run knows about the workload that the files themselves do not say."""

    hipaa: bool = True
    region: str = "us"

    def as_dict(self) -> dict[str, Any]:
        return {"hipaa": self.hipaa, "region": self.region}


REGIONS = ("us", "eu", "in", "sg")
