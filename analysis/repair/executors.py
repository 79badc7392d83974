"""Where a run's refine jobs run: here, one after another (the default), or as Ray tasks
across a cluster (`greenfix fix --executor ray[=ADDRESS]`, the `greenfix[ray]` extra).

A Ray task gets what it needs to do on another machine what the driver would do: the
files the shadow copy holds (packed once, shipped once through Ray's object store), the
settings, the first run's report, its function, its share of the model calls and when
the time runs out. It unpacks the files, opens a session on them with that report as
its last run, refines, and returns the result and the model's usage. Model keys never
travel: a worker reads the key from its own environment. Ray does the scheduling.

Jobs on Ray are independent: each starts from the files as the first run saw them, not
from the fixes found before it. The driver takes the results in the jobs' order and
refines a job again itself when a fix taken before it changed its file (see
project.py), and the last run of every test, on the driver, judges all fixes together.
"""

from __future__ import annotations

import io
import logging
import os
import shutil
import socket
import tarfile
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Protocol

from ..config import ConfigError, Settings
from ..testing.shadow import ShadowWorkspace
from .budget import Budget, Deadline
from .loop import Progress, Proposer, RefineResult
from .proposers import proposers_for
from .session import RepairSession, TestReport

# (path, qualname) of each blamed function and the failing tests blamed on it, in order.
Blamed = Sequence[tuple[tuple[str, str], list[str]]]

INSTALL_HINT = 'pip install "greenfix[ray]"'
# How long finding the cluster may take: a wrong port that something else listens on
# would otherwise keep Ray retrying for minutes.
CONNECT_SECONDS = 60.0
PROBE_SECONDS = 5.0
# Time for a task's result to come back once its deadline has passed.
RETURN_SECONDS = 5.0


class Executor(Protocol):
    def start(
        self,
        session: RepairSession,
        blamed: Blamed,
        budget: Budget,
        deadline: Deadline,
        proposers: list[Proposer],
        on_progress: Callable[[str, Progress | None], None],
    ) -> None:
        """Begin refining the blamed functions elsewhere, if this executor does; after
        `session.run_all`."""

    def result(self, path: str, qualname: str, text: str) -> RefineResult | None:
        """The function's result refined elsewhere from this same `text`, once it has come;
        None: refine it here."""

    def stop(self) -> None:
        """Cancel what still runs elsewhere."""


class LocalExecutor:
    """Every job here, in order, each from the fixes found before it: nothing runs elsewhere."""

    def start(self, *_: Any) -> None:
        pass

    def result(self, path: str, qualname: str, text: str) -> RefineResult | None:
        return None

    def stop(self) -> None:
        pass

    def close(self) -> None:
        pass


def executor_for(spec: str, settings: Settings) -> LocalExecutor | RayExecutor:
    """`local`, `ray` or `ray=ADDRESS` (the `--executor` flag), connected when it is Ray.
    Raises ConfigError saying what is wrong."""
    if spec == "local":
        return LocalExecutor()
    kind, separator, address = spec.partition("=")
    if kind != "ray" or (separator and not address):
        raise ConfigError(f"--executor: expected local, ray or ray=ADDRESS, got {spec!r}")
    if settings.model_configured and (settings.model.record or settings.model.replay):
        raise ConfigError("--record and --replay keep the model's exchanges in a file on this machine: use them with --executor local")
    return RayExecutor(address or None, settings)


@dataclass(frozen=True)
class RemoteJob:
    """One refine job as a Ray task receives it: plain data, and never a key."""

    path: str
    qualname: str
    text: str  # the file's text, as the driver refines it
    failing: list[str]  # the failing tests blamed on it
    settings: Settings  # the model's, and the driver session's for running tests
    pytest_args: list[str]
    paths: list[str]
    budget: Budget  # the run's, with this job's share of the model calls
    ends_at: float  # time.time() when refining ends: the clocks of a cluster agree on it, monotonic ones do not


@dataclass(frozen=True)
class Usage:
    """What a proposer spent in a task, added to the driver's proposer of that name."""

    proposer: str
    calls: int = 0
    tokens: int = 0
    errors: list[str] = field(default_factory=list)


