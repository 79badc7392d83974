"""Edits: a byte range and its replacement, applied to text, and the minimal set of
edits between two texts, so that unrelated lines and the editor's cursor stay put."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Iterable


@dataclass(frozen=True)
class Edit:
    """Replace bytes [start, end) of a document with `new_text`."""

    start: int
    end: int
    new_text: str


class OverlappingEdits(ValueError):
    pass


def apply_edits(data: bytes, edits: Iterable[Edit]) -> bytes:
    """Apply non-overlapping edits, all expressed against the original `data`."""
    ordered = sorted(edits, key=lambda e: (e.start, e.end))
    out: list[bytes] = []
    cursor = 0
    for edit in ordered:
        if edit.start < cursor or edit.end < edit.start or edit.end > len(data):
            raise OverlappingEdits(f"edit {edit.start}-{edit.end} overlaps another or leaves the document")
        out.append(data[cursor : edit.start])
        out.append(edit.new_text.encode("utf-8", "surrogatepass"))
        cursor = edit.end
    out.append(data[cursor:])
    return b"".join(out)


def minimal_edits(old: str, new: str, base: int = 0) -> list[Edit]:
    """The smallest line-based edits turning `old` into `new`, with byte offsets
    shifted by `base` (the offset of `old` inside its document).

    Lines are the unit so that an edit never splits a multi-byte character and
    reads naturally in an editor's preview; within a changed line the common
    prefix and suffix are trimmed, keeping the cursor still on unchanged text.
    """
    old_lines = old.splitlines(keepends=True)
    new_lines = new.splitlines(keepends=True)
    offsets = [0]
    for line in old_lines:
        offsets.append(offsets[-1] + len(line.encode("utf-8", "surrogatepass")))
    edits: list[Edit] = []
    matcher = difflib.SequenceMatcher(a=old_lines, b=new_lines, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        removed = "".join(old_lines[i1:i2])
        added = "".join(new_lines[j1:j2])
        prefix = _common_prefix(removed, added)
        suffix = _common_suffix(removed[prefix:], added[prefix:])
        start = base + offsets[i1] + len(removed[:prefix].encode("utf-8", "surrogatepass"))
        end = base + offsets[i2] - len(removed[len(removed) - suffix :].encode("utf-8", "surrogatepass"))
        edits.append(Edit(start, end, added[prefix : len(added) - suffix]))
    return edits


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def _common_suffix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(reversed(a), reversed(b)):
        if x != y:
            break
        n += 1
    return n
