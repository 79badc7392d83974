"""Commands act only inside the client's workspace: a URI outside it, or in a system
folder, is never made a project, copied or tested."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.fuzz.client import RawClient


@pytest.fixture
def client(tmp_path: Path) -> Iterator[tuple[RawClient, Path]]:
    workspace = tmp_path / "workspace"
    workspace.mkdir()
    (workspace / "pyproject.toml").write_text("[tool.greenfix]\n")
    client = RawClient(tmp_path / "server.log", workspace)
    client.call("initialize", {"processId": None, "rootUri": workspace.as_uri(), "capabilities": {}})
    client.notify("initialized", {})
    yield client, tmp_path
    if client.process.poll() is None:
        client.process.kill()
        client.process.wait()


def shadows_of(pid: int) -> list[Path]:
    return list(Path(tempfile.gettempdir()).glob(f"greenfix-shadow-{pid}-*"))


@pytest.mark.parametrize(
    "uri",
    ["file:///etc/passwd", "file:///proc/self/environ", "file:///sys/kernel/notes", "file:///dev/null", "OUTSIDE"],
)
def test_run_tests_on_a_file_outside_the_workspace_copies_and_runs_nothing(client: tuple[RawClient, Path], uri: str):
    raw, tmp_path = client
    if uri == "OUTSIDE":  # a project beside the workspace, with tests of its own
        outside = tmp_path / "elsewhere"
        (outside / "tests").mkdir(parents=True)
        (outside / "pyproject.toml").write_text("")
        (outside / "tests" / "test_x.py").write_text("def test_x():\n    open('ran', 'w')\n")
        uri = (outside / "tests" / "test_x.py").as_uri()

    reply = raw.call("workspace/executeCommand", {"command": "greenfix.runTests", "arguments": [uri]})

    assert reply.get("result") == {"passed": 0, "failed": 0}, reply
    assert shadows_of(raw.process.pid) == []
    assert not (tmp_path / "elsewhere" / "ran").exists()
    assert raw.close() == 0
