"""JSON pointers with wildcards, the path language rule packs use to name fields.

`/model/provider` names one field; `*` matches any one key or index
(`/transcriber/fallbackPlan/transcribers/*/provider`); `**` matches any depth, zero levels included.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from compliance_lint.pointer import escape, split


def select(data: Any, pattern: str) -> Iterator[tuple[str, Any]]:
    """Every (pointer, value) in `data` that `pattern` matches, in document order."""
    yield from _walk(data, split(pattern), "")


def _children(node: Any) -> Iterator[tuple[str, Any]]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield escape(key), value
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield str(index), value


def _walk(node: Any, tokens: list[str], pointer: str) -> Iterator[tuple[str, Any]]:
    if not tokens:
        yield pointer, node
        return
    head, rest = tokens[0], tokens[1:]
    if head == "**":
        yield from _walk(node, rest, pointer)
        for key, child in _children(node):
            yield from _walk(child, tokens, f"{pointer}/{key}")
    elif head == "*":
        for key, child in _children(node):
            yield from _walk(child, rest, f"{pointer}/{key}")
    elif isinstance(node, dict):
        if head in node:
            yield from _walk(node[head], rest, f"{pointer}/{escape(head)}")
    elif isinstance(node, list) and head.isdigit() and int(head) < len(node):
        yield from _walk(node[int(head)], rest, f"{pointer}/{head}")
