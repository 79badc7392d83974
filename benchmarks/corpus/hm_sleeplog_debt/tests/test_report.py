from sleeplog.report import average_hours, short_nights, sleep_debt, summary


def nights(*minutes):
    return [{"in_bed": m + 20, "asleep": m, "efficiency": 0.0} for m in minutes]


def test_average_and_short():
    week = nights(420, 480, 330, 465)
    assert average_hours(week) == 7.06
    assert short_nights(week) == 1


def test_debt_adds_up():
    assert sleep_debt(nights(480)) == 0.0
    assert sleep_debt(nights(390, 420)) == 2.5


def test_long_night_pays_back():
    assert sleep_debt(nights(360, 600, 420)) == 1.0


def test_summary():
    assert summary(nights(480, 480)) == "2 nights, 8.0 h average, 0 short, debt 0.0 h"
