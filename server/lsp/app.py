"""The greenfix language server: lifecycle, document sync, and the features
registered by the modules beside this one. Handlers translate protocol <-> engine
and hold no repair logic."""

from __future__ import annotations

import asyncio
import atexit
import logging
import os
import signal
import sys
from importlib import metadata
from pathlib import Path
from typing import Any

from lsprotocol import types
from pygls.protocol.language_server import lsp_method
from pygls.uris import to_fs_path

from greenfix.analysis.config import ConfigError
from greenfix.analysis.positions import Encoding, Position
from greenfix.analysis.testing.leftovers import remove_own, remove_stale
from greenfix.analysis.testing.processes import descendants

from . import code_actions, model_actions, refine, syntax_actions
from .code_actions import FIX_FILE_COMMAND, ActionRequest
from .diagnostics import DiagnosticsPublisher
from .documents import DocumentStore
from .failures import RUN_TESTS_COMMAND, run_tests
from .jobs import Job, cancel_job
from .projects import Projects
from .framing import StrictLanguageServer
from .protocol import StrictProtocol

log = logging.getLogger("greenfix.server")


class GreenfixProtocol(StrictProtocol):
    """pygls's protocol, made to answer every request (protocol.py), with greenfix's
    own document store in place of pygls's workspace documents (one copy of each text,
    parsed incrementally)."""

    _server: "GreenfixServer"

    @lsp_method(types.INITIALIZE)
    def lsp_initialize(self, params: types.InitializeParams):  # type: ignore[override]
        # UTF-8 positions are free for us (tree-sitter counts bytes); otherwise UTF-16,
        # which every client must support.
        offered = (params.capabilities.general and params.capabilities.general.position_encodings) or []
        chosen: Encoding = "utf-8" if types.PositionEncodingKind.Utf8 in offered else "utf-16"
        if params.capabilities.general is not None:
            params.capabilities.general.position_encodings = [types.PositionEncodingKind(chosen)]
        self._server.documents.encoding = chosen
        return (yield from super().lsp_initialize(params))

    @lsp_method(types.TEXT_DOCUMENT_DID_OPEN)
    def lsp_text_document__did_open(self, params: types.DidOpenTextDocumentParams):  # type: ignore[override]
        if self._server.documents.open(params.text_document) is not None:
            self._server.diagnostics.schedule(params.text_document.uri)
        yield from ()

    @lsp_method(types.TEXT_DOCUMENT_DID_CHANGE)
    def lsp_text_document__did_change(self, params: types.DidChangeTextDocumentParams):  # type: ignore[override]
        if self._server.documents.change(params) is not None:
            self._server.diagnostics.schedule(params.text_document.uri)
        yield from ()

    @lsp_method(types.TEXT_DOCUMENT_DID_CLOSE)
    def lsp_text_document__did_close(self, params: types.DidCloseTextDocumentParams):  # type: ignore[override]
        uri = params.text_document.uri
        if self._server.documents.close(uri):
            self._server.diagnostics.clear(uri)
        else:
            log.warning("didClose for %s, which is not open: ignored", uri)
        yield from ()


class GreenfixServer(StrictLanguageServer):
    def __init__(self) -> None:
        self.documents = DocumentStore()
        self.projects = Projects()
        self.jobs: dict[str, Job] = {}
        self._told: set[str] = set()
        # Questions asked after a command answered (see delivery.py): kept until answered.
        self.pending_questions: set[asyncio.Future[None]] = set()
        super().__init__("greenfix", _version(), protocol_cls=GreenfixProtocol)
        self.diagnostics = DiagnosticsPublisher(self)

    def tell(self, message: str, kind: types.MessageType = types.MessageType.Info) -> None:
        self.window_show_message(types.ShowMessageParams(kind, f"greenfix: {message.removeprefix('greenfix: ')}"))

    def log_line(self, message: str) -> None:
        """A line in the client's output/log (window/logMessage): every job's outcome goes there."""
        self.window_log_message(types.LogMessageParams(types.MessageType.Info, f"greenfix: {message.removeprefix('greenfix: ')}"))

    def tell_once(self, message: str, kind: types.MessageType = types.MessageType.Info) -> None:
        if message not in self._told:
            self._told.add(message)
            self.tell(message, kind)

    @property
    def supports_document_changes(self) -> bool:
        workspace = self.client_capabilities.workspace
        return bool(workspace and workspace.workspace_edit and workspace.workspace_edit.document_changes)

    def report_server_error(self, error: Exception, source: Any) -> None:
        # Mostly malformed messages from the client, logged by pygls already; a popup
        # per message would drown the user.
        log.warning("could not handle a message (%s): %s", getattr(source, "__name__", source), error)


