from datetime import date

from livery.horses import Extra, Horse
from livery.invoice import month_bounds, owner_invoice, yard_takings

HORSES = [
    Horse("Duke", "Ms Hale", "full", date(2023, 5, 2)),
    Horse("Pepper", "Ms Hale", "grass", date(2024, 2, 20)),
    Horse("Biscuit", "Mr Grant", "part", date(2022, 9, 1), left=date(2024, 2, 15)),
    Horse("Rosie", "Mr Grant", "part", date(2024, 2, 10)),
]


def test_month_bounds():
    assert month_bounds(2024, 2) == (date(2024, 2, 1), date(2024, 2, 29))


def test_livery_only():
    invoice = owner_invoice("Ms Hale", HORSES, [], 2024, 2)
    assert invoice.month == "2024-02"
    assert invoice.lines == [
        ("Duke: full livery, 29 nights", 928.0),
        ("Pepper: grass livery, 10 nights", 80.0),
    ]
    assert invoice.total == 1008.0


def test_horse_that_left_is_not_billed_the_next_month():
    invoice = owner_invoice("Mr Grant", HORSES, [], 2024, 3)
    assert invoice.lines == [("Rosie: part livery, 31 nights", 666.5)]


def test_extras_follow_their_horse():
    extras = [
        Extra("Duke", date(2024, 2, 26), "farrier, full set", 95.0),
        Extra("Duke", date(2024, 2, 5), "worming", 14.0),
        Extra("Pepper", date(2024, 3, 1), "clipping", 45.0),
    ]
    invoice = owner_invoice("Ms Hale", HORSES, extras, 2024, 2)
    assert invoice.lines == [
        ("Duke: full livery, 29 nights", 928.0),
        ("Duke: worming (05 Feb)", 14.0),
        ("Duke: farrier, full set (26 Feb)", 95.0),
        ("Pepper: grass livery, 10 nights", 80.0),
    ]
    assert invoice.total == 1117.0


def test_yard_takings():
    extras = [Extra("Rosie", date(2024, 3, 12), "saddle fitting", 60.0)]
    assert yard_takings(HORSES, extras, 2024, 3) == 992.0 + 248.0 + 666.5 + 60.0
