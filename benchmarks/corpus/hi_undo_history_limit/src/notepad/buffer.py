"""The text being edited, with its history."""

from __future__ import annotations

from notepad.history import History


class Buffer:
    def __init__(self, text: str = "", undo_limit: int = 100) -> None:
        self.history: History[str] = History(text, undo_limit)

    @property
    def text(self) -> str:
        return self.history.current

    def insert(self, at: int, chunk: str) -> None:
        self.history.record(self.text[:at] + chunk + self.text[at:])

    def delete(self, start: int, end: int) -> None:
        self.history.record(self.text[:start] + self.text[end:])

    def undo(self) -> str:
        return self.history.undo()

    def redo(self) -> str:
        return self.history.redo()
