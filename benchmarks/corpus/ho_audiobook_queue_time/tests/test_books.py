import pytest

from audiobooks.books import parse_duration


@pytest.mark.parametrize("text, seconds", [("3723", 3723), ("62:03", 3723), ("1:02:03", 3723), (" 45 ", 45)])
def test_parse_duration(text, seconds):
    assert parse_duration(text) == seconds


def test_parse_duration_rejects_nonsense():
    with pytest.raises(ValueError):
        parse_duration("1:2:3:4")
