"""Helpers for the CI tests: `greenfix` in a real process, small projects on disk,
temporary git repositories, and reports with their timings taken out."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any, Mapping

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"
GREENFIX = [sys.executable, "-m", "greenfix.server"]
# Settings and CI variables of the machine running the tests must not reach greenfix.
_HOST_ONLY = ("GITHUB_STEP_SUMMARY", "OPENAI_API_KEY", "OPENAI_BASE_URL")


def clean_environment(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GREENFIX_") and k not in _HOST_ONLY}
    return {**env, **(extra or {})}


def greenfix(cwd: Path, *args: str, env: Mapping[str, str] | None = None, timeout: float = 240) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*GREENFIX, *args], cwd=cwd, env=clean_environment(env), capture_output=True, text=True, timeout=timeout
    )


def copy_example(name: str, destination: Path) -> Path:
    shutil.copytree(EXAMPLES / name, destination, ignore=shutil.ignore_patterns("__pycache__", ".pytest_cache"))
    return destination


def write_project(root: Path, files: Mapping[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text))
    return root


def git(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, timeout=60, check=True)


def git_repository(root: Path) -> Path:
    """`root` as a git repository with everything in it committed."""
    git(root, "init", "-q")
    git(root, "-c", "user.name=t", "-c", "user.email=t@example.com", "add", "-A")
    git(root, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "start")
    return root


def without_timings(value: Any) -> Any:
    """A report with every `seconds` field removed: the only ones allowed to vary."""
    if isinstance(value, dict):
        return {k: without_timings(v) for k, v in value.items() if k != "seconds"}
    if isinstance(value, list):
        return [without_timings(v) for v in value]
    return value


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file under `root` and its bytes, to show that nothing was written."""
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file() and "__pycache__" not in p.parts}
