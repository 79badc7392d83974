from __future__ import annotations

from .pieces import FiringPlan, Piece

GLAZE_GAP_CM = 2  # glazed pieces must not touch their neighbours


class Kiln:
    def __init__(self, shelf_width_cm: int = 40, shelf_count: int = 4) -> None:
        self.shelf_width_cm = shelf_width_cm
        self.shelf_count = shelf_count

    def space_for(self, piece: Piece) -> int:
        return piece.width_cm + (GLAZE_GAP_CM if piece.glazed else 0)

    def plan(self, pieces: list[Piece]) -> FiringPlan:
        """Load the pieces in order: each goes on the current shelf while the width
        left there allows it, otherwise on the next shelf. Pieces that need more than
        a whole shelf, or that come after the last shelf is full, are left out."""
        shelves: list[list[str]] = []
        left_out: list[str] = []
        width_left = 0
        for piece in pieces:
            needed = self.space_for(piece)
            if needed > self.shelf_width_cm:
                left_out.append(piece.label)
                continue
            if not shelves or needed > width_left:
                if len(shelves) == self.shelf_count:
                    left_out.append(piece.label)
                    continue
                shelves.append([])
                width_left = self.shelf_width_cm
            shelves[-1].append(piece.label)
        return FiringPlan(shelves, left_out)

    def fits(self, pieces: list[Piece]) -> bool:
        return not self.plan(pieces).left_out
