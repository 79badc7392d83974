"""Model-backed code actions: "Fix with model" on syntax problems and
"Rewrite function with model…" on the function under the cursor.

They are listed instantly and only when a model is configured; the model is
called when the user picks one: in codeAction/resolve for a fix (`$/cancelRequest`
aborts the HTTP request), in the `greenfix.rewriteFunction` command for a rewrite.
Every edit names the document version it was computed for and asks the editor
for a preview; nothing that fails the syntax gate is ever offered."""

from __future__ import annotations

import contextlib
import logging
import os
import uuid
from typing import TYPE_CHECKING, Any, AsyncIterator

from lsprotocol import types

from greenfix.analysis.config import Settings
from greenfix.analysis.repair.rebase import rebase_fix
from greenfix.analysis.syntax import find_problems
from greenfix.analysis.targets import function_at, function_named, function_span_around

from .code_actions import ActionRequest, register, wanted
from .convert import confirmed_workspace_edit, to_diagnostic, to_text_edit
from .jobs import begin_progress

if TYPE_CHECKING:
    from greenfix.analysis.model.gate import Proposal

    from .app import GreenfixServer

log = logging.getLogger(__name__)

FIX_TITLE = "Fix with model"
REWRITE_TITLE = "Rewrite function with model…"
REWRITE_COMMAND = "greenfix.rewriteFunction"
NO_MODEL_MESSAGE = (
    "greenfix: no model is configured, so model fixes are not offered; the embedded engine still "
    "fixes syntax and refines with tests. To use a model, set `model` (and `baseUrl` for a local "
    "server) in the editor's greenfix settings, in [tool.greenfix] of pyproject.toml, or as "
    "GREENFIX_MODEL / GREENFIX_BASE_URL."
)


class ModelProvider:
    name = "model"
    kinds = (types.CodeActionKind.QuickFix.value, types.CodeActionKind.RefactorRewrite.value)

    def actions(self, server: "GreenfixServer", request: ActionRequest) -> list[types.CodeAction]:
        settings = _settings(server, request.document.uri)
        document, source = request.document, request.document.source
        if not settings.model_configured:
            # Said once, where "Fix with model" would have been offered: on a problem
            # (editors ask for code actions at every cursor move).
            if any(p.start <= request.end and request.start <= p.end for p in find_problems(source)):
                server.tell_once(NO_MODEL_MESSAGE)
            return []
        encoding = server.documents.encoding
        actions = []
        if wanted(types.CodeActionKind.QuickFix.value, request.only):
            for problem in find_problems(source):
                if problem.start <= request.end and request.start <= problem.end and function_span_around(source, problem.start):
                    actions.append(
                        types.CodeAction(
                            title=FIX_TITLE,
                            kind=types.CodeActionKind.QuickFix,
                            diagnostics=[to_diagnostic(source.index, problem, encoding)],
                            data={"provider": self.name, "uri": document.uri, "version": document.version,
                                  "start": problem.start, "message": problem.message},
                        )
                    )
        target = function_at(source, request.start)
        if target is not None and wanted(types.CodeActionKind.RefactorRewrite.value, request.only):
            actions.append(
                types.CodeAction(
                    title=REWRITE_TITLE,
                    kind=types.CodeActionKind.RefactorRewrite,
                    # The editor asks the user for the instruction and appends it.
                    command=types.Command(title=REWRITE_TITLE, command=REWRITE_COMMAND, arguments=[document.uri, target.qualname]),
                )
            )
        return actions

    async def resolve(self, server: "GreenfixServer", action: types.CodeAction) -> types.CodeAction:
        data = action.data
        document = server.documents.get(data["uri"])
        if document is None or document.version != data["version"]:
            server.tell("the file changed since this fix was listed; ask for code actions again", types.MessageType.Warning)
            return action
        source = document.source
        problem = next((p for p in find_problems(source) if p.start == data["start"] and p.message == data["message"]), None)
        span = function_span_around(source, data["start"])
        if problem is None or span is None:
            server.tell("that syntax problem is gone", types.MessageType.Info)
            return action
        settings = _settings(server, document.uri)
        text = source.text
        from greenfix.analysis.model.gate import propose_fix

        async with _progress(server, FIX_TITLE):
            proposal = await _ask(server, settings, lambda door: propose_fix(door, settings.model, text, span[0], span[1], problem))
        if proposal is None:
            return action
        if document.version != data["version"]:
            server.tell("the file changed while the model was answering; ask again", types.MessageType.Warning)
            return action
        candidate = proposal.candidates[0]
        encoding = server.documents.encoding
        action.edit = confirmed_workspace_edit(
            document.uri,
            document.version,
            [to_text_edit(source.index, e, encoding) for e in candidate.edits],
            FIX_TITLE,
            f"{settings.model.model}: {problem.message}",
        )
        return action


