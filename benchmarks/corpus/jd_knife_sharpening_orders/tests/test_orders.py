from datetime import date

from sharpening.orders import Order, awaiting_collection, promised_for, takings, to_chase
from sharpening.pricing import Blade


def test_promised_three_days_later():
    order = Order(1, "Mrs Hale", date(2024, 5, 4))  # a Saturday
    assert promised_for(order) == date(2024, 5, 7)


def test_promise_skips_sunday():
    order = Order(2, "Mr Dunn", date(2024, 5, 2))  # a Thursday
    assert promised_for(order) == date(2024, 5, 6)


def test_awaiting_collection():
    orders = [
        Order(10, "Mrs Hale", date(2024, 5, 4), sharpened=date(2024, 5, 6)),
        Order(11, "The Fox Inn", date(2024, 5, 4), trade=True, sharpened=date(2024, 5, 5), collected=date(2024, 5, 9)),
        Order(12, "Mr Dunn", date(2024, 5, 11)),
        Order(13, "Ms Rowe", date(2024, 5, 1), sharpened=date(2024, 5, 3)),
    ]
    assert awaiting_collection(orders, date(2024, 5, 13)) == [(13, "Ms Rowe", 10), (10, "Mrs Hale", 7)]


def test_chase_after_two_weeks():
    orders = [
        Order(20, "Mr Pike", date(2024, 4, 1), sharpened=date(2024, 4, 3)),
        Order(21, "Mrs Hale", date(2024, 4, 13), sharpened=date(2024, 4, 15)),
        Order(22, "Ms Rowe", date(2024, 4, 1), sharpened=date(2024, 4, 2), collected=date(2024, 4, 6)),
    ]
    assert to_chase(orders, date(2024, 4, 29)) == ["Mr Pike"]


def test_takings_between_dates():
    orders = [
        Order(30, "Mrs Hale", date(2024, 5, 4), [Blade("kitchen"), Blade("scissors")], collected=date(2024, 5, 11)),
        Order(31, "Mr Dunn", date(2024, 5, 4), [Blade("garden", chipped=True)], collected=date(2024, 5, 18)),
        Order(32, "Ms Rowe", date(2024, 5, 4), [Blade("pocket")]),
    ]
    assert takings(orders, date(2024, 5, 1), date(2024, 5, 11)) == 13.5
    assert takings(orders, date(2024, 5, 1), date(2024, 5, 31)) == 26.5
