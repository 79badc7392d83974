"""Laying the cuts out on boards of stock length, first fit, longest first. Every
cut loses a saw kerf of timber to sawdust, the first one too (squaring the end)."""

from __future__ import annotations

from dataclasses import dataclass, field

from cutlist.pieces import Piece, expand

KERF_MM = 3


@dataclass
class Board:
    length: int
    cuts: list[tuple[str, int]] = field(default_factory=list)
    remaining: int = -1

    def __post_init__(self) -> None:
        if self.remaining < 0:
            self.remaining = self.length


class CutPlan:
    def __init__(self, board_length: int, kerf: int = KERF_MM) -> None:
        self.board_length = board_length
        self.kerf = kerf
        self.boards: list[Board] = []

    def place(self, label: str, length: int) -> int:
        """Puts the piece on the first board with room for it and its kerf, or on a
        new board; returns the board's index."""
        needed = length + self.kerf
        if length <= 0 or needed > self.board_length:
            raise ValueError(f"{label} ({length} mm) cannot be cut from {self.board_length} mm stock")
        for index, board in enumerate(self.boards):
            if board.remaining >= needed:
                board.cuts.append((label, length))
                board.remaining -= needed
                return index
        board = Board(self.board_length)
        board.cuts.append((label, length))
        board.remaining -= needed
        self.boards.append(board)
        return len(self.boards) - 1

    def offcuts(self) -> list[int]:
        return [board.remaining for board in self.boards]


def plan(pieces: list[Piece], board_length: int, kerf: int = KERF_MM) -> CutPlan:
    cut_plan = CutPlan(board_length, kerf)
    for label, length in expand(pieces):
        cut_plan.place(label, length)
    return cut_plan
