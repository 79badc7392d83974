from mod import Rect


def test_perimeter():
    assert Rect(2, 3).perimeter() == 10
