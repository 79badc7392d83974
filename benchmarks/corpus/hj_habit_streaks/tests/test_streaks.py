import datetime

from habits.checkins import parse_checkins
from habits.streaks import current_streak, longest_streak, summary

LOG = """\
2024-04-01 run
2024-04-02 run
2024-04-03 run
2024-04-02 read
2024-04-05 run
2024-04-06 run
2024-04-06 read
2024-04-06 run
2024-04-07 read
"""


def day(n):
    return datetime.date(2024, 4, n)


def test_no_checkins():
    assert longest_streak([]) == 0


def test_single_day():
    assert longest_streak([day(9)]) == 1


def test_longest_streak():
    assert longest_streak([day(1), day(2), day(3), day(5), day(6)]) == 3


def test_current_streak_counts_yesterday():
    assert current_streak([day(5), day(6)], today=day(7)) == 2
    assert current_streak([day(5), day(6)], today=day(8)) == 0


def test_summary():
    assert summary(parse_checkins(LOG), today=day(7)) == [("read", 2, 2), ("run", 2, 3)]
