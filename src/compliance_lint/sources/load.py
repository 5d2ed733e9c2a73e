"""Bytes → trees. Bad input becomes a LoadIssue naming the place, never a traceback."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import yaml

from compliance_lint.model import FileStatus, SourceFile
from compliance_lint.sources import yamlsafe
from compliance_lint.sources.locate import FRONT_MATTER, JsonPositions, JsonScanError, LineMap, yaml_duplicates

MAX_BYTES = 10 * 1024 * 1024
MAX_DEPTH = 128
MAX_NODES = 2_000_000
BODY_KEY = "__body__"



@dataclass(slots=True)
class LoadIssue:
    """A problem with the input itself, reported under a core rule (CL…)."""

    rule_id: str
    message: str
    line: int = 1
    column: int = 1
    pointer: str = ""
    document: int = 0


@dataclass(slots=True)
class Loaded:
    source: SourceFile
    documents: list[Any] = field(default_factory=list)
    issues: list[LoadIssue] = field(default_factory=list)


def read_source(source: SourceFile, data: bytes | None = None, max_bytes: int = MAX_BYTES) -> Loaded:
    """Read and parse one file. `data` is given for stdin."""
    loaded = Loaded(source)
    if data is None:
        assert source.path is not None
        try:
            size = source.path.stat().st_size
            if size > max_bytes:
                return _fail(loaded, "CL003", f"file is too large ({size:,} bytes; the limit is {max_bytes:,})")
            data = source.path.read_bytes()
        except OSError as exc:
            return _fail(loaded, "CL003", f"cannot read file: {exc.strerror or exc}")
    elif len(data) > max_bytes:
        return _fail(loaded, "CL003", f"input is too large ({len(data):,} bytes; the limit is {max_bytes:,})")
    if b"\x00" in data[:8192]:
        return _fail(loaded, "CL003", "binary file (contains NUL bytes), not a configuration file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, column = _byte_position(data, exc.start)
        return _fail(loaded, "CL003", f"not valid UTF-8 (byte 0x{data[exc.start]:02x})", line, column)
    if text.startswith("\ufeff"):
        text = text[1:]
    source.text = text
    name = source.display.lower()
    if name.endswith(".md"):
        source.format = "markdown"
        _parse_markdown(loaded)
    elif name.endswith(".json") or (not name.endswith((".yaml", ".yml")) and text.lstrip()[:1] in "{["):
        source.format = "json"
        _parse_json(loaded)
    else:
        source.format = "yaml"
        _parse_yaml(loaded, text)
    if source.status is FileStatus.LINTED:
        _check_limits(loaded)
    return loaded


def _byte_position(data: bytes, offset: int) -> tuple[int, int]:
    line = data.count(b"\n", 0, offset) + 1
    start = data.rfind(b"\n", 0, offset) + 1
    return line, len(data[start:offset].decode("utf-8", "replace")) + 1


def _fail(loaded: Loaded, rule_id: str, message: str, line: int = 1, column: int = 1) -> Loaded:
    loaded.source.status = FileStatus.FAILED
    loaded.source.reason = message
    loaded.issues.append(LoadIssue(rule_id, message, line, column))
    return loaded


def _parse_json(loaded: Loaded) -> None:
    text = loaded.source.text
    duplicated = False

    def pairs_hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        nonlocal duplicated
        result = dict(pairs)
        if len(result) != len(pairs):
            duplicated = True
        return result

    try:
        loaded.documents.append(json.loads(text, object_pairs_hook=pairs_hook))
    except json.JSONDecodeError as exc:
        _fail(loaded, "CL001", f"invalid JSON: {exc.msg}", exc.lineno, exc.colno)
        return
    except RecursionError:
        _fail(loaded, "CL003", f"nesting is deeper than {MAX_DEPTH} levels")
        return
    if duplicated:
        _report_json_duplicates(loaded)


def _report_json_duplicates(loaded: Loaded) -> None:
    text = loaded.source.text
    try:
        scan = JsonPositions(text)
    except (JsonScanError, IndexError, RecursionError):
        loaded.issues.append(LoadIssue("CL002", "duplicate key (position unknown)"))
        return
    lines = LineMap(text)
    for pointer, offset in scan.duplicates:
        key = pointer.rsplit("/", 1)[1]
        line, column = lines.position(offset)
        loaded.issues.append(
            LoadIssue("CL002", f"duplicate key '{key}': the platform keeps only one of them", line, column, pointer)
        )


def _parse_yaml(loaded: Loaded, text: str, line_offset: int = 0) -> None:
    try:
        documents, duplicates = yamlsafe.load_all(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = (mark.line + 1 + line_offset) if mark else 1
        column = (mark.column + 1) if mark else 1
        problem = exc.problem or exc.context or "parse error"
        _fail(loaded, "CL001", f"invalid YAML: {problem}", line, column)
        return
    except yaml.YAMLError as exc:
        _fail(loaded, "CL001", f"invalid YAML: {exc}")
        return
    except RecursionError:
        _fail(loaded, "CL003", f"nesting is deeper than {MAX_DEPTH} levels")
        return
    loaded.documents.extend(documents)
    if duplicates:
        for document, pointer, line, column in yaml_duplicates(text):
            key = pointer.rsplit("/", 1)[1]
            loaded.issues.append(
                LoadIssue("CL002", f"duplicate key '{key}': only the last value is used",
                          line + line_offset, column, pointer, document)
            )


def _parse_markdown(loaded: Loaded) -> None:
    source = loaded.source
    match = FRONT_MATTER.match(source.text)
    if match is None:
        source.status = FileStatus.SKIPPED
        source.reason = "Markdown without YAML front matter (not a gitops assistant)"
        return
    source.front_matter_line = 2
    rest = source.text[match.end() :]
    body = rest.lstrip("\r\n")
    source.body_offset = match.end() + len(rest) - len(body)
    source.body_line = source.text.count("\n", 0, source.body_offset) + 1
    before = len(loaded.documents)
    _parse_yaml(loaded, match.group(1), line_offset=1)
    if source.status is not FileStatus.LINTED:
        return
    documents = loaded.documents[before:]
    front = documents[0] if documents else None
    if front is None:
        front = {}
    if not isinstance(front, dict):
        _fail(loaded, "CL001", "front matter is not a YAML mapping", 2, 1)
        return
    front[BODY_KEY] = body.rstrip()
    loaded.documents[before:] = [front]


def _check_limits(loaded: Loaded) -> None:
    """Reject trees that are too deep or too large (e.g. YAML alias bombs) before any rule walks them."""
    for index, root in enumerate(loaded.documents):
        budget = MAX_NODES
        stack: list[tuple[Any, int]] = [(root, 0)]
        while stack:
            node, depth = stack.pop()
            budget -= 1
            if budget < 0:
                _fail(loaded, "CL003", f"document {index} expands to more than {MAX_NODES:,} values "
                      "(a YAML alias bomb or a generated file?)")
                loaded.documents.clear()
                return
            if depth > MAX_DEPTH:
                _fail(loaded, "CL003", f"nesting is deeper than {MAX_DEPTH} levels")
                loaded.documents.clear()
                return
            if isinstance(node, dict):
                stack.extend((value, depth + 1) for value in node.values())
            elif isinstance(node, list):
                stack.extend((value, depth + 1) for value in node)
