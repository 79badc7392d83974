"""Byte offsets <-> positions in every encoding a client can negotiate."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from greenfix.analysis.positions import LineIndex, Position, encode

# "😀" is one code point, two UTF-16 code units and four UTF-8 bytes.
EMOJI_LINE = "a😀b = 'é'"


def index_of(text: str) -> LineIndex:
    return LineIndex(encode(text))


def boundaries(text: str) -> list[int]:
    """The byte offset of every character boundary of `text`."""
    return [len(encode(text[:k])) for k in range(len(text) + 1)]


def round_trip_target(data: bytes, offset: int) -> int:
    """Where an offset comes back to: itself, or the line end when it sits inside a "\r\n"."""
    return offset - 1 if data[offset - 1 : offset + 1] == b"\r\n" else offset


@pytest.mark.parametrize(
    ("encoding", "columns"),
    [
        ("utf-16", [0, 1, 3, 4, 5, 6, 7, 8, 9, 10]),
        ("utf-8", [0, 1, 5, 6, 7, 8, 9, 10, 12, 13]),
        ("utf-32", [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]),
    ],
)
def test_columns_count_the_units_of_the_negotiated_encoding(encoding: str, columns: list[int]) -> None:
    index = index_of(EMOJI_LINE)
    found = [index.position_of(offset, encoding).character for offset in boundaries(EMOJI_LINE)]
    assert found == columns


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8", "utf-32"])
def test_every_character_boundary_round_trips(encoding: str) -> None:
    text = "x = '😀'\r\n\tif é:\r\n\t\tpass\n𝕏\n"
    index = index_of(text)
    for offset in boundaries(text):
        assert index.offset_of(index.position_of(offset, encoding), encoding) == round_trip_target(index.data, offset)


def test_crlf_lone_cr_and_lf_each_end_one_line() -> None:
    index = index_of("a\r\nb\rc\nd")
    assert index.line_count == 4
    assert [index.position_of(offset) for offset in (0, 3, 5, 7)] == [
        Position(0, 0), Position(1, 0), Position(2, 0), Position(3, 0)
    ]
    assert index.line_bounds(0) == (0, 1)  # content excludes "\r\n"


def test_an_offset_between_cr_and_lf_maps_to_the_end_of_the_line() -> None:
    index = index_of("ab\r\ncd")
    assert index.position_of(3) == Position(0, 2)


def test_a_tab_is_one_character() -> None:
    index = index_of("\t\tx = 1")
    assert index.position_of(2) == Position(0, 2)
    assert index.offset_of(Position(0, 2)) == 2


def test_text_ending_in_a_line_break_has_an_empty_last_line() -> None:
    index = index_of("x\n")
    assert index.line_count == 2
    assert index.position_of(2) == Position(1, 0)
    assert index.is_valid(Position(1, 0))


def test_a_character_past_the_end_of_its_line_clamps_to_the_line_end() -> None:
    index = index_of("ab\r\ncd")
    assert index.offset_of(Position(0, 99)) == 2
    assert not index.is_valid(Position(0, 99))
    assert index.is_valid(Position(0, 2))


def test_a_line_past_the_end_clamps_to_the_document_end() -> None:
    index = index_of("ab\ncd")
    assert index.offset_of(Position(7, 0)) == 5
    assert not index.is_valid(Position(2, 0))


def test_negative_positions_clamp_to_the_start_and_are_invalid() -> None:
    index = index_of("ab\ncd")
    assert index.offset_of(Position(-1, 3)) == 0
    assert index.offset_of(Position(1, -4)) == 3
    assert not index.is_valid(Position(-1, 0))
    assert not index.is_valid(Position(1, -4))


def test_a_position_inside_a_surrogate_pair_falls_back_to_the_character_start() -> None:
    index = index_of(EMOJI_LINE)
    assert index.offset_of(Position(0, 2), "utf-16") == 1
    assert not index.is_valid(Position(0, 2), "utf-16")
    assert index.is_valid(Position(0, 3), "utf-16")


def test_a_utf8_position_inside_a_multibyte_character_falls_back_to_its_start() -> None:
    index = index_of(EMOJI_LINE)
    assert index.offset_of(Position(0, 3), "utf-8") == 1
    assert not index.is_valid(Position(0, 3), "utf-8")


def test_an_offset_inside_a_multibyte_character_maps_to_that_character() -> None:
    index = index_of(EMOJI_LINE)
    assert index.position_of(3, "utf-16") == Position(0, 1)
    assert index.position_of(3, "utf-32") == Position(0, 1)


def test_offsets_past_the_document_clamp_to_its_end() -> None:
    index = index_of("ab\ncd")
    assert index.position_of(99) == Position(1, 2)
    assert index.position_of(-5) == Position(0, 0)


def test_ts_point_counts_bytes_within_the_line() -> None:
    index = index_of("é = 1\nxé = 2")
    assert index.ts_point(len(encode("é = 1\nxé"))) == (1, 3)


PIECES = ["a", " ", "\t", "\n", "\r", "\r\n", "é", "😀", "中", "("]


@given(text=st.lists(st.sampled_from(PIECES), max_size=40).map("".join), data=st.data())
def test_random_text_round_trips_in_every_encoding(text: str, data: st.DataObject) -> None:
    index = index_of(text)
    offset = data.draw(st.sampled_from(boundaries(text)))
    for encoding in ("utf-16", "utf-8", "utf-32"):
        position = index.position_of(offset, encoding)
        assert index.is_valid(position, encoding)
        assert index.offset_of(position, encoding) == round_trip_target(index.data, offset)
