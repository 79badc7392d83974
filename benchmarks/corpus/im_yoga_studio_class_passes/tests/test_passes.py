from datetime import date

import pytest

from passes import ClassPass, NoClassesLeft, PassExpired


def test_expiry_date(ten_pass):
    assert ten_pass.expires == date(2024, 4, 7)


def test_use_counts_down(ten_pass):
    assert ten_pass.use(date(2024, 1, 9)) == 9
    assert ten_pass.use(date(2024, 1, 11)) == 8


def test_expired_pass_cannot_be_used(five_pass):
    with pytest.raises(PassExpired):
        five_pass.use(date(2024, 3, 9))


def test_used_up_pass(five_pass):
    for _ in range(5):
        five_pass.use(date(2024, 2, 1))
    with pytest.raises(NoClassesLeft):
        five_pass.use(date(2024, 2, 1))


def test_refund_of_an_unused_pass(ten_pass):
    assert ten_pass.refund_value(date(2024, 1, 20)) == 75.0


def test_refund_after_some_classes(ten_pass):
    for _ in range(6):
        ten_pass.use(date(2024, 1, 15))
    assert ten_pass.refund_value(date(2024, 2, 1)) == 27.0


def test_refund_on_an_odd_price(five_pass):
    five_pass.use(date(2024, 1, 12))
    assert five_pass.refund_value(date(2024, 1, 20)) == 33.0


def test_no_refund_after_expiry(ten_pass):
    assert ten_pass.refund_value(date(2024, 5, 1)) == 0.0


def test_small_refund_does_not_go_negative():
    card = ClassPass("Ana", 10, 40.0, date(2024, 1, 8))
    for _ in range(9):
        card.use(date(2024, 1, 9))
    assert card.refund_value(date(2024, 1, 10)) == 0.0
