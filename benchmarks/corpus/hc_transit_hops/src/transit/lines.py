"""Reading line definitions such as

    # tram 7
    7: Central - Museum - Park - Zoo
"""

from __future__ import annotations


def parse_lines(text: str) -> dict[str, list[str]]:
    lines = {}
    for raw in text.splitlines():
        raw = raw.split("#", 1)[0].strip()
        if not raw:
            continue
        name, sep, stops = raw.partition(":")
        if not sep:
            raise ValueError(f"no ':' in {raw!r}")
        lines[name.strip()] = [stop.strip() for stop in stops.split(" - ") if stop.strip()]
    return lines
