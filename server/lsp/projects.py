"""Per-project state the editor features share: the engine's repair session (shadow
copy, warm test runner, last run, blame), and the door's own lock and cancel flag.

One job at a time touches a project's session (`lock`); the work itself runs in a
thread, never on the event loop.
"""

from __future__ import annotations

import asyncio
import logging
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path

from pygls.uris import from_fs_path, to_fs_path

from greenfix.analysis.config import ConfigError, Settings, load_settings, merge_editor_settings
from greenfix.analysis.project_root import PROJECT_MARKERS, never_a_project
from greenfix.analysis.repair.attribution import Verdict
from greenfix.analysis.repair.session import RepairSession

log = logging.getLogger(__name__)


@dataclass
class Project:
    root: Path
    settings: Settings
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    # Set to stop the job in progress; runners are killed with it.
    cancel: threading.Event = field(default_factory=threading.Event)
    session: RepairSession = field(init=False)

    def __post_init__(self) -> None:
        self.session = RepairSession(self.root, self.settings)

    @property
    def failures(self) -> dict[str, list[Verdict]]:
        """Failing tests blamed on a function, by the function's path."""
        report = self.session.report
        found: dict[str, list[Verdict]] = {}
        for verdict in report.verdicts.values() if report else ():
            if verdict.blame is not None:
                found.setdefault(verdict.blame.path, []).append(verdict)
        return found

    def reconfigure(self, settings: Settings) -> None:
        self.settings = self.session.settings = settings

    def stop_runner(self) -> None:
        """Kill whatever the runner is running; the next job starts a new one."""
        self.session.stop_runner()

    def close(self) -> None:
        self.session.close()

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
    """Projects by root (see `_root_for`)."""

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
        """The project of a folder: the nearest folder above it holding a project marker,
        else the workspace folder holding it, else the folder itself. With workspace
        folders, nothing outside them is a project; `/`, the home folder and system
        folders (/etc, /proc, /sys, /dev) never are."""
        inside = [w for w in self.workspace_folders if start == w or w in start.parents]
        if self.workspace_folders and not inside:
            log.warning("%s is outside the workspace folders: its tests are not run", start)
            return None
        for folder in (start, *start.parents):
            if never_a_project(folder):
                break
            if any((folder / marker).exists() for marker in PROJECT_MARKERS):
                return folder
        candidates = [*inside, start]
        root = next((folder for folder in candidates if not never_a_project(folder)), None)
        if root is None:
            log.warning("no project around %s: its tests are not run", start)
        return root

    def reconfigure(self, changed: dict) -> None:
        """Merge a change into the editor's settings; a bad value raises ConfigError and changes nothing."""
        self.options = merge_editor_settings(self.options, changed)
        for project in self._projects.values():
            try:
                project.reconfigure(load_settings(project.root, self.options))
            except ConfigError as error:
                log.warning("%s; keeping the previous settings", error)

    def close(self) -> None:
        for project in self._projects.values():
            project.close()
        self._projects.clear()
