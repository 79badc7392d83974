from datetime import date

from availability import boat_sheet, trips_with_room


def test_room_soonest_first(trips):
    assert trips_with_room(trips, 2) == [
        (date(2024, 7, 6), "Kittiwake", 7),
        (date(2024, 7, 6), "Sea Spray", 3),
    ]


def test_only_one_kind(trips):
    assert trips_with_room(trips, 1, kind="wreck") == [(date(2024, 7, 6), "Sea Spray", 3)]
    assert trips_with_room(trips, 1, kind="reef") == []


def test_party_too_big(trips):
    assert trips_with_room(trips, 8) == []


def test_cancelled_booking_frees_its_rods(trips):
    reef = trips[0]
    reef.cancel("Lou")
    assert trips_with_room(trips, 4, from_day=date(2024, 7, 7)) == [(date(2024, 7, 7), "Sea Spray", 4)]


def test_boat_sheet(trips):
    trips[1].cancel("Gary")
    assert boat_sheet(trips, date(2024, 7, 6)) == {"Sea Spray": ["Dev x2"], "Kittiwake": ["Hollands x5"]}
    assert boat_sheet(trips, date(2024, 7, 5)) == {}
