"""The scanner's tally of each group of ewes, as she reads it off at the end of the day.

    # Mule ewes, tupped Oct
    Top field: 4 empty, 61 singles, 102 twins, 9 triplets
"""

from __future__ import annotations

import re
from dataclasses import dataclass

LINE = re.compile(r"^(?P<name>[^:]+):\s*(?P<counts>.*)$")
COUNT = re.compile(r"(\d+)\s+(empty|singles?|twins?|triplets?)")
LITTER = {"empty": 0, "single": 1, "twin": 2, "triplet": 3}


@dataclass
class Group:
    name: str
    empty: int = 0
    singles: int = 0
    twins: int = 0
    triplets: int = 0

    def ewes(self) -> int:
        return self.empty + self.singles + self.twins + self.triplets

    def lambs(self) -> int:
        return self.singles + 2 * self.twins + 3 * self.triplets


def read_tally(text: str) -> list[Group]:
    groups = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        match = LINE.match(line)
        if not match:
            raise ValueError(f"cannot read {line!r}")
        counts = {"empty": 0, "singles": 0, "twins": 0, "triplets": 0}
        for number, word in COUNT.findall(match["counts"]):
            key = word if word == "empty" else word.rstrip("s") + "s"
            counts[key] += int(number)
        groups.append(Group(match["name"].strip(), **counts))
    return groups


def whole_flock(groups: list[Group]) -> Group:
    return Group(
        "Flock",
        sum(g.empty for g in groups),
        sum(g.singles for g in groups),
        sum(g.twins for g in groups),
        sum(g.triplets for g in groups),
    )
