"""Per-project state the editor features share: the shadow copy, the warm test
runner, the last test run and which functions its failures blame.

One job at a time touches a project's shadow and runner (`lock`); the work
itself runs in a thread, never on the event loop.
"""

from __future__ import annotations

import asyncio
import logging
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path

from pygls.uris import from_fs_path, to_fs_path

from greenfix.analysis.config import ConfigError, Settings, load_settings
from greenfix.analysis.repair.attribution import Blame, blame
from greenfix.analysis.repair.project import project_sources
from greenfix.analysis.testing.environment import project_python
from greenfix.analysis.testing.results import RunResult, TestResult
from greenfix.analysis.testing.runner import TestRunner, open_runner, run_tests
from greenfix.analysis.testing.shadow import ShadowWorkspace

log = logging.getLogger(__name__)

PROJECT_MARKERS = ("pyproject.toml", "setup.cfg", "setup.py", "pytest.ini", "tox.ini", ".git")


@dataclass(frozen=True)
class Failure:
    """A failing test, blamed on a function."""

    test: TestResult
    blame: Blame


@dataclass
class Project:
    root: Path
    settings: Settings
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    shadow: ShadowWorkspace | None = None
    runner: TestRunner | None = None
    last_run: RunResult | None = None
    collected: list[str] = field(default_factory=list)
    failures: dict[str, list[Failure]] = field(default_factory=dict)  # path -> failures
    unattributed: list[TestResult] = field(default_factory=list)
    # Set to stop the job in progress; runners are killed with it.
    cancel: threading.Event = field(default_factory=threading.Event)

    # -- called from worker threads -------------------------------------------

    def prepare(self, buffers: dict[str, str]) -> tuple[ShadowWorkspace, TestRunner]:
        """The shadow, synced with the project on disk and then with the editor's
        unsaved buffers (`path -> text`), and a runner on it."""
        if self.shadow is None:
            self.shadow = ShadowWorkspace.create(self.root)
        else:
            self.shadow.sync()
        for path, text in buffers.items():
            self.shadow.write(path, text)
        if self.runner is None:
            refine = self.settings.refine
            self.runner = open_runner(self.shadow, project_python(self.root, refine.python), pass_env=refine.pass_env)
        return self.shadow, self.runner

    def run_all_tests(self, buffers: dict[str, str]) -> tuple[RunResult, ShadowWorkspace, TestRunner]:
        """Run every test with the buffers in the shadow; the run, and the shadow and
        runner it used (ready for more runs on the same text)."""
        shadow, runner = self.prepare(buffers)
        timeout = self.settings.refine.test_timeout
        collection = runner.collect([], timeout=timeout)
        if collection.error is not None:
            run = RunResult(collection_error=collection.error)
        else:
            run = run_tests(runner, collection.node_ids, timeout)
        self.collected = collection.node_ids
        self.last_run = run
        self._blame(run, buffers)
        return run, shadow, runner

    def _blame(self, run: RunResult, buffers: dict[str, str]) -> None:
        sources = project_sources(self.root, buffers=buffers)
        self.failures = {}
        self.unattributed = []
        for nodeid in run.failed():
            result = run.results[nodeid]
            culprit = blame(result, self.root, sources)
            if culprit is None:
                self.unattributed.append(result)
            else:
                self.failures.setdefault(culprit.path, []).append(Failure(result, culprit))

    def stop_runner(self) -> None:
        """Kill whatever the runner is running; the next job starts a new one."""
        runner, self.runner = self.runner, None
        if runner is not None:
            runner.close()

    def close(self) -> None:
        self.stop_runner()
        if self.shadow is not None:
            self.shadow.cleanup()
            self.shadow = None

    # -- paths ------------------------------------------------------------------

    def path_of(self, uri: str) -> str | None:
        """The project-relative path of a file URI, or None when outside the project."""
        fs_path = to_fs_path(uri)
        if fs_path is None:
            return None
        try:
            return Path(fs_path).resolve().relative_to(self.root).as_posix()
        except ValueError:
            return None

    def uri_of(self, path: str) -> str:
        return from_fs_path(str(self.root / path)) or ""


class Projects:
    """Projects by root. A file belongs to the nearest folder above it holding a project
    marker; else to the editor's workspace folder holding it; else to its own folder,
    unless that is the filesystem's root or the home folder, which are never copied."""

    def __init__(self) -> None:
        self._projects: dict[Path, Project] = {}
        self._roots: dict[str, Path | None] = {}  # folder -> its project root (asked on every publish)
        self.workspace_folders: list[Path] = []
        self.options: dict = {}  # the editor's initializationOptions / configuration

    def for_uri(self, uri: str) -> Project | None:
        fs_path = to_fs_path(uri)
        if fs_path is None:
            return None
        folder = os.path.dirname(fs_path)
        if folder not in self._roots:
            self._roots[folder] = self._root_for(Path(folder).resolve())
        root = self._roots[folder]
        if root is None:
            return None
        project = self._projects.get(root)
        if project is None:
            try:
                settings = load_settings(root, self.options)
            except ConfigError as error:
                log.warning("%s; using defaults", error)
                settings = Settings()
            project = self._projects[root] = Project(root, settings)
        return project

    def _root_for(self, start: Path) -> Path | None:
        marked = next((d for d in (start, *start.parents) if any((d / m).exists() for m in PROJECT_MARKERS)), None)
        if marked is not None and marked != Path(marked.anchor):
            return marked
        folder = next((w for w in self.workspace_folders if start == w or w in start.parents), None)
        if folder is not None:
            return folder
        if start == Path(start.anchor) or start == Path.home():
            log.warning("no project around %s: its tests are not run", start)
            return None
        return start

    def reconfigure(self, options: dict) -> None:
        self.options = options
        for project in self._projects.values():
            try:
                project.settings = load_settings(project.root, options)
            except ConfigError as error:
                log.warning("%s; keeping the previous settings", error)

    def close(self) -> None:
        for project in self._projects.values():
            project.close()
        self._projects.clear()
