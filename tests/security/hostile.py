"""Hostile test projects for the red-team tests, and what they need around them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from lsprotocol import types
from pygls.uris import from_fs_path
from pytest_lsp import LanguageClient

from greenfix.analysis.testing.sandbox import bwrap_problem
from tests.support.lsp import SERVER, capabilities

BUGGY = "def add(a, b):\n    return a - b\n"
FIXED = "def add(a, b):\n    return a + b\n"
SECRET = "sk-greenfix-never-shown-0123456789"
PLANT_TEST = "tests/test_a_plant.py::test_plant"
ADD_TEST = "tests/test_mod.py::test_add"

# Run first (file order): replaces the copy's pkg/mod.py, or the whole pkg folder, or files of
# greenfix's run folder, with symlinks to what plant.txt names outside the copy.
PLANTER = '''\
import os
import pathlib
import shutil

ROOT = pathlib.Path(__file__).parents[1]


def run_folder():
    """The folder greenfix reads this run's results from: this process holds the file open."""
    for fd in os.listdir("/proc/self/fd"):
        try:
            path = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if path.endswith("/results.jsonl"):
            return pathlib.Path(path).parent
    raise AssertionError("no results file open")


def replace_with_link(path, target):
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    elif path.exists() or path.is_symlink():
        path.unlink()
    path.symlink_to(target)


def test_plant():
    how, target = (ROOT / "plant.txt").read_text().split(maxsplit=1)
    target = target.strip()
    if how == "file":
        replace_with_link(ROOT / "pkg" / "mod.py", target)
    elif how == "folder":
        replace_with_link(ROOT / "pkg", target)
    elif how == "run":  # files greenfix writes in its run folder
        for name in ("request.json", "worker.log"):
            replace_with_link(run_folder() / name, f"{target}/{name}")
        parent = pathlib.Path(f"/proc/{os.getppid()}/cmdline").read_bytes()
        if b"--serve" in parent:  # a warm worker: greenfix starts a new one, and opens its log anew
            os.kill(os.getppid(), 9)
    elif how == "run-and-die":  # greenfix shows the log of a test process that died
        replace_with_link(run_folder() / "run.log", f"{target}/run.log")
        os.kill(os.getpid(), 9)
'''


def hostile_project(root: Path, how: str, target: Path) -> Path:
    """A project whose first test plants links (`how`: file, folder, run, run-and-die) to `target`,
    and whose second fails until `add` is fixed."""
    (root / "pkg").mkdir(parents=True)
    (root / "tests").mkdir()
    (root / "pyproject.toml").write_text("[tool.greenfix]\n")
    (root / "pkg" / "__init__.py").write_text("")
    (root / "pkg" / "mod.py").write_text(BUGGY)
    (root / "plant.txt").write_text(f"{how} {target}\n")
    (root / "tests" / "test_a_plant.py").write_text(PLANTER)
    (root / "tests" / "test_mod.py").write_text("from pkg.mod import add\n\n\ndef test_add():\n    assert add(2, 3) == 5\n")
    return root


def victims(root: Path) -> Path:
    """Files outside any project that a planted link points to: what greenfix must never change."""
    root.mkdir(parents=True)
    (root / "__init__.py").write_text("")
    (root / "mod.py").write_text("precious: the user's own file\n")
    for name in ("request.json", "worker.log", "run.log"):
        (root / name).write_text(f"precious {name}: {SECRET}\n")
    return root


def require_bwrap() -> None:
    if bwrap_problem() is not None:
        if os.environ.get("CI"):
            pytest.fail(f"CI must have a working bubblewrap: {bwrap_problem()}")
        pytest.skip(f"no sandbox here: {bwrap_problem()}")


def greenfix_env(sandboxed: bool, scratch: Path, env: dict[str, str] | None = None) -> dict[str, str]:
    """The environment to run greenfix with: bubblewrap, or no containment at all."""
    env = dict(os.environ if env is None else env)
    if sandboxed:
        require_bwrap()
    env["GREENFIX_SANDBOX"] = "bwrap" if sandboxed else "none"
    return env


def greenfix(args: list[str], cwd: Path, sandboxed: bool, env: dict[str, str] | None = None, timeout: float = 300):
    """The real CLI in a subprocess."""
    return subprocess.run(
        [sys.executable, "-m", "greenfix.server", *args],
        cwd=cwd, env=greenfix_env(sandboxed, cwd.parent, env), capture_output=True, text=True, timeout=timeout,
        stdin=subprocess.DEVNULL,
    )


async def start_server(project: Path) -> LanguageClient:
    """`greenfix serve` over stdio, initialized with `project` as its one workspace folder."""
    client = await SERVER.start()
    root = from_fs_path(str(project))
    await client.initialize_session(
        types.InitializeParams(
            capabilities=capabilities(), root_uri=root, workspace_folders=[types.WorkspaceFolder(root, project.name)]
        )
    )
    return client

