"""A fix from Refine with tests is seen before it applies, whatever the client can do:
a client that previews fixes itself gets the edit, diff and evidence in the command's
result; a client without change annotations (eglot, Helix) is asked with the diff first."""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pygls.uris import from_fs_path
from pytest_lsp import LanguageClient

from tests.support.lsp import SERVER, apply_text_edits, capabilities, diagnostics_for, open_document

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    shutil.copytree(EXAMPLES / "discount", tmp_path / "discount")
    (tmp_path / "discount" / "pyproject.toml").write_text("[tool.greenfix]\n")
    return tmp_path / "discount"


def _recording_client(lsp_client: LanguageClient, answer: str | None = None) -> None:
    lsp_client.applied = []  # type: ignore[attr-defined]
    lsp_client.questions = []  # type: ignore[attr-defined]

    @lsp_client.feature(types.WORKSPACE_APPLY_EDIT)
    def apply_edit(params: types.ApplyWorkspaceEditParams) -> types.ApplyWorkspaceEditResult:
        lsp_client.applied.append(params)  # type: ignore[attr-defined]
        return types.ApplyWorkspaceEditResult(applied=True)

    @lsp_client.feature(types.WINDOW_SHOW_MESSAGE_REQUEST)
    def ask(params: types.ShowMessageRequestParams) -> types.MessageActionItem | None:
        lsp_client.questions.append(params)  # type: ignore[attr-defined]
        return types.MessageActionItem(answer) if answer else None


@pytest_lsp.fixture(config=SERVER)
async def previewing_client(lsp_client: LanguageClient):
    _recording_client(lsp_client)
    experimental = {"greenfix": {"refinePreview": True}}
    await lsp_client.initialize_session(types.InitializeParams(capabilities=capabilities(experimental=experimental)))
    yield
    await lsp_client.shutdown_session()


async def _plain(lsp_client: LanguageClient, answer: str):
    _recording_client(lsp_client, answer)
    await lsp_client.initialize_session(types.InitializeParams(capabilities=capabilities(change_annotations=False)))


@pytest_lsp.fixture(config=SERVER)
async def accepting_client(lsp_client: LanguageClient):
    await _plain(lsp_client, "Apply")
    yield
    await lsp_client.shutdown_session()


@pytest_lsp.fixture(config=SERVER)
async def discarding_client(lsp_client: LanguageClient):
    await _plain(lsp_client, "Discard")
    yield
    await lsp_client.shutdown_session()


async def _refine(client: LanguageClient, project: Path) -> tuple[str, str, dict]:
    uri = from_fs_path(str(project / "pricing.py"))
    text = (project / "pricing.py").read_text()
    open_document(client, uri, text)
    await diagnostics_for(client, uri, version=1)
    await client.workspace_execute_command_async(types.ExecuteCommandParams("greenfix.runTests", [uri]))
    result = await client.workspace_execute_command_async(types.ExecuteCommandParams("greenfix.refine", [uri, "bulk_discount"]))
    return uri, text, result


async def test_a_previewing_client_gets_the_edit_diff_and_evidence_and_nothing_is_applied(
    previewing_client: LanguageClient, project: Path
):
    uri, text, result = await _refine(previewing_client, project)

    assert result["status"] == "fixed" and result["applied"] is False and result["previewed"] == "client"
    assert previewing_client.applied == [] and previewing_client.questions == []  # type: ignore[attr-defined]
    assert "-    if quantity > 10:" in result["diff"] and "+    if quantity >= 10:" in result["diff"]
    evidence = result["evidence"]
    # Both failing tests ran bulk_discount (order_total calls it), so both are blamed on it.
    assert evidence["testsFixed"] == [
        "tests/test_pricing.py::test_order_total_applies_the_discount",
        "tests/test_pricing.py::test_ten_items_get_the_discount",
    ]
    assert evidence["testsKept"] == 1 and evidence["callsRecorded"] == 3 and evidence["callsChanged"] == 0
    # The edit is exactly what the client applies on Accept: versioned, and it fixes the text.
    (change,) = result["edit"]["documentChanges"]
    assert change["textDocument"] == {"uri": uri, "version": 1}
    edits = [previewing_client.protocol._converter.structure(e, types.TextEdit) for e in change["edits"]]
    assert "if quantity >= 10:" in apply_text_edits(text, edits)


async def wait_for(condition, seconds: float = 30.0) -> None:
    for _ in range(int(seconds * 10)):
        if condition():
            return
        await asyncio.sleep(0.1)
    raise AssertionError("timed out")


async def test_a_client_without_change_annotations_is_asked_with_the_diff_and_apply_applies(
    accepting_client: LanguageClient, project: Path
):
    _, _, result = await _refine(accepting_client, project)

    # The command answers first (a client may stop waiting for it), then the question comes.
    assert result["status"] == "fixed" and result["previewed"] == "message" and result["applied"] is False
    await wait_for(lambda: accepting_client.applied)  # type: ignore[attr-defined]
    (question,) = accepting_client.questions  # type: ignore[attr-defined]
    assert "+    if quantity >= 10:" in question.message and "failing test(s) now pass" in question.message
    assert [a.title for a in question.actions] == ["Apply", "Discard"]
    (applied,) = accepting_client.applied  # type: ignore[attr-defined]
    assert not applied.edit.change_annotations  # asked already: no second confirmation


async def test_discard_applies_nothing(discarding_client: LanguageClient, project: Path):
    _, _, result = await _refine(discarding_client, project)

    await wait_for(lambda: discarding_client.questions)  # type: ignore[attr-defined]
    await asyncio.sleep(1)
    assert discarding_client.applied == [] and result["applied"] is False  # type: ignore[attr-defined]
