"""Map JSON pointers to 1-based line/column, computed only for files that have findings.

Parsing for checks uses the fast C parsers, which keep no positions. When a file has a finding we
re-scan just that file once with a position-aware pass and keep the result in a side index keyed by
pointer (never injected into the data tree).
"""

from __future__ import annotations

import bisect
import json
import re
from typing import Any

import yaml

from compliance_lint.pointer import escape
from compliance_lint.sources import yamlsafe

FRONT_MATTER = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S | re.M)
_WS = re.compile(r"[ \t\n\r]*")
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_ATOM = re.compile(r"[^,\]\}\s]+")

Span = tuple[int, int]  # start offset, end offset (characters)


class JsonScanError(ValueError):
    pass


class JsonPositions:
    """A recursive-descent pass over JSON text recording where each value starts and ends."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans: dict[str, Span] = {}
        self.duplicates: list[tuple[str, int]] = []  # pointer, offset of the repeated key
        end = self._value(_WS.match(text, 0).end(), "")  # type: ignore[union-attr]
        if _WS.match(text, end).end() != len(text):  # type: ignore[union-attr]
            raise JsonScanError("trailing data")

    def _ws(self, i: int) -> int:
        return _WS.match(self.text, i).end()  # type: ignore[union-attr]

    def _value(self, i: int, pointer: str) -> int:
        text = self.text
        start = i
        char = text[i]
        if char == "{":
            i = self._object(i + 1, pointer)
        elif char == "[":
            i = self._array(i + 1, pointer)
        elif char == '"':
            match = _STRING.match(text, i)
            if match is None:
                raise JsonScanError(f"unterminated string at {i}")
            i = match.end()
        else:
            match = _ATOM.match(text, i)
            if match is None:
                raise JsonScanError(f"unexpected character at {i}")
            i = match.end()
        self.spans[pointer] = (start, i)
        return i

    def _object(self, i: int, pointer: str) -> int:
        text = self.text
        i = self._ws(i)
        if text[i] == "}":
            return i + 1
        seen: set[str] = set()
        while True:
            match = _STRING.match(text, i)
            if match is None:
                raise JsonScanError(f"expected a key at {i}")
            raw = match.group()
            key = json.loads(raw) if "\\" in raw else raw[1:-1]
            child = pointer + "/" + escape(key)
            if key in seen:
                self.duplicates.append((child, match.start()))
            seen.add(key)
            i = self._ws(match.end())
            if text[i] != ":":
                raise JsonScanError(f"expected ':' at {i}")
            i = self._value(self._ws(i + 1), child)
            i = self._ws(i)
            if text[i] == ",":
                i = self._ws(i + 1)
                continue
            if text[i] == "}":
                return i + 1
            raise JsonScanError(f"expected ',' or '}}' at {i}")

    def _array(self, i: int, pointer: str) -> int:
        text = self.text
        i = self._ws(i)
        if text[i] == "]":
            return i + 1
        index = 0
        while True:
            i = self._ws(self._value(i, f"{pointer}/{index}"))
            index += 1
            if text[i] == ",":
                i = self._ws(i + 1)
                continue
            if text[i] == "]":
                return i + 1
            raise JsonScanError(f"expected ',' or ']' at {i}")


class LineMap:
    """Character offset → 1-based (line, column)."""

    def __init__(self, text: str) -> None:
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1


Position = tuple[int, int, int, int]  # line, column, end_line, end_column (1-based)


def _yaml_positions(text: str, line_offset: int) -> dict[tuple[int, str], Position]:
    table: dict[tuple[int, str], Position] = {}
    budget = [1_000_000]  # alias bombs: stop walking instead of exploding

    def mark(node: Any) -> Position:
        s, e = node.start_mark, node.end_mark
        return s.line + 1 + line_offset, s.column + 1, e.line + 1 + line_offset, e.column + 1

    def walk(node: Any, doc: int, pointer: str) -> None:
        budget[0] -= 1
        if budget[0] < 0:
            return
        table.setdefault((doc, pointer), mark(node))
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key_node.value)
                child = pointer + "/" + escape(key)
                walk(value_node, doc, child)
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                walk(item, doc, f"{pointer}/{index}")

    for doc, root in enumerate(yamlsafe.compose_all(text)):
        if root is not None:
            walk(root, doc, "")
    return table


def yaml_duplicates(text: str) -> list[tuple[int, str, int, int]]:
    """(document, pointer, 1-based line, column) of every repeated mapping key."""
    found: list[tuple[int, str, int, int]] = []
    stack: list[tuple[Any, int, str]] = [(root, doc, "") for doc, root in enumerate(yamlsafe.compose_all(text))]
    visited: set[int] = set()
    while stack:
        node, doc, pointer = stack.pop()
        if node is None or id(node) in visited:
            continue
        visited.add(id(node))
        if isinstance(node, yaml.MappingNode):
            seen: set[str] = set()
            for key_node, value_node in node.value:
                key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key_node.value)
                child = pointer + "/" + escape(key)
                if key in seen:
                    found.append((doc, child, key_node.start_mark.line + 1, key_node.start_mark.column + 1))
                seen.add(key)
                stack.append((value_node, doc, child))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((item, doc, f"{pointer}/{i}") for i, item in enumerate(node.value))
    return sorted(found)


class PositionIndex:
    """Positions for one source file; built on first use."""

    def __init__(self, fmt: str, text: str, front_matter_line: int = 0, body_line: int = 0) -> None:
        self.format = fmt
        self.text = text
        self.front_matter_line = front_matter_line
        self.body_line = body_line
        self._table: dict[tuple[int, str], Position] | None = None
        self._lines: LineMap | None = None

    def _build(self) -> dict[tuple[int, str], Position]:
        if self.format == "json":
            try:
                scan = JsonPositions(self.text)
            except (JsonScanError, IndexError, RecursionError):
                return {}
            lines = LineMap(self.text)
            table = {}
            for pointer, (start, end) in scan.spans.items():
                table[(0, pointer)] = (*lines.position(start), *lines.position(end))
            return table
        if self.format == "yaml":
            return _yaml_positions(self.text, 0)
        if self.format == "markdown":
            table = _yaml_positions(self.front_matter_text(), self.front_matter_line - 1)
            table[(0, "/__body__")] = (self.body_line, 1, self.body_line, 1)
            return table
        return {}

    def front_matter_text(self) -> str:
        match = FRONT_MATTER.match(self.text)
        return match.group(1) if match else ""

    def offset_position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset in the file."""
        if self._lines is None:
            self._lines = LineMap(self.text)
        return self._lines.position(offset)

    def locate(self, pointer: str, document: int = 0) -> Position | None:
        """The position of `pointer`, or of its nearest existing ancestor."""
        if self._table is None:
            try:
                self._table = self._build()
            except yaml.YAMLError:
                self._table = {}
        current = pointer
        while True:
            found = self._table.get((document, current))
            if found is not None:
                return found
            if not current:
                return None
            current = current.rsplit("/", 1)[0]
