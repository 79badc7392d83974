import pytest

from clubrating.club import Club


def test_join_twice(club):
    with pytest.raises(ValueError):
        club.join("Mira")


def test_draw_between_equals(club):
    assert club.record("Mira", "Tomasz", "1/2-1/2") == (0.0, 0.0)
    assert club.players["Mira"].games == 1


def test_win_between_equals(club):
    assert club.record("Mira", "Tomasz", "1-0") == (20.0, -20.0)
    assert club.standings()[0] == ("Jun", 1900)
    assert club.standings()[1] == ("Mira", 1520)


def test_upset(club):
    gain, loss = club.record("Mira", "Jun", "1-0")
    assert gain == pytest.approx(36.4)
    assert loss == pytest.approx(-36.4)


def test_unknown_result(club):
    with pytest.raises(KeyError):
        club.record("Mira", "Jun", "2-0")
