"""Long work shown as `$/progress` and cancellable from the editor.

Cancelling a job (the progress's cancel button, or `$/cancelRequest` on the
command that started it) sets its project's cancel flag and kills the test
runner, so no test process outlives the job."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid
from typing import TYPE_CHECKING, Any, Callable, TypeVar

from lsprotocol import types

from .projects import Project

if TYPE_CHECKING:
    from .app import GreenfixServer

log = logging.getLogger(__name__)
T = TypeVar("T")


class Job:
    def __init__(self, server: "GreenfixServer", project: Project, title: str) -> None:
        self.server = server
        self.project = project
        self.title = title
        self.token = f"greenfix-{uuid.uuid4()}"
        self._loop = asyncio.get_running_loop()
        self._shown = False

    async def run(self, work: Callable[["Job"], T], done_message: Callable[[T], str]) -> T:
        """Run `work(self)` in a thread under progress; the project is locked meanwhile."""
        async with self.project.lock:
            self.project.cancel.clear()
            await self._begin()
            self.server.jobs[self.token] = self
            future = self._loop.run_in_executor(None, work, self)
            try:
                result = await asyncio.shield(future)
            except asyncio.CancelledError:
                self.cancel()
                # The thread stops at its next check (its runner is dead): wait for it,
                # so that the lock still covers the shadow it is using.
                with contextlib.suppress(Exception):
                    await future
                raise
            finally:
                self.server.jobs.pop(self.token, None)
            self._end(done_message(result))
            return result

    def report(self, message: str, percentage: int | None = None) -> None:
        """Thread-safe progress report."""
        if self._shown:
            self._loop.call_soon_threadsafe(
                self.server.work_done_progress.report,
                self.token,
                types.WorkDoneProgressReport(message=message, percentage=percentage, cancellable=True),
            )

    @property
    def cancelled(self) -> bool:
        return self.project.cancel.is_set()

    def cancel(self) -> None:
        log.info("%s: cancelled", self.title)
        self.project.cancel.set()
        self.project.stop_runner()
        self._end("cancelled")

    async def _begin(self) -> None:
        self._shown = await begin_progress(
            self.server, self.token, types.WorkDoneProgressBegin(title=self.title, cancellable=True)
        )

    def _end(self, message: str) -> None:
        if self._shown:
            self._shown = False
            self.server.work_done_progress.end(self.token, types.WorkDoneProgressEnd(message=message))


async def begin_progress(server: "GreenfixServer", token: str, begin: types.WorkDoneProgressBegin) -> bool:
    """Create a server-initiated progress and begin it; False (and the work goes on
    without one) when the client has no progress support or refuses the token."""
    window = server.client_capabilities.window
    if not (window and window.work_done_progress):
        return False
    try:
        await server.work_done_progress.create_async(token)
    except Exception as error:
        log.info("no progress for %s: %s", begin.title, error)
        return False
    server.work_done_progress.begin(token, begin)
    return True


def cancel_job(server: "GreenfixServer", token: Any) -> None:
    job = server.jobs.get(token)
    if job is not None:
        job.cancel()

