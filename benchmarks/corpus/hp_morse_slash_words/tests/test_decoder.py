import pytest

from morse.alphabet import encode
from morse.decoder import decode, split_signal


def test_letters():
    assert decode("... --- ...") == "SOS"


def test_words_by_long_gaps():
    assert split_signal(".... ..   -... ---  -...") == [["....", ".."], ["-...", "---", "-..."]]


def test_words_by_slash():
    assert decode(".... .. / -... --- -...") == "HI BOB"


def test_round_trip():
    assert decode(encode("meet at 9")) == "MEET AT 9"


def test_unknown_code():
    assert decode("........ .") == "?E"


def test_rejects_other_characters():
    with pytest.raises(ValueError):
        decode("... _ ...")
