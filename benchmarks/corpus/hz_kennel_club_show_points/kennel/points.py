"""Championship points for this year's regional schedule."""

from __future__ import annotations

from collections import Counter

from kennel.entries import Entry

# (dogs shown of the breed and sex at least, points to the winner)
SCALE = [(2, 1), (3, 2), (5, 3), (8, 4), (12, 5)]


def award_points(entries: list[Entry], scale: list[tuple[int, int]] = SCALE) -> dict[str, int]:
    """Points to each breed-and-sex winner, by how many of its breed and sex were
    shown (the winner included; absentees are not shown)."""
    shown = Counter((entry.breed, entry.sex) for entry in entries)
    awarded = {}
    for entry in entries:
        if entry.placement == 1 and not entry.absent:
            count = shown[(entry.breed, entry.sex)]
            points = 0
            for minimum, value in scale:
                if count > minimum:
                    points = value
            awarded[entry.dog] = points
    return awarded


def majors(awarded: dict[str, int]) -> list[str]:
    """Winners of three points or more, which count towards a title."""
    return sorted(dog for dog, points in awarded.items() if points >= 3)
