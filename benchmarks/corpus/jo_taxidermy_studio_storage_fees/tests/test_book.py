from datetime import date

import pytest

from studio.book import Studio


def test_deposit_of_half_the_price_up_front():
    studio = Studio()
    with pytest.raises(ValueError, match="225"):
        studio.book("Mrs Ashby", "barn owl", 450, 200, date(2024, 1, 8))
    assert studio.book("Mrs Ashby", "barn owl", 450, 225, date(2024, 1, 8)) == "T001"


def test_on_the_bench_oldest_first(studio):
    assert studio.on_the_bench() == ["T004", "T003"]


def test_four_free_weeks(studio):
    assert studio.storage_fees(date(2024, 3, 29)) == {}


def test_part_week_is_charged_as_a_week(studio):
    assert studio.storage_fees(date(2024, 3, 30)) == {"T001": 5}
    assert studio.storage_fees(date(2024, 4, 5)) == {"T001": 5}
    assert studio.storage_fees(date(2024, 4, 6)) == {"T001": 10}


def test_collecting_pays_balance_and_storage(studio):
    assert studio.collect("T001", date(2024, 4, 13)) == 225 + 15
    assert studio.collect("T002", date(2024, 4, 20)) == 150


def test_collected_pieces_owe_no_more_storage(studio):
    studio.collect("T001", date(2024, 3, 15))
    assert studio.storage_fees(date(2024, 6, 1)) == {"T002": 20}


def test_cannot_collect_twice_or_early(studio):
    studio.collect("T002", date(2024, 4, 20))
    with pytest.raises(ValueError, match="collected"):
        studio.collect("T002", date(2024, 4, 21))
    with pytest.raises(ValueError, match="not finished"):
        studio.collect("T003", date(2024, 4, 21))
