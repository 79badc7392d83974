"""What is packed so far for a trip, and whether we can leave."""

from __future__ import annotations

from .items import Item


class Checklist:
    def __init__(self, items: list[Item]) -> None:
        self.items = {item.name: item for item in items}
        self.packed: set[str] = set()

    def pack(self, name: str) -> None:
        name = name.lower()
        if name not in self.items:
            raise KeyError(name)
        self.packed.add(name)

    def unpack(self, name: str) -> None:
        self.packed.discard(name.lower())

    def missing(self, category: str | None = None) -> list[str]:
        return sorted(
            item.name
            for item in self.items.values()
            if item.name not in self.packed and (category is None or item.category == category)
        )

    def ready(self, category: str | None = None) -> bool:
        """True when every required item (of the category, if one is given) is packed.
        Optional items never hold the trip up."""
        required = [
            item.name
            for item in self.items.values()
            if item.required and (category is None or item.category == category)
        ]
        return any(name in self.packed for name in required)

    def progress(self) -> tuple[int, int]:
        return len(self.packed), len(self.items)
