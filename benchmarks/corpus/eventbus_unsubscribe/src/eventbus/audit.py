"""Keeps a log of what happened to orders, fed by the event bus."""

from __future__ import annotations

from typing import Any

from .bus import EventBus


class AuditLog:
    def __init__(self, bus: EventBus, topics: list[str]) -> None:
        self.entries: list[tuple[str, Any]] = []
        self._stops = [bus.subscribe(topic, self.record) for topic in topics]

    def record(self, topic: str, payload: Any) -> None:
        self.entries.append((topic, payload))

    def close(self) -> None:
        for stop in self._stops:
            stop()
        self._stops = []
