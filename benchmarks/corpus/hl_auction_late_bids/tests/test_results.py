from datetime import datetime
from decimal import Decimal

from auction.lots import Bid
from auction.results import results, seller_payout, winning_bid


def test_highest_bid_wins(lots, bids):
    assert winning_bid(lots[0], bids[:3]).bidder == "cem"


def test_reserve_not_met(lots, bids):
    assert winning_bid(lots[2], [bids[5]]) is None


def test_earlier_of_equal_bids(lots):
    first = Bid("lot-3", "eve", Decimal("50"), datetime(2024, 6, 1, 18, 0))
    second = Bid("lot-3", "fay", Decimal("50"), datetime(2024, 6, 1, 17, 0))
    assert winning_bid(lots[2], [first, second]) == second


def test_results(lots, bids):
    assert results(lots, bids) == {
        "lot-1": ("cem", Decimal("150.00")),
        "lot-2": ("ann", Decimal("90.00")),
        "lot-3": None,
    }


def test_seller_payout(lots, bids):
    assert seller_payout(lots, bids) == Decimal("211.20")
