from datetime import datetime, time

from milkround.schedule import back_at_dairy, late_streets, plan_round
from milkround.stops import read_round_sheet

ROUND = read_round_sheet("""
Mill Lane, 12, 30
Church Street, 5, 40
Orchard Close, 3, 20
Station Road, 6, 48
High Street, 4, 24
Park View, 7, 16
Farm Lane, 10, 6
""")
START = datetime(2024, 3, 12, 4, 30)


def hhmm(moment):
    return moment.strftime("%H:%M")


def test_early_streets():
    plan = plan_round(ROUND, START)
    assert [(v.street, hhmm(v.arrive), hhmm(v.leave)) for v in plan[:4]] == [
        ("Mill Lane", "04:42", "05:07"),
        ("Church Street", "05:12", "05:44"),
        ("Orchard Close", "05:47", "06:04"),
        ("Station Road", "06:10", "06:48"),
    ]


def test_break_after_the_first_street_finished_after_seven():
    plan = plan_round(ROUND, START)
    assert hhmm(plan[4].leave) == "07:12"
    assert hhmm(plan[5].arrive) == "07:39"


def test_only_one_break():
    plan = plan_round(ROUND, START)
    assert hhmm(plan[6].arrive) == "08:03"
    assert hhmm(plan[6].leave) == "08:10"


def test_back_at_dairy():
    assert back_at_dairy(ROUND[:3], START, 15) == datetime(2024, 3, 12, 6, 19)
    assert back_at_dairy([], START, 15) == START


def test_late_streets():
    plan = plan_round(ROUND[:5], START)
    promised = {"Mill Lane": time(5, 0), "Station Road": time(6, 0), "High Street": time(7, 0)}
    assert late_streets(plan, promised) == ["Station Road"]
