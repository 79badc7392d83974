import pytest

from jumping.faults import Round, parse_round, time_faults, total_faults


def test_time_faults_for_every_part_second_over():
    assert time_faults(72.0, 72) == 0
    assert time_faults(72.01, 72) == 1
    assert time_faults(73.2, 72) == 2


def test_parse_scorers_line():
    assert parse_round("Amy Hale / Blue Moon: 1K 1R 74.31s") == Round("Amy Hale", "Blue Moon", 1, 1, 74.31)
    assert parse_round("Eve Marsh / Solo: E").eliminated


def test_line_without_a_time():
    with pytest.raises(ValueError, match="no time"):
        parse_round("Ben Ortiz / Tango: 1K")


def test_total_faults():
    assert total_faults(Round("Ben Ortiz", "Tango", 1, 1, 74.31), 72) == 11
    assert total_faults(Round("Ben Ortiz", "Tango", 0, 2, 80.0), 72) is None
