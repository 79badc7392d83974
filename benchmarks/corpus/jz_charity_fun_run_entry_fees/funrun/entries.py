"""Entry categories and the price list printed on the poster."""

from __future__ import annotations

from funrun.fees import entry_price

# What one runner costs the race, in pence: medal, timing chip, t-shirt where given.
COSTS = {
    "adult 10k": 350 + 180 + 420,
    "adult 5k": 350 + 180,
    "junior 2k": 250,
}


def price_list(fixed_costs_pence: int, expected: dict[str, int], donation_pence: int) -> dict[str, int]:
    """Entry price for each category, so that every entry covers its own costs, an
    equal share of the fixed costs (road closure, first aid, toilets) and the
    donation to the charity. Juniors pay their costs and nothing else."""
    adults = sum(n for category, n in expected.items() if category.startswith("adult"))
    share = -(-fixed_costs_pence // adults) if adults else 0
    prices = {}
    for category in sorted(COSTS):
        extra = 0 if category.startswith("junior") else share + donation_pence
        prices[category] = entry_price(COSTS[category] + extra)
    return prices


def poster(prices: dict[str, int]) -> list[str]:
    return [f"{category.title()}: £{pence // 100}.{pence % 100:02d}" for category, pence in prices.items()]
