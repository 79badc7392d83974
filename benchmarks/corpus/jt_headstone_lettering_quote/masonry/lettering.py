"""Counting an inscription's letters for the price.

Masons charge by the letter: capitals, small letters, figures and ampersands all
count, while spaces and the stops (full stops, commas, hyphens, apostrophes) are
cut free."""

from __future__ import annotations

FREE = set(" .,-'\u2019")


def chargeable_letters(line: str) -> int:
    return sum(1 for ch in line if ch not in FREE)


def read_inscription(text: str) -> list[str]:
    """The lines as the family wrote them, surrounding blank lines dropped; a blank
    line inside is kept, as it is a space on the stone the setting out must leave."""
    return [line.strip() for line in text.strip().splitlines()]


def longest_line(lines: list[str]) -> int:
    """Characters in the longest line, for choosing the letter height."""
    return max((len(line) for line in lines), default=0)
