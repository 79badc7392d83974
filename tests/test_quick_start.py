"""The README's first command works on a fresh machine: a new venv holding nothing but
the checkout, the command run exactly as the README writes it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.test_readme import ROOT, quick_start_commands

# What a fresh clone does not have: build output, caches, installed node modules.
_NOT_IN_A_CLONE = shutil.ignore_patterns(".git", "node_modules", "*.egg-info", "build", "__pycache__", "*.vsix", "out")


def _fresh_venv(folder: Path, *, with_pip: bool = True) -> Path:
    options = [] if with_pip else ["--without-pip"]
    subprocess.run([sys.executable, "-m", "venv", *options, str(folder)], check=True, capture_output=True)
    return folder / "bin"


def _clean_env(bin_folder: Path) -> dict[str, str]:
    """Nothing of this test run leaks in: no outer venv, no PYTHONPATH, the new venv first on PATH."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "PYTHON", "VIRTUAL_ENV", "GREENFIX_"))}
    env["PATH"] = f"{bin_folder}{os.pathsep}{env.get('PATH', '')}"
    env["VIRTUAL_ENV"] = str(bin_folder.parent)
    return env


def test_the_first_command_repairs_the_example_in_a_fresh_venv(tmp_path: Path) -> None:
    checkout = tmp_path / "greenfix"
    shutil.copytree(ROOT, checkout, ignore=_NOT_IN_A_CLONE)
    bin_folder = _fresh_venv(tmp_path / "venv")
    first = quick_start_commands()[0]

    done = subprocess.run(
        ["bash", "-c", first], cwd=checkout, env=_clean_env(bin_folder), capture_output=True, text=True, timeout=900
    )

    # Exit 1 as documented: the fix is proposed, not written.
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Traceback" not in done.stdout + done.stderr
    assert "fixed" in done.stdout and "bulk_discount" in done.stdout
    assert "+    if quantity >= " in done.stdout  # the diff of the fix


def test_an_interpreter_without_pytest_gets_one_line_naming_it_and_the_cure(tmp_path: Path) -> None:
    bare = _fresh_venv(tmp_path / "bare", with_pip=False) / "python"
    project = tmp_path / "project"
    shutil.copytree(ROOT / "examples" / "discount", project)

    done = subprocess.run(
        [sys.executable, "-m", "greenfix.server", "fix", "--project", str(project), "--python", str(bare)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    doctor = subprocess.run(
        [sys.executable, "-m", "greenfix.server", "check", "--doctor"],
        cwd=project,
        env={**os.environ, "GREENFIX_PYTHON": str(bare)},
        capture_output=True,
        text=True,
        timeout=120,
    )

    cure = f"{bare} -m pip install pytest"
    assert done.returncode == 2
    assert "Traceback" not in done.stdout + done.stderr
    assert f"the test interpreter {bare} has no pytest" in done.stdout and cure in done.stdout
    assert cure in doctor.stdout and "Traceback" not in doctor.stdout + doctor.stderr
