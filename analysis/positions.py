"""Byte offsets <-> (line, character) positions.

tree-sitter speaks UTF-8 byte offsets; LSP speaks (line, character) where a
character is counted in the encoding the client and server agreed on (UTF-16 by
default, UTF-8 or UTF-32 when negotiated); terminals and CI annotations want
code points. Every conversion in greenfix goes through `LineIndex`.

Lines end at "\\r\\n", "\\n" or a lone "\\r", as the LSP specification says.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from dataclasses import dataclass
from typing import Literal

Encoding = Literal["utf-8", "utf-16", "utf-32"]

_NEWLINE = re.compile(rb"\r\n|\r|\n")


@dataclass(frozen=True)
class Position:
    """A zero-based line and a character offset counted in some encoding."""

    line: int
    character: int


def decode(data: bytes) -> str:
    """Bytes of a document back to text; lone surrogates round-trip."""
    return data.decode("utf-8", "surrogatepass")


def encode(text: str) -> bytes:
    """Text of a document to the UTF-8 bytes tree-sitter parses."""
    return text.encode("utf-8", "surrogatepass")


def _units(text: str, encoding: Encoding) -> int:
    if encoding == "utf-16":
        return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)
    if encoding == "utf-8":
        return len(encode(text))
    return len(text)


class LineIndex:
    """Where each line of a byte buffer starts, and conversions through it."""

    __slots__ = ("data", "starts")

    def __init__(self, data: bytes, starts: array | None = None) -> None:
        self.data = data
        # 4 bytes per line start, where a list of ints takes 36 (documents stay far below 4 GiB).
        self.starts = starts if starts is not None else _line_starts(data, 0, len(data), array("I", [0]))

    @property
    def line_count(self) -> int:
        return len(self.starts)

    def line_of(self, offset: int) -> int:
        return bisect_right(self.starts, offset) - 1

    def line_bounds(self, line: int) -> tuple[int, int]:
        """Byte range of a line's content, without its line terminator."""
        start = self.starts[line]
        if line + 1 < len(self.starts):
            end = self.starts[line + 1]
            end -= 2 if self.data[end - 2 : end] == b"\r\n" else 1
        else:
            end = len(self.data)
        return start, end

    # -- conversions ---------------------------------------------------------

    def offset_of(self, position: Position, encoding: Encoding = "utf-16") -> int:
        """Byte offset of a position, clamped into the document.

        A character past the end of its line means the end of the line (LSP);
        a line past the last one means the end of the document. A position in
        the middle of a multi-unit character falls back to that character's start.
        Use `is_valid` to tell whether clamping happened.
        """
        if position.line < 0:
            return 0
        if position.line >= len(self.starts):
            return len(self.data)
        start, end = self.line_bounds(position.line)
        if position.character <= 0:
            return start
        content = self.data[start:end]
        if content.isascii():
            return start + min(position.character, len(content))
        if encoding == "utf-8":
            offset = min(position.character, len(content))
            while 0 < offset < len(content) and (content[offset] & 0xC0) == 0x80:
                offset -= 1
            return start + offset
        units = 0
        offset = start
        for ch in decode(content):
            width = 2 if (encoding == "utf-16" and ord(ch) > 0xFFFF) else 1
            if units + width > position.character:
                break
            units += width
            offset += len(encode(ch))
        return offset

    def is_valid(self, position: Position, encoding: Encoding = "utf-16") -> bool:
        """True when the position names a place in the document without clamping
        (not past a line's end, not inside a character)."""
        return self.position_of(self.offset_of(position, encoding), encoding) == position

    def position_of(self, offset: int, encoding: Encoding = "utf-16") -> Position:
        """Position of a byte offset; an offset inside a line break maps to the line's end,
        one inside a multi-byte character to that character."""
        offset = max(0, min(offset, len(self.data)))
        while 0 < offset < len(self.data) and (self.data[offset] & 0xC0) == 0x80:
            offset -= 1  # inside a multi-byte character: that character's start
        line = self.line_of(offset)
        start, end = self.line_bounds(line)
        prefix = self.data[start : min(offset, end)]
        if encoding == "utf-8" or prefix.isascii():
            return Position(line, len(prefix))
        return Position(line, _units(decode(prefix), encoding))

    def ts_point(self, offset: int) -> tuple[int, int]:
        """tree-sitter's (row, byte column) for an offset.

        tree-sitter counts rows by "\\n" only; for a lone "\\r" (classic Mac line
        ends) its rows and ours differ, which only affects node points, never
        byte offsets, and greenfix reads positions from byte offsets.
        """
        line = self.line_of(offset)
        return line, offset - self.starts[line]

    # -- editing -------------------------------------------------------------

    def edited(self, start: int, old_end: int, new_data: bytes, inserted: int) -> "LineIndex":
        """The index of `new_data`, which is this buffer with [start, old_end) replaced
        by `inserted` bytes. Rescans only the bytes around the edit."""
        delta = inserted - (old_end - start)
        keep_before = max(1, bisect_right(self.starts, start - 1))
        starts = self.starts[:keep_before]
        # A "\r" just before the edit may pair with an inserted "\n": rescan from it.
        scan_from = max(0, start - 1)
        scan_to = min(len(new_data), start + inserted + 1)
        _line_starts(new_data, scan_from, scan_to, starts, minimum=max(start, 1))
        first_kept_after = bisect_right(self.starts, old_end + 1)
        after = self.starts[first_kept_after:]
        starts.extend(after if delta == 0 else (s + delta for s in after))
        return LineIndex(new_data, starts)


def _line_starts(data: bytes, begin: int, end: int, out: array, minimum: int = 1) -> array:
    """Append to `out` each line start in [minimum, end] made by a line break that
    begins in data[begin:end]. The regex sees the whole buffer, so a "\r\n" is
    always one break, even where it straddles `begin` or `end`."""
    for match in _NEWLINE.finditer(data, begin):
        if match.start() >= end:
            break
        if minimum <= match.end() <= end:
            out.append(match.end())
    return out
