"""The README's CI, pre-commit and shell examples use only options that exist."""

from __future__ import annotations

import re
import shlex
from collections.abc import Iterator

import pytest
import yaml

from cl_testutil import REPO
from compliance_lint.cli import FORMATS

README = (REPO / "README.md").read_text(encoding="utf-8")
BLOCK = re.compile(r"^```(?P<lang>\w+)\n(?P<body>.*?)^```", re.S | re.M)
COMMANDS = {"check": ["check"], "baseline": ["baseline", "create"], "rules": ["rules"], "explain": ["explain"]}


def blocks(lang: str) -> list[str]:
    return [m["body"] for m in BLOCK.finditer(README) if m["lang"] == lang]


def strings(node: object) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from strings(value)


def invocations() -> list[list[str]]:
    """Every `compliance-lint ...` command line in YAML values and shell blocks, as argument lists."""
    found = []
    texts = [s for body in blocks("yaml") for s in strings(yaml.safe_load(body))]
    texts += [line.split("#")[0] for body in blocks("sh") for line in body.splitlines()]
    for text in texts:
        for part in re.split(r"&&|\|", text):
            words = shlex.split(part)
            if words[:1] == ["compliance-lint"]:
                found.append(words[1:])
    return found


def options_of(run, command: list[str]) -> set[str]:
    code, out, _ = run([*command, "--help"])
    assert code == 0
    return set(re.findall(r"(?<![\w-])(--?[a-zA-Z][\w-]*)", out))


def test_every_option_in_the_readme_exists(run):
    seen = invocations()
    assert len(seen) >= 8 and any("sarif" in args for args in seen) and any("junit" in args for args in seen)
    for args in seen:
        subcommand = COMMANDS.get(args[0], ["check"]) if args else ["check"]
        if subcommand[0] == "baseline" and len(args) > 1:
            subcommand = ["baseline", args[1]]
        known = options_of(run, subcommand)
        for word in args:
            if word.startswith("-") and word != "-":
                assert word.split("=")[0] in known, f"`compliance-lint {' '.join(args)}`: {word} does not exist"
        for index, word in enumerate(args[:-1]):
            if word == "--format":
                assert args[index + 1] in FORMATS


def test_pre_commit_example_uses_the_shipped_hooks_and_real_options(run):
    shipped = {hook["id"]: hook for hook in yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text())}
    assert shipped["compliance-lint"]["types_or"] == ["json", "yaml", "markdown"]
    assert shipped["compliance-lint"]["require_serial"] is True
    assert shipped["compliance-lint-tree"]["pass_filenames"] is False
    assert shipped["compliance-lint-tree"]["always_run"] is True
    configs = [yaml.safe_load(b) for b in blocks("yaml") if "repos:" in b]
    assert configs, "the README has no .pre-commit-config.yaml example"
    known = options_of(run, ["check"])
    hooks = [h for config in configs for repo in config["repos"] for h in repo["hooks"]]
    assert {h["id"] for h in hooks} == set(shipped)
    for hook in hooks:
        assert all(a in known for a in hook.get("args", []) if a.startswith("-"))


def _workflow(marker: str) -> dict:
    found = [yaml.safe_load(b) for b in blocks("yaml") if marker in b]
    assert len(found) == 1, f"expected one README example containing {marker!r}"
    return found[0]


def test_github_actions_example_uploads_sarif_even_on_failure():
    workflow = _workflow("upload-sarif")
    assert workflow["permissions"]["security-events"] == "write"
    steps = workflow["jobs"]["compliance-lint"]["steps"]
    uses = [s.get("uses", "").split("@")[0] for s in steps]
    assert uses[:2] == ["actions/checkout", "actions/setup-python"]
    assert any("pip install" in s.get("run", "") for s in steps)
    lint = next(s["run"] for s in steps if s.get("run", "").startswith("compliance-lint"))
    upload = next(s for s in steps if s.get("uses", "").startswith("github/codeql-action/upload-sarif@"))
    assert upload["if"] == "always()"
    args = shlex.split(lint)
    assert "sarif" in args and upload["with"]["sarif_file"] == args[args.index("-o") + 1]


def test_gitlab_example_publishes_the_code_quality_and_junit_reports():
    job = _workflow("reports:")["compliance-lint"]
    lint = next(line for line in job["script"] if line.startswith("compliance-lint"))
    args = shlex.split(lint)
    formats = [args[i + 1] for i, word in enumerate(args) if word == "--format"]
    outputs = [args[i + 1] for i, word in enumerate(args) if word == "-o"]
    # one -o fewer than --format: the first format goes to the log, the others pair with the files in order
    assert len(outputs) == len(formats) - 1
    written = dict(zip(formats[1:], outputs, strict=True))
    assert job["artifacts"]["reports"] == {"codequality": written["gitlab"], "junit": written["junit"]}
    assert job["artifacts"]["when"] == "always"


@pytest.mark.parametrize("command", [["check"], ["baseline", "create"], ["baseline", "update"]])
def test_help_runs(run, command):
    assert run([*command, "--help"])[0] == 0
