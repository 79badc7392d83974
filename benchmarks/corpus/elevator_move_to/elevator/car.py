"""One elevator car serving floor requests."""

from __future__ import annotations


class Car:
    def __init__(self, floors: int, floor: int = 0) -> None:
        self.floors = floors
        self.floor = floor
        self.requests: set[int] = set()
        self.visited: list[int] = []

    def call(self, floor: int) -> None:
        if not 0 <= floor < self.floors:
            raise ValueError(f"no floor {floor}")
        if floor != self.floor:
            self.requests.add(floor)

    def nearest(self) -> int | None:
        """The requested floor closest to the car; the lower one on a tie."""
        if not self.requests:
            return None
        return min(self.requests, key=lambda f: (abs(f - self.floor), f))

    def move_to(self, target: int) -> int:
        """Travel floor by floor to target, stopping at requested floors on the way; returns floors travelled."""
        step = 1 if target > self.floor else 1
        travelled = 0
        while self.floor != target:
            self.floor += step
            travelled += 1
            if self.floor in self.requests:
                self.requests.discard(self.floor)
                self.visited.append(self.floor)
        return travelled

    def run(self) -> int:
        """Serve every request, nearest first; returns the floors travelled."""
        total = 0
        while self.requests:
            total += self.move_to(self.nearest())
        return total
