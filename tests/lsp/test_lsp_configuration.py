"""`workspace/didChangeConfiguration` merges into the initialization options and
`[tool.greenfix]`: eglot sends `{}` right after initialize, and a client may send only
what changed. Seen as a user sees it: with `runTestsOnSave` in effect, saving shows
the failing test on the function."""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path
from typing import Any

import pytest
import pytest_lsp
from lsprotocol import types
from pygls.uris import from_fs_path
from pytest_lsp import LanguageClient

from tests.support.lsp import SERVER, capabilities, diagnostics_for, open_document

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
SAVE_RUN_SECONDS = 60


@pytest.fixture
def project(tmp_path: Path) -> Path:
    shutil.copytree(EXAMPLES / "discount", tmp_path / "discount")
    (tmp_path / "discount" / "pyproject.toml").write_text("[tool.greenfix]\n")
    return tmp_path / "discount"


@pytest_lsp.fixture(config=SERVER)
async def client(lsp_client: LanguageClient):
    # Each test initializes with its own options.
    yield lsp_client
    await lsp_client.shutdown_session()


async def start(client: LanguageClient, options: dict[str, Any] | None, *changes: Any) -> None:
    """Initialize with `options`, then send each change as eglot does, before any file opens."""
    await client.initialize_session(
        types.InitializeParams(capabilities=capabilities(), initialization_options=options)
    )
    for change in changes:
        client.workspace_did_change_configuration(types.DidChangeConfigurationParams(settings=change))


async def failing_test_after_save(client: LanguageClient, project: Path) -> list[types.Diagnostic]:
    """Open pricing.py and save it; the failing-test diagnostics that appear."""
    uri = from_fs_path(str(project / "pricing.py"))
    open_document(client, uri, (project / "pricing.py").read_text())
    await diagnostics_for(client, uri, version=1)
    client.text_document_did_save(types.DidSaveTextDocumentParams(types.TextDocumentIdentifier(uri)))
    return await diagnostics_for(
        client, uri, until=lambda found: any(d.code == "failing-test" for d in found), timeout=SAVE_RUN_SECONDS
    )


@pytest.mark.parametrize("change", [{}, None, {"greenfix": {}}, {"greenfix": {"testTimeout": 30}}])
async def test_an_empty_or_partial_change_keeps_run_tests_on_save(client: LanguageClient, project: Path, change: Any):
    await start(client, {"runTestsOnSave": True}, change)

    failing = [d for d in await failing_test_after_save(client, project) if d.code == "failing-test"]
    assert 5 in {d.range.start.line for d in failing}  # def bulk_discount


async def test_an_empty_change_keeps_what_pyproject_says(client: LanguageClient, project: Path):
    (project / "pyproject.toml").write_text("[tool.greenfix]\nrun_tests_on_save = true\n")
    await start(client, None, {})

    assert await failing_test_after_save(client, project)


async def test_a_key_in_the_change_overrides_the_initialization_options(client: LanguageClient, project: Path):
    await start(client, {"runTestsOnSave": False, "testTimeout": 30}, {"greenfix": {"refine": {"runTestsOnSave": True}}})

    assert await failing_test_after_save(client, project)


async def test_a_bad_change_is_reported_and_changes_nothing(client: LanguageClient, project: Path):
    await start(client, {"runTestsOnSave": True}, {"greenfix": {"runTestsOnSave": False, "testTimeout": -1}})

    told: types.ShowMessageParams = await asyncio.wait_for(client.wait_for_notification(types.WINDOW_SHOW_MESSAGE), 10)
    assert told.type == types.MessageType.Warning
    assert "'test_timeout'" in told.message and "greater than 0" in told.message
    assert told.message.endswith("the settings are unchanged")
    assert await failing_test_after_save(client, project)
