import pytest

from results import Game, parse_results


def test_parse_results(first_week):
    assert first_week == [
        Game("Margaret", "Hugh", 17),
        Game("Alison", "Derek", 4, on_time=True),
        Game("Hugh", "Derek", 9),
    ]


def test_malformed_line():
    with pytest.raises(ValueError):
        parse_results("Margaret beat Hugh by 17")


def test_margin_out_of_range():
    with pytest.raises(ValueError):
        parse_results("Margaret bt Hugh +27")
