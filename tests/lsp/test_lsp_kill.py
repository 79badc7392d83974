"""Killing the server during a refine job leaves no test process running, and no
shadow copy once a new server has started."""

from __future__ import annotations

import asyncio
import os
import signal
import tempfile
import textwrap
import time
from pathlib import Path

import pytest
from lsprotocol import types
from pygls.uris import from_fs_path

from tests.support.lsp import SERVER, capabilities, diagnostics_for, open_document
from tests.support.processes import mark, processes_in_a_copy_of

SLOW_BUGGY = textwrap.dedent(
    """\
    import time


    def double(x):
        time.sleep(0.3)
        return x * 3 + 0 - 0 * 1
    """
)


def slow_project(root: Path) -> Path:
    (root / "tests").mkdir(parents=True)
    (root / "pyproject.toml").write_text("[tool.greenfix]\n")
    mark(root)
    (root / "slow.py").write_text(SLOW_BUGGY)
    (root / "tests" / "test_slow.py").write_text("from slow import double\n\n\ndef test_double():\n    assert double(2) == 4\n")
    return root


def shadows_of(pid: int) -> list[Path]:
    return list(Path(tempfile.gettempdir()).glob(f"greenfix-shadow-{pid}-*"))


async def wait_until(predicate, timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        await asyncio.sleep(0.05)
    return predicate()


async def start_refine_and_kill(project: Path, how: signal.Signals) -> int:
    client = await SERVER.start()
    await client.initialize_session(types.InitializeParams(capabilities=capabilities()))
    pid = client._server.pid  # the server process pytest-lsp started
    uri = from_fs_path(str(project / "slow.py"))
    open_document(client, uri, SLOW_BUGGY)
    await diagnostics_for(client, uri, version=1)
    asyncio.ensure_future(client.workspace_execute_command_async(types.ExecuteCommandParams("greenfix.refine", [uri, "double"])))
    assert await wait_until(lambda: processes_in_a_copy_of(project)), "the job never started its test runner"
    os.kill(pid, how)
    assert await wait_until(lambda: client._server.returncode is not None)
    await client.stop()
    return pid


@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGKILL], ids=["SIGTERM", "SIGKILL"])
async def test_killing_the_server_mid_job_leaves_no_test_process(tmp_path: Path, how: signal.Signals):
    project = slow_project(tmp_path / "slow")
    pid = await start_refine_and_kill(project, how)
    assert await wait_until(lambda: not processes_in_a_copy_of(project), 5), processes_in_a_copy_of(project)
    if how == signal.SIGTERM:
        assert shadows_of(pid) == []


async def test_a_new_server_removes_the_shadow_copies_a_killed_one_left(tmp_path: Path):
    project = slow_project(tmp_path / "slow")
    pid = await start_refine_and_kill(project, signal.SIGKILL)
    assert shadows_of(pid), "a server killed mid-job cannot clean up after itself"
    client = await SERVER.start()
    await client.initialize_session(types.InitializeParams(capabilities=capabilities()))
    await client.shutdown_session()
    assert shadows_of(pid) == []
