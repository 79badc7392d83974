"""The usage report, sizes in binary units as `du -h` prints them."""

from __future__ import annotations

from .scan import directory_totals, largest

UNITS = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"]


def human_size(size: int) -> str:
    """'1023 B', '1.5 KiB', '2.0 GiB': whole bytes below a kibibyte, then one
    decimal in the largest unit that keeps the number under 1024."""
    if size < 0:
        raise ValueError(f"negative size {size}")
    value = float(size)
    for unit in UNITS:
        if value < 1000 or unit == UNITS[-1]:
            break
        value /= 1024
    if unit == "B":
        return f"{size} B"
    return f"{value:.1f} {unit}"


def report(files: list[tuple[str, int]], depth: int = 1, count: int = 5) -> list[str]:
    totals = directory_totals(files, depth)
    rows = largest(totals, count)
    return [f"{human_size(size):>10}  {name or '.'}" for name, size in rows]
