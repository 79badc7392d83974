import pytest

from weighin import category, moved_up, parse_weigh_in, pools

SHEET = """
Tom Reid, Men, 72.4
Ana Silva, women, 57.0
Kenji Ito, men, 66.0
Beth Moss, Women, 81.36
Sam Cole, men, 59.9
"""


def test_category():
    assert category("men", 70.2) == "-73"
    assert category("women", 49.5) == "-52"
    assert category("men", 55.0) == "-60"


def test_making_the_weight_on_the_limit():
    assert category("men", 66.0) == "-66"
    assert category("women", 78.0) == "-78"


def test_open_weight():
    assert category("men", 100.4) == "+100"
    assert category("women", 95.0) == "+78"


def test_unknown_division():
    with pytest.raises(ValueError):
        category("juniors", 40.0)


def test_parse_weigh_in():
    rows = parse_weigh_in(SHEET)
    assert rows[0] == ("Tom Reid", "men", 72.4)
    assert rows[3] == ("Beth Moss", "women", 81.4)


def test_moved_up():
    entries = {"Tom Reid": "-66", "Sam Cole": "-66", "Beth Moss": "+78", "Ana Silva": "-57"}
    assert moved_up(entries, parse_weigh_in(SHEET)) == [("Tom Reid", "-66", "-73")]


def test_pools_lightest_first():
    rows = [("A", "men", 72.0), ("B", "men", 67.5), ("C", "women", 50.1), ("D", "men", 70.0)]
    assert pools(rows) == {("men", "-73"): ["B", "D", "A"], ("women", "-52"): ["C"]}
