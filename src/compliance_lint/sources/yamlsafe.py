"""A safe YAML loader that reads scalars the way Vapi's gitops tooling (js-yaml, YAML 1.2) writes them.

PyYAML resolves YAML 1.1: `off`, `no`, `yes` become booleans and `2026-12-25` a date object. Vapi gitops
files are written and read with YAML 1.2, where those are plain strings, so a linter that used
PyYAML's defaults would both miss `hipaaEnabled: yes` (a string to the platform) and misread
`backgroundSound: off`. Duplicate mapping keys are recorded instead of silently keeping the last.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

_Base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_ComposeBase: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_BOOL = "tag:yaml.org,2002:bool"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_REPLACED = {_BOOL, _INT, _FLOAT, _TIMESTAMP}


def _yaml12_resolvers(base: Any) -> dict[str, list[tuple[str, re.Pattern[str]]]]:
    table = {
        first: [(tag, rx) for tag, rx in entries if tag not in _REPLACED]
        for first, entries in base.yaml_implicit_resolvers.items()
    }
    additions = [
        (_BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), "tTfF"),
        # Leading zeros stay strings (`02134` is a ZIP code, not octal 1116).
        (_INT, re.compile(r"^(?:[-+]?(?:0|[1-9][0-9]*)|0x[0-9a-fA-F]+)$"), "-+0123456789"),
        (
            _FLOAT,
            re.compile(
                r"^(?:[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*(?:[eE][-+]?[0-9]+)?|[0-9]+[eE][-+]?[0-9]+)"
                r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"
            ),
            "-+.0123456789",
        ),
    ]
    for tag, rx, firsts in additions:
        for first in firsts:
            table.setdefault(first, []).append((tag, rx))
    return table


class ConfigLoader(_Base):  # type: ignore[misc,valid-type]
    """Safe loading only; YAML 1.2 scalars; duplicate keys collected in `self.duplicates`."""

    yaml_implicit_resolvers = _yaml12_resolvers(_Base)

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.duplicates: list[tuple[str, int, int]] = []  # key, 0-based line, 0-based column

    def construct_mapping(self, node: Any, deep: bool = False) -> Any:
        seen: set[str] = set()
        for key_node, _ in node.value:
            if isinstance(key_node, yaml.ScalarNode):
                if key_node.value in seen:
                    mark = key_node.start_mark
                    self.duplicates.append((key_node.value, mark.line, mark.column))
                seen.add(key_node.value)
        return super().construct_mapping(node, deep=deep)


# Plain strings for the constructor: the resolver table above decides every scalar's type.
ConfigLoader.add_constructor("tag:yaml.org,2002:timestamp", ConfigLoader.construct_yaml_str)


def load_all(text: str) -> tuple[list[Any], list[tuple[str, int, int]]]:
    loader = ConfigLoader(text)
    try:
        documents = []
        while loader.check_data():
            documents.append(loader.get_data())
        return documents, loader.duplicates
    finally:
        loader.dispose()


def compose_all(text: str) -> list[Any]:
    loader = _ComposeBase(text)
    try:
        nodes = []
        while loader.check_node():
            nodes.append(loader.get_node())
        return nodes
    finally:
        loader.dispose()
