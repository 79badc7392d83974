import pytest

from engraving.layout import layout, oversized


def test_fits_on_one_line():
    assert layout("Club Champion 2024", "medium") == ["Club Champion 2024"]


def test_wraps_on_spaces():
    assert layout("Harrogate Ladies Bowls Club", "small") == ["Harrogate Ladies", "Bowls Club"]


def test_customer_lines_and_blank_lines_kept():
    text = "Best in Show\n\nPenrith Agricultural Society 2024\n"
    assert layout(text, "medium") == ["Best in Show", "", "Penrith Agricultural", "Society 2024"]


def test_unknown_plate():
    with pytest.raises(ValueError):
        layout("Runner Up", "huge")


def test_word_too_long_for_the_plate():
    lines = layout("Winner Llanfairpwllgwyngyll Show", "small")
    assert lines == ["Winner", "Llanfairpwllgwyngyll", "Show"]
    assert oversized(lines, "small") == [2]
