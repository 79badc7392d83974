"""The pre-commit hook (.pre-commit-hooks.yaml), read by pre-commit itself and run
by a real `pre-commit run` on the staged files of a temporary git repository."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.ci.projects import REPO, clean_environment, git, git_repository, write_project

if importlib.util.find_spec("pre_commit") is None:
    if os.environ.get("CI"):
        pytest.fail("pre-commit is not installed: .ci/install-ci-tools.sh installs it", pytrace=False)
    pytest.skip("pre-commit is not installed (pip install pre-commit)", allow_module_level=True)

from pre_commit.clientlib import load_manifest  # noqa: E402

MANIFEST = REPO / ".pre-commit-hooks.yaml"


def test_pre_commit_accepts_the_manifest() -> None:
    (hook,) = load_manifest(str(MANIFEST))
    assert (hook["id"], hook["entry"], hook["language"]) == ("greenfix-check", "greenfix check", "python")
    assert hook["pass_filenames"] is True  # pre-commit hands it the staged files


def test_the_hook_checks_staged_python_files_only(tmp_path: Path) -> None:
    repo = write_project(tmp_path / "repo", {"good.py": "x = 1\n", "README.md": "def broken(:\n"})
    (hook,) = yaml.safe_load(MANIFEST.read_text())
    # The hook as published, with the greenfix already installed here instead of a fresh
    # virtualenv that pre-commit would build from PyPI.
    config = {"repos": [{"repo": "local", "hooks": [{**hook, "language": "system"}]}]}
    (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config))
    git_repository(repo)
    (repo / "untracked.py").write_text("def also_broken(:\n")  # never staged: not checked

    def pre_commit() -> subprocess.CompletedProcess[str]:
        env = clean_environment({"PRE_COMMIT_HOME": str(tmp_path / "cache")})
        return subprocess.run([sys.executable, "-m", "pre_commit", "run"], cwd=repo, env=env, capture_output=True, text=True, timeout=120)

    (repo / "good.py").write_text("x = 2\n")
    git(repo, "add", "good.py")
    clean = pre_commit()
    assert clean.returncode == 0, clean.stdout
    assert "greenfix check" in clean.stdout and "Passed" in clean.stdout

    (repo / "bad.py").write_text("import os\n\ndef f(x)\n    return x\n")
    git(repo, "add", "bad.py")
    stopped = pre_commit()
    assert stopped.returncode == 1
    assert "bad.py:3:8: missing ':'" in stopped.stdout
    assert "untracked.py" not in stopped.stdout and "README.md" not in stopped.stdout
