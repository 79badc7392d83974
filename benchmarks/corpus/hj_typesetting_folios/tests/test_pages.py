import pytest

from folios.pages import folio, page_of, page_range


def test_folios():
    assert [folio(page, front=3) for page in range(5)] == ["i", "ii", "iii", "1", "2"]


def test_page_of():
    assert page_of("12", front=16) == 27
    assert page_of("vii", front=16) == 6


def test_front_matter_too_short():
    with pytest.raises(ValueError):
        page_of("xx", front=16)


def test_page_range():
    assert page_range("xii-xvi", front=16) == [11, 12, 13, 14, 15]
    assert page_range("2-4", front=16) == [17, 18, 19]
