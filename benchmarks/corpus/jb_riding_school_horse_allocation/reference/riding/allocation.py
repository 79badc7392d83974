"""Matching the riders booked into a lesson to the horses on the yard."""

from __future__ import annotations

from riding.stable import MAX_LESSONS_A_DAY, Horse, Rider


def allocate(riders: list[Rider], horses: list[Horse]) -> dict[str, str | None]:
    """Give each rider, in booking order, the first horse on the list that can
    carry them, is schooled for their level, has lessons left today and is not
    already out in this lesson. A rider no horse suits gets None."""

    def suitable(horse: Horse, rider: Rider) -> bool:
        return (
            horse.max_rider_kg >= rider.weight_kg
            and rider.level in horse.levels
            and horse.lessons_today < MAX_LESSONS_A_DAY
        )

    out: set[str] = set()
    allocation: dict[str, str | None] = {}
    for rider in riders:
        allocation[rider.name] = None
        for horse in horses:
            if horse.name not in out and suitable(horse, rider):
                out.add(horse.name)
                allocation[rider.name] = horse.name
                break
    return allocation


def run_lesson(riders: list[Rider], horses: list[Horse]) -> dict[str, str | None]:
    """Allocate the lesson and count it against each horse that goes out."""
    allocation = allocate(riders, horses)
    used = set(allocation.values())
    for horse in horses:
        if horse.name in used:
            horse.lessons_today += 1
    return allocation
