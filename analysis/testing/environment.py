"""The environment and interpreter that a project's tests run with."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path

# What a test run takes from greenfix's environment: nothing else, whatever its name (a key
# may sit in any variable), except what the user lists in the `pass_env` setting.
_PASSED = frozenset(
    {
        "PATH",
        "LANG",
        "LANGUAGE",
        "TZ",
        # The variables that steer the interpreter, as the user set them; hooks that run code
        # at start-up (PYTHONSTARTUP, PYTHONINSPECT) or change what it imports are not among them.
        "VIRTUAL_ENV",
        "PYTHONPATH",
        "PYTHONHASHSEED",
        "PYTHONIOENCODING",
        "PYTHONUTF8",
    }
)
_PASSED_PREFIXES = ("LC_",)


def runner_env(private: Path, pass_env: Sequence[str] = (), base: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment of a test run: the variables above and those in `pass_env`, taken from
    `base` (default: os.environ); HOME and TMPDIR private folders in `private`, made here;
    no bytecode written.

    Bytecode caches are off because pyc files are validated by whole-second mtime and size: two
    candidates of equal length written within a second would otherwise run stale code.
    """
    source = os.environ if base is None else base
    wanted = _PASSED | set(pass_env)
    env = {name: value for name, value in source.items() if name in wanted or name.startswith(_PASSED_PREFIXES)}
    for name, folder in (("HOME", "home"), ("TMPDIR", "tmp")):
        (private / folder).mkdir(exist_ok=True)
        env[name] = str(private / folder)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def project_python(project_root: Path, setting: str | None = None) -> str:
    """The interpreter for the project's tests: the setting, else the project's venv, else ours."""
    if setting:
        return setting
    for venv in (".venv", "venv"):
        candidate = project_root / venv / "bin" / "python"
        if candidate.exists():
            return str(candidate)
    return sys.executable


def missing_pytest(python: str) -> str | None:
    """One line saying what to do when `python` cannot import pytest (or cannot run), else None."""
    try:
        with tempfile.TemporaryDirectory(prefix="greenfix-probe-") as private:
            probe = subprocess.run(
                [python, "-c", "import pytest"],
                cwd=private,  # not the project: nothing of it runs outside the shadow
                env=runner_env(Path(private)),
                stdin=subprocess.DEVNULL,
                capture_output=True,
                timeout=60,
            )
    except OSError as error:
        return f"the test interpreter {python} cannot run: {error.strerror or error}"
    except subprocess.TimeoutExpired:
        return f"the test interpreter {python} did not start within 60 s"
    if probe.returncode == 0:
        return None
    if b"No module named 'pytest'" in probe.stderr:
        return f"the test interpreter {python} has no pytest; install it with: {python} -m pip install pytest"
    last = probe.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or [f"exit status {probe.returncode}"]
    return f"the test interpreter {python} cannot import pytest: {last[0]}"
