from datetime import date, timedelta
from decimal import Decimal

import pytest

from toollib.members import Member, Tool


def test_borrow_a_ladder(member, ladder, today):
    loan = member.borrow(ladder, today)
    assert loan is not None
    assert loan.due == date(2024, 5, 21)
    assert member.on_loan() == [loan]


def test_expired_membership(ladder, today):
    lapsed = Member("Idris", expires=date(2024, 3, 31))
    assert not lapsed.can_borrow(ladder, today)


def test_power_tools_need_the_induction(member, drill, today):
    assert not member.can_borrow(drill, today)
    member.inducted = True
    assert member.can_borrow(drill, today)


def test_at_most_three_tools_out(member, today):
    for k in range(3):
        assert member.borrow(Tool(f"H-{k}", "Hand saw"), today)
    assert not member.can_borrow(Tool("H-9", "Hand saw"), today)


def test_returning_a_tool_frees_a_place(member, today):
    for k in range(3):
        member.borrow(Tool(f"H-{k}", "Hand saw"), today)
    member.give_back("H-1", today + timedelta(days=3))
    assert member.can_borrow(Tool("H-9", "Hand saw"), today + timedelta(days=3))


def test_no_second_borrowing_while_a_ladder_is_late(member, ladder, spade, today):
    member.borrow(ladder, today)
    assert not member.can_borrow(spade, today + timedelta(days=12))


def test_nothing_more_the_day_after_the_ladder_was_due(member, ladder, spade, today):
    member.borrow(ladder, today)
    assert member.can_borrow(spade, today + timedelta(days=7))
    assert not member.can_borrow(spade, today + timedelta(days=8))


def test_late_return_is_fined(member, ladder, today):
    member.borrow(ladder, today)
    assert member.give_back("L-01", today + timedelta(days=12)) == Decimal("1.50")
    assert member.fines == Decimal("1.50")


def test_giving_back_a_tool_never_borrowed(member, today):
    with pytest.raises(KeyError):
        member.give_back("X-99", today)


def test_reminders_once_fines_start(member, ladder, spade, today):
    member.borrow(ladder, today)
    member.borrow(spade, today + timedelta(days=2))
    on = today + timedelta(days=10)
    assert member.overdue(on) == {"L-01": 3, "G-11": 1}
    assert member.reminders(on) == ["L-01"]
