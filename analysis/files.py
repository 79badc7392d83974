"""Which files of a project are sources worth checking, and reading them as text.

A walk skips what is never the user's own code (version control, virtualenvs,
node_modules, caches) and what the project's .gitignore files ignore. Files the
user names explicitly are always checked.
"""

from __future__ import annotations

import io
import os
import tokenize
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from pathspec import GitIgnoreSpec

from . import languages

_SKIPPED_DIRS = frozenset({".git", ".hg", ".svn", ".venv", "venv", "node_modules"}) | languages.PYTHON.ignored_dirs


class BadPath(ValueError):
    """A path given to check does not exist or is not a source file of a known language."""


class UnreadableFile(ValueError):
    """A file that cannot be read as source text; the message says why."""


@dataclass(frozen=True)
class _Ignores:
    """The patterns of one .gitignore, relative to the directory holding it."""

    base: Path
    spec: GitIgnoreSpec


def iter_source_files(paths: Sequence[Path], root: Path | None = None) -> Iterator[Path]:
    """The source files named by `paths`, each once, directories walked in sorted order.

    Raises BadPath at once (before yielding anything) for a path that does not
    exist or a file of no registered language. `root` is the directory whose
    .gitignore applies on top of nested ones; by default the enclosing git
    checkout of each directory walked, or that directory itself.
    """
    for path in paths:
        if not path.exists():
            raise BadPath(f"{path}: no such file or directory")
        if not path.is_dir() and languages.for_path(path) is None:
            raise BadPath(f"{path}: not a source file of a known language")
    return _unique(_walk_all(paths, root))


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
        elif entry.is_file() and languages.for_path(path) is not None:
            yield path


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

    Raises UnreadableFile for a file that cannot be read, is binary, declares an
    unknown encoding, or is not valid in its encoding.
    """
    try:
        data = path.read_bytes()
    except OSError as error:
        raise UnreadableFile(f"cannot read: {error.strerror or error}") from None
    if b"\x00" in data:
        raise UnreadableFile("binary file: contains NUL bytes")
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
    except SyntaxError as error:
        _decode(data, "utf-8")  # bytes that are not UTF-8 get the precise message
        raise UnreadableFile(f"bad coding declaration: {error.msg}") from None
    return _decode(data, encoding)


def _decode(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        name = "UTF-8" if encoding.startswith("utf-8") else encoding
        line = data.count(b"\n", 0, error.start) + 1
        raise UnreadableFile(
            f"not valid {name}: cannot decode byte 0x{data[error.start]:02x} at line {line}"
        ) from None
