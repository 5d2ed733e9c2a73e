"""The cross-file index: every document of a run, findable by platform id, gitops slug and project file.

Configurations point at each other: a structured output at its assistants (`assistantIds` UUIDs, or
gitops `assistant_ids` slugs), an assistant at its structured outputs (`artifactPlan.structuredOutputIds`),
a phone number at an assistant or squad, a squad member at an assistant, an ElevenLabs `agents.json` at
its `agent_configs/*.json`. `api.lint` builds this index from all documents after identification and
before any check runs, and passes it to checks as `CheckCall.options["index"]`.

Only files in the run are indexed. A reference to something not in the run is not an error (a
pre-commit hook may pass a few files); it is remembered as a note, shown with `--verbose`.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from compliance_lint.model import Document
from compliance_lint.pointer import escape

# Gitops folders under resources/<org>/ and the kind of document each holds (gitops README layout).
FOLDER_KINDS = {
    "assistants": "vapi.assistant",
    "squads": "vapi.squad",
    "structuredOutputs": "vapi.structured-output",
    "tools": "vapi.tool",
    "phoneNumbers": "vapi.phone-number",
}
_GITOPS_SUFFIXES = (".yml", ".yaml", ".md", ".json")
_STATE_NAME = re.compile(r"^\.vapi-state(?:\.(?P<org>.+))?\.json$")


@dataclass(frozen=True, slots=True)
class GitopsPlace:
    """Where a gitops file sits: `resources/<org>` (or flat `resources`), the folder, and its slug."""

    root: Path
    folder: str
    slug: str


def gitops_place(path: Path | None) -> GitopsPlace | None:
    """`.../resources/acme/assistants/company-1/intake.yml` → (…/resources/acme, assistants, company-1/intake)."""
    if path is None or path.suffix not in _GITOPS_SUFFIXES:
        return None
    parts = path.parts
    for i in range(len(parts) - 2, -1, -1):
        if parts[i] != "resources":
            continue
        rest = parts[i + 1 :]
        if len(rest) >= 2 and rest[0] in FOLDER_KINDS:
            root, folder, tail = Path(*parts[: i + 1]), rest[0], rest[1:]
        elif len(rest) >= 3 and rest[1] in FOLDER_KINDS:
            root, folder, tail = Path(*parts[: i + 2]), rest[1], rest[2:]
        else:
            continue
        slug = "/".join(tail)
        return GitopsPlace(root, folder, slug[: -len(Path(slug).suffix)])
    return None


def declares_hipaa(assistant: Any) -> bool:
    """The assistant says HIPAA: `compliancePlan.hipaaEnabled: true`, or the 2024 top-level flag."""
    if not isinstance(assistant, Mapping):
        return False
    plan = assistant.get("compliancePlan")
    if isinstance(plan, Mapping) and "hipaaEnabled" in plan:
        return plan["hipaaEnabled"] is True
    return assistant.get("hipaaEnabled") is True


def agents_index_configs(data: Any) -> Iterator[tuple[str, str, str | None]]:
    """(pointer, config path, agent id) of every config an `agents.json` lists, both CLI layouts."""
    entries = data.get("agents") if isinstance(data, Mapping) else None
    for index, entry in enumerate(entries if isinstance(entries, list) else []):
        if not isinstance(entry, Mapping):
            continue
        base = f"/agents/{index}"
        agent_id = entry.get("id") if isinstance(entry.get("id"), str) else None
        if isinstance(entry.get("config"), str):
            yield f"{base}/config", entry["config"], agent_id
        for group in ("branches", "environments"):  # new CLI branches; old convai-cli environments
            nested = entry.get(group)
            for name, value in (nested.items() if isinstance(nested, Mapping) else ()):
                if isinstance(value, Mapping) and isinstance(value.get("config"), str):
                    yield f"{base}/{group}/{escape(name)}/config", value["config"], agent_id


def absolute(path: Path) -> Path:
    return Path(os.path.abspath(path))


def top(document: Document) -> Document:
    while document.parent is not None:
        document = document.parent
    return document


def display(document: Document) -> str:
    """The file (and, for a nested object, its pointer) that messages name."""
    return document.source.display + (f"#{document.base}" if document.base else "")


class CrossIndex:
    def __init__(self, documents: Iterable[Document]) -> None:
        self.by_id: dict[str, list[Document]] = {}
        self.by_slug: dict[tuple[Path, str, str], Document] = {}
        self.by_path: dict[Path, list[Document]] = {}
        self.agents_indexes: dict[Path, Document] = {}  # ElevenLabs project folder → its agents.json
        self._places: dict[int, GitopsPlace] = {}
        self._backlinks: dict[int, list[Document]] = {}  # structured output → assistants listing it
        self._notes: dict[str, None] = {}
        documents = list(documents)
        states: list[Document] = []
        for document in documents:
            self._add(document, states)
        for state in states:
            self._add_state(state)
        for document in documents:
            if document.kind in ("elevenlabs.agents-index", "elevenlabs.tools-index"):
                self._add_elevenlabs_ids(document)
        for document in documents:
            if document.kind == "vapi.assistant":
                self._add_backlinks(document)

    # building -----------------------------------------------------------------------------------

    def _add(self, document: Document, states: list[Document]) -> None:
        data = document.data
        if isinstance(data, Mapping) and isinstance(data.get("id"), str) and document.platform == "vapi":
            self.by_id.setdefault(data["id"], []).append(document)
        path = document.source.path
        if document.embedded or path is None:
            return
        path = absolute(path)
        self.by_path.setdefault(path, []).append(document)
        if document.kind == "vapi.gitops-state":
            states.append(document)
        elif document.kind == "elevenlabs.agents-index":
            self.agents_indexes.setdefault(path.parent, document)
        place = gitops_place(path)
        if place is not None and FOLDER_KINDS[place.folder] == document.kind:
            self._places[id(document)] = place
            self.by_slug.setdefault((place.root, place.folder, place.slug), document)

    def _add_state(self, state: Document) -> None:
        """`.vapi-state.<org>.json` maps slugs to UUIDs: the gitops file becomes findable by its UUID."""
        path = absolute(state.source.path) if state.source.path else None
        if path is None:
            return
        match = _STATE_NAME.match(path.name)
        roots = [path.parent / "resources"]
        if match and match.group("org"):
            roots.insert(0, path.parent / "resources" / match.group("org"))
        for folder, mapping in state.data.items():
            if folder not in FOLDER_KINDS or not isinstance(mapping, Mapping):
                continue
            for slug, uuid in mapping.items():
                target = next((self.by_slug[k] for r in roots if (k := (r, folder, slug)) in self.by_slug), None)
                if target is not None and isinstance(uuid, str):
                    self.by_id.setdefault(uuid, []).append(target)

    def _add_elevenlabs_ids(self, index: Document) -> None:
        """agents.json / tools.json entries give the id of the config file they list."""
        if index.source.path is None:
            return
        folder = absolute(index.source.path).parent
        if index.kind == "elevenlabs.tools-index":
            entries = [e for e in index.data.get("tools", []) if isinstance(e, Mapping)]
            refs = [("", e["config"], e.get("id")) for e in entries if isinstance(e.get("config"), str)]
        else:
            refs = list(agents_index_configs(index.data))
        for _, config, item_id in refs:
            for target in self.by_path.get(absolute(folder / config), []):
                if isinstance(item_id, str):
                    self.by_id.setdefault(item_id, []).append(target)

    def _add_backlinks(self, assistant: Document) -> None:
        plan = assistant.data.get("artifactPlan") if isinstance(assistant.data, Mapping) else None
        refs = plan.get("structuredOutputIds") if isinstance(plan, Mapping) else None
        for ref in refs if isinstance(refs, list) else []:
            output = self.resolve(ref, "structuredOutputs", assistant)
            if output is not None:
                self._backlinks.setdefault(id(output), []).append(assistant)

    # lookups ------------------------------------------------------------------------------------

    def resolve(self, ref: Any, folder: str, origin: Document) -> Document | None:
        """The document `ref` (a UUID, platform id or gitops slug) names, seen from `origin`."""
        if not isinstance(ref, str) or not ref:
            return None
        kind = FOLDER_KINDS[folder]
        found = [d for d in self.by_id.get(ref, []) if d.kind == kind]
        if found:
            return next((d for d in found if not d.embedded), found[0])
        place = self._places.get(id(top(origin)))
        if place is not None:
            return self.by_slug.get((place.root, folder, ref))
        return None

    def resolve_or_note(self, ref: Any, folder: str, origin: Document, pointer: str) -> Document | None:
        target = self.resolve(ref, folder, origin)
        if target is None and isinstance(ref, str) and ref:
            self.note(f"unresolved link: {display(origin)} {pointer} names {folder[:-1]} '{ref}', "
                      "which is not among the linted files")
        return target

    def linked_assistants(self, output: Document) -> list[Document]:
        """Assistants a structured output is linked to, in either direction, or nested in."""
        linked: dict[int, Document] = {}
        data = output.data if isinstance(output.data, Mapping) else {}
        for key in ("assistantIds", "assistant_ids"):
            refs = data.get(key)
            for index, ref in enumerate(refs if isinstance(refs, list) else []):
                target = self.resolve_or_note(ref, "assistants", output, f"/{key}/{index}")
                if target is not None:
                    linked.setdefault(id(target), target)
        for assistant in self._backlinks.get(id(output), []):
            linked.setdefault(id(assistant), assistant)
        if output.parent is not None and output.parent.kind == "vapi.assistant":
            linked.setdefault(id(output.parent), output.parent)
        return list(linked.values())

    def hipaa_assistants_for(self, output: Document) -> list[Document]:
        return [a for a in self.linked_assistants(output) if declares_hipaa(a.data)]

    def agents_index_for(self, agent: Document) -> Document | None:
        """The `agents.json` of the project whose `agent_configs/` holds this agent file, if in the run."""
        if agent.source.path is None:
            return None
        for folder in absolute(agent.source.path).parents:
            if folder.name == "agent_configs":
                return self.agents_indexes.get(folder.parent)
        return None

    def note(self, text: str) -> None:
        self._notes.setdefault(text, None)

    def notes(self) -> list[str]:
        return sorted(self._notes)
