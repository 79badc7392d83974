from brewlog.batch import summary, warm_spells
from brewlog.readings import parse_log

LOG = """
0 1.054 19.0
1 1.046 21.0
2 1.034 23.5
3 1.024 24.0
4 1.017 21.5
5 1.013 20.0
6 1.012 19.5
7 1.012 19.0
"""


def test_never_warm():
    assert warm_spells(parse_log(LOG), 25.0) == []


def test_one_spell():
    assert warm_spells(parse_log(LOG), 22.0) == [(2, 3)]


def test_still_warm_at_the_end():
    readings = parse_log("0 1.050 18.0\n1 1.040 23.0\n2 1.030 23.5")
    assert warm_spells(readings, 22.0) == [(1, 2)]


def test_two_spells():
    readings = parse_log("""
    0 1.050 19.0
    1 1.042 22.5
    2 1.035 21.0
    3 1.028 20.5
    4 1.020 23.0
    5 1.016 22.8
    6 1.014 20.0
    """)
    assert warm_spells(readings, 22.0) == [(1, 1), (4, 5)]


def test_summary():
    assert summary(parse_log(LOG)) == {"days": 7, "abv": 5.5, "warm_spells": [(2, 3)]}
