from datetime import date

import pytest


def test_hire_and_return(fleet):
    fleet.hire_out("YK21 ABC")
    assert fleet.record_return("YK21 ABC", 41_650) == 450
    assert not fleet.cars["YK21 ABC"].on_hire


def test_cannot_hire_a_car_twice(fleet):
    fleet.hire_out("YK22 DEF")
    with pytest.raises(ValueError):
        fleet.hire_out("YK22 DEF")


def test_odometer_cannot_go_back(fleet):
    fleet.hire_out("YK21 ABC")
    with pytest.raises(ValueError):
        fleet.record_return("YK21 ABC", 40_000)


def test_due_by_miles(fleet):
    assert "YK22 DEF" in fleet.due_for_service(date(2024, 1, 10))
    assert "YK21 ABC" not in fleet.due_for_service(date(2024, 1, 10))


def test_due_a_year_after_the_last_service(fleet):
    assert "YK21 ABC" in fleet.due_for_service(date(2024, 9, 12))


def test_service_resets_the_count(fleet):
    fleet.record_service("YK22 DEF", date(2024, 1, 10))
    assert "YK22 DEF" not in fleet.due_for_service(date(2024, 1, 11))


def test_new_cars(fleet):
    assert fleet.due_for_service(date(2024, 1, 10)) == ["YK22 DEF", "YK23 JKL"]
    assert fleet.due_for_service(date(2024, 9, 1)) == ["YK22 DEF", "YK23 GHI", "YK23 JKL"]
