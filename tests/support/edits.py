"""Hypothesis strategies for random edits of Python-ish text."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import strategies as st

from greenfix.analysis.positions import encode

# Pieces that make and break Python: brackets, colons, line breaks of every kind,
# indentation, quotes, keywords, non-ASCII and astral characters.
PIECES = [
    "(", ")", "[", "]", "{", "}", ":", ",", "=", " = ", "#", "\n", "\r\n", "\r", "    ", "\t", " ",
    "'", '"', '"""', "def ", "f(x)", "if ", "else", "return ", "pass", "x", "1", "é", "😀", "中",
]

python_ish = st.lists(st.sampled_from(PIECES), max_size=12).map("".join)

SEED = (
    "def f(x):\n"
    "    if x:\n"
    "        return 'é😀'\n"
    "    return [1, 2]\n"
    "\r\n"
    "class C:\r\n"
    "    y = (1,\r\n"
    "         2)\n"
)


@dataclass(frozen=True)
class ByteEdit:
    start: int
    end: int
    new: bytes


@st.composite
def byte_edit(draw: st.DrawFn, text: str) -> ByteEdit:
    """Replace a random range of `text`, its ends on character boundaries (which may
    split a "\\r\\n"), by random Python-ish text."""
    a = draw(st.integers(0, len(text)))
    b = draw(st.integers(a, min(len(text), a + 20)))
    return ByteEdit(len(encode(text[:a])), len(encode(text[:b])), encode(draw(python_ish)))
