"""The bench book: every finished piece waiting to go to the assay office."""

from __future__ import annotations

from dataclasses import dataclass

# Millesimal fineness the assay office will mark silver at.
STANDARDS = ("800", "925", "958", "999")


@dataclass(frozen=True)
class Piece:
    ref: str
    standard: str
    grams: float


def read_bench_book(text: str) -> list[Piece]:
    """One piece a line, 'ref standard grams', e.g. 'R-114 925 6.2'; '#' starts a note."""
    pieces = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        ref, standard, grams = line.split()
        if standard not in STANDARDS:
            raise ValueError(f"line {number}: {ref} is at {standard}, not a silver standard")
        pieces.append(Piece(ref, standard, float(grams)))
    return pieces
