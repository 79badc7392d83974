import pytest

from shoes.sizes import UnknownSize, convert, size_rank


def test_convert_both_ways():
    assert convert("42", "eu", "us") == "8.5"
    assert convert(" 10.5", "us", "eu") == "44.5"


def test_unknown_size():
    with pytest.raises(UnknownSize):
        size_rank("42", "us")
