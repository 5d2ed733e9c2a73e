"""Vapi object shapes (reference: shared vapi.md §1–§12, OpenAPI spec snapshot 2026-08-20)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

PLATFORM = "vapi"

PHONE_PROVIDERS = frozenset({"byo-phone-number", "twilio", "vonage", "vapi", "telnyx"})
TOOL_TYPES = frozenset(
    {"apiRequest", "code", "dtmf", "endCall", "function", "knowledgeBase", "transferCall", "handoff", "bash",
     "computer", "textEditor", "query", "google.calendar.event.create", "google.sheets.row.append",
     "google.calendar.availability.check", "slack.message.send", "sms", "mcp",
     "gohighlevel.calendar.availability.check", "gohighlevel.calendar.event.create",
     "gohighlevel.contact.create", "gohighlevel.contact.get", "sipRequest", "voicemail", "output", "make",
     "ghl"}
)
# Keys only an assistant (or AssistantOverrides) carries; any two of them, or a provider-bearing
# model/voice/transcriber, make a mapping an assistant.
ASSISTANT_KEYS = frozenset(
    {"model", "voice", "transcriber", "firstMessage", "firstMessageMode", "voicemailMessage", "endCallMessage",
     "endCallPhrases", "compliancePlan", "artifactPlan", "analysisPlan", "serverMessages", "clientMessages",
     "maxDurationSeconds", "backgroundSound", "startSpeakingPlan", "stopSpeakingPlan", "monitorPlan",
     "voicemailDetection", "hipaaEnabled", "recordingEnabled", "silenceTimeoutSeconds", "endCallFunctionEnabled",
     "backchannelingEnabled", "serverUrl", "messagePlan", "credentialIds", "hooks"}
)
GITOPS_STATE_KEYS = frozenset(
    {"credentials", "tools", "assistants", "squads", "structuredOutputs", "evals", "personalities", "scenarios",
     "simulations", "simulationSuites", "phoneNumbers", "workflows", "files", "knowledgeBases"}
)


def _has_provider(value: Any) -> bool:
    return isinstance(value, dict) and isinstance(value.get("provider"), str)


def looks_like_assistant(data: dict[str, Any]) -> bool:
    if any(_has_provider(data.get(k)) for k in ("model", "voice", "transcriber")):
        return True
    return len(ASSISTANT_KEYS.intersection(data)) >= 2


def identify(data: Any, fmt: str) -> tuple[str, str] | None:
    """(kind, variant) for a Vapi object, or None."""
    if not isinstance(data, dict):
        return None
    if fmt == "markdown":
        return ("vapi.assistant", "gitops-md")
    members = data.get("members")
    if isinstance(members, list) and members and all(isinstance(m, dict) for m in members):
        if any(k in m for m in members for k in ("assistantId", "assistant", "assistantOverrides", "assistantName")):
            return ("vapi.squad", "api" if "id" in data else "create")
    schema = data.get("schema")
    if isinstance(schema, dict) and "type" in schema and ("name" in data or "assistantIds" in data):
        if data.get("type") in (None, "ai", "regex"):
            return ("vapi.structured-output", "gitops" if "assistant_ids" in data else "api")
    if isinstance(data.get("provider"), str) and data["provider"] in PHONE_PROVIDERS and "model" not in data:
        if {"number", "sipUri", "twilioAccountSid", "credentialId", "assistantId", "squadId", "name"} & data.keys():
            return ("vapi.phone-number", data["provider"])
    tool_type = data.get("type")
    if isinstance(tool_type, str) and tool_type in TOOL_TYPES and "conversation_config" not in data:
        if {"function", "server", "destinations", "messages", "url", "name", "async"} & data.keys():
            return ("vapi.tool", tool_type)
    if looks_like_assistant(data) and "conversation_config" not in data:
        if "hipaaEnabled" in data and "compliancePlan" not in data:
            return ("vapi.assistant", "legacy-2024")
        return ("vapi.assistant", "api" if "orgId" in data else "create")
    if data and set(data) <= GITOPS_STATE_KEYS and all(isinstance(v, dict) for v in data.values()):
        return ("vapi.gitops-state", "gitops")
    return None


def _items(value: Any) -> list[Any]:
    """A list field's items; a hand-edited file may hold a number or a mapping there instead."""
    return value if isinstance(value, list) else []


def embedded(data: dict[str, Any], kind: str) -> Iterator[tuple[str, str, Any]]:
    """(pointer, kind, subtree) of objects nested inside a document that rules should also see."""
    if kind == "vapi.squad":
        overrides = data.get("membersOverrides")
        if isinstance(overrides, dict):
            yield ("/membersOverrides", "vapi.assistant-overrides", overrides)
        for index, member in enumerate(data.get("members") or []):
            if not isinstance(member, dict):
                continue
            if isinstance(member.get("assistant"), dict):
                yield (f"/members/{index}/assistant", "vapi.assistant", member["assistant"])
            if isinstance(member.get("assistantOverrides"), dict):
                yield (f"/members/{index}/assistantOverrides", "vapi.assistant-overrides", member["assistantOverrides"])
            for t_index, tool in enumerate(_items(member.get("tools"))):
                if isinstance(tool, dict) and isinstance(tool.get("type"), str) and tool["type"] in TOOL_TYPES:
                    yield (f"/members/{index}/tools/{t_index}", "vapi.tool", tool)
    if kind == "vapi.assistant":
        artifact = data.get("artifactPlan")
        if isinstance(artifact, dict):
            for index, output in enumerate(_items(artifact.get("structuredOutputs"))):
                if isinstance(output, dict):
                    yield (f"/artifactPlan/structuredOutputs/{index}", "vapi.structured-output", output)
