"""Lots and the bids placed on them during an online sale."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal


@dataclass(frozen=True)
class Bid:
    lot: str
    bidder: str
    amount: Decimal
    at: datetime


@dataclass(frozen=True)
class Lot:
    code: str
    title: str
    reserve: Decimal
    closes_at: datetime


def parse_bid(line: str) -> Bid:
    """'2024-06-01T18:59:30 lot-12 ann 140.00'"""
    at, lot, bidder, amount = line.split()
    return Bid(lot, bidder, Decimal(amount), datetime.fromisoformat(at))


def bids_by_lot(bids: list[Bid]) -> dict[str, list[Bid]]:
    grouped: dict[str, list[Bid]] = {}
    for bid in bids:
        grouped.setdefault(bid.lot, []).append(bid)
    return grouped
