"""The real server over stdio: document lifecycle, bad input, encodings, fix-all."""

from __future__ import annotations

import asyncio

import pytest_lsp
from lsprotocol import types
from pytest_lsp import LanguageClient

from tests.support.lsp import (
    SERVER,
    apply_text_edits,
    capabilities,
    change_document,
    diagnostics_for,
    open_document,
)

URI = "file:///tmp/greenfix-test/doc.py"


@pytest_lsp.fixture(config=SERVER)
async def client(lsp_client: LanguageClient):
    applied: list[types.ApplyWorkspaceEditParams] = []

    @lsp_client.feature(types.WORKSPACE_APPLY_EDIT)
    def apply_edit(params: types.ApplyWorkspaceEditParams) -> types.ApplyWorkspaceEditResult:
        applied.append(params)
        return types.ApplyWorkspaceEditResult(applied=True)

    lsp_client.applied_edits = applied  # type: ignore[attr-defined]
    await lsp_client.initialize_session(types.InitializeParams(capabilities=capabilities()))
    yield
    await lsp_client.shutdown_session()


async def code_actions(client: LanguageClient, uri: str, line: int, only: list[str] | None = None) -> list:
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri),
            range=types.Range(types.Position(line, 0), types.Position(line, 0)),
            context=types.CodeActionContext(diagnostics=[], only=only),
        )
    )
    return list(actions or [])


async def test_closing_a_document_withdraws_its_diagnostics(client: LanguageClient):
    open_document(client, URI, "x = (\n")
    assert await diagnostics_for(client, URI, version=1, until=bool)
    client.text_document_did_close(types.DidCloseTextDocumentParams(types.TextDocumentIdentifier(URI)))
    assert await diagnostics_for(client, URI, until=lambda d: not d) == []
    # Requests about the closed document get an empty answer, not an error.
    assert await code_actions(client, URI, 0) == []


async def test_a_change_for_a_document_never_opened_is_ignored(client: LanguageClient):
    change_document(client, "file:///tmp/greenfix-test/never-opened.py", 2, (0, 0), (0, 0), "(")
    open_document(client, URI, "ok = 1\n")
    assert await diagnostics_for(client, URI, version=1) == []
    assert "file:///tmp/greenfix-test/never-opened.py" not in client.diagnostics


async def test_out_of_range_change_is_clamped_and_diagnostics_match_the_text(client: LanguageClient):
    open_document(client, URI, "a = 1\n")
    await diagnostics_for(client, URI, version=1)
    # Line 40 does not exist: the insertion lands at the end of the document,
    # as editors' own document models do.
    change_document(client, URI, 2, (40, 3), (41, 0), "b = (\n")
    diagnostics = await diagnostics_for(client, URI, version=2)
    assert [d.message for d in diagnostics] == ["'(' was never closed"]
    assert diagnostics[0].range.start == types.Position(1, 4)
    # A character past the end of a line means the end of that line.
    change_document(client, URI, 3, (1, 99), (1, 99), ")")
    assert await diagnostics_for(client, URI, version=3) == []


async def test_a_burst_of_changes_ends_with_diagnostics_of_the_final_text(client: LanguageClient):
    open_document(client, URI, "")
    await diagnostics_for(client, URI, version=1)
    text = "def f(a, b):\n    return (a +\n"
    version = 1
    line, column = 0, 0
    for ch in text:
        version += 1
        change_document(client, URI, version, (line, column), (line, column), ch)
        line, column = (line + 1, 0) if ch == "\n" else (line, column + 1)
    diagnostics = await diagnostics_for(client, URI, version=version)
    assert [d.message for d in diagnostics] == ["'(' was never closed"]


async def test_fix_all_applies_every_certain_fix_of_the_file(client: LanguageClient):
    text = "def f(x)\n    return x\n\nclass A\n    pass\n"
    open_document(client, URI, text)
    assert len(await diagnostics_for(client, URI, version=1, until=lambda d: len(d) == 2)) == 2
    actions = await code_actions(client, URI, 0, only=["source.fixAll"])
    assert [a.kind for a in actions] == ["source.fixAll.greenfix"]
    fixed = apply_text_edits(text, actions[0].edit.document_changes[0].edits)
    assert fixed == "def f(x):\n    return x\n\nclass A:\n    pass\n"


