"""What failing tests say about the exceptions they wanted, read from their reports
and their source: what pytest.raises did not get, what escaped instead, and what the
tests' `pytest.raises(...)` name."""

from __future__ import annotations

import re
from typing import Iterable

from ..targets import FunctionTarget
from ..testing.results import TestResult

# pytest.raises' report when the block raised nothing: "DID NOT RAISE ValueError"
# (pytest 8.4 and later), "DID NOT RAISE <class 'mod.Error'>" (earlier).
_DID_NOT_RAISE = re.compile(r"DID NOT RAISE (?:<class ')?(?:\w+\.)*(\w+)")
# An exception's one-line report: "ValueError: bad" or "pkg.errors.Invalid" alone.
_ESCAPED = re.compile(r"(?:\w+\.)*([A-Z]\w*)(?::|$)")
# pytest's explanation of an assertion on a field: "+  where 886 = Quote(bundles=886, ...).bundles".
_ASSERTED_FIELD = re.compile(r"^\W*where .+\.(\w+)$", re.MULTILINE)
# `pytest.raises(ValueError)`, `raises((KeyError, errors.Missing), match=...)`.
_RAISES = re.compile(r"raises\(\s*\(?\s*([\w.]+(?:\s*,\s*[\w.]+)*)")


def expected_exceptions(failures: Iterable[TestResult]) -> tuple[str, ...]:
    """Exceptions failing tests expected with `pytest.raises` and did not get, by class name."""
    found = (_DID_NOT_RAISE.search(f"{failure.message}\n{failure.longrepr}") for failure in failures)
    return tuple(dict.fromkeys(match.group(1) for match in found if match))


def escaped_exceptions(failures: Iterable[TestResult]) -> tuple[str, ...]:
    """Exceptions that ended failing tests ("KeyError: 'x'", "pkg.errors.Invalid: ..."), by
    class name; not assertions or pytest's own failures."""
    found = (_ESCAPED.match(failure.message) for failure in failures)
    names = (match.group(1) for match in found if match)
    return tuple(dict.fromkeys(n for n in names if n not in ("AssertionError", "Failed")))


def asserted_fields(failures: Iterable[TestResult]) -> frozenset[str]:
    """The fields failing assertions read, by name: `bundles` of `assert quote(...).bundles
    == 887`, from the first explanation pytest gives of each."""
    found = (_ASSERTED_FIELD.search(failure.longrepr) for failure in failures if failure.message.startswith("assert"))
    return frozenset(match.group(1) for match in found if match)


def exceptions_tests_expect(sources: Iterable[str]) -> tuple[str, ...]:
    """Exceptions the tests' `pytest.raises(...)` name, by class name."""
    names = (name for source in sources for group in _RAISES.findall(source) for name in group.split(","))
    return tuple(dict.fromkeys(name.strip().rsplit(".", 1)[-1] for name in names if name.strip()))


def raising_lines(failures: Iterable[TestResult], source: bytes, target: FunctionTarget) -> frozenset[int]:
    """1-based lines of the target function where an exception escaped a failing test:
    the innermost traceback frame inside it (by its name and line span)."""
    first = source.count(b"\n", 0, target.start) + 1
    last = source.count(b"\n", 0, target.end) + 1
    lines = set()
    for failure in failures:
        if not _ESCAPED.match(failure.message) or failure.message.startswith(("AssertionError", "Failed")):
            continue
        inside = [frame.line for frame in failure.traceback if frame.function == target.name and first <= frame.line <= last]
        lines.update(inside[-1:])
    return frozenset(lines)
