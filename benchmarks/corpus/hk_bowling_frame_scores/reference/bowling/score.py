"""Scoring ten-pin bowling: running totals per frame, as on the lane display."""

from __future__ import annotations

from .sheet import PINS, parse_rolls

FRAMES = 10


def frame_scores(rolls: list[int]) -> list[int]:
    """The running total after each frame that can be scored yet.

    A strike scores 10 plus the next two rolls, a spare 10 plus the next roll;
    a frame still waiting for its bonus rolls (and every frame after it) is not
    shown yet. The tenth frame's bonus rolls are not frames of their own.
    """
    totals: list[int] = []
    total = 0
    i = 0
    for _ in range(FRAMES):
        if i >= len(rolls):
            break
        if rolls[i] == PINS:
            if i + 2 >= len(rolls):
                break
            total += PINS + rolls[i + 1] + rolls[i + 2]
            i += 1
        elif i + 1 < len(rolls) and rolls[i] + rolls[i + 1] == PINS:
            if i + 2 >= len(rolls):
                break
            total += PINS + rolls[i + 2]
            i += 2
        else:
            if i + 1 >= len(rolls):
                break
            total += rolls[i] + rolls[i + 1]
            i += 2
        totals.append(total)
    return totals


def game_score(sheet: str) -> int:
    """The score so far of a game written as on the sheet."""
    totals = frame_scores(parse_rolls(sheet))
    return totals[-1] if totals else 0


def is_complete(sheet: str) -> bool:
    return len(frame_scores(parse_rolls(sheet))) == FRAMES
