"""Cutting rope off the reels in the chandlery's back store.

Stock of a rope is kept as the metres left on each of its reels, by reel label.
Every cut takes CUT_ALLOWANCE_M more than the customer's length, for the hot knife
and the whipping. To keep the long runs on the reels for mooring lines and
halyards, the longest orders are planned first and each is cut from the reel with
the least rope that still covers it.
"""

from __future__ import annotations

CUT_ALLOWANCE_M = 0.2
# Less than this left on a reel and it goes in the offcut bin at the door.
SHORTEST_LENGTH_M = 2.0


def plan_cuts(orders: list[tuple[str, float]], stock: dict[str, float]) -> list[tuple[str, float, str | None]]:
    """(customer, metres, reel) for each order, longest first; the reel is None when no
    reel has enough. Planning leaves the stock alone: the rope is cut when they pay."""
    left = dict(stock)
    plan = []
    for customer, metres in sorted(orders, key=lambda order: -order[1]):
        needed = metres + CUT_ALLOWANCE_M
        fits = [label for label, length in left.items() if length >= needed]
        if not fits:
            plan.append((customer, metres, None))
            continue
        reel = min(fits, key=lambda label: (left[label], label))
        left[reel] = round(left[reel] - needed, 2)
        plan.append((customer, metres, reel))
    return plan


def make_cuts(plan: list[tuple[str, float, str | None]], stock: dict[str, float]) -> dict[str, float]:
    """The stock once the planned cuts are made; orders with no reel are left for the supplier."""
    after = dict(stock)
    for _customer, metres, reel in plan:
        if reel is not None:
            after[reel] = round(after[reel] - metres - CUT_ALLOWANCE_M, 2)
    return after


def offcut_reels(stock: dict[str, float]) -> list[str]:
    """Reels with too little left to sell a length from, emptiest first."""
    return sorted((label for label, length in stock.items() if length < SHORTEST_LENGTH_M), key=lambda label: (stock[label], label))
