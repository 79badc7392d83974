"""Faults for one round, as the scorer writes them down at the ringside.

Four faults for each pole down and for each refusal; a second refusal, or a fall,
eliminates. One time fault for every second, or part of a second, over the time
allowed.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

KNOCKDOWN = 4
REFUSAL = 4
REFUSALS_TO_ELIMINATE = 2

_LINE = re.compile(r"^(?P<rider>[^/]+?)\s*/\s*(?P<horse>[^:]+?)\s*:\s*(?P<rest>.*)$")


@dataclass(frozen=True)
class Round:
    rider: str
    horse: str
    knockdowns: int = 0
    refusals: int = 0
    seconds: float = 0.0
    fell: bool = False

    @property
    def eliminated(self) -> bool:
        return self.fell or self.refusals >= REFUSALS_TO_ELIMINATE


def time_faults(seconds: float, allowed: float) -> int:
    return math.ceil(seconds - allowed) if seconds > allowed else 0


def total_faults(round_: Round, allowed: float) -> int | None:
    """None for an eliminated round."""
    if round_.eliminated:
        return None
    return round_.knockdowns * KNOCKDOWN + round_.refusals * REFUSAL + time_faults(round_.seconds, allowed)


def parse_round(line: str) -> Round:
    """'rider / horse: 1K 1R 74.31s', or 'rider / horse: E' for a fall."""
    match = _LINE.match(line.strip())
    if not match:
        raise ValueError(f"not a scorer's line: {line!r}")
    rider, horse, rest = match["rider"], match["horse"], match["rest"].split()
    if rest == ["E"]:
        return Round(rider, horse, fell=True)
    knockdowns = refusals = 0
    seconds = None
    for mark in rest:
        if mark.endswith("K"):
            knockdowns = int(mark[:-1])
        elif mark.endswith("R"):
            refusals = int(mark[:-1])
        elif mark.endswith("s"):
            seconds = float(mark[:-1])
        else:
            raise ValueError(f"{rider}: cannot read {mark!r}")
    if seconds is None:
        raise ValueError(f"{rider}: no time given")
    return Round(rider, horse, knockdowns, refusals, seconds)
