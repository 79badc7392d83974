"""pytest's assertion rewriting of test modules, done once per file content in the warm worker.

Runs INSIDE the project's interpreter (standard library and pytest only), loaded by path.

pytest rewrites the asserts of every test module it imports: it parses the module,
rewrites the tree and compiles it, tens of milliseconds per file, in every run that
imports it (0.6 s for the 30 test files of a library of 500 tests). Its own cache, pyc
files beside the tests, is off in test runs (environment.py). The warm worker keeps the
results instead, by file and content: it rewrites the test files a request names before
it forks the child, and every later child that imports them finds them rewritten. By
content, not by time stamp, so a file changed within the same second is rewritten anew.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

# path -> (its source, what pytest's rewriting gave for it)
_rewritten: dict[str, tuple[bytes, Any]] = {}


def remember_rewrites() -> None:
    """Have pytest's rewriting keep its results, where this pytest rewrites in one step."""
    try:
        from _pytest.assertion import rewrite
    except ImportError:
        return
    original = getattr(rewrite, "_rewrite_test", None)
    if original is None or getattr(original, "remembers", False):
        return

    def rewrite_test(fn: Path, config: Any) -> Any:
        try:
            source = fn.read_bytes()
        except OSError:
            return original(fn, config)  # which reports it
        kept = _rewritten.get(str(fn))
        if kept is not None and kept[0] == source:
            return kept[1]
        result = original(fn, config)
        with contextlib.suppress(OSError):
            if fn.read_bytes() == source:  # not changed while pytest read it
                _rewritten[str(fn)] = (source, result)
        return result

    rewrite_test.remembers = True  # type: ignore[attr-defined]
    rewrite._rewrite_test = rewrite_test


def rewrite_ahead(config: Any, targets: list[str]) -> None:
    """Rewrite the test files that `targets` (node ids or paths) name, unless done for
    their current content, so that the children importing them need not."""
    try:
        from _pytest.assertion import rewrite
        from _pytest.pathlib import fnmatch_ex
    except ImportError:
        return
    if not getattr(rewrite._rewrite_test, "remembers", False) or config.getoption("assertmode") != "rewrite":
        return
    patterns = config.getini("python_files")
    for target in dict.fromkeys(t.split("::", 1)[0] for t in targets if not t.startswith("-")):
        path = config.rootpath / target
        if path.suffix == ".py" and path.is_file() and any(fnmatch_ex(pattern, path) for pattern in patterns):
            try:
                rewrite._rewrite_test(path, config)
            except Exception:  # a file that does not parse: the child's import reports it
                pass

