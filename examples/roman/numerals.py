"""Beyond templates example: Roman numerals without subtractive notation (IV, IX,
XL, ...). The fix needs new logic, not a small edit, so the template engine
alone cannot find it; a configured model can."""

VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def to_int(numeral: str) -> int:
    """The value of a Roman numeral such as "XIV"."""
    total = 0
    for letter in numeral:
        total += VALUES[letter]
    return total
