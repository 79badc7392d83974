import pytest

from orienteering.cards import Punch, clock, parse_card


def test_clock():
    assert clock("12:05") == 725
    assert clock("1:02:03") == 3723


def test_parse_card():
    card = parse_card("""
        Ann Booth
        S 10:00
        31 14:20
        45 19:02
        F 25:40
    """)
    assert card.runner == "Ann Booth"
    assert card.start == 600 and card.finish == 1540
    assert card.punches == [Punch(31, 860), Punch(45, 1142)]


def test_card_without_finish():
    card = parse_card("Ann Booth\nS 10:00\n31 14:20\n")
    assert card.finish is None


def test_card_without_start():
    with pytest.raises(ValueError):
        parse_card("Ann Booth\n31 14:20\nF 25:40\n")
