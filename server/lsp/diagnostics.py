"""Publishing syntax diagnostics: per document, coalesced, never blocking the loop.

A change is parsed at once (incremental reparse takes milliseconds) and its
diagnostics are published on the next turn of the event loop, so a burst of
changes already waiting on the wire is answered once. Compiling chunks nobody
has compiled yet (a large file just opened) happens in a worker thread; the
diagnostics are published again when it is done. Around syntax errors an
incremental parse can differ from a fresh one, so once typing pauses a document
with errors is parsed afresh and published again if anything changed.
"""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

from lsprotocol import types

from greenfix.analysis.compiler_check import compile_chunk
from greenfix.analysis.syntax import analyze

from .convert import to_diagnostic
from .failures import failure_diagnostics

if TYPE_CHECKING:
    from .app import GreenfixServer
    from .documents import OpenDocument

log = logging.getLogger(__name__)

# Bytes of new chunks compiled on the event loop per publish; about one large function.
INLINE_COMPILE_BUDGET = 32_000
# Seconds without changes before a document with syntax errors is parsed afresh.
SETTLE_DELAY = 0.3


class DiagnosticsPublisher:
    def __init__(self, server: "GreenfixServer", delay: float = 0.0) -> None:
        self.server = server
        self.delay = delay
        self._scheduled: dict[str, asyncio.TimerHandle | asyncio.Handle] = {}
        self._settling: dict[str, asyncio.TimerHandle] = {}
        self._published: dict[str, list[types.Diagnostic]] = {}

    def schedule(self, uri: str) -> None:
        """Publish `uri`'s diagnostics soon; a pending publish is replaced (debounce)."""
        loop = asyncio.get_running_loop()
        settling = self._settling.pop(uri, None)
        if settling is not None:
            settling.cancel()
        pending = self._scheduled.pop(uri, None)
        if pending is not None:
            if self.delay <= 0:
                self._scheduled[uri] = pending  # already due on the next turn
                return
            pending.cancel()
        if self.delay <= 0:
            self._scheduled[uri] = loop.call_soon(self._publish, uri)
        else:
            self._scheduled[uri] = loop.call_later(self.delay, self._publish, uri)

    def clear(self, uri: str) -> None:
        """Forget a closed document and withdraw its diagnostics."""
        for handles in (self._scheduled, self._settling):
            pending = handles.pop(uri, None)
            if pending is not None:
                pending.cancel()
        self._published.pop(uri, None)
        self.server.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    def _publish(self, uri: str, only_if_changed: bool = False) -> None:
        self._scheduled.pop(uri, None)
        document = self.server.documents.get(uri)
        if document is None:
            return
        report = analyze(document.source, compile_budget=INLINE_COMPILE_BUDGET)
        encoding = self.server.documents.encoding
        diagnostics = [to_diagnostic(document.source.index, p, encoding) for p in report.problems]
        diagnostics += self._failures(document)
        if only_if_changed and diagnostics == self._published.get(uri):
            return
        self._published[uri] = diagnostics
        self.server.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics, version=document.version)
        )
        self.server.documents.trim()
        if report.pending:
            asyncio.ensure_future(self._compile_then_publish(uri, report.pending))
        elif not document.source.settled:
            self._settling[uri] = asyncio.get_running_loop().call_later(SETTLE_DELAY, self._settle, uri)

    def _settle(self, uri: str) -> None:
        self._settling.pop(uri, None)
        document = self.server.documents.get(uri)
        if document is not None and document.source.settle():
            self._publish(uri, only_if_changed=True)

    async def _compile_then_publish(self, uri: str, sources: list[bytes]) -> None:
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(None, _compile_all, sources)
        if uri in self.server.documents and uri not in self._scheduled:
            self._publish(uri)

    def _failures(self, document: "OpenDocument") -> list[types.Diagnostic]:
        project = self.server.projects.for_uri(document.uri)
        if project is None or not project.failures:
            return []
        path = project.path_of(document.uri)
        if path is None or not project.failures.get(path):
            return []
        return failure_diagnostics(project, path, document.source, self.server.documents.encoding)

    def published(self, uri: str) -> list[types.Diagnostic]:
        return self._published.get(uri, [])


def _compile_all(sources: list[bytes]) -> None:
    for source in sources:
        compile_chunk(source)
