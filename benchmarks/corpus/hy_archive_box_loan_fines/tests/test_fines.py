from datetime import date

from reading_room.fines import fee_letters, late_fees
from reading_room.loans import Loan, on_loan


def test_due_date():
    assert Loan("X", "R1", date(2024, 3, 1)).due == date(2024, 3, 15)


def test_boxes_on_loan(spring_loans):
    assert on_loan(spring_loans) == ["EST/22", "QS/1/205"]


def test_only_the_old_box_is_late(spring_loans):
    assert late_fees(spring_loans, date(2024, 3, 16)) == {"R415": 1000}


def test_fees_three_weeks_on(spring_loans):
    assert late_fees(spring_loans, date(2024, 3, 25)) == {"R118": 500, "R415": 1000}


def test_returned_late_box_stops_costing(spring_loans):
    loans = spring_loans + [Loan("PR/7/13", "R302", date(2024, 3, 1), date(2024, 3, 20))]
    assert late_fees(loans, date(2024, 4, 30))["R302"] == 250


def test_fees_add_up_per_reader():
    loans = [Loan("A/1", "R9", date(2024, 1, 1)), Loan("A/2", "R9", date(2024, 1, 8))]
    assert late_fees(loans, date(2024, 1, 30)) == {"R9": 750 + 400}


def test_letters():
    assert fee_letters({"R9": 1150, "R1": 50}) == ["Reader R1: please pay £0.50", "Reader R9: please pay £11.50"]
