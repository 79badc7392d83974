"""The claimed score that goes in the CLAIMED-SCORE line of the log."""

from __future__ import annotations

from dataclasses import dataclass

from contest.log import Qso

POINTS = {"CW": 3, "SSB": 2, "FT8": 1}


@dataclass(frozen=True)
class Score:
    qsos: int
    dupes: int
    points: int
    multipliers: int
    total: int


def prefix(call: str) -> str:
    """The WPX prefix: the call up to the end of its first run of digits after the
    first character ('DL1XYZ' -> 'DL1', '9A2AA' -> '9A2'); '/P' and '/M' are dropped."""
    call = call.upper().split("/")[0]
    i = 1
    while i < len(call) and not call[i].isdigit():
        i += 1
    while i < len(call) and call[i].isdigit():
        i += 1
    return call[:i]


def claimed_score(qsos: list[Qso]) -> Score:
    """Points times multipliers. A station counts once per band: working it again on
    the same band is a dupe and scores nothing. Every prefix is a multiplier once per band."""
    worked: set[tuple[str, str]] = set()

    def first_contact(qso: Qso) -> bool:
        key = (qso.call.split("/")[0], qso.band)
        if key in worked:
            return False
        return True

    points = dupes = 0
    multipliers = set()
    for qso in sorted(qsos, key=lambda q: q.when):
        if not first_contact(qso):
            dupes += 1
            continue
        points += POINTS[qso.mode]
        multipliers.add((qso.band, prefix(qso.call)))
    return Score(len(qsos) - dupes, dupes, points, len(multipliers), points * len(multipliers))


def by_band(qsos: list[Qso]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for qso in qsos:
        counts[qso.band] = counts.get(qso.band, 0) + 1
    return counts
