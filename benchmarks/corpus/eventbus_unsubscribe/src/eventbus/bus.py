"""A small in-process event bus: handlers subscribe to topics and get every event published on them."""

from __future__ import annotations

from collections import defaultdict
from typing import Any, Callable

Handler = Callable[[str, Any], None]


class EventBus:
    def __init__(self) -> None:
        self._handlers: dict[str, list[Handler]] = defaultdict(list)
        self.delivered = 0

    def subscribe(self, topic: str, handler: Handler) -> Callable[[], None]:
        """Register a handler; returns a function that unsubscribes it (calling it twice is harmless)."""
        self._handlers[topic].append(handler)

        def unsubscribe() -> None:
            if handler in self._handlers[topic]:
                self._handlers[topic].remove(handler)

    def once(self, topic: str, handler: Handler) -> Callable[[], None]:
        """Like subscribe, but the handler is removed after its first event."""

        def wrapper(name: str, payload: Any) -> None:
            cancel()
            handler(name, payload)

        cancel = self.subscribe(topic, wrapper)
        return cancel

    def publish(self, topic: str, payload: Any = None) -> int:
        """Deliver to the topic's handlers and to those of "*"; returns how many got it."""
        handlers = list(self._handlers[topic]) + (list(self._handlers["*"]) if topic != "*" else [])
        for handler in handlers:
            handler(topic, payload)
        self.delivered += len(handlers)
        return len(handlers)
