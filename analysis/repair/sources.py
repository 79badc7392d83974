"""The project's own source files, the ones a fix may touch, parsed only when asked for.

A large project has thousands of modules; a failing test names a few. Each is read
(the editor's unsaved buffer first, else the file) and parsed the first time blame or
a job needs it, and kept for the rest of the run."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from fnmatch import fnmatch
from pathlib import Path, PurePosixPath

from ..document import SourceDocument
from ..files import iter_source_files, read_source

TEST_FILE_GLOBS = ("test_*.py", "*_test.py", "conftest.py")


def is_test_file(path: str) -> bool:
    name = PurePosixPath(path).name
    return any(fnmatch(name, glob) for glob in TEST_FILE_GLOBS)


class ProjectSources:
    """Non-test Python files of the project by relative POSIX path, limited to `paths`
    (files or folders relative to the root) when given; `buffers` (path -> text, an
    editor's unsaved texts) take precedence over the files on disk."""

    def __init__(self, root: Path, paths: Sequence[str] = (), buffers: Mapping[str, str] | None = None) -> None:
        self.root = root.resolve()
        self.paths = [PurePosixPath(p) for p in paths]
        self.buffers = dict(buffers or {})
        self._documents: dict[str, SourceDocument | None] = {}

    def fixable(self, path: str) -> bool:
        """A project source a fix may touch: among `paths`, when given."""
        wanted = PurePosixPath(path)
        return self.is_source(path) and (not self.paths or any(wanted == p or p in wanted.parents for p in self.paths))

    @staticmethod
    def is_source(path: str) -> bool:
        return path.endswith(".py") and not is_test_file(path) and ".." not in PurePosixPath(path).parts

    def get(self, path: str, fixable_only: bool = True) -> SourceDocument | None:
        """The parsed file, or None when it is not a (fixable) source or cannot be read."""
        if not (self.fixable(path) if fixable_only else self.is_source(path)):
            return None
        if path not in self._documents:
            self._documents[path] = self._load(path)
        return self._documents[path]

    def __iter__(self) -> Iterator[str]:
        """Every fixable source path (this walks the project: for when nothing narrows it)."""
        chosen = [self.root / p for p in self.paths] if self.paths else [self.root]
        found = {
            file.resolve().relative_to(self.root).as_posix()
            for file in iter_source_files(chosen, self.root)
        }
        yield from sorted(p for p in found | set(self.buffers) if self.fixable(p))

    def text(self, path: str) -> str | None:
        document = self.get(path)
        return document.text if document is not None else None

    def _load(self, path: str) -> SourceDocument | None:
        if path in self.buffers:
            return SourceDocument(self.buffers[path])
        file = self.root / path
        try:
            if not file.resolve().is_relative_to(self.root) or not file.is_file():
                return None
            return SourceDocument(read_source(file))
        except (OSError, ValueError):
            return None  # unreadable files cannot be fixed; `greenfix check` reports them
