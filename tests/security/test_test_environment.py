"""What test code sees of greenfix's environment: only what running tests needs (PATH, locale,
the interpreter's variables), a private HOME and TMPDIR, and what the user lists in `pass_env`;
no key, whatever the variable holding it is called.

Through the real runners (with bubblewrap and with the sandbox off) and `greenfix fix`, whose
project tells its environment in the only channel the sandbox leaves it: an error message.
"""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile
from pathlib import Path

import pytest

from greenfix.analysis.testing.runner import SubprocessRunner, WarmRunner
from greenfix.analysis.testing.shadow import ShadowWorkspace
from tests.security.hostile import greenfix, require_bwrap

# Keys under names no denylist would catch, and under names one would.
KEYS = {
    "BUILD_LABEL": "sk-greenfix-build-label-0123456789",
    "CONFIG_BLOB": "ghp_greenfixconfigblob0123456789",
    "OPENAI_API_KEY": "sk-greenfix-openai-0123456789",
    "DEPLOY_TOKEN": "greenfix-deploy-token-0123456789",
}
PASSED = {"GREENFIX_TEST_DATABASE": "postgres://127.0.0.1/greenfix-test"}
HOOKS = {"PYTHONSTARTUP": "/nonexistent/greenfix-startup.py", "PYTEST_ADDOPTS": "--no-such-option"}
SHARED_NAME = "greenfix-env-probe-home-marker"

TELL = '''\
import json
import os
import tempfile


def environment():
    home, tmp = os.environ.get("HOME", ""), tempfile.gettempdir()
    # Private folders: writable, and what is written there is not the user's.
    for folder in (home, tmp):
        with open(os.path.join(folder, "{marker}"), "w") as file:
            file.write("x")
    return "<<ENV" + json.dumps({{"env": dict(os.environ), "home": home, "tmp": tmp}}) + "ENV>>"
'''.format(marker=SHARED_NAME)


def telling_project(root: Path, how: str) -> Path:
    """A project whose test prints its environment (`how` = print) or fails to be
    collected with it in the message (`how` = collect)."""
    (root / "tests").mkdir(parents=True)
    (root / "tell.py").write_text(TELL)
    if how == "print":
        (root / "tests" / "test_env.py").write_text("from tell import environment\n\n\ndef test_env():\n    print(environment())\n")
    else:
        (root / "tests" / "test_env.py").write_text("from tell import environment\n\nraise RuntimeError(environment())\n")
    return root


def told(text: str) -> dict:
    found = re.search(r"<<ENV(.*?)ENV>>", text, re.S)
    assert found, text[-3000:]
    return json.loads(found.group(1))


def check(seen: dict, private: str) -> None:
    """`private`: the pattern HOME and TMPDIR must match (folders of the run, or the sandbox's /tmp)."""
    env = seen["env"]
    shown = json.dumps(seen)
    assert [name for name, key in KEYS.items() if key in shown] == []  # keys seen by test code: 0
    assert "BUILD_LABEL" not in env and "PYTHONSTARTUP" not in env and "PYTEST_ADDOPTS" not in env
    assert env["GREENFIX_TEST_DATABASE"] == PASSED["GREENFIX_TEST_DATABASE"]
    assert env["PATH"] and env["PYTHONDONTWRITEBYTECODE"] == "1"
    given = {"PATH", "HOME", "TMPDIR", "PYTHONDONTWRITEBYTECODE", "GREENFIX_TEST_DATABASE", "LANG", "LANGUAGE", "TZ",
             "VIRTUAL_ENV", "PYTHONPATH", "PYTHONHASHSEED", "PYTHONIOENCODING", "PYTHONUTF8"}
    # Set on the way in: by the shell that joins the process cap (PWD), by pytest itself.
    made = {"PWD", "PYTEST_VERSION", "PYTEST_CURRENT_TEST"}
    assert set(env) <= given | made | {name for name in env if name.startswith("LC_")}, sorted(env)
    home = Path.home()
    for folder in (seen["home"], seen["tmp"]):
        assert Path(folder) != home and not Path(folder).is_relative_to(home)
        assert re.fullmatch(private, folder), (private, folder)
    assert seen["tmp"] == env["TMPDIR"]
    assert not (home / SHARED_NAME).exists()


@pytest.fixture
def planted(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in {**KEYS, **PASSED, **HOOKS}.items():
        monkeypatch.setenv(name, value)


@pytest.mark.parametrize("sandboxed", [pytest.param(True, id="bwrap"), pytest.param(False, id="no-sandbox")])
@pytest.mark.parametrize("kind", [pytest.param(WarmRunner, id="warm"), pytest.param(SubprocessRunner, id="subprocess")])
def test_tests_see_only_what_they_need_and_what_pass_env_lists(
    tmp_path: Path, planted: None, kind: type, sandboxed: bool
) -> None:
    if sandboxed:
        require_bwrap()
    project = telling_project(tmp_path / "project", "print")
    with ShadowWorkspace.create(project) as shadow:
        runner = kind(shadow, sys.executable, sandbox="bwrap" if sandboxed else "none", pass_env=list(PASSED))
        try:
            run = runner.run(["tests/test_env.py"], timeout=60)
            run_folder = runner._folder  # the runner's private folder: HOME and TMPDIR live there
        finally:
            runner.close()
    assert run.passed() == ["tests/test_env.py::test_env"], run
    seen = told(run.results["tests/test_env.py::test_env"].output)
    check(seen, private_folders(sandboxed, re.escape(str(run_folder))))
    assert not run_folder.exists()


@pytest.mark.parametrize("source", ["pyproject", "environment"])
@pytest.mark.parametrize("sandboxed", [pytest.param(True, id="bwrap"), pytest.param(False, id="no-sandbox")])
def test_greenfix_fix_passes_what_the_setting_lists_and_no_key(tmp_path: Path, sandboxed: bool, source: str) -> None:
    project = telling_project(tmp_path / "project", "collect")
    env = {**os.environ, **KEYS, **PASSED, **HOOKS}
    if source == "pyproject":
        (project / "pyproject.toml").write_text('[tool.greenfix]\npass_env = ["GREENFIX_TEST_DATABASE"]\n')
    else:
        (project / "pyproject.toml").write_text("[tool.greenfix]\n")
        env["GREENFIX_PASS_ENV"] = "UNSET_NAME, GREENFIX_TEST_DATABASE"
    done = greenfix(["fix", "--format", "json"], project, sandboxed, env)
    assert done.returncode == 2, done.stderr  # tests that cannot be collected
    report = json.loads(done.stdout)
    check(told(report["message"]), private_folders(sandboxed, re.escape(tempfile.gettempdir()) + r"/greenfix-run-\d+-\w+"))


def private_folders(sandboxed: bool, run_folder: str) -> str:
    # In the sandbox, bubblewrap gives HOME and TMPDIR a fresh /tmp of the sandbox's own.
    return "/tmp" if sandboxed else run_folder + "/(home|tmp)"


def test_pass_env_may_not_name_the_model_key(tmp_path: Path) -> None:
    project = telling_project(tmp_path / "project", "collect")
    (project / "pyproject.toml").write_text('[tool.greenfix]\npass_env = ["OPENAI_API_KEY"]\n')
    done = greenfix(["fix", "--format", "json"], project, sandboxed=False, env={**os.environ, **KEYS})
    assert done.returncode == 2
    message = json.loads(done.stdout)["message"]
    assert "pass_env" in message and "OPENAI_API_KEY" in message
    assert KEYS["OPENAI_API_KEY"] not in done.stdout + done.stderr
