from __future__ import annotations

from datetime import date

from .herd import Cow, Milking, milking_cows, milkings_for


def daily_totals(milkings: list[Milking]) -> dict[date, float]:
    """Litres per day, adding up the morning and evening milkings, in date order."""
    totals: dict[date, float] = {}
    for milking in milkings:
        totals[milking.day] = totals.get(milking.day, 0.0) + milking.litres
    return dict(sorted(totals.items()))


def yield_drops(daily: dict[date, float], percent: float = 20) -> list[date]:
    """Days on which a cow gave at least `percent` per cent less milk than on the
    day she was last milked before. Days with nothing recorded (she was at the vet,
    or the meter was off) are left out: they are neither reported nor compared with."""
    days = [(day, litres) for day, litres in sorted(daily.items()) if litres > 0]
    if not days:
        return []
    drops = []
    previous = days[0][1]
    for day, litres in days[1:]:
        if litres <= previous * (1 - percent / 100):
            drops.append(day)
    return drops


def herd_alerts(herd: list[Cow], milkings: list[Milking], percent: float = 20) -> dict[str, list[date]]:
    """For each cow in milk whose yield dropped sharply, the days it dropped."""
    alerts = {}
    for cow in milking_cows(herd):
        drops = yield_drops(daily_totals(milkings_for(cow, milkings)), percent)
        if drops:
            alerts[cow.tag] = drops
    return alerts
