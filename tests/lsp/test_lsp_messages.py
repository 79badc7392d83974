"""Messages that end a job say what happened and what to do next, and are also in the log."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest_lsp
from lsprotocol import types
from pygls.uris import from_fs_path
from pytest_lsp import LanguageClient

from tests.support.lsp import SERVER, capabilities, diagnostics_for, open_document

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest_lsp.fixture(config=SERVER)
async def client(lsp_client: LanguageClient):
    await lsp_client.initialize_session(types.InitializeParams(capabilities=capabilities()))
    yield
    await lsp_client.shutdown_session()


def shown(client: LanguageClient) -> list[str]:
    return [m.message for m in client.messages]


def logged(client: LanguageClient) -> list[str]:
    return [m.message for m in client.log_messages]


async def test_fix_file_says_which_problem_has_no_certain_fix(client: LanguageClient, tmp_path: Path):
    (tmp_path / "pyproject.toml").write_text("")
    path = tmp_path / "shapes.py"
    path.write_text("def area(r):\n    return 3 * r * r\n\n\ndef f(x)")
    uri = from_fs_path(str(path))
    open_document(client, uri, path.read_text())
    await diagnostics_for(client, uri, version=1)

    result = await client.workspace_execute_command_async(types.ExecuteCommandParams("greenfix.fixFile", [uri]))

    assert result["fixes"] == 0 and result["notFixed"] and result["notFixed"][0].startswith("line 5: ")
    (message,) = [m for m in shown(client) if "Fix file" in m]
    assert message.startswith("greenfix: Fix file: no certain fix for: line 5: ") and "nothing to fix" not in message
    assert any("Fix file" in line for line in logged(client))


async def test_no_fix_found_says_what_was_tried_and_the_next_step(client: LanguageClient, tmp_path: Path):
    project = tmp_path / "roman"
    shutil.copytree(EXAMPLES / "roman", project)
    (project / "pyproject.toml").write_text("[tool.greenfix]\nbudget_seconds = 30\n")
    uri = from_fs_path(str(project / "numerals.py"))
    open_document(client, uri, (project / "numerals.py").read_text())
    await diagnostics_for(client, uri, version=1)

    result = await client.workspace_execute_command_async(types.ExecuteCommandParams("greenfix.refine", [uri, "to_int"]))

    assert result["status"] == "unfixed"
    message = result["message"]
    assert message.startswith("no fix found for to_int: ") and "tried " in message and "next: configure a model" in message
    assert f"greenfix: {message}" in shown(client)
    assert any(message in line for line in logged(client))
