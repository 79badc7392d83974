"""What the counter charges for an engraving job, in pence."""

from __future__ import annotations

from engraving.layout import layout, oversized

PLATE_PRICES = {"small": 450, "medium": 650, "large": 900}
PER_LETTER = 12  # spaces are free
SMALL_LETTERING = 150  # a line that has to be cut smaller is set up by hand
MINIMUM_LETTERS = 20  # charged as at least this many


def quote(text: str, plate: str) -> int:
    lines = layout(text, plate)
    letters = sum(len(line.replace(" ", "")) for line in lines)
    return PLATE_PRICES[plate] + PER_LETTER * max(letters, MINIMUM_LETTERS) + SMALL_LETTERING * len(oversized(lines, plate))
