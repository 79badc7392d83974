"""Raw passings from the timing loop under the start line: 'kart,seconds' per line."""

from __future__ import annotations


def parse_passings(text: str) -> list[tuple[int, float]]:
    passings = []
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        kart, _, seconds = line.partition(",")
        try:
            passings.append((int(kart), float(seconds)))
        except ValueError:
            raise ValueError(f"line {number}: {line!r}") from None
    passings.sort(key=lambda passing: passing[1])
    return passings
