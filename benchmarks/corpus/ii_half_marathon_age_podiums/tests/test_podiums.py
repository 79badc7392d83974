from datetime import datetime, timedelta

from podiums import category_podiums, gun_order
from race import Result

WAVES = {"A": datetime(2024, 4, 14, 9, 0, 0), "B": datetime(2024, 4, 14, 9, 5, 0)}


def at(clock):
    if clock is None:
        return None
    h, m, s = map(int, clock.split(":"))
    return datetime(2024, 4, 14, h, m, s)


def result(bib, name, category, wave, crossed, finished):
    return Result(bib, name, category, wave, at(crossed), at(finished))


RESULTS = [
    result(1, "Kip", "M", "A", "09:00:05", "10:12:30"),
    result(2, "Ade", "M", "A", "09:00:40", "10:12:50"),
    result(3, "Tom", "M", "B", "09:05:02", "10:20:00"),
    result(4, "Raj", "M", "A", None, "10:15:00"),
    result(5, "Sue", "F40", "A", "09:00:10", "10:30:00"),
    result(6, "Ann", "F40", "B", "09:06:00", "10:34:00"),
    result(7, "Liz", "F40", "B", "09:05:20", None),
    result(8, "Meg", "F", "B", "09:05:30", "10:40:00"),
]


def test_overall_order_is_by_gun_time():
    assert gun_order(RESULTS, WAVES) == [1, 2, 3, 4, 6, 5, 8]


def test_every_category_with_a_finisher_has_a_podium():
    assert sorted(category_podiums(RESULTS, WAVES)) == ["F", "F40", "M"]


def test_non_finishers_get_no_prize():
    assert [bib for bib, _ in category_podiums(RESULTS, WAVES)["F40"]] == [6, 5]


def test_missed_start_mat_is_timed_from_the_gun():
    times = dict(category_podiums(RESULTS, WAVES, places=4)["M"])
    assert times[4] == timedelta(hours=1, minutes=15)


def test_prizes_go_by_net_time():
    assert category_podiums(RESULTS, WAVES)["M"] == [
        (2, timedelta(hours=1, minutes=12, seconds=10)),
        (1, timedelta(hours=1, minutes=12, seconds=25)),
        (3, timedelta(hours=1, minutes=14, seconds=58)),
    ]


def test_one_prize_per_category():
    podiums = category_podiums(RESULTS, WAVES, places=1)
    assert {name: len(winners) for name, winners in podiums.items()} == {"M": 1, "F40": 1, "F": 1}
