import pytest

from sections import Section, read_survey


def test_read_survey():
    text = """
    # top lock down to the aqueduct
    Lock 14 to Bridge 52, 640
    Bridge 52 to Bridge 53, 380   # narrow, mind the bikes
    """
    assert read_survey(text) == [Section("Lock 14", "Bridge 52", 640), Section("Bridge 52", "Bridge 53", 380)]


def test_bad_line():
    with pytest.raises(ValueError, match="line 2"):
        read_survey("Lock 14 to Bridge 52, 640\nBridge 52, 380")
