"""Python's own compiler as a second opinion on syntax.

tree-sitter recovers from errors generously and accepts some invalid Python
(`if x:\\npass` parses clean). CPython's compiler is the authority, so each
top-level chunk of a file is compiled on its own. Results are cached by the
chunk's bytes: after a keystroke only the edited chunk is compiled again.
"""

from __future__ import annotations

import threading
import warnings
from dataclasses import dataclass

from .positions import decode


@dataclass(frozen=True)
class CompileError:
    """The first error CPython reports for a chunk; lines and columns are zero-based,
    columns in code points, relative to the chunk."""

    line: int
    column: int
    end_line: int | None
    end_column: int | None
    message: str


_CACHE_SIZE = 8192
# Keyed by the chunk's hash and length, not its bytes, so that an entry costs about
# 100 bytes however large the chunk: each keystroke in a 3,000-line class makes a new
# 100 KB chunk. hash() of bytes is what a bytes-keyed dict computes anyway; two of
# 8,192 chunks sharing a 64-bit hash and a length is a chance of about 1e-12.
# Read without a lock (a dict lookup is atomic); written under one, since chunks may
# be compiled ahead of time in a worker thread. Insertion order makes eviction FIFO.
_cache: dict[int, tuple[int, CompileError | None]] = {}
_lock = threading.Lock()
NOT_COMPILED = object()


def compile_chunk(source: bytes) -> CompileError | None:
    """The first compile error of a chunk, or None; cached by its hash and length."""
    found = cached_result(source)
    if found is not NOT_COMPILED:
        return found  # type: ignore[return-value]
    result = _compile(source)
    with _lock:
        if len(_cache) >= _CACHE_SIZE:
            for key in list(_cache)[: _CACHE_SIZE // 2]:
                del _cache[key]
        _cache[hash(source)] = (len(source), result)
    return result


def cached_result(source: bytes) -> CompileError | None | object:
    """The cached result for a chunk, or NOT_COMPILED."""
    entry = _cache.get(hash(source))
    if entry is None or entry[0] != len(source):
        return NOT_COMPILED
    return entry[1]


def _compile(source: bytes) -> CompileError | None:
    if b"\x00" in source:
        line = source[: source.index(b"\x00")].count(b"\n")
        return CompileError(line, 0, None, None, "source contains a null byte")
    try:
        with warnings.catch_warnings():
            # Invalid escape sequences and the like warn on stderr; not our business here.
            warnings.simplefilter("ignore")
            compile(decode(source), "<greenfix>", "exec", dont_inherit=True)
    except SyntaxError as error:  # includes IndentationError and TabError
        line = max((error.lineno or 1) - 1, 0)
        column = max((error.offset or 1) - 1, 0)
        end_line = error.end_lineno - 1 if error.end_lineno else None
        end_column = error.end_offset - 1 if error.end_offset and error.end_offset > 0 else None
        return CompileError(line, column, end_line, end_column, error.msg)
    except (ValueError, RecursionError, MemoryError, OverflowError) as error:
        return CompileError(0, 0, None, None, f"cannot compile: {error}")
    return None
