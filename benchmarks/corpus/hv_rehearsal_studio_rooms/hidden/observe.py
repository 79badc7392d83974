"""free_rooms and book_any with rooms out of use, back in use and booked; random
weeks of regular slots."""

import random

from observing import attempt
from studio.diary import RoomDiary
from studio.regulars import Slot, book_regulars, missed_hours


def observe():
    rng = random.Random(2718)
    results = []
    for out in ([], [1], [3], [5], [1, 2, 3], [1, 2, 3, 4, 5], [6]):
        for back in (None, 3):
            diary = RoomDiary(rooms=5)
            diary.book(2, 19, "a")
            diary.book(4, 19, "b")
            for room in out:
                diary.take_out_of_use(room)
            if back is not None:
                diary.back_in_use(back)
            for hour in (9, 10, 14, 19, 23, 24):
                results.append(attempt(diary.free_rooms, hour))
            results.append(attempt(diary.book_any, 19, "c"))
            results.append(attempt(diary.book_any, 19, "d"))
            results.append(attempt(diary.book_any, 20, "e"))
            results.append(sorted(diary.bookings.items()))
    for _ in range(100):
        rooms = rng.randint(1, 6)
        diary = RoomDiary(rooms=rooms, opens=rng.choice([9, 10, 12]), closes=rng.choice([22, 24]))
        for room in rng.sample(range(1, rooms + 1), rng.randint(0, rooms)):
            diary.take_out_of_use(room)
        slots = [Slot(rng.choice(["lanterns", "okra", "fuzzbox", "wasps", "choir"]), rng.randint(9, 23), rng.randint(1, 3))
                 for _ in range(rng.randint(1, 6))]
        given = attempt(book_regulars, diary, slots)
        results.append(given)
        if isinstance(given, dict):
            results.append(attempt(missed_hours, slots, given))
        hour = rng.randint(9, 24)
        results.append((attempt(diary.free_rooms, hour), sorted(diary.bookings.items())))
    return results
