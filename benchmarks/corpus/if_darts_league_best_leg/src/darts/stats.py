from __future__ import annotations

from .scoresheet import LegResult


def legs_of(legs: list[LegResult], player: str) -> list[LegResult]:
    return [leg for leg in legs if leg.player == player]


def three_dart_average(legs: list[LegResult], player: str) -> float:
    """Points scored per three darts over all of `player`'s legs, to 2 places."""
    mine = legs_of(legs, player)
    darts = sum(leg.darts for leg in mine)
    if darts == 0:
        return 0.0
    return round(3 * sum(leg.scored for leg in mine) / darts, 2)


def best_leg(legs: list[LegResult], player: str) -> int | None:
    """The fewest darts `player` has taken to win a leg, or None if they have
    not won a leg yet."""
    won = [leg.darts for leg in legs_of(legs, player) if leg.won]
    return max(won, default=None)


def highest_checkout(legs: list[LegResult], player: str) -> int | None:
    return max((leg.checkout for leg in legs_of(legs, player) if leg.won), default=None)


def summary(legs: list[LegResult], player: str) -> dict:
    mine = legs_of(legs, player)
    return {
        "played": len(mine),
        "won": sum(leg.won for leg in mine),
        "average": three_dart_average(legs, player),
        "best_leg": best_leg(legs, player),
        "highest_checkout": highest_checkout(legs, player),
    }
