"""Place a URL's host or a cloud region name in a jurisdiction, using a region table (data, not code).

The table (`rules/data/residency-jurisdictions.yaml`) lists hostnames, `*.suffix` host patterns, IP
literals and cloud/provider region names, each with a `region` (us, eu, in, sg, other). The pack
loader exposes it per region as `<table>.<region>` so users can extend or trim one region with the
ordinary `allowlists:` config key. Anything the table does not list is `None` ("unknown"): a host is
never placed by guessing from its spelling (`eu-west-2` is London, not the EU).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from compliance_lint.engine.packs import TABLE_REGIONS
from compliance_lint.phi.validators import ip_valid

REGION_NAMES = {
    "us": "in the US",
    "eu": "in the EU",
    "in": "in India",
    "sg": "in Singapore",
    "other": "outside the US, EU, India and Singapore",
}

# Template syntaxes seen in agent configs: Liquid/Mustache `{{x}}`, `{x}`, `${x}`, `<x>`, `%X%`.
_TEMPLATE_CHARS = re.compile(r"[{}$<>%]")
_HOST = re.compile(r"^[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?(?:\.[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?)*$")
_TLD = re.compile(r"^(?:[a-z]{2,}|xn--[a-z0-9-]+)$")
_SIP = re.compile(r"^sips?:", re.IGNORECASE)
_URL_IN_TEXT = re.compile(r"(?:https?|wss?)://[^\s\"'<>()\[\]]+|\bsips?:[^\s\"'<>()\[\]]+", re.IGNORECASE)


class Unplaceable(ValueError):
    """The text names a host that cannot be read (a template variable, or not a URL at all)."""


def host_of(text: str) -> str | None:
    """The lower-case host of a URL, SIP URI or bare `host[:port]`; None if the text has no host.

    Raises `Unplaceable` when the host part is templated (`https://{{host}}/x`): the text is an
    endpoint, but where it points is decided at run time.
    """
    text = text.strip()
    if not text:
        return None
    if _SIP.match(text):
        authority = text.split(":", 1)[1]
        authority = re.split(r"[;?>]", authority, maxsplit=1)[0]
        authority = authority.rsplit("@", 1)[-1]
    elif "://" in text:
        authority = text.split("://", 1)[1]
        authority = re.split(r"[/?#]", authority, maxsplit=1)[0]
        authority = authority.rsplit("@", 1)[-1]  # drop user:password@ (never shown in messages)
    else:
        authority = re.split(r"[/?#;]", text, maxsplit=1)[0]
    if _TEMPLATE_CHARS.search(authority):
        raise Unplaceable(text)
    return _strip_port(authority)


def _strip_port(authority: str) -> str | None:
    if authority.startswith("["):  # [IPv6]:port
        end = authority.find("]")
        candidate = authority[1:end] if end > 0 else ""
        return candidate.lower() if ip_valid(candidate) else None
    if authority.count(":") > 1:  # a bare IPv6 literal without brackets
        return authority.lower() if ip_valid(authority) else None
    host = authority.split(":", 1)[0].rstrip(".").lower()
    if ip_valid(host):
        return host
    # A hostname has a dot and an alphabetic top-level label; `gpt-4.1` is a model id, not a host.
    if "." in host and _HOST.match(host) and _TLD.match(host.rsplit(".", 1)[1]):
        return host
    return None


def urls_in(text: str) -> list[str]:
    """URLs and SIP URIs written inside free text (prompts, descriptions), or the text if it is a bare host."""
    found = _URL_IN_TEXT.findall(text)
    if found:
        return [u.rstrip(".,;:") for u in found]
    stripped = text.strip()
    if " " in stripped:
        return []
    try:
        return [stripped] if _strip_port(stripped) else []
    except ValueError:
        return []


def views(tables: Mapping[str, frozenset[str]], table: str) -> dict[str, frozenset[str]]:
    """The per-region views of a region table, as the run sees them (after the user's allowlists)."""
    return {r: tables[f"{table}.{r}"] for r in TABLE_REGIONS if f"{table}.{r}" in tables}


def _score(host: str, pattern: str, is_ip: bool) -> int:
    """How specifically `pattern` matches `host`: 0 = no match; an exact match beats any suffix."""
    pattern = pattern.lower()
    if host == pattern:
        return 10_000
    if pattern.startswith("*.") and not is_ip:
        suffix = pattern[1:]  # ".eu.vapi.ai": one or more labels must precede it
        if host.endswith(suffix) and len(host) > len(suffix):
            return len(suffix)
    return 0


def classify_host(host: str, regions: Mapping[str, frozenset[str]]) -> str | None:
    """The jurisdiction of `host`: the most specific matching entry wins; a tie between regions is unknown."""
    is_ip = ip_valid(host)
    best, winners = 0, set()
    for region, patterns in regions.items():
        for pattern in patterns:
            score = _score(host, pattern, is_ip)
            if score > best:
                best, winners = score, {region}
            elif score and score == best:
                winners.add(region)
    return next(iter(winners)) if len(winners) == 1 else None


def classify_name(name: str, regions: Mapping[str, frozenset[str]]) -> str | None:
    """The jurisdiction of a region name (`westeurope`, `eu-central-1`, `us-west`); exact, case-insensitive."""
    wanted = name.strip().lower()
    found = {region for region, names in regions.items() if any(n.lower() == wanted for n in names)}
    return next(iter(found)) if len(found) == 1 else None
