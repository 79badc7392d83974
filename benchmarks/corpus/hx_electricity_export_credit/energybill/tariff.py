"""Tariffs, in pence, as the pricing team publishes them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Tariff:
    name: str
    unit_pence: float  # per kWh imported
    standing_pence: float  # per day
    export_pence: float = 0.0  # paid per kWh exported
    vat_rate: float = 0.05  # domestic energy


TARIFFS = {
    "standard": Tariff("standard", 24.50, 60.10),
    "sunshine": Tariff("sunshine", 25.10, 58.00, export_pence=15.0),
    "fixed-24": Tariff("fixed-24", 27.95, 45.00, export_pence=4.1),
}


def tariff_named(name: str) -> Tariff:
    try:
        return TARIFFS[name.strip().lower()]
    except KeyError:
        raise KeyError(f"no tariff called {name!r}") from None
