from mod import count_digits


def test_three_digits():
    assert count_digits(123) == 3


def test_one_digit():
    assert count_digits(7) == 1
