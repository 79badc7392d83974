from datetime import datetime

import pytest

WEDNESDAY_AFTERNOON = datetime(2024, 3, 13, 14, 0)


def test_all_tables_free_at_opening(hall):
    assert hall.free_tables() == [1, 2, 3, 4, 5]
    assert hall.free_tables("pool") == [4, 5]


def test_tables_in_use_are_not_free(hall):
    hall.put_on(2, "Dave", WEDNESDAY_AFTERNOON)
    hall.put_on(4, "Kev", WEDNESDAY_AFTERNOON)
    assert hall.free_tables() == [1, 3, 5]
    assert hall.free_tables("snooker") == [1, 3]
    assert hall.who_is_on() == {2: "Dave", 4: "Kev"}


def test_table_being_recovered_is_not_given_out(hall):
    hall.set_out_of_service(3)
    assert hall.free_tables("snooker") == [1, 2]


def test_cannot_put_anyone_on_an_out_of_service_table(hall):
    hall.set_out_of_service(5)
    with pytest.raises(ValueError):
        hall.put_on(5, "Kev", WEDNESDAY_AFTERNOON)


def test_take_off_charges_the_player(hall):
    hall.put_on(1, "Dave", WEDNESDAY_AFTERNOON)
    hall.put_on(4, "Kev", WEDNESDAY_AFTERNOON, member=True)
    assert hall.take_off(1, datetime(2024, 3, 13, 15, 30)) == 900
    assert hall.take_off(4, datetime(2024, 3, 13, 15, 0)) == 300
    assert hall.takings == 1200
    assert hall.free_tables() == [1, 2, 3, 4, 5]
