import pytest

from listing.pager import Paginator


@pytest.fixture
def articles():
    return [f"article {n}" for n in range(1, 24)]


@pytest.fixture
def pager(articles):
    return Paginator(articles, per_page=5)
