"""The year's figures for the team's annual report and the training officer.

Hours are counted to the nearest quarter hour for each call-out, as the insurers ask.
Members who went on fewer than MIN_CALLOUTS call-outs in the year are asked to
come to the spring refresher weekend.
"""

from __future__ import annotations

from callouts import Callout

MIN_CALLOUTS = 6


def member_figures(callouts: list[Callout], year: int) -> dict[str, dict[str, float]]:
    """For each member who went out in the year: call-outs, hours, and night call-outs."""
    figures: dict[str, dict[str, float]] = {}

    def attend(member: str, callout: Callout) -> None:
        row = figures.setdefault(member, {"callouts": 0, "hours": 0.0, "nights": 0})
        row["callouts"] += 1
        row["hours"] += round(callout.hours() * 4) / 4
        if callout.at_night():
            row["nights"] += 1

    for callout in callouts:
        if callout.paged.year == year:
            for member in callout.team:
                attend(member, callout)
    return figures


def refresher_list(figures: dict[str, dict[str, float]], roll: list[str]) -> list[str]:
    """Members on the roll who went on fewer than MIN_CALLOUTS call-outs, in roll order."""
    return [name for name in roll if figures.get(name, {}).get("callouts", 0) < MIN_CALLOUTS]


def busiest(figures: dict[str, dict[str, float]], count: int = 3) -> list[tuple[str, float]]:
    """The members with the most hours out, for the report's thank-yous."""
    ranked = sorted(figures.items(), key=lambda item: (-item[1]["hours"], item[0]))
    return [(name, row["hours"]) for name, row in ranked[:count]]
