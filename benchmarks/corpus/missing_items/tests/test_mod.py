from mod import missing_items


def test_some_missing():
    assert missing_items(["tea", "milk", "bread"], {"milk"}) == ["tea", "bread"]


def test_nothing_missing():
    assert missing_items(["milk"], {"milk", "eggs"}) == []
