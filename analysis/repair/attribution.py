"""Which function a failing test blames: the deepest frame of its traceback in the
project's own (non-test) code, else a project function the test calls by name."""

from __future__ import annotations

from dataclasses import dataclass
from fnmatch import fnmatch
from pathlib import Path, PurePosixPath

from ..document import SourceDocument
from ..targets import function_at, functions, tests_referencing
from ..testing.results import TestResult

TEST_FILE_GLOBS = ("test_*.py", "*_test.py", "conftest.py")


@dataclass(frozen=True)
class Blame:
    path: str  # relative to the project root, POSIX separators
    qualname: str
    line: int  # 1-based line of the frame, or of the function's header


def is_test_file(path: str) -> bool:
    name = PurePosixPath(path).name
    return any(fnmatch(name, glob) for glob in TEST_FILE_GLOBS)


def blame(result: TestResult, root: Path, sources: dict[str, SourceDocument]) -> Blame | None:
    """The function under test for a failing result. `sources` maps project source
    paths (relative, POSIX) to their documents; only those can be blamed."""
    for frame in reversed(result.traceback):
        document = sources.get(frame.path)
        if document is None or is_test_file(frame.path):
            continue
        line = frame.line - 1
        if not 0 <= line < document.index.line_count:
            continue
        target = function_at(document, document.index.starts[line])
        if target is not None:
            return Blame(frame.path, target.qualname, frame.line)
    return _called_function(result, root, sources)


def _called_function(result: TestResult, root: Path, sources: dict[str, SourceDocument]) -> Blame | None:
    """A project function whose name the failing test's body mentions (for failures
    raised in the test itself, such as a plain assert on a returned value)."""
    test_path = result.nodeid.split("::", 1)[0]
    test_file = root / test_path
    if not test_file.is_file():
        return None
    candidates = [
        (path, target)
        for path, document in sorted(sources.items())
        if not is_test_file(path)
        for target in functions(document, path)
    ]
    # Plain functions before methods (`stack.peek()` names `peek` as an attribute),
    # and never a function nested in another: a test cannot call it.
    candidates.sort(key=lambda pair: "." in pair[1].qualname)
    test_id = result.nodeid.split("[", 1)[0]
    for path, target in candidates:
        if "<locals>" not in target.qualname and test_id in tests_referencing([test_file], target.name, root):
            return Blame(path, target.qualname, target.header_line + 1)
    return None
