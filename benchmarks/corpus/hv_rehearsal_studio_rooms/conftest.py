import pytest

from studio.diary import RoomDiary


@pytest.fixture
def diary():
    rooms = RoomDiary(rooms=5)
    rooms.book(1, 19, "The Lanterns")
    rooms.book(2, 19, "Okra")
    rooms.book(5, 14, "St Mary's choir")
    return rooms
