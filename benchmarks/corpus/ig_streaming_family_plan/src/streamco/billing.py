from __future__ import annotations

from dataclasses import dataclass

from .plans import Plan


@dataclass(frozen=True)
class Promotion:
    plan: str
    price: float
    months: int


def first_year_cost(plan: Plan, profiles: int, promotion: Promotion | None = None) -> float:
    """What the first twelve months cost, at the promotional base price for the
    promotion's months if it applies to this plan."""
    promo_months = 0
    total = 0.0
    if promotion is not None and promotion.plan == plan.name:
        promo_months = min(promotion.months, 12)
        total += promo_months * plan.monthly_cost(profiles, promotion.price)
    total += (12 - promo_months) * plan.monthly_cost(profiles)
    return round(total, 2)


def cheapest(plans: list[Plan], profiles: int) -> str | None:
    """Name of the cheapest plan that takes this many profiles."""
    fitting = [plan for plan in plans if plan.takes(profiles)]
    if not fitting:
        return None
    return min(fitting, key=lambda plan: (plan.monthly_cost(profiles), plan.name)).name
