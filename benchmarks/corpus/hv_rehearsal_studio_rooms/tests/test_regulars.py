from studio.diary import RoomDiary
from studio.regulars import Slot, book_regulars, missed_hours


def test_tuesday_regulars():
    diary = RoomDiary(rooms=2)
    slots = [Slot("The Lanterns", 19, 2), Slot("Okra", 19, 1), Slot("Fuzzbox", 20, 2)]
    given = book_regulars(diary, slots)
    assert given == {"The Lanterns": [1, 1], "Okra": [2], "Fuzzbox": [2, 1]}
    assert missed_hours(slots, given) == {}
    late = [Slot("Wasps", 20, 1)]
    assert missed_hours(late, book_regulars(diary, late)) == {"Wasps": 1}
