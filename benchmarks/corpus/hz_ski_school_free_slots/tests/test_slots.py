from skischool import Instructor, hhmm, minutes


def test_first_hour_free_is_after_lunch(marta):
    slots = [hhmm(start) for start in marta.free_slots(60)]
    assert slots[:3] == ["13:30", "14:00", "14:30"]


def test_half_hours_fill_the_gaps(marta):
    slots = [hhmm(start) for start in marta.free_slots(30)]
    assert slots[:4] == ["10:00", "12:00", "13:30", "14:00"]


def test_whole_day_for_a_two_hour_lesson():
    slots = [hhmm(start) for start in Instructor("Jon").free_slots(120)]
    assert slots == ["09:00", "09:30", "10:00", "13:00", "13:30", "14:00", "14:30"]


def test_afternoon_hour(marta):
    slots = [hhmm(start) for start in marta.free_slots(60)]
    assert slots[-1] == "15:30"


def test_fully_booked_afternoon():
    jon = Instructor("Jon")
    jon.book("Kim", minutes("13:00"), 210)
    assert [hhmm(start) for start in jon.free_slots(60, step=60)] == ["09:00", "10:00", "11:00"]
