"""The sandbox as a command sees it, and what greenfix says when there is none."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


from greenfix.analysis.testing.sandbox import SCRIPTS_DIR, Sandbox, bwrap_problem, sandbox_status

LOOK_AROUND = """
import json, os, sys
def writable(path):
    try:
        open(os.path.join(path, "probe"), "w").close()
        return True
    except OSError:
        return False
print(json.dumps({
    "project": os.path.exists(sys.argv[1]), "home": os.listdir(sys.argv[2]) if os.path.exists(sys.argv[2]) else [],
    "tmp": os.listdir("/tmp"), "shadow": writable(sys.argv[3]), "prefix": writable(sys.prefix),
    "scripts": os.path.exists(sys.argv[4]), "pid": os.getpid(), "home_env": os.environ["HOME"],
}))
"""


def require_bwrap() -> None:
    if bwrap_problem() is not None:
        if os.environ.get("CI"):
            pytest.fail(f"CI must have a working bubblewrap: {bwrap_problem()}")
        pytest.skip(f"no sandbox here: {bwrap_problem()}")


def look_around(tmp_path: Path, mode: str) -> dict[str, object]:
    project, home, shadow = tmp_path / "project", Path.home(), tmp_path / "shadow"
    project.mkdir()
    shadow.mkdir()
    sandbox = Sandbox(sys.executable, [shadow], project, mode)
    try:
        script = [sys.executable, "-c", LOOK_AROUND, str(project), str(home), str(shadow)]
        command = sandbox.wrap([*script, str(SCRIPTS_DIR / "pytest_worker.py")], shadow)
        done = subprocess.run(command, capture_output=True, text=True, timeout=60, cwd=shadow)
    finally:
        sandbox.close()
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_inside_the_sandbox_only_the_shadow_is_writable_and_the_user_is_out_of_sight(tmp_path: Path) -> None:
    require_bwrap()
    seen = look_around(tmp_path, "bwrap")
    assert seen["project"] is False
    # Of the home folder, only the way down to an interpreter installed there (pyenv, say).
    home, prefix = Path.home(), Path(sys.base_prefix)
    assert set(seen["home"]) == ({prefix.relative_to(home).parts[0]} if prefix.is_relative_to(home) else set())
    assert seen["shadow"] is True and seen["prefix"] is False
    assert seen["scripts"] is True
    # A fresh /tmp: only the way down to what is bound into it, where that lives in /tmp:
    # the shadow, and the interpreter and greenfix's worker scripts (a checkout or venv in /tmp).
    bound = (tmp_path, Path(sys.prefix), Path(SCRIPTS_DIR))
    assert set(seen["tmp"]) == {path.parts[2] for path in bound if path.is_relative_to("/tmp")}
    assert seen["home_env"] == "/tmp"
    assert seen["pid"] < 10  # a process namespace of its own


def test_switched_off_the_command_sees_what_the_user_sees(tmp_path: Path) -> None:
    seen = look_around(tmp_path, "none")
    assert seen["project"] is True and seen["shadow"] is True
    assert seen["home"] == os.listdir(Path.home())
    assert seen["home_env"] == os.environ["HOME"]


def test_bwrap_asked_for_but_missing_greenfix_says_so_once_and_the_status_explains_what_is_lost(tmp_path: Path) -> None:
    python_only = tmp_path / "bin"
    python_only.mkdir()
    (python_only / "python").symlink_to(sys.executable)
    script = (
        "import logging, sys\n"
        "from pathlib import Path\n"
        "from greenfix.analysis.testing.sandbox import Sandbox, sandbox_status\n"
        "logging.basicConfig(format='%(levelname)s %(message)s')\n"
        "for _ in range(3):\n"
        "    sandbox = Sandbox(sys.executable, [Path('.')], Path('.'), 'bwrap')\n"
        "    assert not sandbox.bwrapped\n"
        "    sandbox.close()\n"
        "print(sandbox_status('bwrap'))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PATH": str(python_only)},
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr.count("test runs are not sandboxed: bwrap (Debian package bubblewrap) is not installed") == 1
    assert done.stdout.startswith("sandbox: NONE (bwrap (Debian package bubblewrap) is not installed)")
    assert "can read, change and delete anything you can, and reach the network" in done.stdout
    assert "apt install bubblewrap" in done.stdout


def test_the_status_names_bubblewrap_when_it_works() -> None:
    require_bwrap()
    assert sandbox_status().startswith("sandbox: bubblewrap (")
    assert "no network" in sandbox_status()
