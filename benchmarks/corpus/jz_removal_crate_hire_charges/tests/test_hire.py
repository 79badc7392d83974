from datetime import date

import pytest


def test_out_counts_collections_up_to_the_day(office_move):
    office_move.collect(date(2024, 3, 11), 40)
    office_move.collect(date(2024, 3, 20), 15)
    assert office_move.out(date(2024, 3, 10)) == 60
    assert office_move.out(date(2024, 3, 11)) == 20
    assert office_move.out(date(2024, 4, 1)) == 5


def test_cannot_collect_more_than_are_out(flat_move):
    flat_move.collect(date(2024, 3, 15), 10)
    with pytest.raises(ValueError):
        flat_move.collect(date(2024, 3, 16), 3)


def test_all_crates_still_out(office_move):
    # three weeks in: one free week, then two charged
    assert office_move.charge(date(2024, 3, 25)) == 60 * 2 * 150


def test_small_hire_pays_the_minimum(flat_move):
    assert flat_move.charge(date(2024, 3, 25)) == 2000


def test_crates_stop_costing_when_they_come_back(office_move):
    office_move.collect(date(2024, 3, 11), 40)  # inside the free week
    office_move.collect(date(2024, 3, 20), 20)  # two weeks charged
    assert office_move.charge(date(2024, 4, 15)) == 20 * 2 * 150


def test_statement(office_move):
    office_move.collect(date(2024, 3, 11), 40)
    assert office_move.statement(date(2024, 3, 25)) == "Harbour Dental: 20 of 60 crates out, £60.00 to 25 Mar"
