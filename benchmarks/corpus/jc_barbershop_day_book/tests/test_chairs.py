from datetime import time

from barbershop.book import Appointment
from barbershop.chairs import barber_day, clashes, takings

DAY = [
    Appointment(time(9, 30), "Tom", "Haircut"),
    Appointment(time(9, 0), "Tom", "Skin fade"),
    Appointment(time(9, 0), "Ali", "Beard trim"),
    Appointment(time(10, 15), "Ali", "Kids cut"),
]


def test_barber_day_in_time_order():
    assert barber_day(DAY, "Tom") == [("09:00", "09:40", "Skin fade"), ("09:30", "10:00", "Haircut")]


def test_clashes():
    assert clashes(DAY) == [("Tom", "09:30")]


def test_back_to_back_is_not_a_clash():
    day = [Appointment(time(9, 0), "Ali", "Haircut"), Appointment(time(9, 30), "Ali", "Beard trim")]
    assert clashes(day) == []


def test_takings():
    assert takings(DAY) == {"Tom": 40.0, "Ali": 22.0}
