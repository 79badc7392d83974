"""How a newborn is gaining, from the weigh-ins."""

from __future__ import annotations

from weighins.checkups import Checkup

WORRYING_LOSS = 10.0  # percent of the birth weight


def percent_lost(birth_grams: int, grams: int) -> float:
    return round((birth_grams - grams) / birth_grams * 100, 1)


def needs_review(checkups: list[Checkup]) -> bool:
    """Lost more than WORRYING_LOSS percent of the birth weight at some visit."""
    birth = checkups[0].grams
    return any(percent_lost(birth, checkup.grams) > WORRYING_LOSS for checkup in checkups)


def daily_gains(checkups: list[Checkup]) -> list[float]:
    """Grams gained per day between each weigh-in and the one before it (negative
    while losing); the visits may be days apart."""
    gains = []
    if not checkups:
        return gains
    previous = checkups[0]
    for checkup in checkups[1:]:
        days = checkup.day - previous.day
        gains.append(round((checkup.grams - previous.grams) / days, 1))
        previous = checkup
    return gains


def gaining_well(checkups: list[Checkup], minimum: float = 20.0, visits: int = 2) -> bool:
    """The last `visits` gains are each at least `minimum` grams a day."""
    gains = daily_gains(checkups)
    if len(gains) < visits:
        return False
    return all(gain >= minimum for gain in gains[-visits:])
