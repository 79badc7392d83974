"""Customers' tanks on automatic delivery."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Tank:
    customer: str
    capacity_gal: float
    gallons: float  # estimated in the tank this morning
    k_factor: float  # degree days the house goes on one gallon
    hot_water_gal: float = 0.0  # a day, burned by an oil-fired water heater whatever the weather


def estimate_k_factor(history: list[tuple[float, float]]) -> float:
    """K-factor from past fills: (degree days since the previous fill, gallons delivered)."""
    total_days = sum(days for days, _ in history)
    total_gallons = sum(gallons for _, gallons in history)
    if total_gallons <= 0:
        raise ValueError("no deliveries to go on")
    return round(total_days / total_gallons, 2)
