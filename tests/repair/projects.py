"""Small example projects on disk: copy them, change one function, run their tests;
and the bug corpus (benchmarks/corpus/README.md): each bug's project as the user has
it, its reference fix, and what its hidden observe.py sees of either."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from greenfix.analysis.document import SourceDocument
from greenfix.analysis.targets import function_named

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"
CORPUS = REPO / "benchmarks" / "corpus"
# The parts of a corpus bug greenfix never sees.
HIDDEN = ("meta.json", "reference", "hidden")
# A test stuck in a loop fails at this limit (pytest-timeout) instead of hanging the run.
TEST_TIMEOUT_SECONDS = 3
# The environment the projects run in, read once at import. The corpus runs start them from
# worker threads while pytest sets and unsets PYTEST_CURRENT_TEST from the main thread;
# copying the live os.environ there raised KeyError when a key went away mid-copy.
ENVIRONMENT = {name: value for name, value in os.environ.items() if name != "PYTEST_CURRENT_TEST"}


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
    env = {**ENVIRONMENT, "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"}
    return subprocess.Popen(command, cwd=project, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def finish(process: subprocess.Popen[str], limit: float = 120) -> tuple[int, str]:
    output, _ = process.communicate(timeout=limit)
    return process.returncode, output


def run_pytest(project: Path) -> tuple[int, str]:
    return finish(start_pytest(project))


@dataclass(frozen=True)
class Bug:
    id: str
    folder: Path
    meta: dict[str, Any]  # meta.json as written; checked by tests/repair/test_corpus.py

    @property
    def kind(self) -> str:
        return str(self.meta["kind"])

    @property
    def split(self) -> str:
        return str(self.meta["split"])

    @property
    def target_path(self) -> str:
        return str(self.meta["target"]["path"])

    @property
    def qualname(self) -> str:
        return str(self.meta["target"]["qualname"])

    @property
    def command(self) -> list[str]:
        return [str(arg) for arg in self.meta["command"]]

    def reference_files(self) -> list[Path]:
        """The fixed files, relative to the project folder."""
        reference = self.folder / "reference"
        return sorted(p.relative_to(reference) for p in reference.rglob("*") if p.is_file() and "__pycache__" not in p.parts)


def corpus_bugs() -> list[Bug]:
    folders = sorted(p for p in CORPUS.iterdir() if (p / "meta.json").is_file())
    return [Bug(p.name, p, json.loads((p / "meta.json").read_text())) for p in folders]


def user_copy(bug: Bug, destination: Path) -> Path:
    """The project as the user has it: the bug's folder without its hidden parts."""

    def ignore(directory: str, names: list[str]) -> set[str]:
        hidden = HIDDEN if Path(directory) == bug.folder else ()
        return {name for name in names if name in hidden or name in ("__pycache__", ".pytest_cache")}

    shutil.copytree(bug.folder, destination, ignore=ignore)
    return destination


def reference_copy(bug: Bug, destination: Path) -> Path:
    """The project with its reference fix."""
    user_copy(bug, destination)
    for relative in bug.reference_files():
        shutil.copyfile(bug.folder / "reference" / relative, destination / relative)
    return destination


def start_observe(bug: Bug, project: Path, output: Path, runs: int = 1) -> subprocess.Popen[str]:
    """The bug's hidden observe() on `project`, in its own process; `observed` reads the result."""
    command = [sys.executable, str(CORPUS / "observing.py"), str(bug.folder / "hidden" / "observe.py"), str(output), str(runs)]
    # A fixed hash seed: the same sets iterate in the same order in every run.
    env = {**ENVIRONMENT, "PYTHONHASHSEED": "0", "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.Popen(command, cwd=project, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def observed(process: subprocess.Popen[str], output: Path, limit: float = 120) -> list[str] | str:
    """One canonical line per run of observe(), or the error that stopped it."""
    try:
        log, _ = process.communicate(timeout=limit)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        return f"observe() did not finish within {limit:.0f} s"
    if process.returncode != 0 or not output.is_file():
        return f"observe() failed (exit {process.returncode}): {log.strip()[-2000:]}"
    return output.read_text().splitlines()
