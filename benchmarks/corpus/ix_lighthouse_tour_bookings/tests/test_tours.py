from datetime import date, datetime

from lighthouse.tours import Booking, Tour, day_of_tours


def test_day_of_tours():
    tours = day_of_tours(date(2024, 6, 12), ["10:30", "12:00", "14:00"], cottage_only=("12:00",))
    assert [t.code for t in tours] == ["0612-1030", "0612-1200", "0612-1400"]
    assert [t.climbs_tower for t in tours] == [True, False, True]
    assert tours[0].starts == datetime(2024, 6, 12, 10, 30)
    assert tours[0].capacity == 12


def test_places_left_ignores_cancelled_bookings():
    tour = Tour("0612-1030", datetime(2024, 6, 12, 10, 30), capacity=10)
    tour.bookings += [Booking("Hughes", 4, 30), Booking("Evans", 3, 9, cancelled=True)]
    assert tour.places_taken() == 4
    assert tour.places_left() == 6