async def test_fix_file_command_asks_the_editor_to_apply_the_fixes(client: LanguageClient):
    text = "def f(x)\n    return x\n"
    open_document(client, URI, text)
    await diagnostics_for(client, URI, version=1, until=bool)
    result = await client.workspace_execute_command_async(
        types.ExecuteCommandParams(command="greenfix.fixFile", arguments=[URI])
    )
    assert result == {"applied": True, "fixes": 1, "refined": {}, "refines": {}, "notFixed": []}
    (params,) = client.applied_edits  # type: ignore[attr-defined]
    assert apply_text_edits(text, params.edit.document_changes[0].edits) == "def f(x):\n    return x\n"


async def test_a_large_file_gets_complete_diagnostics_and_the_server_stays_responsive(client: LanguageClient):
    body = "".join(f"def f{i}(x):\n    return x + {i}\n\n" for i in range(16_700))  # ~50,000 lines
    text = body + "if x:\npass\n"  # an error only CPython's compiler sees
    open_document(client, URI, text)
    # While the compile stage runs, the server answers requests.
    actions = await asyncio.wait_for(code_actions(client, URI, 0), 30)
    assert actions == []
    final = await diagnostics_for(client, URI, version=1, until=bool, timeout=60)
    assert [d.message for d in final] == ["expected an indented block after 'if' statement on line 50101"]
    assert final[0].range.start.line == 50101


async def test_documents_opened_earlier_still_get_exact_diagnostics_when_edited(client: LanguageClient):
    # Syntax trees are kept only for the latest documents (a few hundred KB of source);
    # an earlier one is parsed again when it changes, and must answer as a fresh open does.
    text = "".join(f"def f{i}(x):\n    return 'é😀' + x\n\n" for i in range(3000))  # ~100 KB
    uris = [f"file:///tmp/greenfix-test/big{n}.py" for n in range(4)]
    for uri in uris:
        open_document(client, uri, text)
    for uri in uris:
        assert await diagnostics_for(client, uri, version=1) == []
    first = uris[0]
    change_document(client, first, 2, (1, 20), (1, 20), ")")  # after the x; 'é😀' is 4 UTF-16 units
    edited = await diagnostics_for(client, first, version=2)
    assert [(d.message, d.range.start) for d in edited] == [("unmatched ')'", types.Position(1, 20))]
    fresh_uri = "file:///tmp/greenfix-test/fresh.py"
    open_document(client, fresh_uri, text.replace("+ x\n", "+ x)\n", 1))
    assert await diagnostics_for(client, fresh_uri, version=1) == edited
    change_document(client, first, 3, (1, 20), (1, 21), "")
    assert await diagnostics_for(client, first, version=3) == []


async def test_without_a_model_one_message_says_how_to_configure_one_on_a_problem(client: LanguageClient):
    open_document(client, URI, "ok = 1\nbroken = (\n")
    (diagnostic,) = await diagnostics_for(client, URI, version=1, until=bool)
    await code_actions(client, URI, 0)  # a line with no problem: nothing said
    assert not [m for m in client.messages if "no model is configured" in m.message]
    for _ in range(3):
        actions = await client.text_document_code_action_async(
            types.CodeActionParams(
                text_document=types.TextDocumentIdentifier(URI),
                range=diagnostic.range,
                context=types.CodeActionContext(diagnostics=[diagnostic]),
            )
        )
        assert [a.title for a in actions if "model" in a.title] == []
    (said,) = [m for m in client.messages if "no model is configured" in m.message]
    assert said.type == types.MessageType.Info and "GREENFIX_MODEL" in said.message


async def test_a_file_outside_any_project_is_never_copied_for_tests(client: LanguageClient):
    # No project marker above it and no workspace folder: the filesystem root would
    # be its project; greenfix refuses instead of copying it.
    result = await asyncio.wait_for(
        client.workspace_execute_command_async(types.ExecuteCommandParams("greenfix.runTests", ["file:///greenfix-nowhere.py"])),
        20,
    )
    assert result == {"passed": 0, "failed": 0}
    assert any("open a file of the project" in m.message for m in client.messages)


async def test_commands_with_bad_arguments_answer_with_a_message(client: LanguageClient):
    for command, arguments in [("greenfix.refine", []), ("greenfix.refine", [URI, {"line": "x"}]), ("greenfix.rewriteFunction", [1])]:
        result = await client.workspace_execute_command_async(types.ExecuteCommandParams(command, arguments))
        assert result["applied"] is False