class RayExecutor:
    """Each blamed function a Ray task on the cluster at `address` (None: RAY_ADDRESS, else
    the cluster this machine is a node of). Each task asks for `workers` CPUs (the setting;
    default 1) and tries candidates on that many warm runners."""

    def __init__(self, address: str | None, settings: Settings) -> None:
        self.ray = _import_ray()
        self.address = _connect(self.ray, address)
        self.settings = settings
        self.cpus = settings.refine.workers or 1
        self.pending: dict[tuple[str, str], tuple[str, int, Any]] = {}  # (path, qualname) -> (text sent, model calls, task)
        self.proposers: list[Proposer] = []
        self.deadline = Deadline.never()

    def start(
        self,
        session: RepairSession,
        blamed: Blamed,
        budget: Budget,
        deadline: Deadline,
        proposers: list[Proposer],
        on_progress: Callable[[str, Progress | None], None],
    ) -> None:
        assert session.shadow is not None and session.report is not None
        ray = self.ray
        self.proposers, self.deadline = proposers, deadline
        jobs = [(path, qualname, failing, session.sources.text(path)) for (path, qualname), failing in blamed]
        jobs = [(path, qualname, failing, text) for path, qualname, failing, text in jobs if text is not None]
        if not jobs:
            return
        on_progress(f"refining {len(jobs)} function(s) on Ray at {self.address}", None)
        snapshot, report = ray.put(pack(session.shadow)), ray.put(session.report)
        # The driver session's way of running tests, the model settings the driver's
        # proposers were built from, and this task's CPUs as its runners.
        settings = replace(
            self.settings,
            refine=replace(
                session.settings.refine,
                workers=self.cpus,
                allow_unsandboxed_model_code=self.settings.refine.allow_unsandboxed_model_code,
            ),
        )
        task = ray.remote(refine_remotely).options(num_cpus=self.cpus)
        calls = budget.model_calls - sum(getattr(p, "calls", 0) for p in proposers)
        ends_at = time.time() + deadline.left()
        for share, (path, qualname, failing, text) in zip(_shares(max(0, calls), len(jobs)), jobs):
            job = RemoteJob(path, qualname, text, failing, settings, session.pytest_args, session.paths,
                            replace(budget, model_calls=share), ends_at)
            self.pending[(path, qualname)] = (text, share, task.remote(job, snapshot, report))

    def result(self, path: str, qualname: str, text: str) -> RefineResult | None:
        ray = self.ray
        sent, calls, task = self.pending.pop((path, qualname), (None, 0, None))
        if task is None:
            return None
        if sent != text:  # a fix taken before it changed its file: it is refined here
            if calls:
                self._wait(path, qualname, task)  # for the model calls it made, which count
            else:
                ray.cancel(task)
            return None
        return self._wait(path, qualname, task)

    def _wait(self, path: str, qualname: str, task: Any) -> RefineResult:
        ray = self.ray
        try:
            result, usage = ray.get(task, timeout=self.deadline.left() + RETURN_SECONDS)
        except ray.exceptions.GetTimeoutError:
            ray.cancel(task)
            return RefineResult("unfixed", path, qualname, "budget exhausted before its Ray task returned", cut_short=True)
        except ray.exceptions.RayError as error:
            return RefineResult("error", path, qualname, f"its Ray task failed: {_last_line(error)}")
        _add_usage(self.proposers, usage)
        return result

    def stop(self) -> None:
        for _, _, task in self.pending.values():
            self.ray.cancel(task)  # a KeyboardInterrupt in the task: it cleans up after itself
        self.pending.clear()

    def close(self) -> None:
        self.stop()
        self.ray.shutdown()


def refine_remotely(job: RemoteJob, snapshot: bytes, report: TestReport) -> tuple[RefineResult, list[Usage]]:
    """A Ray task (also callable as it is): refine one function in a copy of the driver's
    files, with the driver's first run as the session's last."""
    from .project import refine_or_suspects  # project.py imports this module

    deadline = Deadline.after(job.ends_at - time.time())
    proposers = proposers_for(job.settings, job.budget)  # the key, if any, from this worker's environment
    folder = Path(tempfile.mkdtemp(prefix="greenfix-ray-"))
    try:
        unpack(snapshot, folder)
        with RepairSession.from_report(folder, job.settings, report, job.pytest_args, job.paths, deadline) as session:
            result = refine_or_suspects(
                session, job.path, job.qualname, job.text, job.failing, job.budget, proposers, lambda *_: None, deadline
            )
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    usage = [
        Usage(p.name, getattr(p, "calls", 0), getattr(p, "tokens", 0), list(getattr(p, "errors", [])))
        for p in proposers
    ]
    return result, usage


