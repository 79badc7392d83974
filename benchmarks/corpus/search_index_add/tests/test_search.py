from search.index import Index
from search.text import stem, terms


def test_stem():
    assert [stem(w) for w in ["indexes", "running", "cats", "is", "bus"]] == ["index", "run", "cat", "is", "bus"]


def test_terms_drop_stop_words():
    assert terms("The cat and the hat") == ["cat", "hat"]


def test_search_single_term():
    index = Index()
    index.add("d1", "Cats chase mice")
    index.add("d2", "Dogs chase cats and cats run")
    assert index.search("cat") == ["d2", "d1"]


def test_positions():
    index = Index()
    index.add("d1", "red fish blue fish")
    assert index.positions("fish", "d1") == [1, 3]


def test_search_needs_every_term():
    index = Index()
    index.add("a", "running in the rain")
    index.add("b", "rain and snow")
    assert index.search("rain running") == ["a"]
    assert index.search("the") == []
