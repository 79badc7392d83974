"""Totals per directory from a file listing of (relative path, size in bytes)."""

from __future__ import annotations

from collections import defaultdict


def directory_totals(files: list[tuple[str, int]], depth: int = 1) -> dict[str, int]:
    """Bytes under each directory up to `depth` levels down ('' is the top)."""
    totals: dict[str, int] = defaultdict(int)
    for path, size in files:
        if size < 0:
            raise ValueError(f"negative size for {path}")
        parts = path.strip("/").split("/")[:-1]
        for level in range(min(depth, len(parts)) + 1):
            totals["/".join(parts[:level])] += size
    return dict(totals)


def largest(totals: dict[str, int], count: int = 5) -> list[tuple[str, int]]:
    return sorted(totals.items(), key=lambda item: (-item[1], item[0]))[:count]
