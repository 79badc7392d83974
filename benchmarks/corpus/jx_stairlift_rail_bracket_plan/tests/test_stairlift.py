import pytest

from stairlift import bracket_positions, cut_list, quote, rail_length


def test_rail_length_includes_both_overruns():
    # 13 treads of 220 going and 190 rise: about 290.7 mm of pitch each.
    assert rail_length(13, 220, 190) == 3779 + 600


def test_no_steps():
    with pytest.raises(ValueError):
        rail_length(0, 220, 190)


def test_cut_list():
    assert cut_list(4379) == [2400, 1979]
    assert cut_list(4800) == [2400, 2400]


def test_brackets_at_both_ends_and_evenly_between():
    assert bracket_positions(2000) == [0, 1000, 2000]
    assert bracket_positions(2500) == [0, 833, 1667, 2500]


def test_quote():
    # 14 treads of 240 going and 180 rise: 300 mm of pitch each, 4.8 m of rail.
    lines = quote(14, 240, 180)
    assert lines["rail"] == 408.0
    assert lines["brackets"] == 6 * 14.50
    assert lines["total"] == 1650 + 408 + 87 + 280
