"""ElevenLabs Agents shapes (reference: shared elevenlabs.md §1, SDK v2.59.0 and CLI v0.5.4)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

PLATFORM = "elevenlabs"

AGENT_KEYS = frozenset(
    {"agent_id", "name", "conversation_config", "platform_settings", "metadata", "phone_numbers", "workflow",
     "tags", "access_info", "whatsapp_accounts", "version_id", "branch_id", "main_branch_id", "procedures",
     "default_hold_audio_url"}
)
TOOL_TYPES = frozenset({"webhook", "client", "system", "mcp", "api_integration_webhook", "smb"})
CONVERSATION_KEYS = frozenset({"asr", "turn", "tts", "conversation", "language_presets", "vad", "agent"})
PLATFORM_SETTINGS_KEYS = frozenset(
    {"evaluation", "widget", "data_collection", "data_collection_scopes", "analysis_items", "overrides",
     "workspace_overrides", "testing", "archived", "guardrails", "summary_language", "auth", "call_limits",
     "queueing_config", "privacy", "trust_context", "analysis_llm", "topic_discovery", "sentiment_analysis",
     "alerting", "safety", "ban", "auto_translate_transcript_to_app_language"}
)


def _is_agent(data: dict[str, Any]) -> bool:
    if not set(data) <= AGENT_KEYS and "conversation_config" not in data:
        return False
    conversation = data.get("conversation_config")
    if isinstance(conversation, dict) and (not conversation or CONVERSATION_KEYS & conversation.keys()):
        return True
    settings = data.get("platform_settings")
    # Partial agent files (the docs' CLI snippets) carry only platform_settings.
    return isinstance(settings, dict) and bool(settings) and set(settings) <= PLATFORM_SETTINGS_KEYS


def _is_tool(data: dict[str, Any]) -> bool:
    tool_type = data.get("type")  # may be a list in a broken file, which cannot be looked up in a set
    return isinstance(tool_type, str) and tool_type in TOOL_TYPES and isinstance(data.get("name"), str) and bool(
        {"api_schema", "parameters", "expects_response", "description", "response_timeout_secs"} & data.keys()
    )


def _index_kind(data: dict[str, Any]) -> str | None:
    if set(data) == {"agents"} and isinstance(data["agents"], list):
        entries = data["agents"]
        if all(isinstance(e, dict) and ({"config", "id"} & e.keys() or "environments" in e) for e in entries):
            return "elevenlabs.agents-index"
    if set(data) == {"tools"} and isinstance(data["tools"], list):
        if all(isinstance(e, dict) and "config" in e for e in data["tools"]):
            return "elevenlabs.tools-index"
    if set(data) == {"tests"} and isinstance(data["tests"], list):
        if all(isinstance(e, dict) and "config" in e for e in data["tests"]):
            return "elevenlabs.tests-index"
    if set(data) <= {"agents", "tools", "tests"} and isinstance(data.get("agents"), dict):
        return "elevenlabs.lock"  # old convai-cli lock file: {agents: {name: {env: {id, hash}}}}
    return None


def identify(data: Any, fmt: str) -> tuple[str, str] | None:
    if not isinstance(data, dict) or fmt == "markdown":
        return None
    if _is_agent(data):
        return ("elevenlabs.agent", "api" if "agent_id" in data else "cli")
    if _is_tool(data):
        return ("elevenlabs.tool", "cli")
    if isinstance(data.get("tool_config"), dict) and _is_tool(data["tool_config"]):
        return ("elevenlabs.tool", "api")
    index = _index_kind(data)
    if index:
        return (index, "new" if index == "elevenlabs.agents-index" and "environments" not in str(data) else "old")
    if isinstance(data.get("chat_history"), list) and ("success_condition" in data or "name" in data):
        return ("elevenlabs.test", "cli")
    return None


def embedded(data: dict[str, Any], kind: str) -> Iterator[tuple[str, str, Any]]:
    return iter(())
