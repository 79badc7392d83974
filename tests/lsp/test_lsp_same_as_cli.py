"""The editor and the command line give the same result on the same project: both doors
call one repair session, so blame, the tests that judge a function and the fix agree."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pygls.uris import from_fs_path
from pytest_lsp import LanguageClient

from tests.support.lsp import SERVER, apply_text_edits, capabilities, diagnostics_for, open_document

SHOP = Path(__file__).resolve().parents[1] / "data" / "repair_projects" / "shop"


@pytest.fixture
def projects(tmp_path: Path) -> tuple[Path, Path]:
    editor_copy, cli_copy = tmp_path / "editor" / "shop", tmp_path / "cli" / "shop"
    shutil.copytree(SHOP, editor_copy)
    shutil.copytree(SHOP, cli_copy)
    return editor_copy, cli_copy


@pytest_lsp.fixture(config=SERVER)
async def client(lsp_client: LanguageClient, projects: tuple[Path, Path]):
    # The editor opened the project's folder, which has no configuration file.
    folder = types.WorkspaceFolder(uri=from_fs_path(str(projects[0])), name="shop")
    experimental = {"greenfix": {"refinePreview": True}}
    params = types.InitializeParams(capabilities=capabilities(experimental=experimental), workspace_folders=[folder])
    await lsp_client.initialize_session(params)
    yield
    await lsp_client.shutdown_session()


def cli_fix(project: Path) -> dict:
    done = subprocess.run(
        [sys.executable, "-m", "greenfix.server", "fix", "--format", "json", "--budget", "90"],
        cwd=project, capture_output=True, text=True, timeout=300,
    )
    return json.loads(done.stdout)


async def test_editor_and_command_line_blame_and_fix_alike(client: LanguageClient, projects: tuple[Path, Path]):
    editor_copy, cli_copy = projects
    uri = from_fs_path(str(editor_copy / "pkg" / "inventory.py"))
    text = (editor_copy / "pkg" / "inventory.py").read_text()
    open_document(client, uri, text)
    await diagnostics_for(client, uri, version=1)

    summary = await client.workspace_execute_command_async(types.ExecuteCommandParams("greenfix.runTests", [uri]))
    shown = await diagnostics_for(client, uri, until=lambda d: any(x.code == "failing-test" for x in d), timeout=30)
    blamed_in_editor = {d.data["qualname"] for d in shown if d.code == "failing-test"}
    refined = await client.workspace_execute_command_async(types.ExecuteCommandParams("greenfix.refine", [uri, "Stock.value"]))
    (change,) = refined["edit"]["documentChanges"]
    edits = [client.protocol._converter.structure(e, types.TextEdit) for e in change["edits"]]
    fixed_in_editor = apply_text_edits(text, edits)

    report = cli_fix(cli_copy)
    blamed_in_cli = {f["function"] for f in report["functions"]}
    (value,) = [f for f in report["functions"] if f["function"] == "Stock.value"]

    assert blamed_in_editor == blamed_in_cli == {"Stock.value", "formatter.<locals>.fmt#2"}
    assert summary["setupErrors"] == report["setup_errors"]
    assert summary["moduleErrors"] == report["module_errors"]
    assert refined["status"] == value["status"] == "fixed"
    assert refined["evidence"]["testsFixed"] == value["evidence"]["tests_fixed"]
    assert refined["evidence"]["weak"] == value["evidence"]["weak"]
    assert f"+{fixed_in_editor.splitlines()[20]}" in value["diff"]  # the same line, fixed the same way
    assert "total += item.price * count" in fixed_in_editor
