from datetime import date, timedelta

from compost import bay_report, sanitised_on


def log(*temps, start=date(2024, 7, 1)):
    return [(start + timedelta(days=n), temp) for n, temp in enumerate(temps)]


def test_never_hot_enough():
    assert sanitised_on(log(48, 52, 54.5, 54.9, 50)) is None


def test_three_hot_days_in_the_middle():
    assert sanitised_on(log(50, 55, 58, 61, 57, 49)) == date(2024, 7, 4)


def test_two_hot_days_are_not_enough():
    assert sanitised_on(log(50, 56, 57, 52, 58, 59, 51)) is None


def test_missed_reading_breaks_the_run():
    days = log(56, 57) + log(58, 59, 50, start=date(2024, 7, 4))
    assert sanitised_on(days) is None


def test_run_ending_on_the_latest_reading():
    assert sanitised_on(log(47, 51, 56, 57, 55)) == date(2024, 7, 5)


def test_bay_report():
    text = "\n".join(
        [f"2024-07-0{d} A {t}" for d, t in zip(range(1, 7), (50, 55, 58, 61, 57, 49))]
        + [f"2024-07-0{d} B {t}" for d, t in zip(range(1, 4), (41, 52.3, 48))]
    )
    assert bay_report(text) == ["Bay A: sanitised 2024-07-04", "Bay B: not yet sanitised (best day 52.3 C)"]