register(ModelProvider())


async def rewrite_command(server: "GreenfixServer", uri: str, qualname: str, instruction: str) -> dict[str, Any]:
    document = server.documents.get(uri)
    if document is None:
        server.tell(f"{uri} is not open", types.MessageType.Warning)
        return {"applied": False}
    settings = _settings(server, uri)
    if not settings.model_configured:
        server.tell(NO_MODEL_MESSAGE, types.MessageType.Info)
        return {"applied": False}
    if not instruction.strip():
        server.tell("Rewrite function with model needs an instruction", types.MessageType.Warning)
        return {"applied": False}
    target = function_named(document.source, qualname)
    if target is None:
        server.tell(f"{qualname} is not defined in {uri}", types.MessageType.Warning)
        return {"applied": False}
    text = document.source.text
    from greenfix.analysis.model.gate import propose_rewrite

    async with _progress(server, f"{REWRITE_TITLE.rstrip('…')}: {qualname}"):
        proposal = await _ask(
            server, settings, lambda door: propose_rewrite(door, settings.model, text, target.start, target.end, instruction)
        )
    if proposal is None:
        return {"applied": False}
    current = server.documents.get(uri)
    edits = rebase_fix(text, proposal.candidates[0].new_text, current.source.text, qualname) if current else None
    if current is None or edits is None:
        server.tell(f"{qualname} changed while the model was answering; ask again", types.MessageType.Warning)
        return {"applied": False}
    edit = confirmed_workspace_edit(
        uri,
        current.version,
        [to_text_edit(current.source.index, e, server.documents.encoding) for e in edits],
        REWRITE_TITLE.rstrip("…"),
        instruction,
    )
    result = await server.workspace_apply_edit_async(types.ApplyWorkspaceEditParams(edit=edit, label="greenfix: rewrite"))
    return {"applied": bool(result and result.applied)}


async def _ask(server: "GreenfixServer", settings: Settings, call: Any) -> "Proposal | None":
    """Run one model exchange; tell the user plainly when it yields nothing usable."""
    # The openai client takes half a second to import: only when a model is used.
    from greenfix.analysis.model.errors import ModelError
    from greenfix.analysis.model.door import open_door

    door = open_door(settings.model, os.environ)
    try:
        proposal = await call(door)
    except ModelError as error:
        server.tell(f"the model could not answer: {error}", types.MessageType.Error)
        return None
    finally:
        await door.close()
    if proposal.failure:
        server.tell(proposal.failure, types.MessageType.Info)
        return None
    return proposal


def _settings(server: "GreenfixServer", uri: str) -> Settings:
    project = server.projects.for_uri(uri)
    return project.settings if project is not None else Settings()


@contextlib.asynccontextmanager
async def _progress(server: "GreenfixServer", title: str) -> AsyncIterator[None]:
    """Server-initiated `$/progress` around a model call (cancelled with its request)."""
    token = f"greenfix-{uuid.uuid4()}"
    shown = await begin_progress(server, token, types.WorkDoneProgressBegin(title=title, message="asking the model"))
    try:
        yield
    finally:
        if shown:
            server.work_done_progress.end(token, types.WorkDoneProgressEnd())

