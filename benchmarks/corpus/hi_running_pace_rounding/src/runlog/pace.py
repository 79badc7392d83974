"""Pace and weekly summaries for the training log."""

from __future__ import annotations

from runlog.activities import Run


def format_pace(seconds_per_km: int) -> str:
    minutes, seconds = divmod(seconds_per_km, 60)
    return f"{minutes}:{seconds:02d}/km"


def pace(run: Run) -> str:
    """Minutes and seconds per kilometre, to the nearest second."""
    if run.distance_m <= 0:
        raise ValueError("a run needs a distance")
    per_km = run.elapsed_s * 1000 // run.distance_m
    return format_pace(round(per_km))


def summary(runs: list[Run]) -> dict[str, object]:
    distance = sum(run.distance_m for run in runs)
    elapsed = sum(run.elapsed_s for run in runs)
    overall = pace(Run("", distance, elapsed)) if distance else None
    return {"runs": len(runs), "km": round(distance / 1000, 1), "pace": overall}
