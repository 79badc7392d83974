from datetime import date

import pytest


def test_nothing_due_the_day_after_setting(spring_round):
    assert spring_round.due(date(2024, 3, 5)) == []


def test_due_after_two_days(spring_round):
    assert spring_round.due(date(2024, 3, 6)) == [("Mill House", 1), ("Old Rectory", 1), ("Old Rectory", 2)]


def test_a_check_puts_the_trap_back_two_days(spring_round):
    spring_round.check("Mill House", 1, date(2024, 3, 6), caught=True)
    assert ("Mill House", 1) not in spring_round.due(date(2024, 3, 7))
    assert ("Mill House", 1) in spring_round.due(date(2024, 3, 8))


def test_lifted_traps_are_not_due(spring_round):
    spring_round.check("Old Rectory", 2, date(2024, 3, 5), caught=True)
    spring_round.lift("Old Rectory", 2, date(2024, 3, 5))
    assert spring_round.due(date(2024, 3, 8)) == [("Glebe Farm", 1), ("Mill House", 1), ("Old Rectory", 1)]


def test_cannot_set_a_trap_twice(spring_round):
    with pytest.raises(ValueError):
        spring_round.set_trap("Mill House", 1, date(2024, 3, 6))
    spring_round.lift("Mill House", 1, date(2024, 3, 6))
    spring_round.set_trap("Mill House", 1, date(2024, 3, 9))
    assert spring_round.due(date(2024, 3, 10)) == [("Glebe Farm", 1), ("Old Rectory", 1), ("Old Rectory", 2)]
