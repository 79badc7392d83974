"""Did a batch temper? Read from the probe log after the kettle is emptied."""

from __future__ import annotations

from collections import Counter

from tempering.curves import Curve, curve_for
from tempering.probe import parse_log


def verdict(readings: list[tuple[int, float]], curve: Curve) -> str:
    """What became of a batch, from its probe readings (seconds, degrees C). It has to be
    melted (its peak at least curve.melt and never above curve.scorch), then cooled to
    curve.seed or below after that peak, and finish in the working range, both ends
    included. Names the first thing that went wrong, or "tempered"."""
    if not readings:
        return "no readings"
    temps = [temp for _, temp in sorted(readings)]
    peak = max(temps)
    if peak > curve.scorch:
        return "scorched"
    if peak < curve.melt:
        return "not melted"
    if min(temps[temps.index(peak):]) > curve.seed:
        return "not cooled"
    final = temps[-1]
    if final > curve.work_high:
        return "lost temper"
    if final < curve.work_low:
        return "too thick"
    return "tempered"


def day_summary(logs: list[tuple[str, str]]) -> dict[str, int]:
    """How the day's batches went: logs are (chocolate, probe log text)."""
    return dict(Counter(verdict(parse_log(text), curve_for(chocolate)) for chocolate, text in logs))
