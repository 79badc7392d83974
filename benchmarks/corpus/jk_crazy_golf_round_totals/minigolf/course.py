"""The course at the pier: hole numbers from 1, each with its par, and the holes
closed for repair (the windmill sticks), which nobody's score counts."""

from __future__ import annotations


class Course:
    def __init__(self, name: str, pars: list[int], closed: set[int] | None = None):
        if not pars or any(par not in (2, 3, 4) for par in pars):
            raise ValueError("every hole is a par 2, 3 or 4")
        self.name = name
        self.pars = list(pars)
        self.closed = set(closed or ())
        if not self.closed <= set(range(1, len(pars) + 1)):
            raise ValueError(f"closed holes {sorted(self.closed)} are not on the course")

    @property
    def holes(self) -> int:
        return len(self.pars)

    def par(self, hole: int) -> int:
        return self.pars[hole - 1]

    def open_holes(self) -> list[int]:
        return [hole for hole in range(1, self.holes + 1) if hole not in self.closed]
