from mod import shout


def test_shout():
    assert shout("Hey") == "HEY!"
