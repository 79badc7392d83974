"""ISBN check digits, for the second-hand stock that still carries 10-digit ones."""

from __future__ import annotations


def clean(code: str) -> str:
    return code.replace("-", "").replace(" ", "").upper()


def is_valid_isbn10(code: str) -> bool:
    """Nine digits weighted 10 down to 2, plus the check digit (X for ten), must
    add up to a multiple of eleven."""
    code = clean(code)
    if len(code) != 10 or not code[:9].isdigit() or not (code[9].isdigit() or code[9] == "X"):
        return False
    total = sum((10 - i) * int(digit) for i, digit in enumerate(code[:9]))
    total += 10 if code[9] == "X" else int(code[9])
    return total % 11 == 0


def isbn13_check_digit(first12: str) -> str:
    total = sum((3 if i % 2 else 1) * int(digit) for i, digit in enumerate(first12))
    return str((10 - total % 10) % 10)


def is_valid_isbn13(code: str) -> bool:
    code = clean(code)
    if len(code) != 13 or not code.isdigit() or not code.startswith(("978", "979")):
        return False
    return isbn13_check_digit(code[:12]) == code[12]


def to_isbn13(code: str) -> str:
    """The ISBN-13 of a book, given either form."""
    if is_valid_isbn13(code):
        return clean(code)
    if not is_valid_isbn10(code):
        raise ValueError(f"not an ISBN: {code!r}")
    first12 = "978" + clean(code)[:9]
    return first12 + isbn13_check_digit(first12)
