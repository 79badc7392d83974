import pytest

from clinic.diary import RoomDiary


@pytest.fixture
def diary():
    room = RoomDiary("Room 2", opens="09:00", closes="13:00")
    room.book("Moss", "09:30", 30)
    room.book("Patel", "11:00", 45)
    return room
