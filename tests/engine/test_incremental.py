"""What is maintained under edits equals what is computed afresh from the same text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from greenfix.analysis.document import SourceDocument
from greenfix.analysis.positions import LineIndex, Position, decode
from greenfix.analysis.syntax import find_problems
from tests.support.edits import SEED, byte_edit, python_ish


@settings(max_examples=300, deadline=None, derandomize=True)
@given(start=python_ish, data=st.data())
def test_an_edited_line_index_equals_a_fresh_one(start: str, data: st.DataObject) -> None:
    index = LineIndex(start.encode())
    for _ in range(data.draw(st.integers(1, 6))):
        edit = data.draw(byte_edit(decode(index.data)))
        new_data = index.data[: edit.start] + edit.new + index.data[edit.end :]
        index = index.edited(edit.start, edit.end, new_data, len(edit.new))
        assert list(index.starts) == list(LineIndex(new_data).starts)


def test_inserting_a_newline_after_a_carriage_return_joins_them_into_one_break() -> None:
    index = LineIndex(b"a\rb")
    joined = index.edited(2, 2, b"a\r\nb", 1)
    assert list(joined.starts) == [0, 3] == list(LineIndex(b"a\r\nb").starts)


def test_deleting_between_a_carriage_return_and_a_newline_joins_them() -> None:
    index = LineIndex(b"a\rx\nb")
    joined = index.edited(2, 3, b"a\r\nb", 0)
    assert list(joined.starts) == [0, 3]


def test_splitting_a_crlf_makes_two_breaks() -> None:
    index = LineIndex(b"a\r\nb")
    split = index.edited(2, 2, b"a\rx\nb", 1)
    assert list(split.starts) == [0, 2, 4]


@pytest.mark.parametrize(
    ("before", "start", "new", "after"),
    [
        (b"a\nb\nc", 1, b"x", [0, 4]),  # a line break replaced by a letter: two lines join
        (b"axb\nc", 1, b"\n", [0, 2, 4]),  # a letter replaced by a line break: a line splits
        (b"ab\ncd\nef", 0, b"z", [0, 3, 6]),  # same length, no break: later lines keep their starts
    ],
)
def test_a_same_length_replacement_keeps_the_index_exact(before: bytes, start: int, new: bytes, after: list[int]) -> None:
    new_data = before[:start] + new + before[start + len(new) :]
    index = LineIndex(before).edited(start, start + len(new), new_data, len(new))
    assert list(index.starts) == after == list(LineIndex(new_data).starts)
    assert index.position_of(len(new_data)) == Position(len(after) - 1, len(new_data) - after[-1])


def test_text_survives_edits_exactly_though_only_bytes_are_kept() -> None:
    # Lone surrogates (which some editors send) and astral characters round-trip.
    doc = SourceDocument("s = '\ud800é😀'\r\n")
    assert doc.text == "s = '\ud800é😀'\r\n"
    doc.replace_range(Position(0, 7), Position(0, 7), "中", "utf-16")  # after the 'é'
    assert doc.text == "s = '\ud800é中😀'\r\n"
    doc.replace_all("x = '😀'\n")
    assert doc.text == "x = '😀'\n"
    assert doc.index.position_of(len(doc.data)) == Position(1, 0)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(data=st.data())
def test_incremental_problems_equal_those_of_a_fresh_parse(data: st.DataObject) -> None:
    # Around syntax errors tree-sitter's incremental recovery may shape ERROR nodes
    # differently from a fresh parse (see the next test), so the contract is: a
    # settled document reports exactly what a fresh parse reports, and a document
    # is settled at once whenever its incrementally parsed tree has no error.
    doc = SourceDocument(SEED)
    for _ in range(data.draw(st.integers(1, 8))):
        edit = data.draw(byte_edit(doc.text))
        doc.replace_bytes(edit.start, edit.end, edit.new)
        fresh = find_problems(SourceDocument(doc.text))
        if doc.settled:
            assert find_problems(doc) == fresh
        doc.settle()
        assert doc.settled
        assert find_problems(doc) == fresh


def test_problems_after_opening_a_triple_quote_and_then_a_quote_equal_a_fresh_parse_once_settled() -> None:
    # Found by the property above: tree-sitter's incremental error recovery builds
    # another tree than a fresh parse; settling removes the difference.
    doc = SourceDocument(SEED)
    doc.replace_bytes(24, 24, b'"""')
    doc.replace_bytes(68, 68, b'"')
    assert not doc.settled
    assert doc.settle()
    assert find_problems(doc) == find_problems(SourceDocument(doc.text))
