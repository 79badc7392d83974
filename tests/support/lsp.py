"""Helpers for driving the real greenfix server over stdio with pytest-lsp."""

from __future__ import annotations

import asyncio
import sys
from typing import Callable, Sequence

from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

SERVER_COMMAND = [sys.executable, "-m", "greenfix.server", "serve"]
SERVER = ClientServerConfig(server_command=SERVER_COMMAND)


def capabilities(position_encodings: Sequence[str] | None = None) -> types.ClientCapabilities:
    return types.ClientCapabilities(
        general=types.GeneralClientCapabilities(
            position_encodings=[types.PositionEncodingKind(e) for e in position_encodings]
            if position_encodings
            else None
        ),
        workspace=types.WorkspaceClientCapabilities(
            apply_edit=True,
            workspace_edit=types.WorkspaceEditClientCapabilities(document_changes=True),
        ),
        window=types.WindowClientCapabilities(work_done_progress=True),
        text_document=types.TextDocumentClientCapabilities(
            code_action=types.CodeActionClientCapabilities(
                data_support=True,
                resolve_support=types.ClientCodeActionResolveOptions(properties=["edit"]),
            ),
        ),
    )


def open_document(client: LanguageClient, uri: str, text: str, version: int = 1) -> None:
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(types.TextDocumentItem(uri=uri, language_id="python", version=version, text=text))
    )


def change_document(
    client: LanguageClient, uri: str, version: int, start: tuple[int, int], end: tuple[int, int], text: str
) -> None:
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=[
                types.TextDocumentContentChangePartial(
                    range=types.Range(types.Position(*start), types.Position(*end)), text=text
                )
            ],
        )
    )


async def diagnostics_for(
    client: LanguageClient,
    uri: str,
    version: int | None = None,
    until: Callable[[Sequence[types.Diagnostic]], bool] = lambda _: True,
    timeout: float = 10.0,
) -> Sequence[types.Diagnostic]:
    """The next diagnostics published for `uri` (at `version`, when given) that satisfy `until`."""

    async def wait() -> Sequence[types.Diagnostic]:
        while True:
            params: types.PublishDiagnosticsParams = await client.wait_for_notification(
                types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS
            )
            if params.uri == uri and (version is None or params.version == version) and until(params.diagnostics):
                return list(params.diagnostics)

    return await asyncio.wait_for(wait(), timeout)


def apply_text_edits(text: str, edits: Sequence[types.TextEdit]) -> str:
    """Apply LSP text edits (UTF-16 positions, as the test client negotiates by default)."""
    lines = text.splitlines(keepends=True) or [""]

    def offset(position: types.Position) -> int:
        before = sum(len(line) for line in lines[: position.line])
        line = lines[position.line] if position.line < len(lines) else ""
        units = 0
        for i, ch in enumerate(line):
            if units >= position.character:
                return before + i
            units += 2 if ord(ch) > 0xFFFF else 1
        return before + len(line.rstrip("\r\n"))

    for edit in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
        a, b = offset(edit.range.start), offset(edit.range.end)
        text = text[:a] + edit.new_text + text[b:]
        lines = text.splitlines(keepends=True) or [""]
    return text
