"""RFC 6901 JSON pointers: building, splitting and walking them."""

from __future__ import annotations

from typing import Any

_MISSING = object()


def escape(token: object) -> str:
    return str(token).replace("~", "~0").replace("/", "~1")


def unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def join(base: str, *tokens: object) -> str:
    return base + "".join("/" + escape(t) for t in tokens)


def split(pointer: str) -> list[str]:
    if not pointer:
        return []
    if not pointer.startswith("/"):
        raise ValueError(f"JSON pointer must start with '/': {pointer!r}")
    return [unescape(t) for t in pointer[1:].split("/")]


def resolve(data: Any, pointer: str, default: Any = _MISSING) -> Any:
    node = data
    for token in split(pointer):
        if isinstance(node, dict):
            if token not in node:
                if default is _MISSING:
                    raise KeyError(pointer)
                return default
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            if default is _MISSING:
                raise KeyError(pointer)
            return default
    return node


def nearest_existing(data: Any, pointer: str) -> str:
    """The longest prefix of `pointer` that exists in `data` (where a missing key's finding points)."""
    node = data
    kept: list[str] = []
    for token in split(pointer):
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            break
        kept.append(token)
    return join("", *kept)
