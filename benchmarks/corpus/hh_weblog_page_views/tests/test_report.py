from weblog.report import page_views, top_pages, unique_visitors


def test_parsed(hits):
    assert len(hits) == 6
    assert hits[1].path == "/pricing"


def test_page_views(hits):
    assert page_views(hits) == {"/pricing": 3, "/": 1}


def test_unique_visitors(hits):
    assert unique_visitors(hits) == {"/pricing": 2, "/": 1}


def test_top_pages(hits):
    assert top_pages(hits, 1) == [("/pricing", 3)]
