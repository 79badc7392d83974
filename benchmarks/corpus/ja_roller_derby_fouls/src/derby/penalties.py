"""The penalty tracker's sheet: who was sent to the box, in which jam, and who fouled out."""

from __future__ import annotations

from dataclasses import dataclass

FOUL_OUT = 7  # a skater's seventh penalty of the bout ends their bout


@dataclass(frozen=True)
class Penalty:
    period: int
    jam: int
    skater: str  # roster number
    code: str  # B back block, X cut, M multiplayer, ...


def penalty_counts(penalties: list[Penalty]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for penalty in penalties:
        counts[penalty.skater] = counts.get(penalty.skater, 0) + 1
    return counts


def fouled_out(penalties: list[Penalty]) -> dict[str, tuple[int, int]]:
    """The skaters who fouled out, with the (period, jam) of the penalty that did it."""
    counts: dict[str, int] = {}
    out: dict[str, tuple[int, int]] = {}
    for penalty in sorted(penalties, key=lambda p: (p.period, p.jam)):
        counts[penalty.skater] = counts.get(penalty.skater, 0) + 1
        if counts[penalty.skater] > FOUL_OUT and penalty.skater not in out:
            out[penalty.skater] = (penalty.period, penalty.jam)
    return out


def box_sheet(penalties: list[Penalty], roster: dict[str, str]) -> list[str]:
    """One line per skater with penalties, most first: `#12 Name: 3 (B, X, B)`."""
    codes: dict[str, list[str]] = {}
    for penalty in sorted(penalties, key=lambda p: (p.period, p.jam)):
        codes.setdefault(penalty.skater, []).append(penalty.code)
    ordered = sorted(codes, key=lambda number: (-len(codes[number]), number))
    out = fouled_out(penalties)
    lines = []
    for number in ordered:
        line = f"#{number} {roster.get(number, '?')}: {len(codes[number])} ({', '.join(codes[number])})"
        if number in out:
            line += " FOULED OUT P{} J{}".format(*out[number])
        lines.append(line)
    return lines
