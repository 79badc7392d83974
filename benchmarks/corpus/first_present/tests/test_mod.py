from mod import first_present


def test_skips_none():
    assert first_present([None, 3, 4], 0) == 3


def test_default():
    assert first_present([None], "x") == "x"
