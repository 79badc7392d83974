"""A source document: its bytes, line index and syntax tree, kept in step under edits.

Edits reparse incrementally (`tree.edit` + `parser.parse(new, old_tree)`), which
is what keeps diagnostics within a few milliseconds of a keystroke.
"""

from __future__ import annotations

import tree_sitter

from . import languages
from .positions import Encoding, LineIndex, Position, decode, encode


class SourceDocument:
    def __init__(self, text: str | bytes, language: str = "python") -> None:
        self.language = language
        self._parser = languages.new_parser(language)
        # Only the UTF-8 bytes are kept: a str of text with one emoji takes 4 bytes per
        # character, and tree-sitter, the compiler check and the index all read bytes.
        data = text if isinstance(text, bytes) else encode(text)
        self.index = LineIndex(data)
        self._tree: tree_sitter.Tree | None = self._parser.parse(data)
        self._fresh = True

    def clone(self) -> "SourceDocument":
        """An independent copy that can be edited without touching this one."""
        twin = object.__new__(SourceDocument)
        twin.language = self.language
        twin._parser = self._parser
        twin.index = self.index
        twin._tree = self.tree.copy()
        twin._fresh = self._fresh
        return twin

    @property
    def tree(self) -> tree_sitter.Tree:
        """The syntax tree; parsed afresh if it was released."""
        if self._tree is None:
            self._tree = self._parser.parse(self.data)
            self._fresh = True
        return self._tree

    def release_tree(self) -> None:
        """Drop the tree to save memory (about 37 bytes per byte of source);
        the next use parses the text again."""
        self._tree = None

    @property
    def data(self) -> bytes:
        return self.index.data

    @property
    def text(self) -> str:
        """The text, decoded afresh on each use (it is not kept)."""
        return decode(self.data)

    def replace_bytes(self, start: int, end: int, new: bytes) -> None:
        """Replace data[start:end] with `new` and reparse incrementally."""
        old_index = self.index
        data = old_index.data
        start = max(0, min(start, len(data)))
        end = max(start, min(end, len(data)))
        new_data = data[:start] + new + data[end:]
        self.index = old_index.edited(start, end, new_data, len(new))
        if self._tree is None:
            return  # parsed when next needed
        self._tree.edit(
            start_byte=start,
            old_end_byte=end,
            new_end_byte=start + len(new),
            start_point=old_index.ts_point(start),
            old_end_point=old_index.ts_point(end),
            new_end_point=self.index.ts_point(start + len(new)),
        )
        self._tree = self._parser.parse(new_data, self._tree)
        self._fresh = False

    @property
    def settled(self) -> bool:
        """False when the tree may differ from a fresh parse of the same text.

        tree-sitter's incremental reparse gives a fresh parse's tree for valid code,
        but around syntax errors its recovery can shape ERROR nodes differently."""
        return self._tree is None or self._fresh or not self._tree.root_node.has_error

    def settle(self) -> bool:
        """Parse from scratch if the tree may differ from a fresh parse; True if it did."""
        if self.settled:
            return False
        self._tree = self._parser.parse(self.data)
        self._fresh = True
        return True

    def replace_range(
        self, start: Position, end: Position, new_text: str, encoding: Encoding = "utf-16"
    ) -> bool:
        """Apply one LSP-style change. Returns False when the range had to be clamped
        into the document (the caller logs it); the change is applied either way,
        as every LSP client's own document model does."""
        valid = self.index.is_valid(start, encoding) and self.index.is_valid(end, encoding)
        a = self.index.offset_of(start, encoding)
        b = self.index.offset_of(end, encoding)
        if b < a:
            a, b = b, a
            valid = False
        self.replace_bytes(a, b, encode(new_text))
        return valid

    def replace_all(self, text: str) -> None:
        self.replace_bytes(0, len(self.data), encode(text))
