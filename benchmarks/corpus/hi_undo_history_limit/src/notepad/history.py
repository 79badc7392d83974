"""Undo and redo over snapshots of the document."""

from __future__ import annotations

from typing import Generic, TypeVar

S = TypeVar("S")


class History(Generic[S]):
    def __init__(self, initial: S, limit: int = 100) -> None:
        self.snapshots: list[S] = [initial]
        self.position = 0
        self.limit = limit  # how many steps can be undone

    @property
    def current(self) -> S:
        return self.snapshots[self.position]

    def can_undo(self) -> bool:
        return self.position > 0

    def can_redo(self) -> bool:
        return self.position < len(self.snapshots) - 1

    def record(self, snapshot: S) -> None:
        """The state after an edit. What could be redone is dropped, and so are the
        oldest states beyond the limit; an edit that changed nothing is ignored."""
        if snapshot == self.current:
            return
        del self.snapshots[self.position + 1 :]
        self.snapshots.append(snapshot)
        overflow = len(self.snapshots) - self.limit
        if overflow > 0:
            del self.snapshots[:overflow]
        self.position = len(self.snapshots) - 1

    def undo(self) -> S:
        if self.can_undo():
            self.position -= 1
        return self.current

    def redo(self) -> S:
        if self.can_redo():
            self.position += 1
        return self.current
