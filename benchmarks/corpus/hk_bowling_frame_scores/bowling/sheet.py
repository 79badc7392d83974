"""Reading a game as it is written on the score sheet.

X is a strike, / a spare, - a miss and a digit the pins knocked down; spaces
between frames are optional ("X 7/ 9-" and "X7/9-" are the same game).
"""

from __future__ import annotations

PINS = 10


class SheetError(ValueError):
    pass


def parse_rolls(sheet: str) -> list[int]:
    rolls: list[int] = []
    for mark in sheet.replace(" ", ""):
        if mark == "X":
            rolls.append(PINS)
        elif mark == "/":
            if not rolls or rolls[-1] == PINS:
                raise SheetError(f"spare without a first roll in {sheet!r}")
            rolls.append(PINS - rolls[-1])
        elif mark == "-":
            rolls.append(0)
        elif mark.isdigit():
            rolls.append(int(mark))
        else:
            raise SheetError(f"unknown mark {mark!r} in {sheet!r}")
    return rolls
