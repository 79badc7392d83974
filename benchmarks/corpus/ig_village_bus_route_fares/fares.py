from __future__ import annotations

from route import Route

BASE_FARE = 1.20
PER_STAGE = 0.45
MAX_FARE = 3.50


def _legs(route: Route, board: str, alight: str) -> list[int]:
    """Minutes of each leg ridden from `board` to `alight`. The bus only runs one
    way along the route, so `alight` has to come after `board`."""
    start = route.index(board)
    end = route.index(alight)
    if end <= start:
        raise ValueError(f"route {route.number} does not run from {board} to {alight}")
    return route.minutes[start:end - 1]


def journey_minutes(route: Route, board: str, alight: str) -> int:
    return sum(_legs(route, board, alight))


def fare(route: Route, board: str, alight: str, concession: bool = False) -> float:
    """Single fare: a base fare plus a charge for each stage, capped; half price
    for concession pass holders."""
    price = min(BASE_FARE + PER_STAGE * len(_legs(route, board, alight)), MAX_FARE)
    if concession:
        price /= 2
    return round(price, 2)
