from mod import join_words


def test_spaces():
    assert join_words(["red", "green"]) == "red green"
