from numerals import to_int


def test_additive():
    assert to_int("VIII") == 8
    assert to_int("MDCLXVI") == 1666


def test_subtractive():
    assert to_int("IV") == 4
    assert to_int("XIV") == 14
    assert to_int("MCMXCIV") == 1994
