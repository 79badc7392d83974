"""Seeded single-edit bugs for benchmarks/real_projects.py: where a function can be
mutated, how, and which mutants the tests see.

A mutation is one realistic slip made on the source text (found with `ast` and
`tokenize`, so the rest of the file keeps its bytes): a comparison swapped, an
integer bound off by one, an arithmetic or boolean operator swapped, a condition
negated, a wrong constant. Only functions the tests run are mutated, and a mutant is
kept only when a fresh pytest of the tests that run its function fails on it.
"""

from __future__ import annotations

import ast
import io
import os
import random
import signal
import subprocess
import tempfile
import time
import tokenize
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from greenfix.analysis.document import SourceDocument
from greenfix.analysis.positions import LineIndex
from greenfix.analysis.targets import functions
from greenfix.analysis.testing.environment import runner_env

_COMPARISONS = {
    ast.Lt: ("<", "<="), ast.LtE: ("<=", "<"), ast.Gt: (">", ">="), ast.GtE: (">=", ">"),
    ast.Eq: ("==", "!="), ast.NotEq: ("!=", "=="), ast.In: ("in", "not in"), ast.NotIn: ("not in", "in"),
    ast.Is: ("is", "is not"), ast.IsNot: ("is not", "is"),
}
_OPERATORS = {
    ast.Add: ("+", "-"), ast.Sub: ("-", "+"), ast.Mult: ("*", "/"), ast.Div: ("/", "*"),
    ast.FloorDiv: ("//", "/"), ast.Mod: ("%", "//"), ast.LShift: ("<<", ">>"), ast.RShift: (">>", "<<"),
    ast.BitAnd: ("&", "|"), ast.BitOr: ("|", "&"),
}
_BOOLEANS = {ast.And: ("and", "or"), ast.Or: ("or", "and")}
# Expressions that need parentheses after `not`.
_LOOSE = (ast.BoolOp, ast.IfExp, ast.Lambda, ast.NamedExpr)


@dataclass(frozen=True)
class Mutation:
    path: str  # relative to the project root
    qualname: str  # the function, as greenfix names it
    line: int  # 1-based line of the change
    start: int  # character offsets of the replaced text in the file
    end: int
    old: str
    new: str
    kind: str  # "comparison swap", "off-by-one", "operator swap", "negated condition", "wrong constant"

    def apply(self, text: str) -> str:
        assert text[self.start : self.end] == self.old, "the file changed under the mutation"
        return text[: self.start] + self.new + text[self.end :]

    def __str__(self) -> str:
        return f"{self.path}:{self.line} {self.qualname}: {self.kind} `{self.old}` -> `{self.new}`"


@dataclass(frozen=True)
class Function:
    path: str
    qualname: str
    line: int  # first line, decorators included: the key the tracer records

    @property
    def key(self) -> tuple[str, int]:
        return (self.path, self.line)


# -- where and how -----------------------------------------------------------


def project_functions(path: str, text: str) -> list[Function]:
    """Every function and method of a file, named as greenfix names them."""
    data = text.encode("utf-8", "surrogatepass")
    lines = LineIndex(data)
    return [Function(path, f.qualname, lines.line_of(f.start) + 1) for f in functions(SourceDocument(data))]


def mutations(path: str, text: str, wanted: Sequence[Function] | None = None) -> list[Mutation]:
    """Every single-edit mutation inside the bodies of the file's functions (of `wanted`
    only, when given), in source order. Nested functions and classes are their own."""
    named = {f.line: f.qualname for f in project_functions(path, text)}
    keep = None if wanted is None else {f.line for f in wanted if f.path == path}
    text_map = _Text(text)
    found: list[Mutation] = []
    for node in ast.walk(ast.parse(text)):
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
        qualname = named.get(first)
        if qualname is None or (keep is not None and first not in keep):
            continue
        for site in _body_nodes(node):
            found.extend(Mutation(path, qualname, *m) for m in _at(site, text_map))
    return sorted(found, key=lambda m: (m.start, m.end, m.new))


