from mod import safe_upper


def test_upper():
    assert safe_upper("abc") == "ABC"


def test_none():
    assert safe_upper(None) is None
