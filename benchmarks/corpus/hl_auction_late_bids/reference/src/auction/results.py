"""Who won what when the sale closed."""

from __future__ import annotations

from decimal import Decimal

from auction.lots import Bid, Lot, bids_by_lot

COMMISSION = Decimal("0.12")  # of the hammer price, paid by the seller


def winning_bid(lot: Lot, bids: list[Bid]) -> Bid | None:
    """The highest bid placed before the lot closed that meets the reserve; of equal
    amounts the earlier bid wins. None if the lot goes unsold."""
    best = None
    for bid in bids:
        if bid.at < lot.closes_at and bid.amount >= lot.reserve:
            if best is None or bid.amount > best.amount or (bid.amount == best.amount and bid.at < best.at):
                best = bid
    return best


def results(lots: list[Lot], bids: list[Bid]) -> dict[str, tuple[str, Decimal] | None]:
    grouped = bids_by_lot(bids)
    outcome = {}
    for lot in lots:
        bid = winning_bid(lot, grouped.get(lot.code, []))
        outcome[lot.code] = (bid.bidder, bid.amount) if bid else None
    return outcome


def seller_payout(lots: list[Lot], bids: list[Bid]) -> Decimal:
    hammer = sum((sold[1] for sold in results(lots, bids).values() if sold), Decimal("0"))
    return (hammer * (1 - COMMISSION)).quantize(Decimal("0.01"))
