from __future__ import annotations

from datetime import date

from .batches import Batch

REST_DAYS = 2  # beans degas for two days before they go out
STALE_AFTER_DAYS = 21


class Roastery:
    def __init__(self, batches: list[Batch] | None = None):
        self.batches: list[Batch] = list(batches or [])

    def add(self, batch: Batch) -> None:
        self.batches.append(batch)

    def ready_to_ship(self, today: date) -> list[Batch]:
        """Unshipped batches that have rested at least REST_DAYS days, oldest roast
        first. Stale batches ship too: they get a sticker (see `stale`), not a hold."""
        ready = []
        for batch in self.batches:
            if not batch.shipped and batch.age(today) >= REST_DAYS and batch.age(today) <= STALE_AFTER_DAYS:
                ready.append(batch)
        return sorted(ready, key=lambda batch: (batch.roasted, batch.code))

    def stale(self, today: date) -> list[str]:
        """Codes of the unshipped batches older than STALE_AFTER_DAYS days."""
        return [batch.code for batch in self.batches if not batch.shipped and batch.age(today) > STALE_AFTER_DAYS]

    def ship(self, today: date) -> int:
        """Marks every ready batch shipped; returns the number of bags sent."""
        bags = 0
        for batch in self.ready_to_ship(today):
            batch.shipped = True
            bags += batch.bags
        return bags
