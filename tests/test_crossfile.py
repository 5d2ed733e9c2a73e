"""The cross-file index, unresolved-link notes, and cross-file rules on pre-commit-like subsets."""

from __future__ import annotations

from pathlib import Path

import pytest

from cl_testutil import FIXTURES, REPO
from compliance_lint.api import lint
from compliance_lint.config import Settings
from compliance_lint.engine.crossfile import CrossIndex, gitops_place
from compliance_lint.model import Context
from compliance_lint.testing import RuleCase, run_case

GITOPS = FIXTURES / "crossfile/vapi-gitops"
XF = ("XF001", "XF002", "XF003", "XF004", "XF005")


def lint_paths(paths, *, hipaa=True, select=XF):
    settings = Settings(context=Context(hipaa=hipaa), select=select)
    return lint([str(p) for p in paths], settings, cwd=REPO)


def by_file(result):
    return {d.source.display: d for d in result.documents if not d.embedded}


@pytest.mark.parametrize(("path", "expected"), [
    ("r/resources/acme/assistants/company-1/inbound.yml", ("r/resources/acme", "assistants", "company-1/inbound")),
    ("r/resources/assistants/front-desk.md", ("r/resources", "assistants", "front-desk")),
    ("r/resources/acme/structuredOutputs/sentiment.yml", ("r/resources/acme", "structuredOutputs", "sentiment")),
    ("r/resources/acme/evals/x.yml", None),
    ("r/assistants/x.yml", None),
])
def test_gitops_place_is_the_path_under_resources_org_folder(path, expected):
    place = gitops_place(Path(path))
    assert (None if place is None else (place.root.as_posix(), place.folder, place.slug)) == expected


def test_index_resolves_slugs_state_uuids_and_links_in_both_directions():
    result = lint_paths([GITOPS])
    index = CrossIndex(result.documents)
    docs = by_file(result)
    squad = docs["fixtures/crossfile/vapi-gitops/resources/acme/squads/front-door.yml"]
    intake = docs["fixtures/crossfile/vapi-gitops/resources/acme/assistants/intake.yml"]
    front_desk = docs["fixtures/crossfile/vapi-gitops/resources/acme/assistants/company-1/front-desk.md"]
    # A slug, a nested slug, and the UUID the state file gives the same file.
    assert index.resolve("intake", "assistants", squad) is intake
    assert index.resolve("company-1/front-desk", "assistants", squad) is front_desk
    assert index.resolve("5b0e7a52-3f4c-4d8e-9a61-0c2f7d1e8b34", "assistants", squad) is intake
    assert index.resolve("intake", "squads", squad) is None  # slugs are per folder
    # caller-details has no assistant_ids: the link comes from intake's artifactPlan.structuredOutputIds.
    caller = docs["fixtures/crossfile/vapi-gitops/resources/acme/structuredOutputs/caller-details.yml"]
    assert index.linked_assistants(caller) == [intake]
    callback = docs["fixtures/crossfile/vapi-gitops/resources/acme/structuredOutputs/callback-request.yml"]
    assert index.hipaa_assistants_for(callback) == [front_desk]
    billing_notes = docs["fixtures/crossfile/vapi-gitops/resources/acme/structuredOutputs/billing-notes.yml"]
    assert index.hipaa_assistants_for(billing_notes) == []
    assert index.notes() == [
        "unresolved link: fixtures/crossfile/vapi-gitops/resources/acme/structuredOutputs/billing-notes.yml "
        "/assistant_ids/1 names assistant 'retired-assistant', which is not among the linted files"]


def test_index_maps_elevenlabs_agent_ids_to_config_files():
    result = lint_paths([FIXTURES / "crossfile/elevenlabs-project"])
    index = CrossIndex(result.documents)
    docs = by_file(result)
    front = docs["fixtures/crossfile/elevenlabs-project/agent_configs/Front-Desk.json"]
    staging = docs["fixtures/crossfile/elevenlabs-project/agent_configs/Front-Desk.staging.json"]
    assert index.by_id["agent_7101k8x2m4qw"] == [front, staging]
    assert index.agents_index_for(front) is docs["fixtures/crossfile/elevenlabs-project/agents.json"]


def test_unresolved_links_are_notes_shown_only_with_verbose(run):
    target = "fixtures/crossfile/vapi-gitops/phone-numbers/after-hours-line.json"
    code, out, _ = run([target, "--select", "XF002", "-v"])
    assert code == 0
    assert ("note unresolved link: fixtures/crossfile/vapi-gitops/phone-numbers/after-hours-line.json /assistantId "
            "names assistant '00000000-0000-4000-8000-000000000000', which is not among the linted files") in out
    code, out, _ = run([target, "--select", "XF002"])
    assert code == 0 and "unresolved" not in out


def test_a_subset_never_reports_more_than_the_whole_tree():
    """pre-commit passes only changed files: each cross-file finding on a subset is one the tree has too."""
    tree = FIXTURES / "crossfile"
    whole = {(f.rule_id, f.file, f.pointer) for f in lint_paths([tree]).findings}
    files = sorted(p for p in tree.rglob("*") if p.is_file())
    for path in files:
        for subset in ([path], [path, *(p for p in files if p.parent == path.parent)]):
            found = {(f.rule_id, f.file, f.pointer) for f in lint_paths(subset).findings}
            assert found <= whole, (subset, found - whole)


def test_missing_config_check_reads_the_disk_when_only_agents_json_is_passed():
    result = lint_paths([FIXTURES / "crossfile/elevenlabs-project/agents.json"])
    assert [(f.rule_id, f.pointer) for f in result.findings] == [("XF004", "/agents/1/config")]


def test_index_is_built_before_any_check_even_when_the_target_sorts_later():
    # phone-numbers/ sorts before resources/, so the phone number is checked before its assistant is read.
    result = lint_paths([GITOPS / "phone-numbers/billing-line.json", GITOPS / ".vapi-state.acme.json",
                  GITOPS / "resources/acme/assistants/billing-helper.yml"])
    assert [(f.rule_id, f.file) for f in result.findings] == [
        ("XF002", "fixtures/crossfile/vapi-gitops/phone-numbers/billing-line.json")]


def test_case_rows_state_their_file_and_message_is_checked(tmp_path):
    spec = {"name": "x", "fixture": "crossfile/elevenlabs-project", "expect": [
        {"file": "crossfile/elevenlabs-project/agent_configs/Old-Front-Desk.json", "pointer": "", "line": 1,
         "column": 1, "message": "a message the finding does not have"}]}
    outcome = run_case(RuleCase(tmp_path / "XF005.yaml", "x", ("XF005",), spec, FIXTURES))
    assert not outcome.ok
    assert outcome.actual[-1] == {"message_mismatch": spec["expect"][0]}
