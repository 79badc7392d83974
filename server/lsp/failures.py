"""Failing tests shown on the code under test.

"Run tests" (the `greenfix.runTests` command, or saving a file when
`runTestsOnSave` is set) runs the project's tests in its shadow copy with the
editor's unsaved buffers, blames each failure on a function, and shows it as a
diagnostic on that function's name, with the assertion message and a link to
the failing line of the test."""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING, Any

from lsprotocol import types

from greenfix.analysis.document import SourceDocument
from greenfix.analysis.files import read_source
from greenfix.analysis.positions import Encoding
from greenfix.analysis.targets import function_named

from .convert import SOURCE, to_range
from .jobs import Job
from greenfix.analysis.repair.attribution import Verdict

from .projects import Project

if TYPE_CHECKING:
    from .app import GreenfixServer

log = logging.getLogger(__name__)

RUN_TESTS_COMMAND = "greenfix.runTests"
FAILING_TEST = "failing-test"


def failure_diagnostics(project: Project, path: str, source: SourceDocument, encoding: Encoding) -> list[types.Diagnostic]:
    diagnostics = []
    for failure in project.failures.get(path, []):
        target = function_named(source, failure.blame.qualname)
        if target is None:
            continue  # renamed or deleted since the run
        header = source.data[target.start : target.body_start]
        name = re.search(rb"\bdef\s+(" + re.escape(target.name.encode()) + rb")\b", header)
        start = target.start + (name.start(1) if name else 0)
        end = target.start + (name.end(1) if name else len(header.split(b"\n", 1)[0]))
        test = failure.test
        diagnostics.append(
            types.Diagnostic(
                range=to_range(source.index, start, end, encoding),
                message=f"{test.nodeid.split('::')[-1]} failed: {test.message or test.outcome}",
                severity=types.DiagnosticSeverity.Error,
                source=SOURCE,
                code=FAILING_TEST,
                related_information=[_test_location(project, failure)],
                data={"qualname": failure.blame.qualname, "test": test.nodeid},
            )
        )
    return diagnostics


def _test_location(project: Project, failure: Verdict) -> types.DiagnosticRelatedInformation:
    test_path = failure.test.nodeid.split("::", 1)[0]
    frames = [f for f in failure.test.traceback if f.path == test_path]
    line = frames[-1].line - 1 if frames else 0
    return types.DiagnosticRelatedInformation(
        location=types.Location(
            uri=project.uri_of(test_path),
            range=types.Range(types.Position(line, 0), types.Position(line, 0)),
        ),
        message=failure.test.nodeid,
    )


def open_buffers(server: "GreenfixServer", project: Project) -> dict[str, str]:
    """The editor's texts of the project's open files, by project path."""
    buffers = {}
    for uri in server.documents.uris():
        path = project.path_of(uri)
        document = server.documents.get(uri)
        if path is not None and document is not None:
            buffers[path] = document.source.text
    return buffers


async def run_tests(server: "GreenfixServer", project: Project, texts: dict[str, str] | None = None) -> dict[str, Any]:
    """Run every test of the project and show the failures; returns a summary.
    `texts` (path -> text) overrides the open buffers, for text the editor is about
    to have (an edit it accepted but has not reported yet)."""
    before = set(project.failures)
    buffers = {**open_buffers(server, project), **(texts or {})}
    job = Job(server, project, "Running tests")

    def work(job: Job) -> dict[str, Any]:
        job.report("running tests")
        report = project.session.run_all(buffers)
        run = report.run
        return {
            "passed": len(run.passed()),
            "failed": len(run.failed()),
            "error": report.error,
            "setupErrors": {v.test.nodeid: v.note for v in report.of_kind("setup")},
            "moduleErrors": {v.test.nodeid: v.note for v in report.of_kind("module")},
            "unattributed": [v.test.nodeid for v in report.of_kind("unknown")],
        }

    summary = await job.run(work, _summary_line)
    server.log_line(f"Run tests: {_summary_line(summary)}")
    if summary["error"]:
        server.tell(summary["error"], types.MessageType.Error)
    for note in [*summary["setupErrors"].values(), *summary["moduleErrors"].values()]:
        server.tell(note, types.MessageType.Warning)
    for path in before | set(project.failures):
        publish_for_path(server, project, path)
    return summary


def _summary_line(summary: dict[str, Any]) -> str:
    if summary["error"]:
        return summary["error"]
    extra = "".join(
        f", {len(summary[key])} {label}" for key, label in (("setupErrors", "setup error(s)"), ("moduleErrors", "in module-level code"))
        if summary[key]
    )
    return f"{summary['passed']} passed, {summary['failed']} failed{extra}"


def publish_for_path(server: "GreenfixServer", project: Project, path: str) -> None:
    uri = project.uri_of(path)
    if uri in server.documents:
        server.diagnostics.schedule(uri)
        return
    try:
        source = SourceDocument(read_source(project.root / path))
    except (OSError, ValueError) as error:
        log.warning("cannot show test failures in %s: %s", path, error)
        return
    server.text_document_publish_diagnostics(
        types.PublishDiagnosticsParams(uri=uri, diagnostics=failure_diagnostics(project, path, source, server.documents.encoding))
    )
