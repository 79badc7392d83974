import pytest

from fieldbox.pegboard import PegBoard, PegTaken


def test_take_and_give_back():
    board = PegBoard()
    board.take("Dave", 60, "10:15")
    assert board.out() == {60: "Dave"}
    board.give_back("Dave", "10:32")
    assert board.out() == {}
    assert board.minutes_on("Dave") == 17


def test_channel_already_out():
    board = PegBoard()
    board.take("Dave", 60, "10:15")
    with pytest.raises(PegTaken, match="Dave"):
        board.take("Sue", 60, "10:20")


def test_channel_free_again_after_landing():
    board = PegBoard()
    board.take("Dave", 60, "10:15")
    board.give_back("Dave", "10:32")
    board.take("Sue", 60, "10:40")
    assert board.out() == {60: "Sue"}


def test_one_model_at_a_time():
    board = PegBoard()
    board.take("Dave", 60, "10:15")
    with pytest.raises(PegTaken):
        board.take("Dave", 72, "10:16")


def test_not_an_aircraft_channel():
    with pytest.raises(ValueError):
        PegBoard().take("Dave", 30, "10:15")


def test_day_sheet():
    board = PegBoard()
    board.take("Dave", 60, "10:15")
    board.take("Sue", 72, "10:20")
    board.give_back("Dave", "10:32")
    assert board.day_sheet() == ["10:15-10:32 ch60 Dave", "10:20---:-- ch72 Sue"]


def test_give_back_without_a_peg():
    with pytest.raises(ValueError):
        PegBoard().give_back("Dave", "11:00")
