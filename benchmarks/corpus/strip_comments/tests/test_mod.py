from mod import strip_comments


def test_drops_comments():
    assert strip_comments(["# title", "x = 1", "# note", "y = 2"]) == ["x = 1", "y = 2"]
