def test_departures(open_day):
    departures = open_day.departures()
    assert len(departures) == 12
    assert departures[0] == "10:00" and departures[-1] == "15:30"


def test_party_takes_the_first_ride_with_room(open_day):
    assert open_day.book("10:00", 4) == "10:00"
    assert open_day.book("10:10", 2) == "10:30"
    assert open_day.book("10:00", 14) == "10:30"


def test_no_ride_after_the_last(santa_day):
    assert santa_day.book("15:00", 12) == "15:35"
    assert santa_day.book("15:00", 1) is None


def test_group_over_two_rides(open_day):
    assert open_day.book_group("10:00", 20) == [("10:00", 16), ("10:30", 4)]


def test_group_takes_the_seats_left(open_day):
    open_day.book("10:00", 10)
    assert open_day.book_group("09:45", 20) == [("10:00", 6), ("10:30", 14)]
    assert open_day.free_seats(600) == 0 and open_day.free_seats(630) == 2


def test_group_too_big_for_the_rides_left(santa_day):
    assert santa_day.book_group("14:20", 30) is None
    assert santa_day.sold == {}


def test_group_goes_round_a_full_ride(open_day):
    open_day.book("10:30", 16)
    assert open_day.book_group("10:00", 20) == [("10:00", 16), ("11:00", 4)]
