import datetime

from creel.log import Creel

JUNE_1 = datetime.date(2024, 6, 1)
JUNE_2 = datetime.date(2024, 6, 2)


def test_undersized_and_closed(rules):
    creel = Creel(rules)
    assert not creel.may_keep("trout", 22, JUNE_1)
    assert not creel.may_keep("pike", 75, datetime.date(2024, 4, 20))
    assert not creel.may_keep("eel", 50, JUNE_1)
    assert creel.may_keep("Trout", 31, JUNE_1)


def test_daily_bag(rules):
    creel = Creel(rules)
    assert creel.land("pike", 72, JUNE_1)
    assert not creel.land("pike", 90, JUNE_1)
    assert creel.land("pike", 65, JUNE_2)
    assert creel.bag(JUNE_1) == {"pike": 1}


def test_released_fish_do_not_count(rules):
    creel = Creel(rules)
    creel.land("trout", 19, JUNE_1)
    creel.land("trout", 23, JUNE_1)
    for length in (26, 31, 28, 40):
        assert creel.land("trout", length, JUNE_1)
    assert creel.bag(JUNE_1) == {"trout": 4}


def test_put_back_by_choice(rules):
    creel = Creel(rules)
    creel.put_back("pike", 88, JUNE_1)
    assert creel.bag(JUNE_1) == {}
