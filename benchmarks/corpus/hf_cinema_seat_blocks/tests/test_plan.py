import pytest

from cinema.plan import draw_plan, parse_plan, seat_labels


def test_parse_and_draw():
    rows = parse_plan("A: .X.\nB: XX.")
    assert rows == {"A": [False, True, False], "B": [True, True, False]}
    assert draw_plan(rows) == "A: .X.\nB: XX."


def test_bad_row():
    with pytest.raises(ValueError):
        parse_plan("A: ..o.")


def test_seat_labels():
    assert seat_labels("C", 4, 3) == ["C4", "C5", "C6"]
