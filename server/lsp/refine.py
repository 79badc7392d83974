""""Refine with tests": the code action on a function whose tests fail, and the
command that runs the self-debug loop as a cancellable progress job and offers
the result as an edit the editor previews before applying."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from lsprotocol import types

from greenfix.analysis.edits import apply_edits
from greenfix.analysis.positions import Position
from greenfix.analysis.repair.budget import Budget, Deadline
from greenfix.analysis.repair.evidence import Evidence
from greenfix.analysis.repair.explain import unfixed_message
from greenfix.analysis.repair.loop import RefineResult
from greenfix.analysis.repair.proposers import proposers_for
from greenfix.analysis.repair.rebase import rebase_fix
from greenfix.analysis.targets import function_at, function_named

from .code_actions import FIX_FILE_COMMAND, ActionRequest, register, wanted
from .convert import to_text_edit
from .delivery import deliver, unified_diff
from .failures import failure_diagnostics, open_buffers, publish_for_path, run_tests
from .syntax_actions import FIX_ALL_KIND
from .jobs import Job
from .projects import Project

if TYPE_CHECKING:
    from .app import GreenfixServer

log = logging.getLogger(__name__)

REFINE_COMMAND = "greenfix.refine"
REFINE_TITLE = "Refine with tests"


def failing_functions(server: "GreenfixServer", uri: str) -> list[str]:
    """Functions of the file that the last test run blamed for a failure."""
    project = server.projects.for_uri(uri)
    path = project.path_of(uri) if project else None
    if project is None or path is None:
        return []
    return sorted({f.blame.qualname for f in project.failures.get(path, []) if f.blame is not None})


class RefineProvider:
    name = "refine"
    kinds = (types.CodeActionKind.QuickFix.value, FIX_ALL_KIND)

    def actions(self, server: "GreenfixServer", request: ActionRequest) -> list[types.CodeAction]:
        uri = request.document.uri
        if request.only and wanted(FIX_ALL_KIND, request.only) and failing_functions(server, uri):
            return [
                types.CodeAction(
                    title="Fix file: syntax, then Refine with tests (greenfix)",
                    kind=FIX_ALL_KIND,
                    command=types.Command(title="Fix file", command=FIX_FILE_COMMAND, arguments=[uri]),
                )
            ]
        if not wanted(types.CodeActionKind.QuickFix.value, request.only):
            return []
        project = server.projects.for_uri(uri)
        path = project.path_of(uri) if project else None
        if project is None or path is None or not project.failures.get(path):
            return []
        source = request.document.source
        target = function_at(source, request.start)
        if target is None:
            return []
        diagnostics = [
            d
            for d in failure_diagnostics(project, path, source, server.documents.encoding)
            if isinstance(d.data, dict) and d.data.get("qualname") == target.qualname
        ]
        if not diagnostics:
            return []
        return [
            types.CodeAction(
                title=REFINE_TITLE,
                kind=types.CodeActionKind.QuickFix,
                diagnostics=diagnostics,
                command=types.Command(title=REFINE_TITLE, command=REFINE_COMMAND, arguments=[uri, target.qualname]),
            )
        ]

    async def resolve(self, server: "GreenfixServer", action: types.CodeAction) -> types.CodeAction:
        return action


register(RefineProvider())


async def refine_command(server: "GreenfixServer", uri: str, where: Any) -> dict[str, Any]:
    """Refine the function named `where` (a qualname) or around `where` (an LSP
    position {line, character}) in the open document `uri`."""
    document = server.documents.get(uri)
    project = server.projects.for_uri(uri)
    path = project.path_of(uri) if project else None
    if document is None or project is None or path is None:
        return _refused(server, f"{uri} is not an open file of a project")
    qualname = _qualname(server, document, where)
    if qualname is None:
        return _refused(server, "no function there to refine")

    version, text = document.version, document.source.text
    result = await _run_refine(server, project, path, text, qualname)
    summary = {
        "status": result.status,
        "qualname": qualname,
        "message": result.message,
        "attempts": result.attempts,
        "seconds": round(result.seconds, 2),
    }
    if result.status != "fixed" or result.new_text is None:
        if result.status == "unfixed":
            summary["message"] = unfixed_message(result, project.settings.model_configured)
        elif result.status != "cancelled":
            summary["message"] = f"{qualname}: {result.message}"
        if result.status != "cancelled":
            server.tell(summary["message"])
        server.log_line(f"{REFINE_TITLE}: {summary['message']}")
        return summary

    current = server.documents.get(uri)
    if current is None:
        return _refused(server, f"{uri} was closed while refining", summary)
    edits = rebase_fix(text, result.new_text, current.source.text, qualname)
    if edits is None:
        return _refused(server, f"{qualname} changed while refining; run Refine with tests again", summary)
    text_edits = [to_text_edit(current.source.index, e, server.documents.encoding) for e in edits]
    after = apply_edits(current.source.data, edits).decode("utf-8", "surrogatepass")
    evidence = result.evidence or Evidence()
    description = f"{result.description} ({result.attempts} candidates)"
    summary["rebased"] = current.version != version
    server.log_line(f"{REFINE_TITLE}: {qualname}: {result.description}; {evidence.summary()}")

    async def test_the_edited_text() -> None:
        # The failure diagnostics clear (or stay) with evidence: test the edited text,
        # which the editor may not have sent back yet.
        await run_tests(server, project, {path: after})

    diff = unified_diff(path, current.source.text, after)
    summary.update(
        await deliver(server, uri, current.version, text_edits, REFINE_TITLE, description, evidence, diff, test_the_edited_text)
    )
    return summary


async def _run_refine(server: "GreenfixServer", project: Project, path: str, text: str, qualname: str) -> RefineResult:
    buffers = {**open_buffers(server, project), path: text}
    budget = Budget.from_settings(project.settings.refine)
    proposers = proposers_for(project.settings, budget)
    job = Job(server, project, f"{REFINE_TITLE}: {qualname}")
    shown_before = set(project.failures)

    def work(job: Job) -> RefineResult:
        deadline = Deadline.after(budget.seconds)  # the whole job: running the tests and the search
        try:
            job.report("running tests")
            tests = project.session.run_all(buffers, deadline)
            if tests.error is not None:
                return RefineResult("error", path, qualname, tests.error)
            result = project.session.refine(
                path, qualname, text, proposers, budget, deadline, lambda p: job.report(str(p)), lambda: job.cancelled
            )
            model_errors = [e for p in proposers for e in getattr(p, "errors", [])]
            if result.status == "unfixed" and model_errors:
                result.message += f" (the model: {model_errors[-1]})"
            return result
        except Exception:
            if job.cancelled:  # its runner was killed under it
                return RefineResult("cancelled", path, qualname, "cancelled")
            raise

    result = await job.run(work, lambda r: r.message)
    for changed in shown_before | set(project.failures):
        publish_for_path(server, project, changed)  # the run inside refreshed the failures
    return result


def _qualname(server: "GreenfixServer", document: Any, where: Any) -> str | None:
    source = document.source
    if isinstance(where, str):
        return where if function_named(source, where) is not None else None
    if isinstance(where, dict):
        try:
            position = Position(int(where["line"]), int(where.get("character", 0)))
        except (KeyError, TypeError, ValueError):
            return None
        target = function_at(source, source.index.offset_of(position, server.documents.encoding))
        return target.qualname if target else None
    return None


def _refused(server: "GreenfixServer", message: str, summary: dict[str, Any] | None = None) -> dict[str, Any]:
    server.tell(message, types.MessageType.Warning)
    return {**(summary or {}), "status": (summary or {}).get("status", "refused"), "applied": False, "message": message}

