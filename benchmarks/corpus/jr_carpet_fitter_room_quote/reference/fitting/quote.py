"""Quoting a carpet job off the survey."""

from __future__ import annotations

import math

from fitting.survey import Room

ROLL_WIDTHS = (4.0, 5.0)  # metres; what the supplier cuts from
TRIM = 0.1  # extra on every drop, for cutting in at the skirting
UNDERLAY_M2 = 4.50
FITTING_M2 = 5.00
GRIPPER_M = 1.20  # gripper rod round the walls


def quote(rooms: list[Room], price_m2: float) -> list[tuple[str, float, float]]:
    """(room, m2 of carpet bought, price) for each room. A room is carpeted from the
    narrowest roll that spans its shorter side, cut to its longer side plus trim; one too
    wide for any roll takes drops of the widest roll, seamed side by side."""
    lines = []

    def carpet(room: Room) -> None:
        across, along = sorted((room.length, room.width))
        wide_enough = [roll for roll in ROLL_WIDTHS if roll >= across]
        if wide_enough:
            roll, drops = wide_enough[0], 1
        else:
            roll = ROLL_WIDTHS[-1]
            drops = math.ceil(across / roll)
        bought = round(drops * roll * (along + TRIM), 2)
        gripper = 2 * (room.length + room.width) * GRIPPER_M
        lines.append((room.name, bought, round(bought * (price_m2 + UNDERLAY_M2 + FITTING_M2) + gripper, 2)))

    for room in rooms:
        carpet(room)
    return lines


def total(lines: list[tuple[str, float, float]]) -> float:
    return round(sum(price for _, _, price in lines), 2)