def pack(shadow: ShadowWorkspace) -> bytes:
    """The project's files the shadow copy holds (its own choice), as a gzipped tar. Read
    from the project, which tests never touch (the copy is theirs to tamper with); a link
    as the file it ends at, when that is in the project (a local run's sandbox does not
    show the others either)."""
    root = shadow.project_root
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz", compresslevel=1, dereference=True) as tar:
        for relpath in shadow.files():
            file = root / relpath
            if Path(os.path.realpath(file)).is_relative_to(root) and file.is_file():
                tar.add(file, arcname=relpath, recursive=False)
    return buffer.getvalue()


def unpack(snapshot: bytes, folder: Path) -> None:
    with tarfile.open(fileobj=io.BytesIO(snapshot), mode="r:gz") as tar:
        if hasattr(tarfile, "data_filter"):
            tar.extractall(folder, filter="data")
        else:  # pragma: no cover - Python before 3.10.12 / 3.11.4: the tar is ours, regular files only
            tar.extractall(folder)


def _import_ray() -> Any:
    try:
        import ray
    except ImportError:
        raise ConfigError(f"--executor ray needs Ray, which is not installed here: {INSTALL_HINT}") from None
    return ray


def _connect(ray: Any, address: str | None) -> str:
    """Connect to the cluster; its address as shown in messages. Raises ConfigError."""
    where = address or os.environ.get("RAY_ADDRESS") or "auto"
    if where != "auto":
        _probe(where)
    errors: list[BaseException] = []

    def connect() -> None:
        try:
            ray.init(address=where, logging_level=logging.ERROR, log_to_driver=False)
        except BaseException as error:  # reported below, as a configuration error
            errors.append(error)

    # In a thread with a limit: a port where something else listens keeps Ray retrying.
    thread = threading.Thread(target=connect, name="ray-connect", daemon=True)
    thread.start()
    thread.join(CONNECT_SECONDS)
    if thread.is_alive():
        raise ConfigError(f"no Ray cluster answered at {where} within {CONNECT_SECONDS:g} s")
    if errors:
        raise ConfigError(f"cannot connect to Ray at {where}: {_last_line(errors[0])}")
    return where


def _probe(address: str) -> None:
    """Fail fast where nothing listens: Ray itself would retry for minutes."""
    host, separator, port = address.removeprefix("ray://").rpartition(":")
    host = host.removeprefix("[").removesuffix("]")
    if not separator or not host or not port.isdigit():
        raise ConfigError(f"--executor ray=ADDRESS: expected HOST:PORT or ray://HOST:PORT, got {address!r}")
    try:
        socket.create_connection((host, int(port)), timeout=PROBE_SECONDS).close()
    except OSError as error:
        raise ConfigError(f"cannot reach the Ray head at {address}: {error.strerror or error}") from None


def _shares(calls: int, jobs: int) -> list[int]:
    """The run's model calls split among the jobs, the earlier ones taking what does not divide."""
    return [calls // jobs + (1 if i < calls % jobs else 0) for i in range(jobs)]


def _add_usage(proposers: list[Proposer], usage: list[Usage]) -> None:
    """A task's model usage counted in the driver's proposers: the run's budget, the
    report's usage and its notes then hold for the whole run."""
    for spent in usage:
        for proposer in proposers:
            if proposer.name == spent.proposer and hasattr(proposer, "calls"):
                proposer.calls += spent.calls
                proposer.tokens += spent.tokens
                proposer.errors.extend(spent.errors)


def _last_line(error: BaseException) -> str:
    """An exception's message without a remote traceback (Ray puts it first)."""
    lines = [line for line in str(error).strip().splitlines() if line.strip()]
    return lines[-1].strip() if lines else type(error).__name__
