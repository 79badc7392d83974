"""Syntax problems of a document: tree-sitter's ERROR and MISSING nodes, refined
and completed by CPython's compiler, with precise ranges and plain messages.

A file is cut into chunks: runs of top-level statements that start and end on
whole lines. Per chunk:
- tree-sitter errors and the compiler's first error are merged: the compiler's
  message wins where both point at the same lines, and a chunk the compiler
  accepts has no problems (tree-sitter's grammar sometimes lags the language);
- chunks tree-sitter thinks are fine are compiled too, which catches what its
  error recovery accepts.
"""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass

import tree_sitter

from .compiler_check import NOT_COMPILED, CompileError, cached_result, compile_chunk
from .document import SourceDocument
from .positions import LineIndex, decode

MAX_PROBLEMS = 100

# Tokens whose insertion, when tree-sitter says they are missing, is the whole fix.
_INSERTABLE = frozenset({":", ")", "]", "}", ",", "(", "[", "{", "=", ";"})
_CLOSER_OF = {"(": ")", "[": "]", "{": "}"}
_TOKEN = re.compile(r"\w+|\S")


@dataclass(frozen=True)
class Problem:
    """A syntax problem over the byte range [start, end) of a document."""

    start: int
    end: int
    message: str
    origin: str  # "tree-sitter" or "compiler"
    # Inserting `insert_text` at byte `insert_at` is the structurally certain fix.
    insert_at: int | None = None
    insert_text: str | None = None


@dataclass(frozen=True)
class _TreeError:
    """A tree-sitter problem and the whole byte span of its node, which can be much
    wider than the problem's displayed range."""

    problem: Problem
    node_start: int
    node_end: int


# Not frozen: a frozen dataclass is 4 times slower to make, and a 5,000-line file
# has hundreds of chunks per keystroke.
@dataclass(slots=True)
class Chunk:
    start: int  # byte offset of the first line's start
    end: int  # byte offset of the last line's end
    has_error: bool


@dataclass(frozen=True)
class SyntaxReport:
    problems: list[Problem]
    # Sources of chunks left uncompiled because the compile budget ran out;
    # compile them elsewhere (`compile_chunk`) and analyze again.
    pending: list[bytes]


def find_problems(doc: SourceDocument, limit: int = MAX_PROBLEMS) -> list[Problem]:
    """All syntax problems of the document, sorted, at most `limit` of them."""
    return analyze(doc, limit).problems


def analyze(doc: SourceDocument, limit: int = MAX_PROBLEMS, compile_budget: int | None = None) -> SyntaxReport:
    """Syntax problems, compiling at most `compile_budget` bytes of not-yet-cached
    chunks that tree-sitter finds valid (None: no limit). Chunks where tree-sitter
    sees an error are always compiled: their messages depend on it."""
    problems: list[Problem] = []
    pending: list[bytes] = []
    budget = compile_budget
    data = doc.data
    queue = deque(chunks(doc))
    tree_errors: list[_TreeError] | None = None  # walked only if some chunk fails
    while queue and len(problems) < limit:
        chunk = queue.popleft()
        source = data[chunk.start : chunk.end]
        error = cached_result(source)
        if error is NOT_COMPILED:
            if budget is not None and not chunk.has_error:
                if len(source) > budget:
                    pending.append(source)
                    continue
                budget -= len(source)
            error = compile_chunk(source)
        # tree-sitter may cut a statement from its body ("if x:" / "pass"); when the
        # compiler runs off the end of a chunk, judge it together with the next one.
        while error and queue and _runs_off_end(error, chunk, doc.index):
            following = queue.popleft()
            chunk = Chunk(chunk.start, following.end, chunk.has_error or following.has_error)
            error = compile_chunk(data[chunk.start : chunk.end])
        if error is None:
            continue  # CPython accepts it: tree-sitter's complaints are its own gaps.
        assert isinstance(error, CompileError)
        rest = _next_definition(chunk, doc.index.line_of(chunk.start) + error.line, doc.index)
        if rest is not None:
            # CPython stops at its first error; a later definition gets its own look.
            queue.appendleft(rest)
            chunk = Chunk(chunk.start, rest.start - 1, chunk.has_error)
        if tree_errors is None:
            tree_errors = _tree_errors(doc.tree.root_node, doc.index)
        in_chunk = [e for e in tree_errors if chunk.start <= e.problem.start <= chunk.end]
        problems.extend(_merge(error, chunk, in_chunk, doc.index))
    problems.sort(key=lambda p: (p.start, p.end, p.message))
    return SyntaxReport(problems[:limit], pending)


