"""Which files of a project are sources worth checking, and reading them as text.

A walk skips what is never the user's own code (version control, virtualenvs,
node_modules, caches) and what the project's .gitignore files ignore. Files the
user names explicitly are always checked. Only regular files up to MAX_SOURCE_BYTES
are read (never a FIFO, a device or a socket, even through a link); what is skipped
for that is said, one note per file.
"""

from __future__ import annotations

import io
import logging
import os
import stat
import tokenize
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from pathspec import GitIgnoreSpec

from . import languages

_SKIPPED_DIRS = frozenset({".git", ".hg", ".svn", ".venv", "venv", "node_modules"}) | languages.PYTHON.ignored_dirs
MAX_SOURCE_BYTES = 10 * 1024 * 1024
_MB = 1024 * 1024

log = logging.getLogger(__name__)


class BadPath(ValueError):
    """A path given to check does not exist or is not a source file of a known language."""


class UnreadableFile(ValueError):
    """A file that cannot be read as source text; the message says why."""


class SkippedFile(UnreadableFile):
    """A file greenfix does not read: not a regular file, or too large."""


def _note_skipped(path: Path, reason: str) -> None:
    log.warning("skipped: %s: %s", path, reason)


@dataclass(frozen=True)
class _Ignores:
    """The patterns of one .gitignore, relative to the directory holding it."""

    base: Path
    spec: GitIgnoreSpec


def iter_source_files(
    paths: Sequence[Path], root: Path | None = None, on_skip: Callable[[Path, str], None] = _note_skipped
) -> Iterator[Path]:
    """The source files named by `paths`, each once, directories walked in sorted order.

    Raises BadPath at once (before yielding anything) for a path that does not
    exist or a file of no registered language. `root` is the project: its
    .gitignore applies on top of nested ones, and no file outside it is read (a
    link leading out of it is skipped); by default the enclosing git checkout of
    each directory walked, or that directory itself, and links may lead anywhere.
    A file that is not regular (a FIFO, a device, a socket, through a link or not)
    or is larger than MAX_SOURCE_BYTES is skipped, and `on_skip(path, reason)` says so.
    """
    for path in paths:
        if not path.exists():
            raise BadPath(f"{path}: no such file or directory")
        if not path.is_dir() and languages.for_path(path) is None:
            raise BadPath(f"{path}: not a source file of a known language")
    return _unique(_readable(_walk_all(paths, root), root, on_skip))


def _readable(found: Iterator[Path], root: Path | None, on_skip: Callable[[Path, str], None]) -> Iterator[Path]:
    for path in found:
        reason = _skip_reason(path, root)
        if reason is None:
            yield path
        else:
            on_skip(path, reason)


def _skip_reason(path: Path, root: Path | None = None) -> str | None:
    """Why `path` is not read as a source file (None: it is). A link counts as what it
    ends at; with `root`, it must end inside `root`."""
    try:
        status = path.stat()
    except OSError as error:
        return f"cannot read: {error.strerror or error}"
    if not stat.S_ISREG(status.st_mode):
        return "not a regular file"
    if root is not None and not path.resolve().is_relative_to(root.resolve()):
        return "a link to a file outside the project"
    if status.st_size > MAX_SOURCE_BYTES:
        return _too_large(status.st_size)
    return None


def _too_large(size: int) -> str:
    return f"too large ({size / _MB:.1f} MB > {MAX_SOURCE_BYTES // _MB} MB)"


def _walk_all(paths: Sequence[Path], root: Path | None) -> Iterator[Path]:
    for path in paths:
        if path.is_dir():
            yield from _walk(path, path.resolve(), _ignores_above(path, root))
        else:
            yield path


def _unique(found: Iterator[Path]) -> Iterator[Path]:
    seen: set[Path] = set()
    for path in found:
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            yield path


def _walk(directory: Path, real: Path, ignores: list[_Ignores]) -> Iterator[Path]:
    """Sources below `directory` (as the user spelled it), whose resolved path is `real`."""
    ignores = ignores + _read_ignores(real)
    try:
        entries = sorted(os.scandir(directory), key=lambda e: e.name)
    except OSError:
        return  # a directory we may not list holds nothing we could read either
    for entry in entries:
        path = directory / entry.name
        # Symlinked directories are not followed: they can loop, or lead out of the project.
        is_dir = entry.is_dir(follow_symlinks=False)
        if _is_ignored(real / entry.name, is_dir, ignores):
            continue
        if is_dir:
            if entry.name not in _SKIPPED_DIRS and not (path / "pyvenv.cfg").exists():
                yield from _walk(path, real / entry.name, ignores)
        elif languages.for_path(path) is not None:
            yield path  # whether it can be read (a regular file, or a link to one) is checked next


def _ignores_above(directory: Path, root: Path | None) -> list[_Ignores]:
    """The .gitignore files from `root` down to, not including, `directory`."""
    directory = directory.resolve()
    top = root.resolve() if root is not None else _checkout_root(directory)
    if top not in directory.parents:
        return []
    between = [d for d in reversed(directory.parents) if d == top or top in d.parents]
    return [ignores for d in between for ignores in _read_ignores(d)]


def _checkout_root(directory: Path) -> Path:
    for candidate in (directory, *directory.parents):
        if (candidate / ".git").exists():
            return candidate
    return directory


def _read_ignores(directory: Path) -> list[_Ignores]:
    try:
        lines = (directory / ".gitignore").read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []
    return [_Ignores(directory, GitIgnoreSpec.from_lines(lines))]


def _is_ignored(real: Path, is_dir: bool, ignores: list[_Ignores]) -> bool:
    """Whether the .gitignore files in force ignore a resolved path."""
    # As in git, the deepest .gitignore with a matching pattern decides.
    for ignore in reversed(ignores):
        relative = real.relative_to(ignore.base).as_posix() + ("/" if is_dir else "")
        verdict = ignore.spec.check_file(relative).include
        if verdict is not None:
            return verdict
    return False


def read_source(path: Path) -> str:
    """A source file's text, decoded as its PEP 263 coding declaration says (UTF-8 by default).

    Raises SkippedFile for what is not a regular file (through a link or not) or is
    larger than MAX_SOURCE_BYTES, and UnreadableFile for a file that cannot be read,
    is binary, declares an unknown encoding, or is not valid in its encoding.
    """
    data = _read_regular(path)
    if b"\x00" in data:
        raise UnreadableFile("binary file: contains NUL bytes")
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
    except SyntaxError as error:
        _decode(data, "utf-8")  # bytes that are not UTF-8 get the precise message
        raise UnreadableFile(f"bad coding declaration: {error.msg}") from None
    return _decode(data, encoding)


def _read_regular(path: Path) -> bytes:
    try:
        # Non-blocking, so that opening a FIFO returns at once; fstat then says what it is.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError as error:
        raise UnreadableFile(f"cannot read: {error.strerror or error}") from None
    status = os.fstat(fd)
    if not stat.S_ISREG(status.st_mode):
        os.close(fd)
        raise SkippedFile("not a regular file")
    with open(fd, "rb") as file:
        # A regular file may still be endless (or grow while read): never read past the cap.
        data = file.read(MAX_SOURCE_BYTES + 1)
    if len(data) > MAX_SOURCE_BYTES:
        raise SkippedFile(_too_large(max(status.st_size, len(data))))
    return data


def _decode(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        name = "UTF-8" if encoding.startswith("utf-8") else encoding
        line = data.count(b"\n", 0, error.start) + 1
        raise UnreadableFile(
            f"not valid {name}: cannot decode byte 0x{data[error.start]:02x} at line {line}"
        ) from None
