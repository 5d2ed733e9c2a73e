"""Checks that follow links between files, through the run's `CrossIndex` (`call.options["index"]`).

Without an index (a check called outside `api.lint`) they report nothing. A link to a file that is
not in the run is never a finding, only a note: pre-commit may lint a handful of files.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from compliance_lint.engine.crossfile import CrossIndex, absolute, agents_index_configs, declares_hipaa, display
from compliance_lint.engine.output_analysis import FORCE_STORE, analyser, output_risks, summary
from compliance_lint.engine.select import select
from compliance_lint.model import Document
from compliance_lint.pointer import resolve

# Provider slots of an assistant and the check parameter naming the allowlist table for each.
PROVIDER_SLOTS = (
    ("/model/provider", "table", "LLM"),
    ("/voice/provider", "voice_table", "voice"),
    ("/voice/fallbackPlan/voices/*/provider", "voice_table", "voice"),
    ("/transcriber/provider", "transcriber_table", "transcriber"),
    ("/transcriber/fallbackPlan/transcribers/*/provider", "transcriber_table", "transcriber"),
)


def _index(call: CheckCall) -> CrossIndex | None:
    return call.options.get("index")


def _table(call: CheckCall, key: str) -> frozenset[str]:
    name = call.params[key]
    if name not in call.tables:
        raise KeyError(f"check parameter {key} names an unknown table {name!r}")
    return call.tables[name]


def merge(base: Any, override: Any) -> Any:
    """Vapi's override merge: mappings merge key by key, anything else is replaced by the override."""
    if not isinstance(base, Mapping) or not isinstance(override, Mapping):
        return override
    merged = dict(base)
    for key, value in override.items():
        merged[key] = merge(base.get(key), value) if key in base else value
    return merged


def assistant_problems(call: CheckCall, assistant: Any) -> list[str]:
    """Why an assistant cannot take a HIPAA call: not declared, or a provider off Vapi's lists."""
    problems = []
    if not declares_hipaa(assistant):
        flag = resolve(assistant, "/compliancePlan/hipaaEnabled", None)
        problems.append("sets hipaaEnabled to false" if flag is False else "does not declare HIPAA")
    for pattern, table_key, label in PROVIDER_SLOTS:
        for _, value in select(assistant, pattern):
            if isinstance(value, str) and value not in _table(call, table_key):
                problems.append(f"uses {label} provider '{value}' (not on {call.params[table_key]})")
    return problems


def force_store_linked_hipaa(call: CheckCall) -> Iterator[Violation]:
    """A force-stored output that can carry PHI, linked to a HIPAA-declared assistant.

    Meant for runs outside a HIPAA context (`--no-hipaa`, or a per-path override): the linked
    assistant's own declaration says the output serves a HIPAA workload anyway.
    """
    index = _index(call)
    if index is None or resolve(call.data, FORCE_STORE, None) is not True:
        return
    assistants = index.hipaa_assistants_for(call.document)
    if not assistants:
        return
    risks = output_risks(call.data, analyser(call))
    if risks:
        yield Violation(FORCE_STORE, {**summary(risks), "assistant": ", ".join(display(a) for a in assistants)})


def phone_number_target_hipaa(call: CheckCall) -> Iterator[Violation]:
    """The assistant or squad a phone number routes to must be HIPAA-declared with allowlisted providers."""
    index = _index(call)
    if index is None:
        return
    for key, folder in (("assistantId", "assistants"), ("squadId", "squads")):
        target = index.resolve_or_note(call.data.get(key), folder, call.document, f"/{key}")
        if target is None:
            continue
        if target.kind == "vapi.squad":
            problems = [f"has member {n} ({label}) that {p}" for n, label, member in _squad_members(index, target)
                        for p in assistant_problems(call, member)]
        else:
            problems = assistant_problems(call, target.data)
        if problems:
            more = f" (and {len(problems) - 1} more problem{'s' if len(problems) > 2 else ''})" \
                if len(problems) > 1 else ""
            yield Violation(f"/{key}", {"target": display(target), "problem": problems[0], "more": more})


def _squad_members(index: CrossIndex, squad: Document) -> Iterator[tuple[int, str, Any]]:
    """(member number, where its assistant is, the assistant after Vapi's merge) for resolvable members.

    Merge order (gitops squads.md): assistant → member.assistantOverrides → squad.membersOverrides.
    """
    squad_overrides = squad.data.get("membersOverrides")
    if not isinstance(squad_overrides, Mapping):
        squad_overrides = {}
    for number, member in enumerate(squad.data.get("members") or []):
        if not isinstance(member, Mapping):
            continue
        base, label = member.get("assistant"), "inline assistant"
        if not isinstance(base, Mapping):
            found = index.resolve_or_note(member.get("assistantId"), "assistants", squad,
                                          f"/members/{number}/assistantId")
            if found is None:
                continue
            base, label = found.data, display(found)
        overrides = member.get("assistantOverrides")
        yield number, label, merge(merge(base, overrides if isinstance(overrides, Mapping) else {}), squad_overrides)


def squad_member_file_hipaa(call: CheckCall) -> Iterator[Violation]:
    """Squad members that reference an assistant file: that file's own compliancePlan decides.

    `vapi_squad_hipaa` (VAPI003) judges the squad-wide and member overrides and inline assistants; it
    cannot see a member that only names an assistant. Here such a member, with no squad-wide or member
    override flag to settle it, is merged with the referenced assistant's own flag.
    """
    index = _index(call)
    if index is None:
        return
    squad_flag = resolve(call.data, "/membersOverrides/compliancePlan/hipaaEnabled", None)
    if squad_flag is not None:
        return  # true settles every member; false (or a non-boolean) is VAPI003's / VAPI004's finding
    for number, member in enumerate(call.data.get("members") or []):
        if not isinstance(member, Mapping) or isinstance(member.get("assistant"), Mapping):
            continue
        if resolve(member, "/assistantOverrides/compliancePlan/hipaaEnabled", None) is not None:
            continue
        pointer = f"/members/{number}/assistantId"
        target = index.resolve_or_note(member.get("assistantId"), "assistants", call.document, pointer)
        if target is None or declares_hipaa(target.data):
            continue
        state = "sets hipaaEnabled to false" if resolve(target.data, "/compliancePlan/hipaaEnabled", None) is False \
            else "does not declare HIPAA"
        yield Violation(pointer, {"member": str(number), "target": display(target), "state": state})


def agents_index_config_exists(call: CheckCall) -> Iterator[Violation]:
    """Every config an `agents.json` lists exists on disk, relative to the agents.json.

    The disk, not the run: pre-commit may pass only agents.json, and the file is either there or not.
    """
    path = call.document.source.path
    if path is None:
        return
    folder = absolute(path).parent
    for pointer, config, _ in agents_index_configs(call.data):
        if not (folder / config).is_file():
            yield Violation(pointer, {"config": config})


def agent_config_listed(call: CheckCall) -> Iterator[Violation]:
    """An `agent_configs/` file in the run is listed in its project's agents.json (if that is in the run too)."""
    index = _index(call)
    path = call.document.source.path
    if index is None or path is None:
        return
    agents = index.agents_index_for(call.document)
    if agents is None or agents.source.path is None:
        return
    folder = absolute(agents.source.path).parent
    listed = {absolute(folder / config) for _, config, _ in agents_index_configs(agents.data)}
    if absolute(path) not in listed:
        yield Violation("", {"index": agents.source.display, "file": Path(path).name})


# Imported last: `engine.checks` imports this module to register its checks (see the bottom of checks.py).
from compliance_lint.engine.checks import CheckCall, Violation  # noqa: E402
