"""Topological orders, paths and cycles of random small graphs, directed and not."""

import random

from observing import attempt
from graphkit import algorithms
from graphkit.graph import Graph


def random_graph(rng, directed):
    nodes = list(range(rng.randint(1, 7)))
    graph = Graph(directed=directed)
    for node in nodes:
        graph.add_node(node)
    for _ in range(rng.randint(0, 10)):
        a, b = rng.choice(nodes), rng.choice(nodes)
        if a != b:
            graph.add_edge(a, b)
    return graph


def observe():
    rng = random.Random(62)
    results = []
    for _ in range(40):
        graph = random_graph(rng, directed=rng.random() < 0.5)
        nodes = graph.nodes()
        results.append([attempt(algorithms.shortest_path, graph, a, b) for a in nodes[:3] for b in nodes])
        results.append(attempt(algorithms.topological_order, graph))
        results.append(attempt(algorithms.has_cycle, graph))
        results.append(attempt(algorithms.dfs_order, graph, nodes[0]))
    return results
