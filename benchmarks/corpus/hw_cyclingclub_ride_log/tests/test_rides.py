import datetime

from ridelog.rides import RideSummary, day_summary, split_rides


def test_one_ride(saturday):
    morning = saturday[:4]
    assert split_rides(morning) == [morning]


def test_a_short_stop_does_not_end_the_ride(saturday):
    assert len(split_rides(saturday, max_gap=datetime.timedelta(hours=2))) == 1


def test_no_fixes():
    assert split_rides([]) == []


def test_cafe_stop_splits_the_day(saturday):
    rides = split_rides(saturday)
    assert [len(ride) for ride in rides] == [4, 3]
    assert rides[1][0].time == datetime.datetime(2024, 5, 4, 9, 45)


def test_day_summary(saturday):
    summary = day_summary(saturday)
    assert summary[0] == RideSummary(datetime.datetime(2024, 5, 4, 8, 0), 40.0, 7.78)
    assert summary[1].minutes == 35.0
