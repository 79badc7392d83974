"""Fuel economy from the log. The tank is full after a full fill-up, so the fuel put
in from then up to the next full fill-up (partial ones included) is what the car
burnt on that stretch."""

from __future__ import annotations

from fuellog.records import Fill


def legs(fills: list[Fill]) -> list[tuple[int, float]]:
    """(km, litres) for each stretch between two full fill-ups. Fills before the
    first full one say nothing and are skipped, and so are stretches of 0 km."""
    stretches = []
    start = None
    litres = 0.0
    for fill in fills:
        if start is None:
            if fill.full:
                start = fill.odometer
            continue
        litres += fill.litres
        if not fill.full:
            continue
        if fill.odometer > start:
            stretches.append((fill.odometer - start, litres))
        start = fill.odometer
        litres = 0.0
    return stretches


def per_100km(km: int, litres: float) -> float:
    return round(litres / km * 100, 2)


def consumption(fills: list[Fill]) -> list[float]:
    """Litres per 100 km on each stretch."""
    return [per_100km(km, litres) for km, litres in legs(fills)]


def average(fills: list[Fill]) -> float | None:
    stretches = legs(fills)
    if not stretches:
        return None
    return per_100km(sum(km for km, _ in stretches), sum(litres for _, litres in stretches))
