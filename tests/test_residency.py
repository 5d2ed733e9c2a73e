"""The data-residency classifier (hosts and region names → jurisdiction) and region tables as data."""

from __future__ import annotations

from pathlib import Path

import pytest

from compliance_lint.api import lint
from compliance_lint.config import load_settings
from compliance_lint.engine.jurisdiction import Unplaceable, classify_host, classify_name, host_of, urls_in, views
from compliance_lint.engine.packs import PackError, load_catalog

CATALOG = load_catalog([])
TABLES = {name: table.values() for name, table in CATALOG.tables.items()}
PLACES = views(TABLES, "residency-jurisdictions")


@pytest.mark.parametrize(("text", "host"), [
    ("https://api.eu.vapi.ai/assistant", "api.eu.vapi.ai"),
    ("https://abc.execute-api.eu-central-1.amazonaws.com:8443/v1", "abc.execute-api.eu-central-1.amazonaws.com"),
    ("https://user:secret@LLM.Example.COM./v1", "llm.example.com"),
    ("http://[2001:db8::5]:8080/hook", "2001:db8::5"),
    ("http://10.20.0.5:8443/init", "10.20.0.5"),
    ("sip:frontdesk@sip.eu.vapi.ai", "sip.eu.vapi.ai"),
    ("sips:desk@clinic.sip.us1.twilio.com:5061;transport=tls", "clinic.sip.us1.twilio.com"),
    ("gw.clinic.sip.ashburn.twilio.com:5061", "gw.clinic.sip.ashburn.twilio.com"),
    ("34.120.10.5", "34.120.10.5"),
    ("wss://api.eu.residency.elevenlabs.io/v1/convai", "api.eu.residency.elevenlabs.io"),
    ("https://example.com/{{path}}", "example.com"),  # a templated path does not hide the host
])
def test_host_of_reads_urls_sip_uris_ports_and_ip_literals(text, host):
    assert host_of(text) == host


@pytest.mark.parametrize("text", ["https://{{host}}/x", "https://api.{{region}}.example.com/v1", "https://${LLM_HOST}/v1",
                                  "sip:desk@{{sip_host}}", "https://<your-host>/hook"])
def test_templated_hosts_are_unplaceable_not_errors(text):
    with pytest.raises(Unplaceable):
        host_of(text)


@pytest.mark.parametrize("text", ["", "not a url", "gpt-4.1", "https:///path-only"])
def test_text_without_a_host_is_none(text):
    assert host_of(text) is None


def test_urls_in_free_text_and_bare_hosts():
    assert urls_in("Manage at https://dashboard.eu.vapi.ai, transfer to sip:desk@sip.eu.vapi.ai.") == [
        "https://dashboard.eu.vapi.ai", "sip:desk@sip.eu.vapi.ai"]
    assert urls_in("sip.eu.vapi.ai") == ["sip.eu.vapi.ai"]
    assert urls_in("Please hold.") == []


@pytest.mark.parametrize(("host", "region"), [
    ("api.eu.vapi.ai", "eu"),
    ("sip.vapi.ai", "us"),
    ("riverside.sip.eu.vapi.ai", "eu"),  # *.sip.eu.vapi.ai, not *.sip.vapi.ai
    ("riverside.sip.vapi.ai", "us"),
    ("63.182.83.170", "eu"),  # an IP literal the table lists
    ("api.in.residency.elevenlabs.io", "in"),
    ("livekit.rtc.sg.residency.elevenlabs.io", "sg"),
    ("bedrock-runtime.eu-west-2.amazonaws.com", "other"),  # London: eu- prefix, not the EU
    ("abc.execute-api.us-east-1.amazonaws.com", "us"),
    ("API.EU.VAPI.AI", None),  # callers lower-case hosts (host_of does); the table is not re-cased per call
])
def test_classify_host_with_the_shipped_table(host, region):
    assert classify_host(host, PLACES) == region


@pytest.mark.parametrize("host", ["vapi.ai", "eu.vapi.ai", "llm.clinic.example", "10.20.0.5", "2001:db8::5",
                                  "amazonaws.com", "eu-central-1.amazonaws.com"])
def test_unlisted_hosts_are_unknown_never_guessed(host):
    assert classify_host(host, PLACES) is None


def test_suffix_patterns_need_a_label_before_them_and_do_not_match_ip_literals():
    places = {"eu": frozenset({"*.example.eu", "*.10.0.5"})}
    assert classify_host("example.eu", places) is None
    assert classify_host("a.b.example.eu", places) == "eu"
    assert classify_host("192.10.0.5", places) is None


def test_exact_beats_suffix_longest_suffix_wins_and_ties_are_unknown():
    places = {"us": frozenset({"*.example.com", "edge.eu.example.com"}), "eu": frozenset({"*.eu.example.com"})}
    assert classify_host("llm.eu.example.com", places) == "eu"  # longer suffix
    assert classify_host("edge.eu.example.com", places) == "us"  # exact entry
    assert classify_host("llm.example.com", places) == "us"
    tie = {"us": frozenset({"*.example.com"}), "eu": frozenset({"*.example.com"})}
    assert classify_host("llm.example.com", tie) is None


@pytest.mark.parametrize(("name", "region"), [
    ("westeurope", "eu"), ("eastus2", "us"), ("EU-CENTRAL-1", "eu"), ("eu-west-2", "other"),
    ("europe-west6", "other"), ("ap-south-1", "in"), ("southeastasia", "sg"), ("us-west", "us"),
    ("eu-west", "eu"), ("china", "other"), ("worldwide", None), ("centraleurope", None), ("norway", "other"),
])
def test_classify_region_names(name, region):
    assert classify_name(name, PLACES) == region


