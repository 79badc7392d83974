import pytest

from timetable import ClassFull, book


def test_booking_takes_a_class_off_the_pass(vinyasa, ten_pass):
    assert book(vinyasa, ten_pass) == 9
    assert vinyasa.attendees == ["Priya"]
    assert vinyasa.spaces == 1


def test_booking_twice_is_harmless(vinyasa, ten_pass):
    book(vinyasa, ten_pass)
    assert book(vinyasa, ten_pass) == 9


def test_full_class(vinyasa, ten_pass, five_pass):
    vinyasa.attendees.append("Walk-in")
    book(vinyasa, five_pass)
    with pytest.raises(ClassFull):
        book(vinyasa, ten_pass)
    assert ten_pass.remaining == 10
