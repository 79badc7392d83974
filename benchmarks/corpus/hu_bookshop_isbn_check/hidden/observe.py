"""ISBN-10s with every check digit, and random ones, valid and not."""

import random

from observing import attempt
from isbnkit.isbn import is_valid_isbn10, to_isbn13
from isbnkit.stock import Stock

EDGE = [
    "", "0", "030640615", "0306406152", "0-306-40615-2", "0306406153", "080442957X", "080442957x",
    "0804429579", "X306406152", "03064061522", "000000000X", "0000000000", "1111111111", "999999999X",
    "0-8044-2957-X", "123456789X", "1234567890", "12345678X0", "abcdefghij", "9780306406157",
]


def check_digit(first9):
    total = sum((10 - i) * int(d) for i, d in enumerate(first9))
    value = (11 - total % 11) % 11
    return "X" if value == 10 else str(value)


def observe():
    rng = random.Random(7070)
    results = []
    for code in EDGE:
        results.append((code, attempt(is_valid_isbn10, code), attempt(to_isbn13, code)))
    for _ in range(100):
        first9 = "".join(rng.choice("0123456789") for _ in range(9))
        right = check_digit(first9)
        for last in sorted({right, rng.choice("0123456789X")}):
            code = first9 + last
            results.append((code, attempt(is_valid_isbn10, code), attempt(to_isbn13, code)))
    stock = Stock()
    for _ in range(30):
        first9 = "".join(rng.choice("0123456789") for _ in range(9))
        code = first9 + rng.choice([check_digit(first9), rng.choice("0123456789X")])
        results.append(attempt(stock.receive, code, f"book {first9}"))
    results.append(stock.in_stock())
    return results
