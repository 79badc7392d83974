"""Splitting a bill between people."""

from __future__ import annotations

from decimal import Decimal

from .money import CENT, cents_down


def split_evenly(amount: Decimal, people: list[str]) -> dict[str, Decimal]:
    """Each person's share in cents; the shares add up to amount, and the first
    people listed pay the cents left over."""
    if not people:
        raise ValueError("nobody to split the bill between")
    share = amount / len(people)
    shares = {person: share for person in people}
    leftover = int((amount - share * len(people)) / CENT)
    for person in people[:leftover]:
        shares[person] += CENT
    return shares


def split_by_weight(amount: Decimal, weights: dict[str, int]) -> dict[str, Decimal]:
    """Shares in proportion to weights (e.g. nights stayed); leftover cents go to the heaviest."""
    total_weight = sum(weights.values())
    if total_weight <= 0:
        raise ValueError("weights must add up to more than zero")
    shares = {person: cents_down(amount * weight / total_weight) for person, weight in weights.items()}
    leftover = int((amount - sum(shares.values())) / CENT)
    heaviest = sorted(weights, key=lambda person: -weights[person])
    for person in heaviest[:leftover]:
        shares[person] += CENT
    return shares
