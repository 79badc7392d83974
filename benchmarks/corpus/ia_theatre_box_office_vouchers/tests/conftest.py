import pytest

from boxoffice.tickets import Order, Seat
from boxoffice.vouchers import Voucher, VoucherBook


@pytest.fixture
def book():
    return VoucherBook([
        Voucher("SPRING24", 20),
        Voucher("Matinee10", 10, matinee_only=True),
        Voucher("FRIENDS", 15, single_use=False),
    ])


@pytest.fixture
def evening_order():
    return Order("2024-11-14 19:30", [Seat("F", 11, "stalls"), Seat("F", 12, "stalls")])


@pytest.fixture
def matinee_order():
    return Order("2024-11-16 14:30", [Seat("B", 3, "circle")])
