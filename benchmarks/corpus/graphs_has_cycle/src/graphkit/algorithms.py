"""Traversals and orderings on a Graph."""

from __future__ import annotations

from collections import deque

from .graph import Graph, Node


class CycleError(ValueError):
    """The graph has a cycle, so it has no topological order."""


def bfs_order(graph: Graph, start: Node) -> list[Node]:
    """Nodes in breadth-first order from start."""
    seen = {start}
    order = []
    queue = deque([start])
    while queue:
        node = queue.popleft()
        order.append(node)
        for neighbour in graph.neighbours(node):
            if neighbour not in seen:
                seen.add(neighbour)
                queue.append(neighbour)
    return order


def dfs_order(graph: Graph, start: Node) -> list[Node]:
    """Nodes in depth-first (preorder) order from start."""
    order: list[Node] = []
    seen: set[Node] = set()

    def visit(node: Node) -> None:
        seen.add(node)
        order.append(node)
        for neighbour in graph.neighbours(node):
            if neighbour not in seen:
                visit(neighbour)

    visit(start)
    return order


def shortest_path(graph: Graph, start: Node, goal: Node) -> list[Node] | None:
    """Fewest-edges path from start to goal, both included; None when unreachable."""
    parents: dict[Node, Node | None] = {start: None}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        if node == goal:
            path = []
            while node is not None:
                path.append(node)
                node = parents[node]
            return path[::-1]
        for neighbour in graph.neighbours(node):
            if neighbour not in parents:
                parents[neighbour] = node
                queue.append(neighbour)
    return None


def distances(graph: Graph, start: Node) -> dict[Node, int]:
    """Edges from start to every reachable node."""
    found = {start: 0}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for neighbour in graph.neighbours(node):
            if neighbour not in found:
                found[neighbour] = found[node] + 1
                queue.append(neighbour)
    return found


def connected_components(graph: Graph) -> list[list[Node]]:
    """Components of an undirected graph, each in BFS order, in order of first node."""
    seen: set[Node] = set()
    components = []
    for node in graph.nodes():
        if node not in seen:
            component = bfs_order(graph, node)
            seen.update(component)
            components.append(component)
    return components


def topological_order(graph: Graph) -> list[Node]:
    """Kahn's algorithm; among ready nodes the one added to the graph first goes first."""
    indegree = {node: 0 for node in graph.nodes()}
    for _, b in graph.edges():
        indegree[b] += 1
    ready = deque(node for node in graph.nodes() if indegree[node] == 0)
    order = []
    while ready:
        node = ready.popleft()
        order.append(node)
        for neighbour in graph.neighbours(node):
            indegree[neighbour] -= 1
            if indegree[neighbour] == 0:
                ready.append(neighbour)
    if len(order) != len(graph):
        raise CycleError("the graph has a cycle")
    return order


def has_cycle(graph: Graph) -> bool:
    """Whether a directed graph has a cycle (depth-first, with the current path on a stack)."""
    done: set[Node] = set()
    on_path: set[Node] = set()

    def visit(node: Node) -> bool:
        on_path.add(node)
        for neighbour in graph.neighbours(node):
            if neighbour in on_path:
                return True
            if neighbour not in done and visit(node):
                return True
        on_path.discard(node)
        done.add(node)
        return False

    return any(visit(node) for node in graph.nodes() if node not in done)


def is_bipartite(graph: Graph) -> bool:
    """Whether the nodes of an undirected graph can be split in two sides with no edge inside a side."""
    side: dict[Node, int] = {}
    for start in graph.nodes():
        if start in side:
            continue
        side[start] = 0
        queue = deque([start])
        while queue:
            node = queue.popleft()
            for neighbour in graph.neighbours(node):
                if neighbour not in side:
                    side[neighbour] = 1 - side[node]
                    queue.append(neighbour)
                elif side[neighbour] == side[node]:
                    return False
    return True


def degree_counts(graph: Graph) -> dict[int, int]:
    """How many nodes have each out-degree."""
    counts: dict[int, int] = {}
    for node in graph.nodes():
        degree = len(graph.neighbours(node))
        counts[degree] = counts.get(degree, 0) + 1
    return counts
