"""The bar's machines, from the league's spreadsheet: code | title | maker | year."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Machine:
    code: str
    title: str
    maker: str
    year: int


def parse_machines(text: str) -> dict[str, Machine]:
    machines = {}
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        code, title, maker, year = (part.strip() for part in line.split("|"))
        machines[code] = Machine(code, title, maker, int(year))
    return machines


def search(machines: dict[str, Machine], words: str) -> list[str]:
    """Codes of the machines whose title or maker holds every word, in code order."""
    wanted = words.lower().split()
    found = []
    for code, machine in sorted(machines.items()):
        text = f"{machine.title} {machine.maker}".lower()
        if all(word in text for word in wanted):
            found.append(code)
    return found
