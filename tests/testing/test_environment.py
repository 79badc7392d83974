"""The environment tests run with, and the interpreter they run on."""

from __future__ import annotations

import sys
from pathlib import Path

from greenfix.analysis.testing.environment import project_python, runner_env

NEEDED = {
    "PATH": "/usr/bin",
    "LANG": "C.UTF-8",
    "LC_ALL": "C.UTF-8",
    "TZ": "UTC",
    "VIRTUAL_ENV": "/home/user/.venv",
    "PYTHONPATH": "src",
    "PYTHONHASHSEED": "0",
}
OTHERS = {
    "HOME": "/home/user",
    "TMPDIR": "/var/tmp",
    "OPENAI_API_KEY": "sk-1",
    "BUILD_LABEL": "sk-innocent-name",
    "GITHUB_TOKEN": "g",
    "SSH_AUTH_SOCK": "/run/user/1000/ssh",
    "PYTHONSTARTUP": "/home/user/.pythonrc",
    "LD_PRELOAD": "/tmp/hook.so",
    "DATABASE_URL": "postgres://localhost/test",
    "PYTEST_ADDOPTS": "-x",
}


def test_runner_env_keeps_what_tests_need_and_nothing_else(tmp_path: Path) -> None:
    env = runner_env(tmp_path, base=NEEDED | OTHERS)
    assert env == NEEDED | {
        "HOME": str(tmp_path / "home"),
        "TMPDIR": str(tmp_path / "tmp"),
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    assert (tmp_path / "home").is_dir() and (tmp_path / "tmp").is_dir()


def test_runner_env_adds_the_variables_the_user_passes_but_home_stays_private(tmp_path: Path) -> None:
    env = runner_env(tmp_path, ["DATABASE_URL", "HOME", "NOT_SET"], base=NEEDED | OTHERS)
    assert env["DATABASE_URL"] == "postgres://localhost/test"
    assert env["HOME"] == str(tmp_path / "home")
    assert "NOT_SET" not in env and "BUILD_LABEL" not in env


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