def _version() -> str:
    try:
        return metadata.version("greenfix")
    except metadata.PackageNotFoundError:
        return "0+unknown"


def create_server() -> GreenfixServer:
    server = GreenfixServer()

    @server.feature(types.INITIALIZE)
    def initialize(ls: GreenfixServer, params: types.InitializeParams) -> None:
        if isinstance(params.initialization_options, dict):
            ls.projects.options = params.initialization_options
        uris = [f.uri for f in params.workspace_folders or []] or ([params.root_uri] if params.root_uri else [])
        ls.projects.workspace_folders = [Path(p).resolve() for p in map(to_fs_path, uris) if p]

    @server.feature(types.WORKSPACE_DID_CHANGE_CONFIGURATION)
    def did_change_configuration(ls: GreenfixServer, params: types.DidChangeConfigurationParams) -> None:
        # Merged into what the editor gave before: eglot sends `{}` right after initialize.
        settings = params.settings.get("greenfix", params.settings) if isinstance(params.settings, dict) else None
        if isinstance(settings, dict):
            try:
                ls.projects.reconfigure(settings)
            except ConfigError as error:
                ls.tell(f"{error}; the settings are unchanged", types.MessageType.Warning)

    @server.feature(types.SHUTDOWN)
    def shutdown(ls: GreenfixServer, *args: Any) -> None:
        ls.projects.close()  # kills test runners, removes shadow copies

    @server.feature(types.WINDOW_WORK_DONE_PROGRESS_CANCEL)
    def cancel_progress(ls: GreenfixServer, params: types.WorkDoneProgressCancelParams) -> None:
        cancel_job(ls, params.token)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    async def did_save(ls: GreenfixServer, params: types.DidSaveTextDocumentParams) -> None:
        uri = params.text_document.uri
        if uri not in ls.documents:
            return
        ls.diagnostics.schedule(uri)
        project = ls.projects.for_uri(uri)
        if project is not None and project.settings.refine.run_tests_on_save and not project.lock.locked():
            await run_tests(ls, project)

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(
            code_action_kinds=[types.CodeActionKind(k) if k in _STANDARD_KINDS else k for k in code_actions.all_kinds()],
            resolve_provider=True,
            work_done_progress=True,
        ),
    )
    def code_action(ls: GreenfixServer, params: types.CodeActionParams) -> list[types.CodeAction]:
        document = ls.documents.get(params.text_document.uri)
        if document is None:
            log.warning("codeAction for %s, which is not open: no actions", params.text_document.uri)
            return []
        index = document.source.index
        encoding = ls.documents.encoding
        start = index.offset_of(Position(params.range.start.line, params.range.start.character), encoding)
        end = index.offset_of(Position(params.range.end.line, params.range.end.character), encoding)
        request = ActionRequest(document, min(start, end), max(start, end), params.context.only)
        actions: list[types.CodeAction] = []
        for provider in code_actions.PROVIDERS:
            try:
                actions.extend(provider.actions(ls, request))
            except Exception:
                log.exception("code action provider %r failed on %s", provider.name, document.uri)
        return actions

    @server.feature(types.CODE_ACTION_RESOLVE)
    async def resolve_code_action(ls: GreenfixServer, action: types.CodeAction) -> types.CodeAction:
        name = action.data.get("provider") if isinstance(action.data, dict) else None
        provider = code_actions.provider_named(name) if name else None
        if provider is None:
            return action
        return await provider.resolve(ls, action)

    @server.command(RUN_TESTS_COMMAND)
    async def run_tests_command(ls: GreenfixServer, *args: Any) -> dict[str, Any]:
        """Run the project's tests and show failures on the code under test: arguments [uri]."""
        uri = args[0] if args and isinstance(args[0], str) else next(iter(ls.documents.uris()), None)
        project = ls.projects.for_uri(uri) if uri else None
        if project is None:
            ls.tell("open a file of the project to test", types.MessageType.Warning)
            return {"passed": 0, "failed": 0}
        return await run_tests(ls, project)

    @server.command(refine.REFINE_COMMAND)
    async def refine_function(ls: GreenfixServer, *args: Any) -> dict[str, Any]:
        """Refine a function with its tests: arguments [uri, qualname or {line, character}]."""
        if len(args) < 2 or not isinstance(args[0], str):
            ls.tell("greenfix.refine takes [uri, qualname or {line, character}]", types.MessageType.Warning)
            return {"status": "refused", "applied": False}
        return await refine.refine_command(ls, args[0], args[1])

    @server.command(model_actions.REWRITE_COMMAND)
    async def rewrite_function(ls: GreenfixServer, *args: Any) -> dict[str, Any]:
        """Rewrite a function with the model: arguments [uri, qualname, instruction]."""
        if len(args) < 2 or not all(isinstance(a, str) for a in args[:3]):
            ls.tell("greenfix.rewriteFunction takes [uri, qualname, instruction]", types.MessageType.Warning)
            return {"applied": False}
        return await model_actions.rewrite_command(ls, args[0], args[1], args[2] if len(args) > 2 else "")

    @server.command(FIX_FILE_COMMAND)
    async def fix_file(ls: GreenfixServer, *args: Any) -> dict[str, Any]:
        """Fix a file: every certain syntax fix, then Refine with tests on each function
        the last test run blamed. Arguments [uri]."""
        uri = args[0] if args and isinstance(args[0], str) else None
        document = ls.documents.get(uri) if uri else None
        if uri is None or document is None:
            ls.tell(f"{uri or 'no document'} is not open", types.MessageType.Warning)
            return {"applied": False, "fixes": 0, "refined": {}}
        request = ActionRequest(document, 0, len(document.source.data), [syntax_actions.FIX_ALL_KIND])
        action = syntax_actions.SyntaxFixProvider().fix_all(ls, request)
        applied, fixes = False, 0
        if action is not None and action.edit is not None:
            result = await ls.workspace_apply_edit_async(types.ApplyWorkspaceEditParams(edit=action.edit, label=action.title))
            applied, fixes = bool(result and result.applied), len(_edits_of(action.edit))
            if applied:  # refine the fixed text: the editor may answer before it sends the change
                await _changed_since(ls, uri, document.version)
        not_fixed = syntax_actions.without_certain_fix(document.source)
        refined, refines = {}, {}
        for qualname in refine.failing_functions(ls, uri):
            refines[qualname] = await refine.refine_command(ls, uri, qualname)  # a previewing client shows these
            refined[qualname] = refines[qualname]["status"]
            applied = applied or bool(refines[qualname].get("applied"))
        if not_fixed:
            ls.tell(f"Fix file: no certain fix for: {'; '.join(not_fixed)}", types.MessageType.Warning)
        elif not fixes and not refined:
            ls.tell("Fix file: nothing to fix in this file (no syntax problem, no failing test)")
        ls.log_line(f"Fix file {uri}: {fixes} syntax fix(es), refined {refined or 'nothing'}, not fixed: {not_fixed or 'nothing'}")
        return {"applied": applied, "fixes": fixes, "refined": refined, "notFixed": not_fixed, "refines": refines}

    return server


