"""The real server over stdio: syntax diagnostics while typing, verified quick fixes."""

from __future__ import annotations

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

URI = "file:///tmp/greenfix-test/example.py"


@pytest_lsp.fixture(config=SERVER)
async def client(lsp_client: LanguageClient):
    await lsp_client.initialize_session(types.InitializeParams(capabilities=capabilities()))
    yield
    await lsp_client.shutdown_session()


async def test_typing_an_error_shows_it_with_its_exact_range_and_fixing_it_clears_it(client: LanguageClient):
    open_document(client, URI, "def area(w, h):\n    return w * h\n")
    assert await diagnostics_for(client, URI, version=1) == []

    # Delete the ':' after the parameters.
    change_document(client, URI, 2, (0, 14), (0, 15), "")
    diagnostics = await diagnostics_for(client, URI, version=2)
    assert [(d.message, d.source, d.severity) for d in diagnostics] == [
        ("missing ':'", "greenfix", types.DiagnosticSeverity.Error)
    ]
    assert diagnostics[0].range == types.Range(types.Position(0, 13), types.Position(0, 14))

    change_document(client, URI, 3, (0, 14), (0, 14), ":")
    assert await diagnostics_for(client, URI, version=3) == []


async def test_quick_fix_inserts_the_missing_token_and_the_problem_is_gone(client: LanguageClient):
    text = "def total(items:\n    return sum(items)\n"
    open_document(client, URI, text)
    diagnostics = await diagnostics_for(client, URI, version=1, until=bool)
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(URI),
            range=diagnostics[0].range,
            context=types.CodeActionContext(diagnostics=list(diagnostics)),
        )
    )
    quick_fixes = [a for a in actions if isinstance(a, types.CodeAction) and a.kind == types.CodeActionKind.QuickFix]
    assert [a.title for a in quick_fixes] == ["Insert missing ')'"]
    change = quick_fixes[0].edit.document_changes[0]
    assert change.text_document.version == 1
    fixed = apply_text_edits(text, change.edits)
    assert fixed == "def total(items):\n    return sum(items)\n"

    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=URI, version=2),
            content_changes=[
                types.TextDocumentContentChangePartial(range=e.range, text=e.new_text) for e in change.edits
            ],
        )
    )
    assert await diagnostics_for(client, URI, version=2) == []


async def test_positions_count_utf16_units_after_an_emoji(client: LanguageClient):
    open_document(client, URI, "s = '😀' + (\n")
    diagnostics = await diagnostics_for(client, URI, version=1, until=bool)
    # "s = '😀' + (" : the emoji is two UTF-16 units, so '(' sits at character 11.
    assert diagnostics[0].message == "'(' was never closed"
    assert diagnostics[0].range.start == types.Position(0, 11)