def test_region_tables_have_a_view_per_region_even_when_empty():
    for region in ("us", "eu", "in", "sg", "other"):
        assert f"elevenlabs-residency-llms.{region}" in CATALOG.tables
        assert f"residency-jurisdictions.{region}" in CATALOG.tables
    assert CATALOG.tables["elevenlabs-residency-llms.sg"].entries == ()
    india = {"gpt-4o", "glm-45-air-fp8", "qwen3-30b-a3b", "qwen3-4b", "custom-llm"}
    assert TABLES["elevenlabs-residency-llms.in"] == india
    assert "elevenlabs-zrm-llms.eu" not in CATALOG.tables  # tables without regions are unchanged


def test_llm_region_entries_carry_source_date_and_certainty():
    for entry in CATALOG.tables["elevenlabs-residency-llms"].entries:
        assert entry.region and entry.source and entry.checked and entry.status in ("documented", "inferred")
    assert {e.value for e in CATALOG.tables["elevenlabs-residency-llms"].entries if e.status == "inferred"} >= {
        "gpt-4o", "glm-45-air-fp8", "qwen3-30b-a3b", "qwen3-4b"}


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _table(name: str, entries: str) -> str:
    return (f"table: {name}\ndescription: x\nsources: [{{title: t, url: 'https://x.example'}}]\n"
            f"checked: '2026-11-22'\nentries: {entries}\n")


def test_a_table_entry_with_an_unknown_region_is_a_pack_error(tmp_path):
    _write(tmp_path / "t.yaml", _table("my-hosts", "[{value: a.example, status: documented, region: mars}]"))
    with pytest.raises(PackError, match="mars"):
        load_catalog([tmp_path], include_shipped=False)


def test_view_names_cannot_collide_because_table_names_have_no_dots(tmp_path):
    _write(tmp_path / "b.yaml", _table("hosts.eu", "[]"))
    with pytest.raises(PackError, match=r"hosts\.eu"):
        load_catalog([tmp_path], include_shipped=False)


def test_a_region_table_defined_twice_is_a_pack_error(tmp_path):
    for name in ("a.yaml", "b.yaml"):
        _write(tmp_path / name, _table("hosts", "[{value: a.example, status: documented, region: eu}]"))
    with pytest.raises(PackError, match="already defined"):
        load_catalog([tmp_path], include_shipped=False)


def test_a_second_table_parameter_must_name_a_loaded_table(tmp_path):
    params = "{region_table: elevenlabs-residency-llms, zrm_table: no-such-table, paths: [/x]}"
    rule = ("pack: mine\nprefix: MY\ntitle: t\ndescription: d\nrules:\n"
            "  - id: MY001\n    name: my-llm\n    severity: error\n    kinds: [elevenlabs.agent]\n"
            f"    check: region_llm\n    params: {params}\n"
            "    message: m\n    remediation: r\n    references: [{title: t, url: 'https://x.example'}]\n"
            "    docs: {checks: c, why: w, fail_example: f, pass_example: p}\n")
    _write(tmp_path / "mine.yaml", rule)
    with pytest.raises(PackError, match="no-such-table"):
        load_catalog([tmp_path])


def test_config_file_allowlists_extend_a_region_view(tmp_path):
    _write(tmp_path / "eu" / "a.json",
           '{"name": "A", "model": {"provider": "custom-llm", "model": "m", "url": "https://llm.clinic.example/v1"}}')
    _write(tmp_path / ".compliance-lint.yaml",
           "overrides: [{files: ['eu/**'], context: {region: eu}}]\n"
           "select: [RES010]\n")
    before = lint(["eu"], load_settings(tmp_path), cwd=tmp_path, catalog=CATALOG)
    assert [f.rule_id for f in before.findings] == ["RES010"]
    assert "'llm.clinic.example'" in before.findings[0].message
    _write(tmp_path / ".compliance-lint.yaml",
           "overrides: [{files: ['eu/**'], context: {region: eu}}]\n"
           "select: [RES010]\n"
           "allowlists: {residency-jurisdictions.eu: {extend: ['*.clinic.example']}}\n")
    after = lint(["eu"], load_settings(tmp_path), cwd=tmp_path, catalog=CATALOG)
    assert after.findings == []


@pytest.mark.parametrize(("rule", "quote"), [
    ("RES001", "If using data residency, the LLM must be supported in the data residency environment"),
    ("RES002", "optional integrations (ex. Custom LLMs or post-call webhooks that require out-of-region processing)"),
    ("RES003", "may result in processing outside of such jurisdiction"),
    ("RES008", "Do not create a SIP phone number in one region with a SIP URI from another region."),
    ("RES006", "Vapi does not send a region-pinned request through an out-of-region fallback"),
])
def test_explain_quotes_the_sentence_each_rule_enforces(run, rule, quote):
    code, out, _ = run(["explain", rule])
    assert code == 0
    assert " ".join(quote.split()) in " ".join(out.split())
    assert "## References" in out and "https://" in out


@pytest.mark.parametrize("rule", ["RES001", "RES002", "RES006", "RES009"])
def test_explain_says_where_a_fact_is_inferred_or_disputed(run, rule):
    out = run(["explain", rule])[1]
    assert "Certainty: Inferred, not stated by the vendor" in out or "Certainty: Sources disagree" in out
