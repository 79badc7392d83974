from datetime import date

from horsedentist.horses import Horse, add_months


def test_add_months_end_of_month():
    assert add_months(date(2024, 8, 31), 6) == date(2025, 2, 28)
    assert add_months(date(2023, 12, 15), 12) == date(2024, 12, 15)


def test_young_and_old_horses_every_six_months():
    on = date(2024, 9, 1)
    assert Horse("Pip", "Hillside", 2021).interval_months(on) == 6
    assert Horse("Duke", "Hillside", 2002).interval_months(on) == 6
    assert Horse("Bramble", "Hillside", 2012).interval_months(on) == 12


def test_never_seen_is_due():
    assert Horse("Pip", "Hillside", 2021).due(date(2024, 9, 1))


def test_not_due_until_the_interval_is_up():
    horse = Horse("Bramble", "Hillside", 2012, last_rasp=date(2023, 9, 10))
    assert not horse.due(date(2024, 9, 9))
    assert horse.due(date(2024, 9, 10))
