import pytest

from calc import add, divide, shout, subtract


def test_add():
    assert add(2, 3) == 5


def test_subtract():
    expected = 2
    assert subtract(5, 3) == expected


def test_divide_by_zero():
    assert divide(1, 0) == 0


def test_shout():
    assert shout("hi") == "HI!"


@pytest.fixture
def broken():
    raise RuntimeError("fixture exploded")


def test_uses_broken_fixture(broken):
    assert broken


def test_skipped():
    pytest.skip("not today")
