"""Winter storage is priced by the season. A van in for part of it pays the season fee
pro rata by the day, but never less than the minimum charge."""

from __future__ import annotations

from datetime import date

from caravanstore.register import Stay

SEASON_FEE = {"touring": 420.00, "motorhome": 560.00, "trailer tent": 240.00}
MINIMUM_CHARGE = 90.00


def pro_rata(fee: float, days: int, of_days: int) -> float:
    """fee for `days` out of `of_days`, to the penny."""
    return round(fee * days / of_days, 2)


def season_invoices(stays: list[Stay], opens: date, closes: date) -> dict[str, float]:
    """What each van owes for the season from opens to closes (both days included).
    Days outside the season are not charged here: they go on the summer rate."""
    season_days = (closes - opens).days + 1

    def charge(stay: Stay) -> float:
        first = max(stay.arrived, opens)
        last = min(stay.leaves or closes, closes)
        days = (last - first).days + 1
        fee = SEASON_FEE[stay.kind]
        if days >= season_days:
            return fee
        return max(MINIMUM_CHARGE, pro_rata(fee, days, season_days))

    invoices = {}
    for stay in stays:
        if stay.arrived > closes or (stay.leaves is not None and stay.leaves < opens):
            continue
        invoices[stay.reg] = invoices.get(stay.reg, 0.0) + charge(stay)
    return invoices
