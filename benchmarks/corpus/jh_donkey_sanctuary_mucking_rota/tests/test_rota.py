from datetime import date

from muckrota.rota import Rota
from muckrota.volunteers import read_volunteers

# The first week of June 2024 starts on Monday the 3rd.


def test_a_week_from_tuesday(volunteers):
    rota = Rota(volunteers)
    assert rota.fill(date(2024, 6, 4), date(2024, 6, 9)) == []
    assert rota.days == {
        date(2024, 6, 4): ["Alex Moore", "Pat Hughes"],
        date(2024, 6, 5): ["Jo Pryce", "Alex Moore"],
        date(2024, 6, 6): ["Pat Hughes", "Alex Moore"],
        date(2024, 6, 7): ["Sam Okafor", "Alex Moore"],
        date(2024, 6, 8): ["Pat Hughes", "Alex Moore"],
        date(2024, 6, 9): ["Jo Pryce", "Alex Moore"],
    }


def test_nobody_on_a_monday(volunteers):
    rota = Rota(volunteers)
    rota.fill(date(2024, 6, 2), date(2024, 6, 11))
    assert date(2024, 6, 3) not in rota.days
    assert date(2024, 6, 10) not in rota.days
    assert len(rota.days) == 8


def test_days_the_manager_closes(volunteers):
    rota = Rota(volunteers, closed={date(2024, 6, 6)})
    rota.fill(date(2024, 6, 4), date(2024, 6, 7))
    assert sorted(rota.days) == [date(2024, 6, 4), date(2024, 6, 5), date(2024, 6, 7)]


def test_short_days():
    rota = Rota(read_volunteers("Jo Pryce: Wed, Sun\nSam Okafor: Tue, Fri"))
    assert rota.fill(date(2024, 6, 5), date(2024, 6, 7)) == [date(2024, 6, 5), date(2024, 6, 6), date(2024, 6, 7)]
    assert rota.days[date(2024, 6, 6)] == []


def test_shifts_for_a_volunteer(volunteers):
    rota = Rota(volunteers)
    rota.fill(date(2024, 6, 4), date(2024, 6, 9))
    assert rota.shifts_for("Jo Pryce") == [date(2024, 6, 5), date(2024, 6, 9)]
    assert rota.shifts["Alex Moore"] == 6
