import pytest

from isbnkit.isbn import is_valid_isbn10, is_valid_isbn13, to_isbn13


def test_isbn13():
    assert is_valid_isbn13("978-0-306-40615-7")
    assert not is_valid_isbn13("978-0-306-40615-8")
    assert not is_valid_isbn13("123-0-306-40615-7")


def test_isbn10():
    assert is_valid_isbn10("0-306-40615-2")
    assert is_valid_isbn10("080442957x")


def test_isbn10_wrong_check_digit_or_shape():
    assert not is_valid_isbn10("0-306-40615-3")
    assert not is_valid_isbn10("030640615")
    assert not is_valid_isbn10("X306406152")


def test_to_isbn13():
    assert to_isbn13("0 306 40615 2") == "9780306406157"
    with pytest.raises(ValueError):
        to_isbn13("12345")
