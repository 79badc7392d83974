import pytest

from listing.links import caption, page_links
from listing.pager import Paginator


def test_first_page(pager):
    assert pager.page_count == 5
    assert pager.page(1) == ["article 1", "article 2", "article 3", "article 4", "article 5"]


def test_last_page(pager):
    assert pager.page(5) == ["article 21", "article 22", "article 23"]


def test_no_page_zero(pager):
    with pytest.raises(ValueError):
        pager.page(0)


def test_page_links(pager):
    assert page_links(Paginator(range(200), per_page=10), current=6) == [1, None, 4, 5, 6, 7, 8, None, 20]


def test_caption(pager):
    assert caption(pager, 2) == "6–10 of 23"
