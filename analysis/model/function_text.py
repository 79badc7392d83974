"""The target function as the model sees it: found in a byte range, cut from its
decorators, and shifted to column 0; and a model's answer shifted back in place."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..positions import decode, encode
from .constraints import FunctionSpec

_DEF = re.compile(rb"(async[ \t]+)?def[ \t]+(\w+)")


@dataclass(frozen=True)
class FunctionText:
    start: int  # byte offset of `def` (or `async`): decorators stay where they are
    end: int
    indent: str  # what precedes `def` on its line
    spec: FunctionSpec
    text: str  # the function at column 0

    def in_place(self, code: str) -> str:
        """An answer written at column 0, indented to replace bytes [start, end)."""
        lines = code.split("\n")
        return "\n".join([lines[0], *(self.indent + line if line.strip() else line for line in lines[1:])])


def locate_function(file_text: str, start: int, end: int) -> FunctionText:
    """The function whose definition spans bytes [start, end) of the file (decorators
    may be included). Raises ValueError when the range holds no `def`."""
    data = encode(file_text)
    found = _DEF.search(data, start, end)
    if found is None:
        raise ValueError(f"bytes {start}-{end} hold no function definition")
    def_start = found.start()
    line_start = data.rfind(b"\n", 0, def_start) + 1
    indent = decode(data[line_start:def_start])
    if indent.strip():
        raise ValueError(f"the function at byte {def_start} does not start its line")
    spec = FunctionSpec(decode(found.group(2)), is_async=found.group(1) is not None)
    lines = decode(data[def_start:end]).split("\n")
    text = "\n".join([lines[0], *(line[len(indent) :] if line.startswith(indent) else line for line in lines[1:])])
    return FunctionText(def_start, end, indent, spec, text)
