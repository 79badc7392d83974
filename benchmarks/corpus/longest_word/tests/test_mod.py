from mod import longest_word


def test_longest():
    assert longest_word(["a", "abc", "ab"]) == "abc"


def test_empty():
    assert longest_word([]) == ""
