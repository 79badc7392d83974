"""Broken snippets -> the exact message and range a user sees (zero-based line,
code point columns, end exclusive)."""

from __future__ import annotations

import pytest

from greenfix.analysis.document import SourceDocument
from greenfix.analysis.syntax import MAX_PROBLEMS, find_problems


def problems_of(text: str) -> list[tuple[tuple[int, int], tuple[int, int], str]]:
    doc = SourceDocument(text)
    found = []
    for problem in find_problems(doc):
        start = doc.index.position_of(problem.start, "utf-32")
        end = doc.index.position_of(problem.end, "utf-32")
        found.append(((start.line, start.character), (end.line, end.character), problem.message))
    return found


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("def f(x)\n    return x\n", [((0, 7), (0, 8), "missing ':'")]),
        ("class C\n    pass\n", [((0, 6), (0, 7), "missing ':'")]),
        ("for x in y\n    pass\n", [((0, 9), (0, 10), "missing ':'")]),
        ("print((1, 2)\n", [((0, 5), (0, 6), "'(' was never closed")]),
        ("x = [1, 2\ny = 3\n", [((0, 4), (0, 5), "'[' was never closed")]),
        ("é = {1: 2\n", [((0, 4), (0, 5), "'{' was never closed")]),
        ("foo(a b)\n", [((0, 4), (0, 7), "invalid syntax. Perhaps you forgot a comma?")]),
        # tree-sitter parses this clean; only the compiler stage catches it.
        ("if x:\npass\n", [((1, 0), (1, 4), "expected an indented block after 'if' statement on line 1")]),
        ("x = 1 2\n", [((0, 6), (0, 7), "unexpected '2'")]),
        ("x = 5 +* 3\n", [((0, 7), (0, 8), "unexpected '*'")]),
        ("else:\n    pass\n", [((0, 0), (0, 4), "unexpected 'else'")]),
        ("x = 1 +\n", [((0, 6), (0, 7), "unexpected end of line")]),
        ("x = )\n", [((0, 4), (0, 5), "unmatched ')'")]),
        ("s = 'abc\n", [((0, 4), (0, 5), "unterminated string literal (detected at line 1)")]),
        ('s = """abc\n', [((0, 4), (0, 5), "unterminated triple-quoted string literal (detected at line 1)")]),
        ("x = 1\n  y = 2\n", [((1, 1), (1, 2), "unexpected indent")]),
        ("def f():\n\treturn 1\n        return 2\n",
         [((2, 0), (2, 1), "inconsistent use of tabs and spaces in indentation")]),
        # Columns count code points: "😀" is one, though two UTF-16 units and four bytes.
        ("x = 'é😀' +\n", [((0, 9), (0, 10), "unexpected end of line")]),
        ("def f(x)\r\n    return x\r\n", [((0, 7), (0, 8), "missing ':'")]),
    ],
)
def test_a_broken_snippet_has_one_problem_with_this_message_and_range(source: str, expected: list) -> None:
    assert problems_of(source) == expected


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_one_error_is_reported_once(newline: str) -> None:
    # tree-sitter's ERROR node here starts at the line break before "def"; it is the
    # same error the compiler reports on the next line.
    source = newline.join(["class C:", "    def m(self)", "        pass", ""])
    assert problems_of(source) == [((1, 14), (1, 15), "missing ':'")]


def test_errors_in_separate_statements_are_each_reported() -> None:
    source = "def f(x):\n    return x +\n\n\ndef g(y):\n    return y y\n"
    assert problems_of(source) == [((1, 13), (1, 14), "unexpected end of line"), ((5, 13), (5, 14), "unexpected 'y'")]


def test_problems_are_capped_per_file() -> None:
    source = "".join(f"x{i} = )\n" for i in range(MAX_PROBLEMS + 20))
    found = problems_of(source)
    assert len(found) == MAX_PROBLEMS
    assert found[0] == ((0, 5), (0, 6), "unmatched ')'")


VALID_MODERN_PYTHON = '''\
import asyncio
from dataclasses import dataclass


def logged(func):
    return func


@logged
@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0


def describe(value: object) -> str:
    match value:
        case Point(x=0, y=0):
            return "origin"
        case Point(x=x, y=0) if x > 0:
            return f"on the {'positive'} x axis at {x!r:>{4}}"
        case [first, *rest]:
            return f"{first} and {len(rest)} more: {', '.join(map(str, rest))}"
        case {"key": str() as key, **others}:
            return key
        case _:
            return "something else"


async def main() -> None:
    if (n := len(await asyncio.gather(*[asyncio.sleep(0) for _ in range(3)]))) > 2:
        async with asyncio.timeout(1):
            async for _ in ticker():
                pass
    print(lambda *args, **kw: (args, kw), sep="é😀")


async def ticker():
    yield 1

'''


def test_valid_modern_python_has_no_problems() -> None:
    assert problems_of(VALID_MODERN_PYTHON) == []


def test_an_empty_file_has_no_problems() -> None:
    assert problems_of("") == []