_DEFINITION_START = re.compile(rb"(?:async\s+def|def|class)\s|@")


def _next_definition(chunk: Chunk, error_line: int, index: LineIndex) -> Chunk | None:
    """The part of a chunk from the first top-level `def`, `class` or decorator
    after the error line, if any."""
    last_line = index.line_of(chunk.end)
    for line in range(error_line + 1, last_line + 1):
        start = index.starts[line]
        if _DEFINITION_START.match(index.data, start):
            return Chunk(start, chunk.end, chunk.has_error)
    return None


def _runs_off_end(error: CompileError, chunk: Chunk, index: LineIndex) -> bool:
    last_line = index.line_of(chunk.end) - index.line_of(chunk.start)
    return error.line > last_line or (
        error.line == last_line and error.column >= len(decode(index.data[index.starts[index.line_of(chunk.end)] : chunk.end]))
    )


def chunks(doc: SourceDocument) -> list[Chunk]:
    """Top-level statements grouped so that each group covers whole lines."""
    index = doc.index
    data = doc.data
    starts = index.starts
    # tree-sitter's rows count "\n" only; where they agree with our lines (no lone
    # "\r"), reading them is much cheaper than searching the line index per node.
    rows_agree = len(starts) == data.count(b"\n") + 1
    result: list[Chunk] = []
    for node in doc.tree.root_node.children:
        has_error = node.has_error
        if not has_error and node.type == "comment":
            continue
        if rows_agree:
            first_line = node.start_point[0]
            end_row, end_column = node.end_point
            last_line = end_row - 1 if end_column == 0 and end_row > first_line else end_row
        else:
            first_line = index.line_of(node.start_byte)
            last_line = index.line_of(max(node.end_byte - 1, node.start_byte))
        start = starts[first_line]
        end = starts[last_line + 1] if last_line + 1 < len(starts) else len(data)
        while end > start and data[end - 1] in b"\r\n":  # the line's content ends before its break
            end -= 1
        if result and (start < result[-1].end or start == result[-1].start):
            previous = result.pop()
            start = previous.start
            end = max(end, previous.end)
            has_error = has_error or previous.has_error
        result.append(Chunk(start, end, has_error))
    return result


def _merge(error: CompileError, chunk: Chunk, tree_errors: list[_TreeError], index: LineIndex) -> list[Problem]:
    """The compiler's problem, plus tree-sitter's problems elsewhere in the chunk."""
    compiled = _from_compile_error(error, chunk, index)
    line = index.line_of(compiled.start)
    same = [e.problem for e in tree_errors if index.line_of(e.node_start) <= line <= index.line_of(max(e.node_end - 1, e.node_start))]
    others = [e.problem for e in tree_errors if e.problem not in same]
    opener = _never_closed(error.message)
    if opener or error.message.startswith("unterminated"):
        # Everything after an unclosed bracket or string is misread: no knock-on errors.
        others = [p for p in others if p.start < compiled.start]
    if opener and compiled.insert_text is None:
        compiled = _close_at_line_end(compiled, opener, index)
    if error.message == "invalid syntax":
        # "unexpected ':'" says less than tree-sitter's certain "missing ')'" on that line.
        certain = [p for p in same if p.insert_text and index.line_of(p.start) == line]
        if certain:
            compiled = certain[0]
    return [compiled, *others]


def _close_at_line_end(problem: Problem, opener: str, index: LineIndex) -> Problem:
    """A bracket opened on a line that holds the rest of its statement is most
    likely closed at that line's end (`print(foo(1)`), or before its final colon
    (`def f(x:`); verification by reparsing decides whether the fix is offered."""
    _, line_end = index.line_bounds(index.line_of(problem.start))
    rest = index.data[problem.start : line_end]
    if b"#" in rest or b"\\" in rest:
        return problem  # a comment or continuation: no obvious place to close
    content = rest.rstrip()
    # `def f(x:` and `if (a and b:` close before the block's colon.
    at = problem.start + len(content) - (1 if content.endswith(b":") else 0)
    return Problem(problem.start, problem.end, problem.message, problem.origin, at, _CLOSER_OF[opener])


def _never_closed(message: str) -> str | None:
    match = re.fullmatch(r"'(.)' was never closed", message)
    return match.group(1) if match else None


