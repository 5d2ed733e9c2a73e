"""Shape detection: every kind is recognised from its content alone, never from its path."""

from __future__ import annotations

import json

import pytest

from cl_testutil import SHARED
from compliance_lint.api import lint
from compliance_lint.config import Settings
from compliance_lint.model import FileStatus

SHAPES = {
    "vapi.assistant": [
        {"id": "5b0a6c1e", "orgId": "9c1f", "name": "A", "model": {"provider": "openai", "model": "gpt-4.1"}},
        {"name": "A", "firstMessage": "Hi", "voice": {"provider": "11labs", "voiceId": "sarah"}},
        {"name": "A", "hipaaEnabled": True, "model": {"provider": "openai"}, "serverUrl": "https://x"},
    ],
    "vapi.squad": [
        {"name": "S",
         "members": [{"assistantId": "a1"}, {"assistant": {"name": "B", "model": {"provider": "openai"}}}]},
        {"id": "s1", "members": [{"assistantId": "a1", "assistantOverrides": {"firstMessage": "Hi"}}]},
    ],
    "vapi.phone-number": [
        {"id": "p1", "provider": "twilio", "number": "+15550100", "twilioAccountSid": "AC1", "assistantId": "a1"},
        {"provider": "vapi", "sipUri": "sip:front@sip.vapi.ai", "name": "Front desk"},
        {"provider": "byo-phone-number", "number": "+15550101", "credentialId": "c1"},
    ],
    "vapi.structured-output": [
        {"name": "Booked", "type": "ai", "schema": {"type": "boolean"}},
        {"name": "Sentiment", "schema": {"type": "string", "enum": ["positive"]}, "assistant_ids": ["support"]},
    ],
    "vapi.tool": [
        {"type": "function", "function": {"name": "book", "parameters": {"type": "object"}}},
        {"type": "apiRequest", "name": "lookup", "url": "https://x", "method": "GET"},
        {"type": "transferCall", "destinations": [{"type": "number", "number": "+15550102"}]},
    ],
    "vapi.gitops-state": [{"assistants": {"support": "5b0a6c1e"}, "tools": {}, "credentials": {}}],
    "elevenlabs.agent": [
        {"agent_id": "agent_1", "name": "A", "conversation_config": {"agent": {"prompt": {"llm": "gemini-2.5-flash"}}},
         "metadata": {"created_at_unix_secs": 1}},
        {"name": "A", "conversation_config": {"tts": {"voice_id": "x"}}, "platform_settings": {}, "tags": []},
        {"platform_settings": {"privacy": {"zero_retention_mode": True}}},
    ],
    "elevenlabs.agents-index": [
        {"agents": [{"config": "agent_configs/A.json", "id": "agent_1"}]},
        {"agents": [{"name": "A", "environments": {"prod": {"config": "agent_configs/prod/A.json"}}}]},
    ],
    "elevenlabs.tools-index": [{"tools": [{"type": "webhook", "config": "tool_configs/book.json", "id": "tool_1"}]}],
    "elevenlabs.tool": [
        {"name": "book", "description": "Book", "type": "webhook",
         "api_schema": {"url": "https://x", "method": "POST"}},
        {"name": "show", "description": "Show", "type": "client", "expects_response": False, "parameters": []},
        {"id": "tool_1", "tool_config": {"name": "book", "type": "webhook", "api_schema": {"url": "https://x"}}},
    ],
    "elevenlabs.test": [{"name": "t", "chat_history": [{"role": "user", "message": "hi"}], "success_condition": "x"}],
}
CASES = [(kind, i, shape) for kind, shapes in SHAPES.items() for i, shape in enumerate(shapes)]


@pytest.mark.parametrize(("kind", "index", "shape"), CASES, ids=[f"{k}-{i}" for k, i, _ in CASES])
def test_shape_is_recognised_whatever_the_file_name(tmp_path, kind, index, shape):
    (tmp_path / "untitled.json").write_text(json.dumps(shape))
    result = lint(["untitled.json"], Settings(), cwd=tmp_path)
    top = [d.kind for d in result.documents if not d.embedded]
    assert top == [kind]


def test_gitops_markdown_and_yaml_assistants(tmp_path):
    (tmp_path / "a.md").write_text("---\nname: A\nmodel: {provider: openai}\n---\nYou are A.\n")
    (tmp_path / "b.yml").write_text("name: B\nmodel:\n  provider: openai\n")
    result = lint(["."], Settings(), cwd=tmp_path)
    assert sorted((d.source.display, d.kind) for d in result.documents) == [
        ("a.md", "vapi.assistant"), ("b.yml", "vapi.assistant")]
    body = next(d for d in result.documents if d.source.display == "a.md").data["__body__"]
    assert body == "You are A."


def test_squad_members_become_embedded_documents(tmp_path):
    squad = {"name": "S", "membersOverrides": {"firstMessage": "Hi"},
             "members": [{"assistant": {"name": "B", "model": {"provider": "openai"}}}]}
    (tmp_path / "s.json").write_text(json.dumps(squad))
    result = lint(["s.json"], Settings(), cwd=tmp_path)
    assert [(d.base, d.kind) for d in result.documents] == [
        ("", "vapi.squad"), ("/membersOverrides", "vapi.assistant-overrides"),
        ("/members/0/assistant", "vapi.assistant")]


def test_unrelated_json_is_unrecognised(tmp_path):
    (tmp_path / "package.json").write_text('{"name": "web", "version": "1.0.0", "dependencies": {}}')
    result = lint(["."], Settings(), cwd=tmp_path)
    assert result.files[0].status is FileStatus.UNRECOGNISED


@pytest.mark.skipif(not (SHARED / "examples").is_dir(), reason="shared/examples is not beside this checkout")
def test_every_shared_real_export_is_recognised():
    result = lint([str(SHARED / "examples")], Settings())
    statuses = {f.display.rsplit("/", 1)[-1]: f.status for f in result.files}
    readmes = {name for name in statuses if name.endswith(".md")}
    assert readmes == {"README.md"} and all(statuses[n] is FileStatus.SKIPPED for n in readmes)
    others = {n: s for n, s in statuses.items() if n not in readmes}
    assert others and all(s is FileStatus.LINTED for s in others.values()), others


def test_odd_value_types_inside_a_squad_do_not_crash_detection(tmp_path):
    """A broken export can hold a mapping where a string belongs; a set lookup on it must not raise."""
    squad = {"name": "S", "members": [{"assistantId": "a1", "tools": [{"type": {"x": 1}}, {"type": ["function"]}]}]}
    (tmp_path / "s.json").write_text(json.dumps(squad))
    result = lint(["s.json"], Settings(), cwd=tmp_path)
    assert [d.kind for d in result.documents] == ["vapi.squad"]
