from datetime import date

from baitrounds.log import Station, Visit
from baitrounds.rounds import Round

BAKERY_BOX = Station("R01", "Crust & Crumb bakery", "rodent")
BAKERY_MONITOR = Station("I01", "Crust & Crumb bakery", "insect")
FEED_STORE_BOX = Station("R20", "Hollins feed store", "rodent")


def test_never_checked_is_due():
    assert Round([BAKERY_BOX], []).due(date(2024, 3, 1)) == [("R01", 0)]


def test_checked_recently_is_not_due():
    visits = [Visit("R01", date(2024, 3, 1), True, False)]
    assert Round([BAKERY_BOX], visits).due(date(2024, 3, 28)) == []
    assert Round([BAKERY_BOX], visits).due(date(2024, 3, 31)) == [("R01", 2)]


def test_activity_brings_the_next_check_forward():
    visits = [Visit("R01", date(2024, 3, 1), True, False), Visit("R01", date(2024, 3, 29), True, True)]
    assert Round([BAKERY_BOX], visits).due(date(2024, 4, 5)) == [("R01", 0)]


def test_insect_monitors_go_six_weeks():
    visits = [Visit("I01", date(2024, 3, 1), True, False)]
    assert Round([BAKERY_MONITOR], visits).due(date(2024, 4, 11)) == []
    assert Round([BAKERY_MONITOR], visits).due(date(2024, 4, 12)) == [("I01", 0)]


def test_no_access_is_not_a_check():
    visits = [Visit("R20", date(2024, 2, 1), True, False), Visit("R20", date(2024, 2, 27), False, False)]
    assert Round([FEED_STORE_BOX], visits).due(date(2024, 3, 4)) == [("R20", 4)]


def test_sites_to_visit():
    visits = [
        Visit("R01", date(2024, 3, 1), True, False),
        Visit("I01", date(2024, 3, 1), True, False),
        Visit("R20", date(2024, 2, 1), True, False),
    ]
    stations = [FEED_STORE_BOX, BAKERY_BOX, BAKERY_MONITOR]
    assert Round(stations, visits).sites_to_visit(date(2024, 3, 10)) == ["Hollins feed store"]
