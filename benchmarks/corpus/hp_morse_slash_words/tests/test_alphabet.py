from morse.alphabet import CODES, LETTERS, encode


def test_every_code_is_unique():
    assert len(LETTERS) == len(CODES)


def test_encode():
    assert encode("sos") == "... --- ..."
    assert encode("Hi, Bob!") == ".... .. / -... --- -..."
