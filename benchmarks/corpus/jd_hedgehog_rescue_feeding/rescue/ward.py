"""The night's feeds for the ward."""

from __future__ import annotations

import math

from rescue.patients import Hedgehog

WET_FOOD_SHARE = 0.05  # of body weight, each night
BISCUITS_G = 15
MILK_ML = 20


def round_up(grams: float, step: int = 5) -> int:
    return step * math.ceil(grams / step)


class Ward:
    def __init__(self, hedgehogs: list[Hedgehog]):
        self.hedgehogs = list(hedgehogs)

    def admit(self, hedgehog: Hedgehog) -> None:
        if any(h.name == hedgehog.name for h in self.hedgehogs):
            raise ValueError(f"there is already a {hedgehog.name} on the ward")
        self.hedgehogs.append(hedgehog)

    def release(self, name: str) -> Hedgehog:
        for hedgehog in self.hedgehogs:
            if hedgehog.name == name:
                self.hedgehogs.remove(hedgehog)
                return hedgehog
        raise KeyError(name)

    def in_pen(self, pen: str) -> list[Hedgehog]:
        return [h for h in self.hedgehogs if h.pen == pen]

    def food_needed(self, nights: int = 1, hedgehogs: list[Hedgehog] | None = None) -> dict[str, int]:
        """Wet food and biscuits in grams, and milk in ml, to put out over the next
        `nights` for these hedgehogs (the whole ward by default). Hedgehogs on fluids
        are fed by the vet; hoglets get milk and no biscuits."""
        if hedgehogs is None:
            hedgehogs = self.hedgehogs
        needed = {"wet": 0, "biscuits": 0, "milk": 0}
        for hedgehog in self.hedgehogs:
            if hedgehog.on_fluids:
                continue
            needed["wet"] += round_up(hedgehog.weight * WET_FOOD_SHARE) * nights
            if hedgehog.hoglet:
                needed["milk"] += MILK_ML * nights
            else:
                needed["biscuits"] += BISCUITS_G * nights
        return needed

    def release_list(self) -> list[str]:
        return sorted(h.name for h in self.hedgehogs if h.ready_for_release())
