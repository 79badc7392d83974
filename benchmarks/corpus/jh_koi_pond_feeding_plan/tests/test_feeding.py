from datetime import date, timedelta

from feeding import BAD_WATER, advice_for, feeding_plan, first_feed
from waterlog import Reading

START = date(2024, 3, 25)


def readings_of(*temperatures, ammonia=0.0):
    return [Reading(START + timedelta(days=i), t, ammonia, 0.0, 7.6) for i, t in enumerate(temperatures)]


def test_bands():
    assert advice_for(7.9) == "no food"
    assert advice_for(8.0) == "wheatgerm once a day"
    assert advice_for(15.5) == "wheatgerm twice a day"
    assert advice_for(25.0) == "staple food once a day"


def test_first_readings_average_what_there_is():
    assert feeding_plan(readings_of(6, 8, 10)) == [
        (START, 6.0, "no food"),
        (START + timedelta(days=1), 7.0, "no food"),
        (START + timedelta(days=2), 8.0, "wheatgerm once a day"),
    ]


def test_spring_warming_goes_by_the_last_three_readings():
    plan = feeding_plan(readings_of(6, 8, 10, 12, 14))
    assert [temperature for _, temperature, _ in plan] == [6.0, 7.0, 8.0, 10.0, 12.0]
    assert plan[-1][2] == "wheatgerm twice a day"


def test_one_warm_afternoon_is_not_summer():
    plan = feeding_plan(readings_of(10, 10, 10, 19))
    assert plan[-1][2] == "wheatgerm twice a day"


def test_bad_water_means_no_food():
    plan = feeding_plan(readings_of(18, 18, 18, ammonia=0.5))
    assert [advice for _, _, advice in plan] == [BAD_WATER] * 3


def test_first_feed_of_the_year():
    assert first_feed(readings_of(5, 6, 9, 12, 12)) == START + timedelta(days=3)
    assert first_feed(readings_of(4, 5, 6)) is None
