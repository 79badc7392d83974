"""Following a batch of mead through fermentation by its hydrometer readings."""

from __future__ import annotations

from datetime import date

STABLE_READINGS = 3  # this many readings running at the same gravity: it has finished
TOLERANCE = 0.0005  # half a mark on the hydrometer; closer than that is the same reading
SUGAR_BREAK = 1 / 3  # staggered nutrient additions stop once a third of the sugar is gone


def abv(original: float, final: float) -> float:
    """Alcohol by volume, by the usual home brewer's rule of thumb."""
    return round((original - final) * 131.25, 1)


def attenuation(original: float, current: float) -> float:
    """The share of the sugar the yeast has eaten so far, 0 to 1 (a little over 1 for a
    batch that finishes below 1.000)."""
    if original <= 1.0:
        raise ValueError(f"original gravity {original} has no sugar in it")
    return (original - current) / (original - 1.0)


def feed_nutrients(original: float, current: float) -> bool:
    """Whether today's staggered nutrient addition still goes in."""
    return attenuation(original, current) < SUGAR_BREAK


def finished_on(readings: list[tuple[date, float]]) -> date | None:
    """The day the batch finished: the day of the reading that makes STABLE_READINGS
    readings in a row at the same gravity. None while it is still going."""
    last = None
    steady = 1
    for day, gravity in readings:
        if last is not None and abs(gravity - last) < TOLERANCE:
            steady += 1
            if steady == STABLE_READINGS:
                return day
        else:
            steady = 1
        last = gravity
    return None


def report(readings: list[tuple[date, float]]) -> str:
    """One line for the batch board."""
    if not readings:
        return "no readings"
    original, current = readings[0][1], readings[-1][1]
    done = finished_on(readings)
    state = f"finished {done:%d %b}" if done else "fermenting"
    if not done and feed_nutrients(original, current):
        state += ", feed"
    return f"OG {original:.3f} now {current:.3f} {abv(original, current)}% {state}"
