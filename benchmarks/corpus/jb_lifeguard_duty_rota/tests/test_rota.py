from datetime import date, timedelta

from lifeguard.rota import duty_stretches, longest_stretch, too_long


def july(*days):
    return [date(2024, 7, d) for d in days]


def test_stretches():
    assert duty_stretches(july(1, 2, 3, 5, 6, 9)) == [
        (date(2024, 7, 1), date(2024, 7, 3)),
        (date(2024, 7, 5), date(2024, 7, 6)),
        (date(2024, 7, 9), date(2024, 7, 9)),
    ]


def test_no_duties():
    assert duty_stretches([]) == []


def test_eight_days_in_a_row_is_too_long():
    duties = {"Amy": july(*range(1, 9), 12, 13), "Ben": july(1, 2, 3, 4, 5, 6, 10)}
    assert too_long(duties) == {"Amy": [(date(2024, 7, 1), date(2024, 7, 8))]}


def test_within_the_limit():
    duties = {"Cara": july(1, 2, 3, 4, 5, 8, 9, 10, 11)}
    assert too_long(duties) == {}


def test_longest_stretch_over_a_month_end():
    days = [date(2024, 6, 28) + timedelta(days=k) for k in range(5)]
    duties = {"Dev": days + july(10)}
    assert longest_stretch(duties, "Dev") == 5
    assert longest_stretch(duties, "Eve") == 0
