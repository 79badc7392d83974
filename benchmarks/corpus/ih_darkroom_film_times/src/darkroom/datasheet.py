"""Minutes at 20 °C at box speed, from the manufacturers' data sheets."""

from __future__ import annotations

CHART: dict[tuple[str, str], dict[str, float]] = {
    ("HP5 Plus", "ID-11"): {"stock": 7.5, "1+1": 13.0, "1+3": 20.0},
    ("HP5 Plus", "Rodinal"): {"1+25": 6.0, "1+50": 11.0},
    ("FP4 Plus", "ID-11"): {"stock": 8.5, "1+1": 11.0, "1+3": 20.0},
    ("FP4 Plus", "Rodinal"): {"1+25": 9.0, "1+50": 14.0},
    ("Tri-X 400", "D-76"): {"stock": 6.75, "1+1": 9.75},
    ("Tri-X 400", "HC-110"): {"B": 6.0, "H": 12.0},
    ("Delta 100", "DD-X"): {"1+4": 12.0},
    ("Pan F Plus", "Perceptol"): {"stock": 11.0, "1+1": 15.0},
}


def films() -> list[str]:
    return sorted({film for film, _ in CHART})


def base_minutes(film: str, developer: str, dilution: str | None = None) -> float:
    """The chart time; without a dilution, the first one the chart lists."""
    try:
        times = CHART[(film, developer)]
    except KeyError:
        raise ValueError(f"no data for {film} in {developer}") from None
    if dilution is None:
        return next(iter(times.values()))
    if dilution not in times:
        raise ValueError(f"{developer} is not charted at {dilution} for {film}")
    return times[dilution]
