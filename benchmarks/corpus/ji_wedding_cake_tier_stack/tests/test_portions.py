import pytest

from cakeshop.portions import portions


def test_chart():
    assert portions("round", 8) == 24
    assert portions("square", 12) == 72


def test_no_such_tin():
    with pytest.raises(ValueError):
        portions("square", 4)
