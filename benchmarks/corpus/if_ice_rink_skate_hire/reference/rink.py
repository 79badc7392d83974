"""Skate hire at the rink desk."""

from __future__ import annotations

import math

ADULT_RATE = 4.50  # per pair per session
CHILD_RATE = 3.00
CHILD_SIZE_BELOW = 35  # EU sizes below this are children's skates
MEMBER_DISCOUNT = 0.20
SESSION_MINUTES = 60
STOCK = {size: 12 for size in range(26, 48)}


def sessions(minutes: int) -> int:
    """Sessions charged for `minutes` on the ice: every session started counts."""
    if minutes <= 0:
        raise ValueError("minutes must be positive")
    return math.ceil(minutes / SESSION_MINUTES)


def hire_charge(sizes: list[int], minutes: int, member: bool = False) -> float:
    """Charge in pounds for hiring a pair of skates in each of `sizes` for `minutes`.

    Each pair costs CHILD_RATE per session for children's sizes (EU sizes below
    CHILD_SIZE_BELOW) and ADULT_RATE for the rest. Members get MEMBER_DISCOUNT off
    the total. The charge is rounded to the penny.
    """
    count = sessions(minutes)
    total = 0.0
    for size in sizes:
        rate = CHILD_RATE if size < CHILD_SIZE_BELOW else ADULT_RATE
        total += rate * count
    if member:
        total *= 1 - MEMBER_DISCOUNT
    return round(total, 2)


def check_stock(sizes: list[int], out: dict[int, int]) -> list[int]:
    """Sizes in `sizes` the desk cannot hand out, given the pairs already `out`."""
    wanted: dict[int, int] = {}
    short = []
    for size in sizes:
        wanted[size] = wanted.get(size, 0) + 1
        if wanted[size] + out.get(size, 0) > STOCK.get(size, 0):
            short.append(size)
    return short


def receipt(sizes: list[int], minutes: int, member: bool = False) -> list[str]:
    """Lines for the desk printer: one per size hired, then the total."""
    counts: dict[int, int] = {}
    for size in sizes:
        counts[size] = counts.get(size, 0) + 1
    lines = [f"{n} x size {size}" for size, n in sorted(counts.items())]
    lines.append(f"{sessions(minutes)} session(s){' (member)' if member else ''}")
    lines.append(f"Total £{hire_charge(sizes, minutes, member):.2f}")
    return lines
