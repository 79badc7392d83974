"""Entries for the vintage tractor rally, as the secretary types them up from the
posted entry forms, class by class:

    [Grey Fergies]
    114  1949  Ferguson TE20      R. Pask
    # 121 withdrawn, seized engine
    98   1952  Ferguson TEA20     M. Hollis

    [Crawlers]
    ...

Each line is the plate number, the year, the make and model, and the exhibitor
after two or more spaces."""

from __future__ import annotations

import re
from dataclasses import dataclass

LINE = re.compile(r"(\d+)\s+(\d{4})\s+(.+?)\s{2,}(\S.*)")


@dataclass(frozen=True)
class Entry:
    plate: int
    year: int
    tractor: str
    exhibitor: str


def read_entries(text: str) -> dict[str, list[Entry]]:
    """The entries of each class, by plate number, classes in the order typed."""
    classes: dict[str, list[Entry]] = {}
    entries: list[Entry] = []
    name = None

    def close_class() -> None:
        if name is None:
            if entries:
                raise ValueError("entries before the first [class]")
            return
        if name in classes:
            raise ValueError(f"class {name!r} typed twice")
        classes[name] = sorted(entries, key=lambda entry: entry.plate)
        entries.clear()

    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            close_class()
            name = line[1:-1].strip()
            continue
        match = LINE.fullmatch(line)
        if match is None:
            raise ValueError(f"cannot read entry: {line!r}")
        plate, year, tractor, exhibitor = match.groups()
        entries.append(Entry(int(plate), int(year), tractor, exhibitor))
    close_class()
    return classes
