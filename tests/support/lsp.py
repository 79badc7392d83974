"""Helpers for driving the real greenfix server over stdio with pytest-lsp."""

from __future__ import annotations

import asyncio
import sys
from typing import Any, Callable, Sequence, Union

from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient
from pygls.protocol import default_converter
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, register_lsp_features

SERVER_COMMAND = [sys.executable, "-m", "greenfix.server", "serve"]


def _client() -> LanguageClient:
    client = LanguageClient(converter_factory=default_converter)
    # Every publish, with its version, so a test can find one that arrived before it looked.
    client.published = []  # type: ignore[attr-defined]

    def record_diagnostics(client: LanguageClient, params: types.PublishDiagnosticsParams) -> None:
        DEFAULT_CLIENT_FEATURES[types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS](client, params)
        client.published.append(params)  # type: ignore[attr-defined]

    register_lsp_features(client, {**DEFAULT_CLIENT_FEATURES, types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS: record_diagnostics})
    converter = client.protocol._converter

    # lsprotocol structures every code action that carries a `command` as a Command;
    # editors tell them apart as the protocol says: a Command's `command` is a string.
    def code_action_or_command(value: Any, _: type) -> types.Command | types.CodeAction:
        if isinstance(value.get("command"), str):
            return converter.structure(value, types.Command)
        return converter.structure(value, types.CodeAction)

    converter.register_structure_hook(Union[types.Command, types.CodeAction], code_action_or_command)
    return client


SERVER = ClientServerConfig(server_command=SERVER_COMMAND, client_factory=_client)


def capabilities(
    position_encodings: Sequence[str] | None = None, *, change_annotations: bool = True, experimental: Any = None
) -> types.ClientCapabilities:
    """What a client like VS Code offers; `change_annotations=False` is a client like
    eglot, which would apply an edit marked `needsConfirmation` without showing it."""
    return types.ClientCapabilities(
        general=types.GeneralClientCapabilities(
            position_encodings=[types.PositionEncodingKind(e) for e in position_encodings]
            if position_encodings
            else None
        ),
        workspace=types.WorkspaceClientCapabilities(
            apply_edit=True,
            workspace_edit=types.WorkspaceEditClientCapabilities(
                document_changes=True,
                change_annotation_support=types.ChangeAnnotationsSupportOptions(groups_on_label=True)
                if change_annotations
                else None,
            ),
        ),
        window=types.WindowClientCapabilities(work_done_progress=True),
        text_document=types.TextDocumentClientCapabilities(
            code_action=types.CodeActionClientCapabilities(
                data_support=True,
                resolve_support=types.ClientCodeActionResolveOptions(properties=["edit"]),
            ),
        ),
        experimental=experimental,
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
    """Diagnostics published for `uri` that satisfy `until`: the next ones at `version`
    when it is given; otherwise the latest ones if they already do, else the next."""

    def already_published() -> Sequence[types.Diagnostic] | None:
        if version is None:
            latest = client.diagnostics.get(uri)
            return list(latest) if latest is not None and until(latest) else None
        for params in client.published:  # type: ignore[attr-defined]
            if params.uri == uri and params.version == version and until(params.diagnostics):
                return list(params.diagnostics)
        return None

    if (found := already_published()) is not None:
        return found

    async def wait() -> Sequence[types.Diagnostic]:
        while True:
            params: types.PublishDiagnosticsParams = await client.wait_for_notification(
                types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS
            )
            if params.uri == uri and (version is None or params.version == version) and until(params.diagnostics):
                return list(params.diagnostics)
            # A waiter gets one notification; others read in the same tick of the event
            # loop reach only the client's records.
            if (found := already_published()) is not None:
                return found

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
