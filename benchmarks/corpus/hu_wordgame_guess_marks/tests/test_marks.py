import pytest

from wordgame.marks import is_solved, marks


def test_right_word():
    assert marks("Crane", "crane") == "GGGGG"
    assert is_solved("GGGGG")


def test_letters_elsewhere():
    assert marks("crane", "lemon") == "...YY"
    assert marks("melon", "lemon") == "YGYGG"


def test_letter_guessed_twice_but_in_the_word_once():
    assert marks("speed", "abide") == "..Y.Y"


def test_wrong_length():
    with pytest.raises(ValueError):
        marks("lemons", "lemon")
