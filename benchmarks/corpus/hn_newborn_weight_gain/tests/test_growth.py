from weighins.checkups import Checkup, parse_visits
from weighins.growth import daily_gains, gaining_well, needs_review, percent_lost

VISITS = """\
# baby Ada, born 3420 g
0 3420
3 3190
5 3260
10 3480
14 3630
"""


def test_percent_lost():
    assert percent_lost(3420, 3190) == 6.7


def test_needs_review():
    assert not needs_review(parse_visits(VISITS))
    assert needs_review([Checkup(0, 3000), Checkup(4, 2650)])


def test_daily_gains():
    assert daily_gains(parse_visits(VISITS)) == [-76.7, 35.0, 44.0, 37.5]


def test_one_visit_has_no_gains():
    assert daily_gains([Checkup(0, 3100)]) == []


def test_gaining_well():
    checkups = parse_visits(VISITS)
    assert not gaining_well(checkups[:2])
    assert gaining_well(checkups)
    assert not gaining_well(checkups + [Checkup(21, 3700)])
