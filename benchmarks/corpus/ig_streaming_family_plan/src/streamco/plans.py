from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Plan:
    name: str
    base_price: float
    included_profiles: int
    extra_profile_price: float
    max_profiles: int

    def monthly_cost(self, profiles: int, base_price: float | None = None) -> float:
        """Monthly price for `profiles` viewer profiles. `base_price`, when given,
        replaces the plan's own base price (promotional offers). Profiles beyond the
        included ones cost extra each; a plan takes at most max_profiles profiles."""
        if profiles < 1 or profiles > self.max_profiles:
            raise ValueError(f"{self.name} takes 1 to {self.max_profiles} profiles")
        if base_price is None:
            base_price = self.base_price
        extra = max(0, profiles - self.included_profiles)
        return round(self.base_price + extra * self.extra_profile_price, 2)

    def takes(self, profiles: int) -> bool:
        return 1 <= profiles <= self.max_profiles
