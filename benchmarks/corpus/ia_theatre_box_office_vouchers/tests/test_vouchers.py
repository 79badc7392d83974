import pytest

from boxoffice.tickets import Order, Seat
from boxoffice.vouchers import VoucherError, is_matinee, normalise_code


def test_twenty_percent_off(book, evening_order):
    assert book.redeem(evening_order, "SPRING24") == 960
    assert evening_order.total == 3840


def test_code_as_typed_at_the_desk(book, evening_order):
    assert book.redeem(evening_order, "spring 24") == 960
    assert evening_order.voucher == "SPRING24"


def test_unknown_code(book, evening_order):
    with pytest.raises(VoucherError):
        book.redeem(evening_order, "WINTER23")


def test_single_use(book, evening_order):
    book.redeem(evening_order, "SPRING24")
    with pytest.raises(VoucherError):
        book.redeem(Order("2024-11-15 19:30", [Seat("A", 1, "gallery")]), "SPRING24")


def test_released_after_cancelling(book, evening_order):
    book.redeem(evening_order, "SPRING24")
    book.release(evening_order)
    assert book.redeem(Order("2024-11-15 19:30", [Seat("A", 1, "gallery")]), "SPRING24") == 240


def test_matinee_voucher(book, evening_order, matinee_order):
    assert book.redeem(matinee_order, "Matinee10") == 195
    with pytest.raises(VoucherError):
        book.redeem(evening_order, "Matinee10")


def test_friends_code_again_and_again(book, evening_order, matinee_order):
    book.redeem(evening_order, "FRIENDS")
    assert book.redeem(matinee_order, "friends") == 292


def test_one_voucher_per_order(book, evening_order):
    book.redeem(evening_order, "FRIENDS")
    with pytest.raises(VoucherError):
        book.redeem(evening_order, "SPRING24")


def test_helpers():
    assert normalise_code(" Spring 24 ") == "SPRING24"
    assert is_matinee("2024-11-16 14:30") and not is_matinee("2024-11-16 19:30")
