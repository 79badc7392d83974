import pytest

from threads.split import split_words


def test_short_text_is_one_post():
    assert split_words("hello there", 20) == ["hello there"]


def test_empty_text():
    assert split_words("   ", 10) == []


def test_breaks_between_words():
    assert split_words("the quick brown fox jumps", 10) == ["the quick", "brown fox", "jumps"]


def test_long_word_is_cut():
    assert split_words("see https://example.org/abc", 10) == ["see", "https://ex", "ample.org/", "abc"]


def test_bad_limit():
    with pytest.raises(ValueError):
        split_words("anything", 0)
