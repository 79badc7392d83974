"""Parcels for the assay office.

A parcel goes under one standard and holds at most MAX_PIECES pieces and MAX_GRAMS
of silver. Pieces are packed in bench book order, each standard into its own open
parcel; when the next piece would overfill its standard's parcel, that parcel is
sealed and a fresh one started. What is still open at the end is sealed last, in
the order the standards first came up.
"""

from __future__ import annotations

from hallmark.pieces import Piece

MAX_PIECES = 12
MAX_GRAMS = 500.0
FEE_PER_PIECE = {"800": 1.10, "925": 0.95, "958": 1.20, "999": 1.45}
PARCEL_MINIMUM = 14.00  # the office's least charge for a parcel
POSTAGE = 9.50  # special delivery, each way


def make_parcels(pieces: list[Piece], max_pieces: int = MAX_PIECES, max_grams: float = MAX_GRAMS) -> list[tuple[str, list[str]]]:
    """The sealed parcels, as (standard, piece refs), in the order they were sealed."""
    sealed: list[tuple[str, list[str]]] = []
    open_parcels: dict[str, list[Piece]] = {}

    def add(piece: Piece) -> None:
        parcel = open_parcels.setdefault(piece.standard, [])
        if parcel and (len(parcel) == max_pieces or sum(p.grams for p in parcel) + piece.grams > max_grams):
            parcel = open_parcels[piece.standard] = []
        parcel.append(piece)

    for piece in pieces:
        if piece.grams > max_grams:
            raise ValueError(f"{piece.ref} weighs {piece.grams} g, over a parcel's {max_grams} g on its own")
        add(piece)
    for standard, parcel in open_parcels.items():
        sealed.append((standard, [p.ref for p in parcel]))
    return sealed


def parcel_fee(standard: str, pieces: int) -> float:
    return max(PARCEL_MINIMUM, FEE_PER_PIECE[standard] * pieces) + 2 * POSTAGE


def quote(parcels: list[tuple[str, list[str]]]) -> dict[str, float]:
    """What sending the parcels costs: marking fees with the minimum, and postage."""
    pieces = sum(len(refs) for _, refs in parcels)
    total = sum(parcel_fee(standard, len(refs)) for standard, refs in parcels)
    return {"parcels": len(parcels), "pieces": pieces, "total": round(total, 2)}
