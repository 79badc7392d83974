"""Cut lists as written on the workshop whiteboard: `shelf 760 x4`, lengths in mm."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Piece:
    label: str
    length: int
    count: int = 1


def parse_cut_list(text: str) -> list[Piece]:
    pieces = []
    for line in text.splitlines():
        words = line.split()
        if not words:
            continue
        count = 1
        if words[-1].lower().startswith("x") and words[-1][1:].isdigit():
            count = int(words.pop()[1:])
        if len(words) < 2 or not words[-1].isdigit() or count < 1:
            raise ValueError(f"bad cut list line {line!r}")
        pieces.append(Piece(" ".join(words[:-1]), int(words[-1]), count))
    return pieces


def expand(pieces: list[Piece]) -> list[tuple[str, int]]:
    """One (label, length) per piece to cut, longest first, as they go on the saw."""
    cuts = [(p.label, p.length) for p in pieces for _ in range(p.count)]
    return sorted(cuts, key=lambda cut: -cut[1])
