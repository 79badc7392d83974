from mod import rectangle_area


def test_area():
    assert rectangle_area(3, 4) == 12


def test_square():
    assert rectangle_area(5, 5) == 25
