"""The real server over stdio with a model: "Fix with model" and "Rewrite function
with model…", against a scripted OpenAI-compatible server on 127.0.0.1."""

from __future__ import annotations

import asyncio

import pytest
import pytest_lsp
from lsprotocol import types
from pygls.exceptions import JsonRpcRequestCancelled
from pytest_lsp import LanguageClient

from tests.support.lsp import SERVER, apply_text_edits, capabilities, diagnostics_for, open_document
from tests.support.openai_server import Reply, ScriptedOpenAIServer

URI = "file:///tmp/greenfix-model-test/shapes.py"
BROKEN = "def area(w, h)\n    return w * h\n"
FIXED = "def area(w, h):\n    return w * h\n"


@pytest.fixture
def model():
    with ScriptedOpenAIServer() as server:
        yield server


@pytest_lsp.fixture(config=SERVER)
async def client(lsp_client: LanguageClient, model: ScriptedOpenAIServer):
    lsp_client.applied = []  # type: ignore[attr-defined]

    @lsp_client.feature(types.WORKSPACE_APPLY_EDIT)
    def apply_edit(params: types.ApplyWorkspaceEditParams) -> types.ApplyWorkspaceEditResult:
        lsp_client.applied.append(params)  # type: ignore[attr-defined]
        return types.ApplyWorkspaceEditResult(applied=True)

    options = {"model": "scripted-model", "baseUrl": model.base_url, "constraint": "none", "timeout": 5, "retries": 0}
    await lsp_client.initialize_session(types.InitializeParams(capabilities=capabilities(), initialization_options=options))
    yield
    await lsp_client.shutdown_session()


async def fix_action(client: LanguageClient) -> types.CodeAction:
    open_document(client, URI, BROKEN)
    (diagnostic,) = await diagnostics_for(client, URI, version=1, until=bool)
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(URI),
            range=diagnostic.range,
            context=types.CodeActionContext(diagnostics=[diagnostic], only=[types.CodeActionKind.QuickFix]),
        )
    )
    (action,) = [a for a in actions if a.title == "Fix with model"]
    return action


async def test_fix_with_model_is_listed_at_once_and_resolved_into_a_previewed_edit(client: LanguageClient, model: ScriptedOpenAIServer):
    model.add(Reply.text(f"```python\n{FIXED}```"))
    action = await fix_action(client)
    assert action.edit is None and model.chat_requests == []  # listing never calls the model

    resolved = await client.code_action_resolve_async(action)
    (change,) = resolved.edit.document_changes
    assert change.text_document.version == 1
    assert apply_text_edits(BROKEN, change.edits) == FIXED
    (annotation,) = resolved.edit.change_annotations.values()
    assert annotation.needs_confirmation is True
    assert len(model.chat_requests) == 1
    assert any(values and values[0].kind == "begin" and values[0].title == "Fix with model" for values in client.progress_reports.values())


async def test_prose_or_broken_code_is_never_offered(client: LanguageClient, model: ScriptedOpenAIServer):
    model.add(Reply.text("You forgot the colon after the parameters."), Reply.text("def area(w, h)\n    return (w *\n"))
    resolved = await client.code_action_resolve_async(await fix_action(client))
    assert resolved.edit is None
    assert any("no valid fix found" in m.message for m in client.messages)


async def test_cancelling_the_resolve_aborts_the_http_request(client: LanguageClient, model: ScriptedOpenAIServer):
    model.add(Reply.text(f"```python\n{FIXED}```").after(30))
    action = await fix_action(client)
    msg_id = "resolve-to-cancel"
    pending = asyncio.ensure_future(client.protocol.send_request_async(types.CODE_ACTION_RESOLVE, action, msg_id=msg_id))
    for _ in range(300):  # until the model has the request
        if model.chat_requests:
            break
        await asyncio.sleep(0.05)
    assert model.chat_requests, "the model was never asked"
    client.protocol.notify(types.CANCEL_REQUEST, types.CancelParams(id=msg_id))
    assert await asyncio.to_thread(model.wait_for_disconnect, 10), "the HTTP request was not aborted"
    with pytest.raises(JsonRpcRequestCancelled):
        await asyncio.wait_for(pending, 10)


async def test_rewrite_function_applies_the_model_s_version_with_a_preview(client: LanguageClient, model: ScriptedOpenAIServer):
    model.add(Reply.text("```python\ndef area(w, h):\n    return abs(w * h)\n```"))
    open_document(client, URI, FIXED)
    await diagnostics_for(client, URI, version=1)
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(URI),
            range=types.Range(types.Position(1, 4), types.Position(1, 4)),
            context=types.CodeActionContext(diagnostics=[], only=[types.CodeActionKind.RefactorRewrite]),
        )
    )
    (rewrite,) = [a for a in actions if a.title == "Rewrite function with model…"]
    result = await client.workspace_execute_command_async(
        types.ExecuteCommandParams(rewrite.command.command, [*rewrite.command.arguments, "never return a negative area"])
    )
    assert result == {"applied": True}
    (params,) = client.applied  # type: ignore[attr-defined]
    assert apply_text_edits(FIXED, params.edit.document_changes[0].edits) == "def area(w, h):\n    return abs(w * h)\n"
    assert "never return a negative area" in str(model.chat_requests[0].body["messages"])
