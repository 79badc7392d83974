"""Results as the secretary types them: `Port Vale 2-1 Stoke City`."""

from __future__ import annotations

import re
from dataclasses import dataclass

RESULT = re.compile(r"(?P<home>.+?)\s+(?P<hg>\d+)\s*-\s*(?P<ag>\d+)\s+(?P<away>.+)")


@dataclass(frozen=True)
class Match:
    home: str
    away: str
    home_goals: int
    away_goals: int


def parse_result(line: str) -> Match:
    match = RESULT.fullmatch(line.strip())
    if not match:
        raise ValueError(f"not a result: {line!r}")
    home, away = match["home"].strip(), match["away"].strip()
    if home == away:
        raise ValueError(f"{home} cannot play itself")
    return Match(home, away, int(match["hg"]), int(match["ag"]))


def parse_results(text: str) -> list[Match]:
    return [parse_result(line) for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
