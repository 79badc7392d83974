import pytest

from rle import decode, encode


def test_encode():
    assert encode("aaabccdddd") == "3ab2c4d"
    assert encode("") == ""


def test_decode_counted_runs():
    assert decode("3a2c4d") == "aaaccdddd"


def test_decode_single_characters():
    assert decode("3ab2c") == "aaabcc"


def test_long_runs_round_trip():
    text = "x" * 12 + "y"
    assert decode(encode(text)) == text


def test_dangling_count():
    with pytest.raises(ValueError):
        decode("ab3")
