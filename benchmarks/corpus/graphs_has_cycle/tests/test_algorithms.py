import pytest

from graphkit.algorithms import (
    CycleError,
    bfs_order,
    connected_components,
    dfs_order,
    distances,
    has_cycle,
    is_bipartite,
    shortest_path,
    topological_order,
)
from graphkit.graph import Graph


@pytest.fixture
def city():
    return Graph([("a", "b"), ("a", "c"), ("b", "d"), ("c", "d"), ("d", "e")])


def test_bfs_and_dfs(city):
    assert bfs_order(city, "a") == ["a", "b", "c", "d", "e"]
    assert dfs_order(city, "a") == ["a", "b", "d", "c", "e"]


def test_shortest_path(city):
    assert shortest_path(city, "a", "e") == ["a", "b", "d", "e"]
    assert shortest_path(city, "c", "c") == ["c"]


def test_no_path():
    graph = Graph([("a", "b"), ("c", "d")])
    assert shortest_path(graph, "a", "d") is None


def test_distances(city):
    assert distances(city, "a") == {"a": 0, "b": 1, "c": 1, "d": 2, "e": 3}


def test_components():
    graph = Graph([(1, 2), (3, 4), (4, 5)])
    graph.add_node(6)
    assert connected_components(graph) == [[1, 2], [3, 4, 5], [6]]


def test_topological_order():
    build = Graph([("fetch", "compile"), ("compile", "link"), ("configure", "compile"), ("link", "package")], directed=True)
    assert topological_order(build) == ["fetch", "configure", "compile", "link", "package"]


def test_topological_order_rejects_cycles():
    with pytest.raises(CycleError):
        topological_order(Graph([(1, 2), (2, 3), (3, 1)], directed=True))


def test_has_cycle():
    assert has_cycle(Graph([(1, 2), (2, 3), (3, 1)], directed=True))
    assert not has_cycle(Graph([(1, 2), (1, 3), (2, 3)], directed=True))


def test_bipartite(city):
    assert is_bipartite(Graph([(1, 2), (2, 3), (3, 4), (4, 1)]))
    assert not is_bipartite(Graph([(1, 2), (2, 3), (3, 1)]))
