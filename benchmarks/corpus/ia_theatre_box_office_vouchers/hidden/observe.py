"""VoucherBook.redeem and release with codes as typed (any case, stray spaces),
unknown codes, matinees and evenings; fixed cases, then ~100 random sessions."""

import random

from observing import attempt
from boxoffice.tickets import Order, Seat
from boxoffice.vouchers import Voucher, VoucherBook

VOUCHERS = [Voucher("SPRING24", 20), Voucher("Matinee10", 10, matinee_only=True),
            Voucher("FRIENDS", 15, single_use=False), Voucher("gala-50", 50)]
CODES = ["SPRING24", "spring24", "Spring 24", " SPRING24 ", "MATINEE10", "matinee10", "Matinee10", "FRIENDS",
         "friends", "Friends ", "GALA-50", "gala-50", "gala - 50", "WINTER23", "", "  "]
BANDS = ["stalls", "circle", "gallery"]


def order(rng):
    time = rng.choice(["14:30", "19:30", "11:00", "17:00"])
    seats = [Seat(rng.choice("ABCDEFGH"), rng.randint(1, 20), rng.choice(BANDS)) for _ in range(rng.randint(0, 5))]
    return Order(f"2024-11-{rng.randint(10, 30)} {time}", seats)


def observe():
    rng = random.Random(1959)
    results = []
    for code in CODES:
        book = VoucherBook(VOUCHERS)
        for performance in ("2024-11-16 14:30", "2024-11-16 19:30"):
            o = Order(performance, [Seat("A", 1, "stalls"), Seat("A", 2, "circle")])
            results.append((code, attempt(book.redeem, o, code), o.total, o.voucher))
    for _ in range(100):
        book = VoucherBook(VOUCHERS)
        orders = []
        for _ in range(rng.randint(1, 6)):
            o = order(rng)
            orders.append(o)
            results.append(attempt(book.redeem, o, rng.choice(CODES)))
            results.append((o.total, o.voucher, sorted(book.used)))
            if rng.random() < 0.3:
                cancelled = rng.choice(orders)
                attempt(book.release, cancelled)
                results.append(sorted(book.used))
    return results
