from mod import is_leap


def test_ordinary_leap_year():
    assert is_leap(2024)


def test_century():
    assert not is_leap(1900)
    assert is_leap(2000)


def test_common_year():
    assert not is_leap(2023)
