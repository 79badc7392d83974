"""The client's own copy of a document's text, changed by LSP changes as the server must:
UTF-16 positions; a character past the line end means the line end; a line past the last
means the end of the document; a position inside a surrogate pair means that character;
a range whose end comes before its start is taken from the end to the start."""

from __future__ import annotations

import re

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def apply_change(text: str, change: dict) -> str:
    if "range" not in change:
        return change["text"]
    start = offset_of(text, change["range"]["start"])
    end = offset_of(text, change["range"]["end"])
    start, end = min(start, end), max(start, end)
    return text[:start] + change["text"] + text[end:]


def offset_of(text: str, position: dict) -> int:
    """Index into `text` (a str: one index per code point) of an LSP position."""
    starts = [0] + [match.end() for match in _LINE_BREAK.finditer(text)]
    line, character = position["line"], position["character"]
    if line >= len(starts):
        return len(text)
    start = starts[line]
    end = len(text) if line + 1 == len(starts) else _LINE_BREAK.search(text, start).start()  # type: ignore[union-attr]
    units = 0
    for index in range(start, end):
        width = 2 if ord(text[index]) > 0xFFFF else 1
        if units + width > character:
            return index
        units += width
    return end

