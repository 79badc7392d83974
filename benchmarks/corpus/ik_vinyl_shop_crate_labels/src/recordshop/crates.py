from __future__ import annotations

from recordshop.stock import Record, sort_name

# Letters of an artist's name shown on a crate's divider card.
SHORT = 3


def crate_labels(records: list[Record], per_crate: int) -> list[str]:
    """The divider cards for the browser crates. The records go in artist order (then
    title), `per_crate` to a crate; each card shows the first and last artist in its
    crate, cut to SHORT letters ('BEA-BOW'), or one name when they are the same."""
    if per_crate < 1:
        raise ValueError("a crate holds at least one record")
    ordered = sorted(records, key=lambda r: (sort_name(r.artist), r.title))

    def label(start: int) -> str:
        end = min(start + per_crate, len(ordered) - 1)
        first = sort_name(ordered[start].artist)[:SHORT]
        last = sort_name(ordered[end].artist)[:SHORT]
        return first if first == last else f"{first}-{last}"

    return [label(start) for start in range(0, len(ordered), per_crate)]


def crate_of(records: list[Record], per_crate: int, artist: str) -> int | None:
    """The crate (counting from 1) holding the first record by `artist`."""
    ordered = sorted(records, key=lambda r: (sort_name(r.artist), r.title))
    for index, record in enumerate(ordered):
        if sort_name(record.artist) == sort_name(artist):
            return index // per_crate + 1
    return None