def _body_nodes(function: ast.FunctionDef | ast.AsyncFunctionDef) -> Iterator[ast.AST]:
    body = function.body
    if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) and isinstance(body[0].value.value, str):
        body = body[1:]  # the docstring
    stack: list[ast.AST] = list(reversed(body))
    while stack:
        node = stack.pop()
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            continue
        yield node
        stack.extend(reversed(list(ast.iter_child_nodes(node))))


def _at(node: ast.AST, text: _Text) -> Iterator[tuple[int, int, int, str, str, str]]:
    """(line, start, end, old, new, kind) of each mutation of this one node."""
    if isinstance(node, ast.Compare):
        operands = [node.left, *node.comparators]
        for i, op in enumerate(node.ops):
            old, new = _COMPARISONS[type(op)]
            span = text.token_between(operands[i], operands[i + 1], old)
            if span:
                yield (*span, old, new, "comparison swap")
    elif isinstance(node, ast.BinOp) and type(node.op) in _OPERATORS and not _text_operand(node):
        old, new = _OPERATORS[type(node.op)]
        span = text.token_between(node.left, node.right, old)
        if span:
            yield (*span, old, new, "operator swap")
    elif isinstance(node, ast.AugAssign) and type(node.op) in (ast.Add, ast.Sub):
        old, new = ("+=", "-=") if isinstance(node.op, ast.Add) else ("-=", "+=")
        span = text.token_between(node.target, node.value, old)
        if span:
            yield (*span, old, new, "operator swap")
    elif isinstance(node, ast.BoolOp):
        old, new = _BOOLEANS[type(node.op)]
        span = text.token_between(node.values[0], node.values[1], old)
        if span:
            yield (*span, old, new, "operator swap")
    elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        line, start, _ = text.span(node)
        end = start + len("not")
        while text.text[end] in " \t":
            end += 1
        yield line, start, end, text.text[start:end], "", "negated condition"
    elif isinstance(node, ast.Constant) and type(node.value) is bool:
        line, start, end = text.span(node)
        yield line, start, end, str(node.value), str(not node.value), "wrong constant"
    elif isinstance(node, ast.Constant) and type(node.value) is int:
        line, start, end = text.span(node)
        old = text.text[start:end]
        if old.isdigit():  # plain decimal: 0x10 or 1_000 would read oddly moved by one
            for new in (node.value + 1, node.value - 1):
                if new >= 0:
                    yield line, start, end, old, str(new), "off-by-one"
    if isinstance(node, (ast.If, ast.While, ast.IfExp)) and not (isinstance(node.test, ast.UnaryOp) and isinstance(node.test.op, ast.Not)):
        line, start, end = text.span(node.test)
        old = text.text[start:end]
        yield line, start, end, old, f"not ({old})" if isinstance(node.test, _LOOSE) else f"not {old}", "negated condition"


def _text_operand(node: ast.BinOp) -> bool:
    """`"%s" % x`, `"a" + b`: formatting and joining text, where a swapped operator is a
    type error no one would write, not a slip."""
    return any(isinstance(side, ast.JoinedStr) or (isinstance(side, ast.Constant) and isinstance(side.value, (str, bytes)))
               for side in (node.left, node.right))


