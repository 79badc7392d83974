from datetime import datetime

from poolcare.limits import MAIN_POOL, SPA, TEACHING_POOL
from poolcare.readings import Reading, first_closure, over_chlorinated, parse_log


def day(*chlorine, ph=7.4):
    """Hourly readings from 7:00, one per chlorine value."""
    return [Reading(datetime(2024, 3, 4, 7 + k), value, ph) for k, value in enumerate(chlorine)]


def test_parse_log_sorts_by_time():
    rows = [
        "time,chlorine,ph",
        "2024-03-04T09:00,1.4,7.5",
        "2024-03-04T08:00,1.6,7.4",
    ]
    readings = parse_log(rows)
    assert [r.taken.hour for r in readings] == [8, 9]
    assert readings[0].free_chlorine == 1.6


def test_good_water_stays_open():
    assert first_closure(day(1.5, 1.4, 1.6, 1.2, 1.3), MAIN_POOL) is None


def test_one_bad_sample_does_not_close_the_pool():
    assert first_closure(day(1.5, 1.4, 0.4, 1.6, 1.5), MAIN_POOL) is None


def test_chlorine_falling_through_the_afternoon():
    readings = day(1.6, 1.4, 1.2, 1.0, 0.8, 0.6, 0.5)
    # averages of three: 1.4, 1.2, 1.0, 0.8 -> closes at the 0.6 reading, 12:00
    assert first_closure(readings, MAIN_POOL) == datetime(2024, 3, 4, 12)


def test_ph_out_of_range_closes_at_once():
    readings = day(1.5, 1.5, 1.5)
    readings[1] = Reading(readings[1].taken, 1.5, 8.1)
    assert first_closure(readings, MAIN_POOL) == datetime(2024, 3, 4, 8)


def test_low_from_opening_closes_after_three_readings():
    assert first_closure(day(0.6, 0.7, 0.5, 0.6), MAIN_POOL) == datetime(2024, 3, 4, 9)


def test_teaching_pool_averages_two_readings():
    assert first_closure(day(1.8, 1.6, 1.5, 1.3), TEACHING_POOL) == datetime(2024, 3, 4, 10)


def test_spa_closes_on_a_single_low_reading():
    assert first_closure(day(3.5, 2.8, 3.6, ph=7.2), SPA) == datetime(2024, 3, 4, 8)


def test_over_chlorinated_readings():
    assert over_chlorinated(day(2.5, 3.2, 3.0, 4.1), MAIN_POOL) == [datetime(2024, 3, 4, 8), datetime(2024, 3, 4, 10)]
