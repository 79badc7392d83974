"""The environment and interpreter that a project's tests run with."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path

# A variable whose name contains one of these is treated as a secret.
_SECRET_MARKERS = ("KEY", "TOKEN", "SECRET", "PASSWORD", "PASSWD", "CREDENTIAL", "AUTH", "COOKIE")
# Whole families of provider variables, secret-looking or not (OPENAI_BASE_URL may embed a key).
_SECRET_PREFIXES = ("AWS_", "OPENAI_", "ANTHROPIC_", "AZURE_", "GH_", "GITHUB_")
# Variables of the process that runs greenfix (e.g. an outer pytest) that must not steer the inner runs.
_RUNNER_PREFIXES = ("PYTEST_",)


def scrubbed_env(base: Mapping[str, str] | None = None) -> dict[str, str]:
    """A copy of `base` (default: os.environ) without variables that look like keys, tokens or secrets."""
    source = os.environ if base is None else base
    return {name: value for name, value in source.items() if not _looks_secret(name)}


def _looks_secret(name: str) -> bool:
    upper = name.upper()
    return any(marker in upper for marker in _SECRET_MARKERS) or upper.startswith(_SECRET_PREFIXES)


def runner_env(base: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment of a test run: scrubbed, free of outer pytest settings, writing no bytecode.

    Bytecode caches are off because pyc files are validated by whole-second mtime and size: two
    candidates of equal length written within a second would otherwise run stale code.
    """
    env = {name: value for name, value in scrubbed_env(base).items() if not name.startswith(_RUNNER_PREFIXES)}
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
        probe = subprocess.run(
            [python, "-c", "import pytest"],
            cwd=tempfile.gettempdir(),  # not the project: nothing of it runs outside the shadow
            env=runner_env(),
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
