from datetime import date

from jobs import Job
from planner import next_working_day, plan_days

MONDAY = date(2024, 11, 4)


def street(count, name="Mill Lane"):
    return [Job(f"{n} {name}") for n in range(1, count + 1)]


def test_next_working_day():
    assert next_working_day(MONDAY) == MONDAY
    assert next_working_day(date(2024, 11, 9)) == date(2024, 11, 11)


def test_one_day():
    assert plan_days(street(3), MONDAY) == [(MONDAY, ["1 Mill Lane", "2 Mill Lane", "3 Mill Lane"])]


def test_nothing_to_plan():
    assert plan_days([], MONDAY) == []


def test_spills_over_to_friday_then_monday():
    plan = plan_days(street(7), date(2024, 11, 8))
    assert plan == [
        (date(2024, 11, 8), [f"{n} Mill Lane" for n in range(1, 7)]),
        (date(2024, 11, 11), ["7 Mill Lane"]),
    ]


def test_a_week_of_jobs():
    plan = plan_days(street(14) + street(4, "Church Row"), MONDAY)
    assert [len(addresses) for _, addresses in plan] == [6, 6, 6]
    assert [day for day, _ in plan] == [MONDAY, date(2024, 11, 5), date(2024, 11, 6)]


def test_big_house_gets_its_own_day():
    jobs = [Job("1 Mill Lane"), Job("Hartwell Hall", flues=9), Job("2 Mill Lane")]
    plan = plan_days(jobs, MONDAY)
    assert plan == [
        (MONDAY, ["1 Mill Lane"]),
        (date(2024, 11, 5), ["Hartwell Hall"]),
        (date(2024, 11, 6), ["2 Mill Lane"]),
    ]


def test_shorter_day():
    plan = plan_days(street(4), MONDAY, day_minutes=180)
    assert [addresses for _, addresses in plan] == [["1 Mill Lane", "2 Mill Lane"], ["3 Mill Lane", "4 Mill Lane"]]
