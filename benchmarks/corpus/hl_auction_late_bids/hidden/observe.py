"""Winners of lots with bids around the closing time, hand-made and random."""

import random
from datetime import datetime, timedelta
from decimal import Decimal

from observing import attempt
from auction.lots import Bid, Lot
from auction.results import results, seller_payout, winning_bid

CLOSE = datetime(2024, 6, 1, 19, 0)


def bid(bidder, amount, seconds, lot="L1"):
    return Bid(lot, bidder, Decimal(amount), CLOSE + timedelta(seconds=seconds))


def summary(found):
    return None if found is None else (found.bidder, found.amount, found.at)


def observe():
    rng = random.Random(4242)
    results_seen = []
    lot = Lot("L1", "lamp", Decimal("50"), CLOSE)
    edge = [
        [],
        [bid("a", "60", -10)],
        [bid("a", "60", 0)],
        [bid("a", "60", 1)],
        [bid("a", "60", -1), bid("b", "70", 0)],
        [bid("a", "60", -100), bid("b", "90", 30), bid("c", "80", -5)],
        [bid("a", "50", -3), bid("b", "50", -4)],
        [bid("a", "49.99", -3), bid("b", "500", 3600)],
        [bid("a", "70", 5), bid("b", "70", -5), bid("c", "70", -6)],
    ]
    for bids in edge:
        results_seen.append(summary(attempt(winning_bid, lot, bids)))
    names = ["ann", "bob", "cem", "dov", "eve"]
    for _ in range(100):
        lots = [Lot(f"L{i}", f"item {i}", Decimal(rng.choice(["0", "20", "50", "75.50", "100"])),
                    CLOSE + timedelta(minutes=rng.choice([0, 0, 5, 30])))
                for i in range(1, rng.randint(1, 4) + 1)]
        bids = [Bid(rng.choice(lots).code, rng.choice(names), Decimal(rng.randint(5, 150)),
                    CLOSE + timedelta(seconds=rng.choice([-3600, -60, -1, 0, 1, 60, rng.randint(-4000, 2500)])))
                for _ in range(rng.randint(0, 10))]
        results_seen.append(summary(attempt(winning_bid, lots[0], [b for b in bids if b.lot == lots[0].code])))
        results_seen.append(attempt(results, lots, bids))
        results_seen.append(attempt(seller_payout, lots, bids))
    return results_seen
