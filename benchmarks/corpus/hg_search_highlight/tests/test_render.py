from highlight.render import highlight, snippet


def test_highlight_words():
    assert highlight("Slow roasted tomato soup", "tomato soup") == "Slow roasted <b>tomato</b> <b>soup</b>"


def test_highlight_nothing():
    assert highlight("Leek and potato", "tomato") == "Leek and potato"


def test_snippet_without_match():
    assert snippet("a" * 50, "b", width=10) == "aaaaaaaaaa…"
