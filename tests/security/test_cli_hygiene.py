"""The command line on hostile files and signals: `check` and `fix` read regular files only,
up to a cap, and say what they skip; SIGTERM and SIGINT end `check`, `fix` and `serve` like
a normal exit, leaving no shadow copy, run folder or test process, with status 128 + signum."""

from __future__ import annotations

import asyncio
import json
import os
import resource
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from lsprotocol import types
from pygls.uris import from_fs_path

from greenfix.analysis.files import MAX_SOURCE_BYTES
from tests.security.hostile import greenfix, greenfix_env, start_server
from tests.support.processes import mark, processes_in_a_copy_of
from tests.testing.rigs import tree_digest

MEMORY_LIMIT = 1024 * 1024 * 1024
SANDBOX = [pytest.param(True, id="bwrap"), pytest.param(False, id="no-sandbox")]
SIGNALS = [pytest.param(signal.SIGTERM, id="SIGTERM"), pytest.param(signal.SIGINT, id="SIGINT")]


def check(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    """`greenfix check` with a memory limit, so that reading an endless file fails fast, not the machine."""
    return subprocess.run(
        [sys.executable, "-m", "greenfix.server", "check", *args],
        cwd=cwd, capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL,
        preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT)),
    )


def hostile_files(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    os.mkfifo(folder / "fifo.py")
    (folder / "zero.py").symlink_to("/dev/zero")
    (folder / "huge.py").write_text("# " + "x" * (MAX_SOURCE_BYTES + 100_000) + "\n")  # cheap to parse, if anything did
    return folder


def test_check_on_a_fifo_does_not_wait_for_a_writer(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "fifo.py")
    done = check(["fifo.py"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert "skipped: fifo.py: not a regular file" in done.stderr.splitlines()


def test_check_on_a_link_to_dev_zero_reads_nothing(tmp_path: Path) -> None:
    (tmp_path / "zero.py").symlink_to("/dev/zero")
    done = check(["zero.py"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert "skipped: zero.py: not a regular file" in done.stderr.splitlines()
    assert "MemoryError" not in done.stderr


def test_check_walks_past_what_it_cannot_read_and_says_so(tmp_path: Path) -> None:
    hostile_files(tmp_path / "src")
    (tmp_path / "src" / "bad.py").write_text("def f(:\n    pass\n")
    (tmp_path / "outside.py").write_text("def g(:\n    pass\n")
    (tmp_path / "src" / "linked.py").symlink_to(tmp_path / "outside.py")  # a link to a regular file is read
    done = check(["src"], tmp_path)
    assert done.returncode == 1, done.stderr
    problems = done.stdout.splitlines()
    assert [line.split(":")[0] for line in problems] == ["src/bad.py", "src/linked.py"], problems
    size = (tmp_path / "src" / "huge.py").stat().st_size / 1024 / 1024
    notes = [line for line in done.stderr.splitlines() if line.startswith("skipped: ")]
    assert notes == [
        "skipped: src/fifo.py: not a regular file",
        f"skipped: src/huge.py: too large ({size:.1f} MB > 10 MB)",
        "skipped: src/zero.py: not a regular file",
    ]
    json_done = check(["src", "--format", "json"], tmp_path)
    assert json.loads(json_done.stdout)["files_checked"] == 2  # the notes stay off stdout


@pytest.mark.parametrize("sandboxed", SANDBOX)
def test_fix_skips_a_source_linked_outside_the_project_and_hostile_files(tmp_path: Path, sandboxed: bool) -> None:
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "mod.py").write_text("def add(a, b):\n    return a - b\n")
    project = hostile_files(tmp_path / "project")
    (project / "pyproject.toml").write_text("[tool.greenfix]\n")
    (project / "mod.py").symlink_to(outside / "mod.py")
    (project / "tests").mkdir()
    (project / "tests" / "test_mod.py").write_text("from mod import add\n\n\ndef test_add():\n    assert add(2, 3) == 5\n")
    before = tree_digest(outside)
    done = greenfix(["fix", "--write", "--format", "json", "--budget", "60"], project, sandboxed)
    assert "Traceback" not in done.stderr, done.stderr
    report = json.loads(done.stdout)
    assert report["written"] == [] and report["functions"] == []
    assert "mod.py in " + str(project) + " links outside the project" in done.stderr
    if sandboxed:  # the sandbox does not show the link's target: the tests cannot import it
        assert done.returncode == 2 and "No module named 'mod'" in report["message"], report["message"]
    else:  # the test fails, and its function is not the project's to fix
        assert done.returncode == 1, done.stderr
        assert "skipped: " + str(project / "mod.py") + ": a link to a file outside the project" in done.stderr
        assert "skipped: " + str(project / "zero.py") + ": not a regular file" in done.stderr
        assert "skipped: " + str(project / "fifo.py") + ": not a regular file" in done.stderr
    assert tree_digest(outside) == before


# -- signals ----------------------------------------------------------------------------


def handles_sigterm(pid: int) -> bool:
    """Whether the process has installed its handler (greenfix's main has started)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    caught = int(next(line.split()[1] for line in status.splitlines() if line.startswith("SigCgt:")), 16)
    return bool(caught & (1 << (signal.SIGTERM - 1)))


def wait_until(predicate, timeout: float = 60.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.02)
    return predicate()


def folders_of(pid: int) -> list[Path]:
    base = Path(tempfile.gettempdir())
    return [*base.glob(f"greenfix-shadow-{pid}-*"), *base.glob(f"greenfix-run-{pid}-*")]


def slow_project(root: Path) -> Path:
    (root / "tests").mkdir(parents=True)
    (root / "pyproject.toml").write_text("[tool.greenfix]\n")
    mark(root)
    (root / "mod.py").write_text("def add(a, b):\n    return a - b\n")
    (root / "tests" / "test_mod.py").write_text(
        "import time\n\nfrom mod import add\n\n\ndef test_add():\n    time.sleep(120)\n    assert add(2, 3) == 5\n"
    )
    return root


def start(args: list[str], cwd: Path, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "greenfix.server", *args], cwd=cwd, env=env, text=True,
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )


def stop_with(process: subprocess.Popen[str], how: signal.Signals, ready: Callable[[], object]) -> None:
    """Send `how` once `ready()` holds; the command must end as a shell expects, with no traceback."""
    try:
        assert wait_until(ready), "never ready for the signal"
        process.send_signal(how)
        _, stderr = process.communicate(timeout=60)
    finally:
        process.kill()
        process.wait()
    assert process.returncode == 128 + how, stderr
    assert "Traceback" not in stderr, stderr


@pytest.mark.parametrize("sandboxed", SANDBOX)
@pytest.mark.parametrize("how", SIGNALS)
@pytest.mark.parametrize("when", ["tests-running", "copy-made"])
def test_a_signal_to_fix_cleans_up_like_a_normal_exit(tmp_path: Path, how: signal.Signals, when: str, sandboxed: bool) -> None:
    project = slow_project(tmp_path / "project")
    process = start(["fix", "--budget", "300"], project, greenfix_env(sandboxed, tmp_path))
    if when == "tests-running":  # (greenfix itself works in the project, not in a copy of it)
        stop_with(process, how, lambda: set(processes_in_a_copy_of(project)) - {process.pid})
    else:  # as soon as the shadow copy exists, while the runner may still be starting
        stop_with(process, how, lambda: handles_sigterm(process.pid) and folders_of(process.pid))
    assert folders_of(process.pid) == []
    assert wait_until(lambda: not set(processes_in_a_copy_of(project)) - {process.pid}, 5)


@pytest.mark.parametrize("how", SIGNALS)
def test_a_signal_to_check_ends_it_with_the_shells_status(tmp_path: Path, how: signal.Signals) -> None:
    body = "".join(f"def f{i}(x):\n    return x + {i}\n\n" for i in range(300))
    for n in range(1000):  # seconds of work
        (tmp_path / f"m{n}.py").write_text(body)
    process = start(["check", "."], tmp_path)
    stop_with(process, how, lambda: handles_sigterm(process.pid))


@pytest.mark.parametrize("how", SIGNALS)
async def test_a_signal_to_serve_mid_run_cleans_up_like_a_normal_exit(tmp_path: Path, how: signal.Signals) -> None:
    project = slow_project(tmp_path / "project")
    client = await start_server(project)
    try:
        pid = client._server.pid  # the server process pytest-lsp started
        uri = from_fs_path(str(project / "mod.py"))
        client.text_document_did_open(
            types.DidOpenTextDocumentParams(types.TextDocumentItem(uri, "python", 1, (project / "mod.py").read_text()))
        )
        asyncio.ensure_future(client.workspace_execute_command_async(types.ExecuteCommandParams("greenfix.runTests", [uri])))
        deadline = time.monotonic() + 60
        while not processes_in_a_copy_of(project) and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        assert processes_in_a_copy_of(project), "the tests never started"
        os.kill(pid, how)
        while client._server.returncode is None and time.monotonic() < deadline + 30:
            await asyncio.sleep(0.05)
        assert client._server.returncode == 128 + how
    finally:
        await client.stop()
    assert folders_of(pid) == []
    deadline = time.monotonic() + 5
    while processes_in_a_copy_of(project) and time.monotonic() < deadline:
        await asyncio.sleep(0.05)
    assert processes_in_a_copy_of(project) == []
