from datetime import date

import pytest

from hedging.contracts import Contract, in_nesting_season, read_contracts


def test_nesting_season():
    assert in_nesting_season(date(2025, 3, 1))
    assert in_nesting_season(date(2025, 8, 31))
    assert not in_nesting_season(date(2025, 9, 1))
    assert not in_nesting_season(date(2025, 2, 28))


def test_winter_cuts():
    farm = Contract("Bryher Farm", 2400, date(2024, 9, 2), 6)
    assert farm.cut_dates(date(2025, 2, 28)) == [
        date(2024, 9, 2),
        date(2024, 10, 14),
        date(2024, 11, 25),
        date(2025, 1, 6),
        date(2025, 2, 17),
    ]


def test_cut_waits_for_the_nesting_season_to_end():
    lane = Contract("Holly Lane", 350, date(2025, 1, 20), 8)
    assert lane.cut_dates(date(2025, 10, 31)) == [date(2025, 1, 20), date(2025, 9, 1), date(2025, 10, 27)]


def test_read_contracts():
    text = """
    Bryher Farm; 2400; 2024-09-02; 6
    Holly Lane; 350; 2025-01-20; 8
    """
    assert read_contracts(text)[1] == Contract("Holly Lane", 350, date(2025, 1, 20), 8)


def test_interval_must_be_a_week_or_more():
    with pytest.raises(ValueError, match="Glebe"):
        read_contracts("Glebe House; 90; 2024-09-10; 0")
