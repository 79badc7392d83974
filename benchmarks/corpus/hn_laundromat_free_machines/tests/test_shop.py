import pytest

from laundry.shop import NoMachineFree


def test_all_free_when_opening(shop):
    assert shop.free_machines("washer", 0) == [1, 2, 3]
    assert shop.free_machines("dryer", 0) == [4, 5]


def test_start_takes_lowest_free_machine(shop):
    assert shop.start("washer", 10) == 1
    assert shop.start("washer", 12) == 2
    assert shop.free_machines("washer", 20) == [3]
    assert shop.free_machines("washer", 45) == [1, 3]
    assert shop.takings == pytest.approx(9.0)


def test_broken_machine_is_not_offered(shop):
    shop.report_broken(2)
    assert shop.free_machines("washer", 0) == [1, 3]
    shop.start("washer", 0)
    assert shop.start("washer", 5) == 3


def test_no_machine_free(shop):
    shop.start("dryer", 0)
    shop.start("dryer", 0)
    with pytest.raises(NoMachineFree):
        shop.start("dryer", 30)
    assert shop.wait_time("dryer", 30) == 15


def test_wait_time_when_all_broken(shop):
    shop.report_broken(4)
    shop.report_broken(5)
    assert shop.wait_time("dryer", 0) is None
