from datetime import date

from cylinders.movements import Movement
from cylinders.rental import by_customer, held, rental_due

TODAY = date(2024, 4, 1)


def out(on, serial, customer, size="propane 13kg"):
    return Movement(on, serial, customer, size, True)


def back(on, serial, customer, size="propane 13kg"):
    return Movement(on, serial, customer, size, False)


def test_held_forgets_returned_cylinders():
    book = [out(date(2023, 3, 4), "P1", "Whitlock"), back(date(2023, 5, 20), "P1", "Whitlock"), out(date(2023, 6, 1), "P2", "Amis")]
    assert list(held(book)) == ["P2"]


def test_cylinder_kept_over_a_year():
    book = [out(date(2023, 3, 1), "P1", "Whitlock")]
    assert rental_due(book, TODAY) == [("Whitlock", "P1", 397, 21.50)]


def test_swapped_within_the_year_is_free():
    book = [out(date(2023, 3, 1), "P1", "Whitlock"), back(date(2024, 1, 10), "P1", "Whitlock"), out(date(2024, 1, 10), "P7", "Whitlock")]
    assert rental_due(book, TODAY) == []


def test_longest_out_first():
    book = [
        out(date(2021, 9, 15), "B15-3", "Pennock Farm", "butane 15kg"),
        out(date(2022, 11, 2), "P47-9", "Amis", "propane 47kg"),
        out(date(2024, 2, 1), "P13-4", "Whitlock"),
    ]
    assert rental_due(book, TODAY) == [
        ("Pennock Farm", "B15-3", 929, 43.00),
        ("Amis", "P47-9", 516, 38.00),
    ]


def test_by_customer():
    rows = [("Amis", "P47-9", 516, 38.00), ("Amis", "P13-2", 400, 21.50), ("Whitlock", "P1", 397, 21.50)]
    assert by_customer(rows) == {"Amis": 59.50, "Whitlock": 21.50}
