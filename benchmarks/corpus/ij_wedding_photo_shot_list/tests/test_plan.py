from datetime import datetime

import pytest

from shoot.plan import ShootPlan
from shoot.shots import Shot, parse_shot_list

CHURCH_STEPS = datetime(2024, 6, 15, 14, 30)

SHOTS = parse_shot_list("""
# family first, while the grandparents are still here
Couple with both families | 10 | 24
Couple with bride's parents | 5 | 4
Couple with groom's parents | 5 | 4
Bridal party | 10 | 10
Couple alone | 20
""")


def test_timetable_starts_and_ends():
    slots = ShootPlan(CHURCH_STEPS, 2, SHOTS).timetable()
    assert [(slot.shot, slot.start.strftime("%H:%M"), slot.end.strftime("%H:%M")) for slot in slots] == [
        ("Couple with both families", "14:30", "14:40"),
        ("Couple with bride's parents", "14:50", "14:55"),
        ("Couple with groom's parents", "15:00", "15:05"),
        ("Bridal party", "15:10", "15:20"),
        ("Couple alone", "15:30", "15:50"),
    ]


def test_everything_fits_in_two_hours():
    plan = ShootPlan(CHURCH_STEPS, 2, SHOTS)
    assert not any(slot.over_time for slot in plan.timetable())
    assert plan.overrun_minutes() == 0


def test_one_hour_is_not_enough():
    plan = ShootPlan(CHURCH_STEPS, 1, SHOTS)
    assert plan.overrun_minutes() == 20
    assert plan.extra_hours_to_book() == 1


def test_shots_that_run_over_the_booked_hour():
    slots = ShootPlan(CHURCH_STEPS, 1, SHOTS).timetable()
    assert [slot.shot for slot in slots if slot.over_time] == ["Couple alone"]


def test_longer_changeovers():
    slots = ShootPlan(CHURCH_STEPS, 2, SHOTS[:2], changeover_minutes=15).timetable()
    assert slots[1].start == datetime(2024, 6, 15, 15, 10)


def test_a_shot_of_no_minutes():
    with pytest.raises(ValueError):
        ShootPlan(CHURCH_STEPS, 2, [Shot("Confetti", 0)]).timetable()


def test_no_shots():
    assert ShootPlan(CHURCH_STEPS, 2, []).timetable() == []
