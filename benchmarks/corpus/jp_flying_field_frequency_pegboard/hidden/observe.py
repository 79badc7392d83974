"""A day at the field as a list of take / give-back events: the same channel taken again
after landing, by the same and by another pilot, then random days."""

import random

from observing import attempt
from fieldbox.clock import to_text
from fieldbox.pegboard import PegBoard

PILOTS = ["Dave", "Sue", "Raj", "Maggie", "Tom", "Ifan"]


def step(board, event):
    if event[0] == "take":
        board.take(event[1], event[2], event[3])
    else:
        board.give_back(event[1], event[2])
    return sorted(board.out().items())


def run(events):
    board = PegBoard()
    seen = [attempt(step, board, event) for event in events]
    return seen, board.day_sheet(), {pilot: board.minutes_on(pilot) for pilot in PILOTS}


def observe():
    rng = random.Random(3535)
    results = []
    edge = [
        [],
        [("take", "Dave", 60, "10:00"), ("back", "Dave", "10:20"), ("take", "Dave", 60, "10:30")],
        [("take", "Dave", 60, "10:00"), ("back", "Dave", "10:20"), ("take", "Sue", 60, "10:20")],
        [("take", "Dave", 60, "10:00"), ("take", "Sue", 60, "10:05")],
        [("take", "Dave", 60, "10:00"), ("back", "Dave", "10:20"), ("take", "Sue", 61, "10:25"), ("take", "Raj", 60, "10:26")],
        [("take", "Dave", 60, "10:00"), ("back", "Dave", "10:20"), ("take", "Dave", 72, "10:25"), ("take", "Sue", 72, "10:26")],
        [("take", "Dave", 90, "10:00"), ("back", "Dave", "09:00"), ("back", "Dave", "10:10"), ("take", "Sue", 90, "10:11")],
        [("take", "Dave", 55, "10:00"), ("back", "Dave", "10:05"), ("take", "Sue", 55, "10:06"), ("back", "Sue", "10:30"), ("take", "Dave", 55, "10:40")],
        [("take", "Dave", 54, "10:00"), ("take", "Dave", 91, "10:00"), ("back", "Dave", "10:10")],
    ]
    for events in edge:
        results.append(attempt(run, events))
    for _ in range(150):
        events = []
        minute = 9 * 60
        for _ in range(rng.randint(1, 25)):
            minute += rng.randint(0, 20)
            pilot = rng.choice(PILOTS)
            if rng.random() < 0.55:
                events.append(("take", pilot, rng.randint(56, 62), to_text(minute)))
            else:
                events.append(("back", pilot, to_text(minute)))
        results.append(attempt(run, events))
    return results
