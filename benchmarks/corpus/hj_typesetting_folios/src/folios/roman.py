"""Lower-case roman numerals, as printed on front-matter pages."""

from __future__ import annotations

NUMERALS = [
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
]
VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}


def to_roman(number: int) -> str:
    if not 0 < number < 4000:
        raise ValueError(f"no roman numeral for {number}")
    letters = []
    for value, symbol in NUMERALS:
        while number >= value:
            letters.append(symbol)
            number -= value
    return "".join(letters)


def from_roman(text: str) -> int:
    """The value of a numeral, read left to right: a letter worth less than the
    one after it is subtracted (the i of iv), any other is added."""
    text = text.strip().lower()
    if not text or any(letter not in VALUES for letter in text):
        raise ValueError(f"not a roman numeral: {text!r}")
    total = 0
    i = 0
    while i < len(text):
        value = VALUES[text[i]]
        if i + 1 < len(text) and VALUES[text[i + 1]] > value:
            total -= value
        else:
            total += value
            i += 1
    return total
