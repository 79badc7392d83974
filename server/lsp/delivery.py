"""How a fix found by Refine with tests reaches the user, who sees it before it applies.

Three ways, by what the client can do:
- it previews fixes itself (it declares `capabilities.experimental.greenfix.refinePreview`):
  the command's result carries the version-checked edit, the diff and the evidence, and
  the client shows them with Accept / Discard, applies the edit on Accept and then runs
  `greenfix.runTests` (the VS Code and Neovim clients);
- it honours change annotations: `workspace/applyEdit` with `needsConfirmation`, so the
  editor's own preview shows it;
- neither (eglot, Helix, plain clients): `window/showMessageRequest` shows the diff and
  the evidence with Apply / Discard first, and only Apply sends `workspace/applyEdit`.
"""

from __future__ import annotations

import asyncio
import difflib
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from lsprotocol import types

from greenfix.analysis.repair.evidence import Evidence

from .convert import confirmed_workspace_edit, workspace_edit

if TYPE_CHECKING:
    from .app import GreenfixServer

APPLY = "Apply"
ANSWER_FIRST_SECONDS = 0.2
DISCARD = "Discard"


def client_previews(server: "GreenfixServer") -> bool:
    experimental = server.client_capabilities.experimental
    greenfix = experimental.get("greenfix") if isinstance(experimental, dict) else None
    return isinstance(greenfix, dict) and greenfix.get("refinePreview") is True


def client_confirms(server: "GreenfixServer") -> bool:
    """True when the client shows edits marked `needsConfirmation` before applying them."""
    workspace = server.client_capabilities.workspace
    edit = workspace.workspace_edit if workspace else None
    return bool(edit and edit.change_annotation_support and server.supports_document_changes)


def evidence_json(evidence: Evidence) -> dict[str, Any]:
    return {
        "testsFixed": list(evidence.tests_fixed),
        "testsKept": evidence.tests_kept,
        "callsRecorded": evidence.calls_recorded,
        "callsChanged": evidence.calls_changed,
        "otherPlausible": evidence.other_plausible,
        "weak": list(evidence.weak),
        "summary": evidence.summary(),
    }


def unified_diff(path: str, before: str, after: str) -> str:
    lines = difflib.unified_diff(before.splitlines(True), after.splitlines(True), f"a/{path}", f"b/{path}")
    return "".join(line if line.endswith("\n") else line + "\n" for line in lines)


async def deliver(
    server: "GreenfixServer",
    uri: str,
    version: int,
    edits: list[types.TextEdit],
    title: str,
    description: str,
    evidence: Evidence,
    diff: str,
    on_applied: Callable[[], Awaitable[None]],
) -> dict[str, Any]:
    """Offer the edit (computed for document `version`); what happened, for the command's
    result. `on_applied` runs once the editor has applied it."""
    offer = {"evidence": evidence_json(evidence), "diff": diff, "version": version}
    if client_previews(server):
        edit = workspace_edit(uri, version, edits, server.supports_document_changes)
        return {**offer, "edit": edit, "applied": False, "previewed": "client"}
    if client_confirms(server):
        edit = confirmed_workspace_edit(uri, version, edits, title, f"{description}; {evidence.summary()}")
        applied = await _apply(server, edit, title, on_applied)
        return {**offer, "applied": applied, "previewed": "editor"}
    # The command answers first and the question follows: a client may give up waiting
    # for a command's answer (eglot after 10 s) while the user reads the diff.
    edit = workspace_edit(uri, version, edits, server.supports_document_changes)
    question = f"{title}: {description}\n\n{diff}{evidence.summary()}"  # the evidence last: eglot shows a long question's end
    asking = asyncio.ensure_future(_ask_then_apply(server, question, edit, title, on_applied))
    server.pending_questions.add(asking)
    asking.add_done_callback(server.pending_questions.discard)
    return {**offer, "applied": False, "previewed": "message", "asked": True}


async def _ask_then_apply(
    server: "GreenfixServer", question: str, edit: types.WorkspaceEdit, title: str, on_applied: Callable[[], Awaitable[None]]
) -> None:
    # Let the command's answer go out first: a client that gets the question first may
    # ask it before reading the answer, and then stop waiting for it (eglot).
    await asyncio.sleep(ANSWER_FIRST_SECONDS)
    choice = await server.window_show_message_request_async(
        types.ShowMessageRequestParams(
            type=types.MessageType.Info,
            message=f"greenfix: {question}",
            actions=[types.MessageActionItem(APPLY), types.MessageActionItem(DISCARD)],
        )
    )
    if choice is not None and choice.title == APPLY:
        await _apply(server, edit, title, on_applied)
    else:
        server.log_line(f"{title}: discarded")


async def _apply(server: "GreenfixServer", edit: types.WorkspaceEdit, title: str, on_applied: Callable[[], Awaitable[None]]) -> bool:
    result = await server.workspace_apply_edit_async(types.ApplyWorkspaceEditParams(edit=edit, label=f"greenfix: {title}"))
    applied = bool(result and result.applied)
    server.log_line(f"{title}: {'applied' if applied else 'not applied'}")
    if applied:
        await on_applied()
    return applied
