"""Placings for a class with a jump-off.

Riders clear in the first round come back for the jump-off and are placed on their
jump-off faults, then time. Everyone else who finished the first round is placed
after them, on first-round faults, then time. Eliminated rounds are not placed.
"""

from __future__ import annotations

from jumping.faults import Round, total_faults


def placings(
    first_round: list[Round], jump_off: list[Round], time_allowed: float, jump_off_allowed: float
) -> list[tuple[int, str, int, float]]:
    """(place, rider, faults, seconds), first place first."""

    def ranked(rounds: list[Round], allowed: float) -> list[tuple[int, float, str]]:
        rows = []
        for round_ in rounds:
            faults = total_faults(round_, allowed)
            if faults is not None:
                rows.append((faults, round_.seconds, round_.rider))
        return sorted(rows)

    first = ranked(first_round, time_allowed)
    through = {rider for faults, _, rider in first if faults == 0}
    order = ranked([r for r in jump_off if r.rider in through], jump_off_allowed)
    jumped = {rider for _, _, rider in order}
    order += [row for row in first if row[2] not in jumped]
    return [(place, rider, faults, seconds) for place, (faults, seconds, rider) in enumerate(order, start=1)]


def prize_money(results: list[tuple[int, str, int, float]], fund: float, shares: list[float]) -> dict[str, float]:
    """The fund shared out down the placings by the schedule's percentages."""
    return {rider: round(fund * share / 100, 2) for (_, rider, _, _), share in zip(results, shares)}
