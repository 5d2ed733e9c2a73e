from __future__ import annotations

import pytest
from click.testing import CliRunner

from cl_testutil import REPO


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path_factory, monkeypatch):
    """Keep the pack-validation cache out of the user's home during tests."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.getbasetemp() / "cache"))


@pytest.fixture
def run(monkeypatch):
    """Invoke the CLI in-process from a given working directory; returns (exit code, stdout, stderr)."""
    from compliance_lint.cli import main

    def invoke(args, cwd=REPO, stdin=None):
        monkeypatch.chdir(cwd)
        result = CliRunner().invoke(main, args, input=stdin, catch_exceptions=False)
        return result.exit_code, result.stdout, result.stderr

    return invoke
