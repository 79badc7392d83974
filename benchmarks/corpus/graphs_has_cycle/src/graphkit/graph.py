"""A small directed or undirected graph stored as adjacency lists."""

from __future__ import annotations

from typing import Hashable, Iterable, Iterator

Node = Hashable


class Graph:
    def __init__(self, edges: Iterable[tuple[Node, Node]] = (), directed: bool = False) -> None:
        self.directed = directed
        self._adjacent: dict[Node, list[Node]] = {}
        for a, b in edges:
            self.add_edge(a, b)

    def add_node(self, node: Node) -> None:
        self._adjacent.setdefault(node, [])

    def add_edge(self, a: Node, b: Node) -> None:
        self.add_node(a)
        self.add_node(b)
        if b not in self._adjacent[a]:
            self._adjacent[a].append(b)
        if not self.directed and a not in self._adjacent[b]:
            self._adjacent[b].append(a)

    def neighbours(self, node: Node) -> list[Node]:
        return list(self._adjacent.get(node, []))

    def nodes(self) -> list[Node]:
        return list(self._adjacent)

    def edges(self) -> Iterator[tuple[Node, Node]]:
        for a, targets in self._adjacent.items():
            for b in targets:
                yield a, b

    def __contains__(self, node: Node) -> bool:
        return node in self._adjacent

    def __len__(self) -> int:
        return len(self._adjacent)