def _from_compile_error(error: CompileError, chunk: Chunk, index: LineIndex) -> Problem:
    first_line = index.line_of(chunk.start)
    start = _offset_at(index, first_line + error.line, error.column)
    end = start
    if error.end_line is not None and error.end_column is not None:
        end = _offset_at(index, first_line + error.end_line, error.end_column)
    start = min(start, chunk.end)
    line_start, line_end = index.line_bounds(index.line_of(start))
    token_match = _TOKEN.match(decode(index.data[start:line_end]))
    token = token_match.group() if token_match else ""
    # Chunks are compiled alone, so "on line N" / "at line N" count from the chunk.
    message = re.sub(
        r"\b(on|at) line (\d+)", lambda m: f"{m.group(1)} line {int(m.group(2)) + first_line}", error.message
    )
    insert_at = insert_text = None
    if message == "invalid syntax":
        message = f"unexpected '{token}'" if token else "unexpected end of line"
    elif message.startswith("expected '") and message.endswith("'") and message.count("'") == 2:
        missing = message[len("expected '") : -1]
        message = f"missing '{missing}'"
        if missing in _INSERTABLE:
            insert_at, insert_text = start, missing
    if end <= start or end > line_end and index.line_of(end) != index.line_of(start):
        end = start + len(token.encode("utf-8", "surrogatepass")) if token else start
    start, end = _visible(start, end, line_start, line_end, index.data)
    return Problem(start, end, message, "compiler", insert_at, insert_text)


def _offset_at(index: LineIndex, line: int, column: int) -> int:
    """Byte offset of a (line, code point column), clamped to the line."""
    if line >= index.line_count:
        return len(index.data)
    start, end = index.line_bounds(line)
    text = decode(index.data[start:end])
    return start + len(text[:column].encode("utf-8", "surrogatepass"))


def _visible(start: int, end: int, line_start: int, line_end: int, data: bytes) -> tuple[int, int]:
    """Widen an empty range to one character so that every editor draws it."""
    if end > start:
        return start, end
    if start < line_end:
        return start, _next_char(data, start)
    if start > line_start:
        return _previous_char(data, start), start
    return start, end


def _next_char(data: bytes, offset: int) -> int:
    offset += 1
    while offset < len(data) and (data[offset] & 0xC0) == 0x80:
        offset += 1
    return offset


def _previous_char(data: bytes, offset: int) -> int:
    offset -= 1
    while offset > 0 and (data[offset] & 0xC0) == 0x80:
        offset -= 1
    return offset


def _tree_errors(root: tree_sitter.Node, index: LineIndex) -> list[_TreeError]:
    """ERROR and MISSING nodes, walking only subtrees that contain one."""
    found: list[_TreeError] = []
    stack = [root] if root.has_error else []
    while stack:
        node = stack.pop()
        if node.is_missing:
            found.append(_TreeError(_missing_problem(node, index), node.start_byte, node.end_byte))
            continue
        if node.is_error:
            nested = [c for c in node.children if c.has_error or c.is_missing]
            if not nested:
                found.append(_TreeError(_error_problem(node, index), node.start_byte, node.end_byte))
                continue
        stack.extend(reversed([c for c in node.children if c.has_error or c.is_missing]))
    return found


def _missing_problem(node: tree_sitter.Node, index: LineIndex) -> Problem:
    kind = node.type
    at = node.start_byte
    line_start, line_end = index.line_bounds(index.line_of(at))
    start, end = _visible(at, at, line_start, line_end, index.data)
    if kind in _INSERTABLE:
        return Problem(start, end, f"missing '{kind}'", "tree-sitter", at, kind)
    return Problem(start, end, f"missing {kind.replace('_', ' ')}", "tree-sitter")


def _error_problem(node: tree_sitter.Node, index: LineIndex) -> Problem:
    # An ERROR may begin with the line break before the code it could not place.
    text = index.data[node.start_byte : node.end_byte]
    start = node.start_byte + (len(text) - len(text.lstrip()) if text.strip() else 0)
    line_start, line_end = index.line_bounds(index.line_of(start))
    end = min(node.end_byte, line_end) if node.end_byte > line_end else node.end_byte
    text = decode(index.data[start:end]).strip()
    if len(text) > 40:
        match = _TOKEN.match(text)
        text = match.group() if match else text[:40]
    start, end = _visible(start, end, line_start, line_end, index.data)
    message = f"unexpected '{text}'" if text else "unexpected input"
    return Problem(start, end, message, "tree-sitter")
