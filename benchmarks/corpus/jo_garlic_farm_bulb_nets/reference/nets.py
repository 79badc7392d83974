"""Packing graded garlic into mesh nets for the farm shop and the veg box round.

Each grade goes in nets of its own count. The packer keeps one open net per grade
while the bulbs come off the riddle and ties it off the moment it is full; whatever
is left in the open nets at the end of the session is tied off as part nets,
biggest grade first.
"""

from __future__ import annotations

from datetime import date

from grading import GRADES, grade

NET_COUNT = {"Jumbo": 5, "Large": 10, "Medium": 10, "Small": 20}


def pack_nets(diameters: list[float]) -> list[tuple[str, int]]:
    """The nets tied off in one session, as (grade, bulbs), in the order they were tied."""
    open_nets = {name: 0 for name, _ in GRADES}
    tied = []
    for diameter in diameters:
        name = grade(diameter)
        if name is None:
            continue
        open_nets[name] += 1
        if open_nets[name] == NET_COUNT[name]:
            tied.append((name, open_nets[name]))
            open_nets[name] = 0
    for name, _ in GRADES:
        if open_nets[name]:
            tied.append((name, open_nets[name]))
    return tied


def labels(nets: list[tuple[str, int]], packed: date, variety: str) -> list[str]:
    """One label a net: variety, packing date, grade and count, and the net's number
    within its grade. Part nets are marked so the shop prices them by weight."""
    numbers: dict[str, int] = {}
    lines = []
    for name, count in nets:
        numbers[name] = numbers.get(name, 0) + 1
        part = "" if count == NET_COUNT[name] else " PART"
        lines.append(f"{variety} {packed:%d/%m/%y} {name} x{count}{part} #{numbers[name]}")
    return lines
