"""The pre-commit hooks, installed the way users install them: through the real `pre-commit` package.

The working tree (not only what is committed) is copied into a scratch git repository and committed
there, so the hooks under test are the ones in this checkout. pre-commit then `pip install`s that
repository into its own environment, which needs the package index, so this test is the slow one.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from cl_testutil import REPO

# What `pip install .` needs to build the package (pyproject.toml's build includes).
PACKAGE_FILES = ("pyproject.toml", "README.md", "CHANGELOG.md", ".pre-commit-hooks.yaml", "src", "rules")
BAD = {"name": "Clinic", "model": {"provider": "openai"}}
GOOD = {"name": "Clinic", "model": {"provider": "openai"}, "compliancePlan": {"hipaaEnabled": True}}


def _git(cwd: Path, *args: str) -> str:
    done = subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid",
                           "-c", "commit.gpgsign=false", *args], cwd=cwd, capture_output=True, text=True,
                          check=True)
    return done.stdout.strip()


def _hook_repository(tmp_path: Path) -> tuple[Path, str]:
    target = tmp_path / "hook-repo"
    target.mkdir()
    for name in PACKAGE_FILES:
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(source, target / name)
    _git(target, "init", "-q")
    _git(target, "add", ".")
    _git(target, "commit", "-q", "-m", "snapshot of the working tree")
    return target, _git(target, "rev-parse", "HEAD")


def _snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*")
            if p.is_file() and ".git" not in p.relative_to(root).parts}


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    """A user's repository with both hooks installed as a git pre-commit hook."""
    tmp_path = tmp_path_factory.mktemp("precommit")
    hooks, sha = _hook_repository(tmp_path)
    root = tmp_path / "project"
    root.mkdir()
    _git(root, "init", "-q")
    config = {"repos": [{"repo": str(hooks), "rev": sha,
                         "hooks": [{"id": "compliance-lint"}, {"id": "compliance-lint-tree"}]}]}
    (root / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config))
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"), "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    for key in ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE"):
        env.pop(key, None)
    subprocess.run([sys.executable, "-m", "pre_commit", "install"], cwd=root, env=env, check=True,
                   capture_output=True)
    # Build the hook environment once, outside the commits whose output we inspect.
    done = subprocess.run([sys.executable, "-m", "pre_commit", "install-hooks"], cwd=root, env=env,
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    _git(root, "add", ".pre-commit-config.yaml")
    _git(root, "commit", "-q", "--no-verify", "-m", "add hooks")
    return root, env


def _commit(root: Path, env: dict[str, str], message: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid", "-c",
                           "commit.gpgsign=false", "commit", "-m", message], cwd=root, env=env,
                          capture_output=True, text=True, check=False)


def test_hooks_block_a_violating_commit_and_pass_a_clean_one_without_touching_files(project):
    root, env = project
    agents = root / "agents"
    agents.mkdir()
    (agents / "front-desk.json").write_text(json.dumps(GOOD, indent=2) + "\n")
    (agents / "scheduler.json").write_text(json.dumps(BAD, indent=2) + "\n")
    (root / "README.md").write_text("# Notes\n\nNot a config file.\n")
    _git(root, "add", ".")
    before = _snapshot(root)

    blocked = _commit(root, env, "add scheduler without a HIPAA declaration")
    output = blocked.stdout + blocked.stderr
    assert blocked.returncode != 0, output
    assert "VAPI002" in output and "agents/scheduler.json" in output
    assert "compliance-lint" in output and "Failed" in output
    assert _snapshot(root) == before  # neither hook modified anything
    assert _git(root, "rev-list", "--count", "HEAD") == "1"  # the commit did not happen

    (agents / "scheduler.json").write_text(json.dumps(GOOD, indent=2) + "\n")
    _git(root, "add", ".")
    before = _snapshot(root)
    passed = _commit(root, env, "declare HIPAA")
    output = passed.stdout + passed.stderr
    assert passed.returncode == 0, output
    assert output.count("Passed") == 2  # both hooks ran
    assert _snapshot(root) == before
    assert _git(root, "rev-list", "--count", "HEAD") == "2"


def test_whole_tree_hook_sees_files_that_were_not_staged(project):
    """`compliance-lint-tree` lints the repository even when the staged files are not configs."""
    root, env = project
    (root / "legacy").mkdir(exist_ok=True)
    (root / "legacy" / "old.json").write_text(json.dumps(BAD) + "\n")  # committed earlier, by someone without hooks
    _git(root, "add", "legacy/old.json")
    _git(root, "commit", "-q", "--no-verify", "-m", "legacy config")
    (root / "notes.txt").write_text("unrelated change\n")
    _git(root, "add", "notes.txt")
    done = _commit(root, env, "unrelated")
    output = done.stdout + done.stderr
    assert done.returncode != 0, output
    assert "legacy/old.json" in output and "VAPI002" in output
