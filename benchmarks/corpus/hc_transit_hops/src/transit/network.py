"""The network of stations, linked where a line runs between two consecutive stops."""

from __future__ import annotations

from collections import deque

from .lines import parse_lines


class Network:
    def __init__(self) -> None:
        self._links: dict[str, set[str]] = {}

    @classmethod
    def from_text(cls, text: str) -> "Network":
        network = cls()
        for stops in parse_lines(text).values():
            for stop in stops:
                network._links.setdefault(stop, set())
            for a, b in zip(stops, stops[1:]):
                network.link(a, b)
        return network

    def link(self, a: str, b: str) -> None:
        if a == b:
            return
        self._links.setdefault(a, set()).add(b)
        self._links.setdefault(b, set()).add(a)

    def neighbours(self, station: str) -> list[str]:
        return sorted(self._links[station])

    def within_hops(self, start: str, max_hops: int) -> dict[str, int]:
        """Every station at most max_hops rides from start, with the fewest rides to it."""
        if start not in self._links:
            raise KeyError(start)
        hops = {start: 0}
        frontier = deque([start])
        while frontier:
            station = frontier.pop()
            if hops[station] > max_hops:
                continue
            for neighbour in self.neighbours(station):
                if neighbour not in hops:
                    hops[neighbour] = hops[station] + 1
                    frontier.append(neighbour)
        return hops

    def stations_near(self, start: str, max_hops: int) -> list[str]:
        """The other stations within reach, nearest first, then by name."""
        hops = self.within_hops(start, max_hops)
        return sorted((s for s in hops if s != start), key=lambda s: (hops[s], s))
