from mod import safe_ratio


def test_zero_denominator():
    assert safe_ratio(3, 0) == 0.0


def test_ratio():
    assert safe_ratio(3, 4) == 0.75
