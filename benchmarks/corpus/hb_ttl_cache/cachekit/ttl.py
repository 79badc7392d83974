"""A size-bounded cache whose entries expire a fixed time after they are set."""

from __future__ import annotations

import time
from collections import OrderedDict
from typing import Any, Callable, Hashable

_MISSING = object()


class TTLCache:
    def __init__(self, ttl: float, maxsize: int = 128, clock: Callable[[], float] = time.monotonic):
        if ttl <= 0 or maxsize < 1:
            raise ValueError("ttl and maxsize must be positive")
        self.ttl = ttl
        self.maxsize = maxsize
        self._clock = clock
        self._entries: OrderedDict[Hashable, tuple[float, Any]] = OrderedDict()

    def set(self, key: Hashable, value: Any, ttl: float | None = None) -> None:
        expires = self._clock() + (self.ttl if ttl is None else ttl)
        self._entries[key] = (expires, value)
        self._entries.move_to_end(key)
        while len(self._entries) > self.maxsize:
            self._entries.popitem(last=False)

    def get(self, key: Hashable, default: Any = None) -> Any:
        """The value stored under `key`, or `default` if there is none or it has
        expired (an entry expires at the moment its ttl runs out)."""
        entry = self._entries.get(key)
        if entry is not None:
            self._entries.move_to_end(key)
            return entry[1]
        self._entries.pop(key, None)
        return default

    def __contains__(self, key: Hashable) -> bool:
        return self.get(key, _MISSING) is not _MISSING

    def purge(self) -> int:
        """Drop the expired entries; returns how many there were."""
        now = self._clock()
        expired = [key for key, (expires, _) in self._entries.items() if expires <= now]
        for key in expired:
            del self._entries[key]
        return len(expired)

    def __len__(self) -> int:
        self.purge()
        return len(self._entries)

    def get_or_set(self, key: Hashable, factory: Callable[[], Any]) -> Any:
        value = self.get(key, _MISSING)
        if value is _MISSING:
            value = factory()
            self.set(key, value)
        return value