class _Text:
    """A file's text with ast positions (UTF-8 byte columns) turned into character offsets."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lines = text.splitlines(keepends=True)
        self.starts = [0]
        for line in self.lines:
            self.starts.append(self.starts[-1] + len(line))
        self.tokens = [
            (token.string, self.offset(*token.start, chars=True), self.offset(*token.end, chars=True))
            for token in tokenize.generate_tokens(io.StringIO(text).readline)
            if token.type in (tokenize.OP, tokenize.NAME)
        ]

    def offset(self, line: int, column: int, chars: bool = False) -> int:
        if line > len(self.lines):
            return len(self.text)
        row = self.lines[line - 1]
        if not chars:
            column = len(row.encode("utf-8", "surrogatepass")[:column].decode("utf-8", "surrogatepass"))
        return self.starts[line - 1] + column

    def span(self, node: ast.AST) -> tuple[int, int, int]:
        return node.lineno, self.offset(node.lineno, node.col_offset), self.offset(node.end_lineno, node.end_col_offset)

    def token_between(self, left: ast.AST, right: ast.AST, wanted: str) -> tuple[int, int, int] | None:
        """(line, start, end) of the operator `wanted` (one or two words) between two operands."""
        _, _, low = self.span(left)
        _, high, _ = self.span(right)
        inside = [t for t in self.tokens if low <= t[1] and t[2] <= high]
        words = wanted.split()
        for i in range(len(inside) - len(words) + 1):
            if [t[0] for t in inside[i : i + len(words)]] == words:
                start, end = inside[i][1], inside[i + len(words) - 1][2]
                return self.text.count("\n", 0, start) + 1, start, end
        return None


# -- which ------------------------------------------------------------------


@dataclass(frozen=True)
class Bug:
    mutation: Mutation
    original: str  # the file's text before
    mutated: str  # and with the bug
    failing: int  # tests that the bug made fail in the check


def choose_bugs(
    sources: dict[str, str],
    covered: dict[tuple[str, int], list[str]],
    count: int,
    seed: int,
    failing_tests: Callable[[Mutation, str, list[str]], int],
    max_checks: int | None = None,
) -> list[Bug]:
    """Up to `count` visible bugs, one per function, drawn with `seed`.

    `sources`: path -> text of the files that may be mutated; `covered`: (path, first
    line) -> node ids of the tests that run that function; `failing_tests(mutation,
    mutated text, node ids)`: how many of those tests fail on the mutant (0: invisible;
    a negative number: it could not be judged, e.g. it hangs). At most `max_checks`
    mutants are checked (default 4 per bug)."""
    draw = random.Random(seed)
    by_function: dict[tuple[str, str], list[Mutation]] = {}
    for path in sorted(sources):
        wanted = [f for f in project_functions(path, sources[path]) if f.key in covered]
        for mutation in mutations(path, sources[path], wanted):
            by_function.setdefault((path, mutation.qualname), []).append(mutation)
    lines = {(f.path, f.qualname): f.line for path in sources for f in project_functions(path, sources[path])}
    order = sorted(by_function)
    draw.shuffle(order)
    bugs: list[Bug] = []
    checks = max_checks if max_checks is not None else 4 * count
    for key in order:
        if len(bugs) >= count or checks <= 0:
            break
        candidates = by_function[key]
        for mutation in draw.sample(candidates, min(2, len(candidates))):  # two tries per function at most
            if checks <= 0:
                break
            checks -= 1
            mutated = mutation.apply(sources[mutation.path])
            failing = failing_tests(mutation, mutated, covered[(mutation.path, lines[key])])
            if failing > 0:
                bugs.append(Bug(mutation, sources[mutation.path], mutated, failing))
                break
    return bugs


def same_code(a: str, b: str) -> bool:
    """Whether two texts are the same program (formatting and comments aside)."""
    try:
        return ast.dump(ast.parse(a)) == ast.dump(ast.parse(b))
    except SyntaxError:
        return False


# -- a fresh pytest ----------------------------------------------------------


@dataclass(frozen=True)
class PytestRun:
    status: int | None  # pytest's exit status; None when it was killed at its time limit
    seconds: float
    output: str

    @property
    def passed(self) -> bool:
        return self.status == 0

    def failed_count(self) -> int:
        """Failed and erroring tests, from pytest's closing line (0 when it has none)."""
        last = self.output.strip().splitlines()[-1:] or [""]
        words = last[0].replace(",", " ").split()
        return sum(int(words[i - 1]) for i, w in enumerate(words) if w in ("failed", "error", "errors") and i and words[i - 1].isdigit())


def fresh_pytest(python: str, root: Path, args: Sequence[str] = (), timeout: float | None = None) -> PytestRun:
    """`python -m pytest -q -p no:cacheprovider ARGS` in `root`, as a user would type it,
    killed (its whole process group) after `timeout` seconds."""
    private = tempfile.TemporaryDirectory(prefix="greenfix-bench-env-")
    started = time.monotonic()
    process = subprocess.Popen(
        [python, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args],
        cwd=root,
        env=runner_env(Path(private.name)),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        output, _ = process.communicate(timeout=timeout)
        status: int | None = process.returncode
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        output, _ = process.communicate()
        status = None
    finally:
        private.cleanup()
    return PytestRun(status, time.monotonic() - started, output.decode("utf-8", "replace"))
