from flights import best_launch, flyable, launch_windows
from forecast import Hour


def calm(*hours):
    return [Hour(h, 5.0, 8.0, 0.0) for h in hours]


def test_flyable_limits():
    assert flyable(Hour(6, 10.0, 15.0, 0.0))
    assert not flyable(Hour(6, 10.5, 12.0, 0.0))
    assert not flyable(Hour(6, 6.0, 16.0, 0.0))
    assert not flyable(Hour(6, 3.0, 5.0, 0.2))


def test_no_launch_before_sunrise():
    assert launch_windows(calm(4, 5, 6, 7, 8), "05:12", "21:30") == [6, 7]


def test_every_hour_of_the_flight_must_be_flyable():
    hours = calm(6, 7, 9, 10, 11) + [Hour(8, 12.0, 18.0, 0.0)]
    assert launch_windows(hours, "05:00", "21:00") == [6, 9, 10]


def test_missing_hours_are_not_flyable():
    assert launch_windows(calm(6, 8, 9), "05:00", "21:00") == [8]


def test_packed_away_by_sunset():
    assert launch_windows(calm(17, 18, 19, 20), "05:00", "20:30") == [17, 18]
    assert launch_windows(calm(17, 18, 19, 20), "05:00", "21:00") == [17, 18, 19]


def test_best_launch_prefers_the_morning():
    assert best_launch(calm(6, 7, 18, 19), "05:00", "21:30") == 6
    assert best_launch(calm(17, 18, 19), "05:00", "21:30") == 18
    assert best_launch([], "05:00", "21:30") is None
