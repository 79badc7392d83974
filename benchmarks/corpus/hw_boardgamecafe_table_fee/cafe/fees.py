"""The table fee: each player pays per started hour at the table, peak rate for
hours that start from 18:00, and never for more than four hours; members play
free, and groups of six or more get ten per cent off."""

from __future__ import annotations

import datetime
from decimal import ROUND_HALF_UP, Decimal

from cafe.clock import minutes_of

OFF_PEAK = Decimal("3.00")
PEAK = Decimal("4.50")
PEAK_FROM = 18 * 60
MAX_HOURS = 4
GROUP_SIZE = 6
GROUP_DISCOUNT = Decimal("0.10")


def table_fee(arrived: datetime.time, left: datetime.time, players: int, members: int = 0) -> Decimal:
    if players < 1 or not 0 <= members <= players:
        raise ValueError("bad head count")
    start = minutes_of(arrived)
    stay = minutes_of(left) - start
    if stay <= 0:
        raise ValueError("left before arriving")
    hours = min(stay // 60 + 1, MAX_HOURS)
    per_player = Decimal("0")
    for hour in range(hours):
        per_player += PEAK if start + 60 * hour > PEAK_FROM else OFF_PEAK
    fee = per_player * (players - members)
    if players >= GROUP_SIZE:
        fee -= fee * GROUP_DISCOUNT
    return fee.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def split_bill(fee: Decimal, payers: int) -> list[Decimal]:
    """Equal shares to the penny, the first payers covering any odd pennies."""
    if payers < 1:
        raise ValueError("nobody to pay")
    pennies = int(fee * 100)
    share, extra = divmod(pennies, payers)
    return [Decimal(share + (i < extra)) / 100 for i in range(payers)]
