from datetime import date

from plantcare.plants import Plant


def test_next_watering():
    assert Plant("fern", 3, date(2024, 6, 1)).next_watering() == date(2024, 6, 4)


def test_days_overdue():
    plant = Plant("fern", 3, date(2024, 6, 1))
    assert plant.days_overdue(date(2024, 6, 6)) == 2
    assert plant.days_overdue(date(2024, 6, 2)) == 0
