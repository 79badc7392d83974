from datetime import date

from farrier.horses import Horse
from farrier.visits import Diary


def test_due_this_week(diary, monday):
    assert diary.due_visits(monday) == [
        ("Hill Farm", "Bramble", date(2024, 6, 3)),
        ("Hill Farm", "Pepper", date(2024, 6, 3)),
        ("Willow Stables", "Biscuit", date(2024, 6, 3)),
        ("Willow Stables", "Monty", date(2024, 6, 10)),
        ("Willow Stables", "Old Tom", date(2024, 6, 10)),
    ]


def test_nothing_due_just_after_a_visit():
    diary = Diary([Horse("Dancer", "Hill Farm", last_visit=date(2024, 5, 20))])
    assert diary.due_visits(date(2024, 6, 3)) == []
    assert diary.due_visits(date(2024, 6, 3), horizon_days=28) == [("Hill Farm", "Dancer", date(2024, 7, 1))]


def test_barefoot_horses_go_longer():
    diary = Diary([Horse("Pepper", "Hill Farm", shod=False, last_visit=date(2024, 5, 6))])
    assert diary.due_visits(date(2024, 6, 17)) == []
    assert diary.due_visits(date(2024, 6, 24)) == [("Hill Farm", "Pepper", date(2024, 7, 1))]


def test_retired_horse_still_needs_trimming():
    old_tom = Horse("Old Tom", "Willow Stables", shod=False, last_visit=date(2024, 3, 1), retired=True)
    assert Diary([old_tom]).due_visits(date(2024, 6, 3)) == [("Willow Stables", "Old Tom", date(2024, 6, 3))]


def test_yard_bill(diary):
    assert diary.yard_bill("Hill Farm", ["Bramble", "Pepper"]) == 20 + 95 + 35
    assert diary.yard_bill("Willow Stables", ["Old Tom"]) == 55
    assert diary.yard_bill("Willow Stables", ["Bramble"]) == 0
