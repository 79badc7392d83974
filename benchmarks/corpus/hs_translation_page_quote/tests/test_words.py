from translation.words import count_words


def test_count_words(letter):
    assert count_words("Kind regards,\nR. Lindqvist") == 4
    assert count_words(letter) == 34


def test_dash_is_not_a_word():
    assert count_words("one - two — three") == 3
