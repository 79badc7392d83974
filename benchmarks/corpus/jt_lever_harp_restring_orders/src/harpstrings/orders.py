"""Restringing orders: the harp's owner sends in the numbers of the broken strings
and the workshop orders each one from the string maker by note and gauge."""

from __future__ import annotations

from harpstrings.harp import Harp


def read_broken(text: str) -> list[int]:
    """String numbers from the owner's note, e.g. "3, 17 and 30"; repeats dropped."""
    numbers = []
    for word in text.replace(",", " ").split():
        if word.isdigit() and int(word) not in numbers:
            numbers.append(int(word))
    return sorted(numbers)


def order_lines(harp: Harp, broken: list[int]) -> list[str]:
    """One line a string for the string maker: number, note, gut or wound, colour."""
    lines = []
    for string in sorted(broken):
        kind = "wound" if harp.is_wound(string) else "nylon"
        colour = harp.colour_of(string)
        extra = "" if colour == "plain" else f" ({colour})"
        lines.append(f"{harp.model} #{string} {harp.note_of(string)} {kind}{extra}")
    return lines
