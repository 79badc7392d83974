"""The second-hand stock: what is in the browsers and what it sells for."""

from __future__ import annotations

from dataclasses import dataclass

# Goldmine grades, best first, and the share of the mint price each fetches.
GRADES = {"M": 1.0, "NM": 0.9, "VG+": 0.6, "VG": 0.4, "G+": 0.25, "G": 0.15, "P": 0.05}


@dataclass
class Record:
    artist: str
    title: str
    grade: str
    mint_price: float


def sort_name(artist: str) -> str:
    """How the browsers file an artist: no leading 'The', case ignored."""
    name = artist.strip()
    if name.lower().startswith("the "):
        name = name[4:]
    return name.upper()


def price(record: Record) -> float:
    """The sticker price, rounded down to the 50p, and never under a pound."""
    try:
        share = GRADES[record.grade]
    except KeyError:
        raise ValueError(f"unknown grade {record.grade!r}") from None
    halves = int(record.mint_price * share * 2)
    return max(halves / 2, 1.0)
