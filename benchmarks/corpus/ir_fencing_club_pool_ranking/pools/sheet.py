"""Bouts as the referee reads them off the pool sheet: 'Ames 5-3 Baker'."""

from __future__ import annotations

import re
from dataclasses import dataclass

LINE = re.compile(r"^(.+?)\s+(\d+)\s*-\s*(\d+)\s+(.+)$")


@dataclass(frozen=True)
class Bout:
    left: str
    left_score: int
    right_score: int
    right: str


def parse_bout(line: str) -> Bout:
    match = LINE.match(line.strip())
    if not match:
        raise ValueError(f"not a bout: {line!r}")
    left, left_score, right_score, right = match.groups()
    if left_score == right_score:
        raise ValueError(f"a pool bout cannot end level: {line!r}")
    if left.strip() == right.strip():
        raise ValueError(f"a fencer cannot fence themselves: {line!r}")
    return Bout(left.strip(), int(left_score), int(right_score), right.strip())


def parse_sheet(text: str) -> list[Bout]:
    return [parse_bout(line) for line in text.splitlines() if line.strip()]
