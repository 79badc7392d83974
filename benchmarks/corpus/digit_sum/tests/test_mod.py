from mod import digit_sum


def test_digits():
    assert digit_sum(1234) == 10


def test_zero():
    assert digit_sum(0) == 0
