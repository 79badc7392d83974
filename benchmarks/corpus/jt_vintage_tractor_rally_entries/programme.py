"""The grand parade: classes go round the main ring in the show's order, and within
a class the oldest tractor leads."""

from __future__ import annotations

from entries import Entry


def parade_order(classes: dict[str, list[Entry]], ring_order: list[str]) -> list[tuple[str, int]]:
    """(class, plate) in the order they go into the ring. Classes not in ring_order
    follow at the end, in the order they were typed."""
    order = [name for name in ring_order if name in classes]
    order += [name for name in classes if name not in order]
    parade = []
    for name in order:
        for entry in sorted(classes[name], key=lambda e: (e.year, e.plate)):
            parade.append((name, entry.plate))
    return parade


def commentary_cards(classes: dict[str, list[Entry]]) -> list[str]:
    """One card a tractor for the commentator, in plate order."""
    every = sorted((entry for entries in classes.values() for entry in entries), key=lambda e: e.plate)
    return [f"{e.plate}: {e.year} {e.tractor}, shown by {e.exhibitor}" for e in every]
