"""The environment tests run with, and the interpreter they run on."""

from __future__ import annotations

import sys
from pathlib import Path

from greenfix.analysis.testing.environment import project_python, runner_env, scrubbed_env

ORDINARY = {"PATH": "/usr/bin", "HOME": "/home/user", "LANG": "C.UTF-8", "VIRTUAL_ENV": "/home/user/.venv"}
SECRETS = {
    "OPENAI_API_KEY": "sk-1",
    "OPENAI_BASE_URL": "https://user:pw@example.test",
    "ANTHROPIC_API_KEY": "a",
    "GITHUB_TOKEN": "g",
    "AWS_ACCESS_KEY_ID": "id",
    "AWS_REGION": "eu",
    "DB_PASSWORD": "p",
    "MY_PASSWD": "p",
    "SERVICE_SECRET": "s",
    "GOOGLE_APPLICATION_CREDENTIALS": "/c.json",
    "HTTP_AUTHORIZATION": "Bearer x",
    "npm_config__authToken": "t",
}
OUTER_PYTEST = {"PYTEST_ADDOPTS": "-x", "PYTEST_CURRENT_TEST": "t.py::t (call)"}


def test_scrubbed_env_keeps_ordinary_variables_and_drops_secret_looking_ones() -> None:
    assert scrubbed_env(ORDINARY | SECRETS | OUTER_PYTEST) == ORDINARY | OUTER_PYTEST


def test_runner_env_also_drops_outer_pytest_settings_and_writes_no_bytecode() -> None:
    assert runner_env(ORDINARY | SECRETS | OUTER_PYTEST) == ORDINARY | {"PYTHONDONTWRITEBYTECODE": "1"}


def test_project_python_prefers_the_setting_then_the_project_venv(tmp_path: Path) -> None:
    assert project_python(tmp_path) == sys.executable
    for venv in ("venv", ".venv"):
        python = tmp_path / venv / "bin" / "python"
        python.parent.mkdir(parents=True)
        python.write_text("")
    assert project_python(tmp_path) == str(tmp_path / ".venv" / "bin" / "python")
    (tmp_path / ".venv" / "bin" / "python").unlink()
    assert project_python(tmp_path) == str(tmp_path / "venv" / "bin" / "python")
    assert project_python(tmp_path, "/opt/python3") == "/opt/python3"
