import pytest

from studio.diary import RoomUnavailable


def test_free_rooms(diary):
    assert diary.free_rooms(19) == [3, 4, 5]
    assert diary.free_rooms(12) == [1, 2, 3, 4, 5]


def test_nothing_free_when_closed(diary):
    assert diary.free_rooms(9) == []
    assert diary.free_rooms(24) == []


def test_double_booking(diary):
    with pytest.raises(RoomUnavailable):
        diary.book(2, 19, "Fuzzbox")


def test_room_out_of_use(diary):
    diary.take_out_of_use(3)
    assert diary.free_rooms(19) == [4, 5]
    assert diary.book_any(19, "Fuzzbox") == 4


def test_cancel_frees_the_room(diary):
    diary.cancel(5, 14)
    assert 5 in diary.free_rooms(14)
