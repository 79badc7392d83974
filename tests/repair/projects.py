"""Small example projects on disk: copy them, change one function, run their tests."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from greenfix.analysis.document import SourceDocument
from greenfix.analysis.targets import function_named

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"
CORPUS = REPO / "benchmarks" / "corpus"
# A test stuck in a loop fails at this limit (pytest-timeout) instead of hanging the run.
TEST_TIMEOUT_SECONDS = 3


def copy_project(source: Path, destination: Path) -> Path:
    shutil.copytree(source, destination, ignore=shutil.ignore_patterns("__pycache__"))
    return destination


def replace_function(path: Path, qualname: str, new_text: str) -> None:
    source = path.read_bytes()
    target = function_named(SourceDocument(source), qualname)
    assert target is not None, f"{qualname} not found in {path}"
    path.write_bytes(source[: target.start] + new_text.encode() + source[target.end :])


def start_pytest(project: Path) -> subprocess.Popen[str]:
    """pytest on the project's tests, in its own process, as a user would run it."""
    command = [sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider"]
    command += ["-p", "pytest_timeout", f"--timeout={TEST_TIMEOUT_SECONDS}", "tests"]
    # The small projects need no plugin but the timeout; loading every plugin installed
    # here (lsp, asyncio, hypothesis, ...) would take ten times longer than their tests.
    env = {**os.environ, "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"}
    return subprocess.Popen(command, cwd=project, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def finish(process: subprocess.Popen[str], limit: float = 120) -> tuple[int, str]:
    output, _ = process.communicate(timeout=limit)
    return process.returncode, output


def run_pytest(project: Path) -> tuple[int, str]:
    return finish(start_pytest(project))
