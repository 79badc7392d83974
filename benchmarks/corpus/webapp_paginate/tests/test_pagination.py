from webapp.pagination import page_count, page_links, paginate
from webapp.views import results_page

ITEMS = [f"r{i}" for i in range(45)]


def test_page_count():
    assert page_count(45, 10) == 5
    assert page_count(0, 10) == 1


def test_first_and_middle_pages():
    assert paginate(ITEMS, 1, 10).items == ITEMS[:10]
    assert paginate(ITEMS, 3, 10).items == ITEMS[20:30]


def test_last_page_is_short():
    page = paginate(ITEMS, 9, 10)
    assert page.number == 5 and page.items == ITEMS[40:]
    assert not page.has_next


def test_links_centre_on_current_page():
    assert page_links(10, 20) == [8, 9, 10, 11, 12]


def test_links_near_the_edges():
    assert page_links(1, 20) == [1, 2, 3, 4, 5]
    assert page_links(20, 20) == [16, 17, 18, 19, 20]
    assert page_links(2, 3) == [1, 2, 3]


def test_results_page():
    view = results_page(ITEMS, 2)
    assert view["items"] == ITEMS[10:20]
    assert view["links"] == [1, 2, 3, 4, 5]
    assert view["next"] == 3