_STANDARD_KINDS = {k.value for k in types.CodeActionKind}
# How long to wait for the editor to send a change it said it applied.
_CHANGE_WAIT_SECONDS = 2.0


async def _changed_since(server: GreenfixServer, uri: str, version: int) -> None:
    deadline = asyncio.get_running_loop().time() + _CHANGE_WAIT_SECONDS
    while asyncio.get_running_loop().time() < deadline:
        current = server.documents.get(uri)
        if current is None or current.version != version:
            return
        await asyncio.sleep(0.02)


def _edits_of(edit: types.WorkspaceEdit) -> list[types.TextEdit]:
    if edit.document_changes:
        return [e for change in edit.document_changes if isinstance(change, types.TextDocumentEdit) for e in change.edits]
    return [e for edits in (edit.changes or {}).values() for e in edits]


def _terminate(server: GreenfixServer, signum: int) -> None:
    """SIGTERM or SIGINT: stop test runs and remove shadow copies, then leave at once with
    the status shells expect, 128 + the signal's number (the event loop may be busy, and
    a job's thread would hold an orderly exit until its test run ends)."""
    processes = descendants()
    server.projects.close()
    remove_own(processes)  # what a job was still setting up (a runner not yet handed to its project)
    os._exit(128 + signum)


def serve(tcp: tuple[str, int] | None = None) -> int:
    """Run the server until exit or the end of input; the process's exit status."""
    logging.basicConfig(
        stream=sys.stderr,
        level=os.environ.get("GREENFIX_LOG_LEVEL", "INFO").upper(),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    # pygls logs every message it sends at INFO: costly on the keystroke path and noisy.
    logging.getLogger("pygls").setLevel(max(logging.WARNING, logging.getLogger().level))
    for folder in remove_stale():
        log.info("removed %s, left by a greenfix that was killed", folder)
    server = create_server()
    atexit.register(server.projects.close)  # also when the editor goes away without shutdown
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda signum, _: _terminate(server, signum))
    if tcp is None:
        return server.start_io()
    return server.start_tcp(*tcp)
