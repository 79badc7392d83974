"""What the scan means for lambing: the scanning percentage the vet and the feed rep
ask for, and how many lambs to expect at weaning."""

from __future__ import annotations

from scanning.tally import Group, whole_flock

# Lambs lost between scanning and weaning, in percent, by litter size.
LOSS_PERCENT = {1: 6, 2: 10, 3: 22}


def percent(part: float, whole: float) -> float:
    """part as a percentage of whole, to one decimal place; 0 when there is no whole."""
    if whole == 0:
        return 0.0
    return round(100 * part / whole, 1)


def expected_weaned(group: Group) -> int:
    lambs = 0.0
    for size, ewes in ((1, group.singles), (2, group.twins), (3, group.triplets)):
        lambs += size * ewes * (100 - LOSS_PERCENT[size]) / 100
    return round(lambs)


def scanning_report(groups: list[Group]) -> list[tuple[str, int, int, float, float]]:
    """(group, ewes, lambs scanned, scanning %, empty %) for each group, then a line
    for the whole flock. The scanning percentage is lambs per hundred ewes put to the
    tup, empties included."""
    rows = []
    for group in [*groups, whole_flock(groups)]:
        ewes = group.ewes()
        rows.append((group.name, ewes, group.lambs(), percent(ewes, group.lambs()), percent(group.empty, ewes)))
    return rows
