"""A priority queue of jobs: higher priorities first, equal ones first in first out.
Jobs can be cancelled or given a new priority while they wait."""

from __future__ import annotations

import heapq
import itertools

from .job import Job


class JobQueue:
    def __init__(self) -> None:
        self._heap: list[tuple[int, int, str]] = []
        self._waiting: dict[str, tuple[Job, int]] = {}  # name -> (job, sequence number of its live entry)
        self._counter = itertools.count()

    def __len__(self) -> int:
        return len(self._waiting)

    def __contains__(self, name: str) -> bool:
        return name in self._waiting

    def push(self, job: Job, priority: int | None = None) -> None:
        if job.name in self._waiting:
            raise ValueError(f"{job.name} is already queued")
        if priority is None:
            priority = job.priority
        sequence = next(self._counter)
        heapq.heappush(self._heap, (-job.priority, sequence, job.name))
        self._waiting[job.name] = (job, sequence)

    def cancel(self, name: str) -> Job:
        job, _ = self._waiting.pop(name)
        return job

    def reprioritize(self, name: str, priority: int) -> None:
        """Give a waiting job a new priority; it goes behind jobs already at that priority."""
        job = self.cancel(name)
        self.push(job, priority)

    def pop(self) -> Job:
        while self._heap:
            _, sequence, name = heapq.heappop(self._heap)
            waiting = self._waiting.get(name)
            if waiting is not None and waiting[1] == sequence:
                del self._waiting[name]
                return waiting[0]
        raise IndexError("pop from an empty job queue")

    def peek(self) -> Job:
        while self._heap:
            _, sequence, name = self._heap[0]
            waiting = self._waiting.get(name)
            if waiting is not None and waiting[1] == sequence:
                return waiting[0]
            heapq.heappop(self._heap)
        raise IndexError("peek at an empty job queue")

    def drain(self, budget: int) -> list[str]:
        """Pop jobs in order while the next one's cost fits in what is left of the budget."""
        taken = []
        while self._waiting and self.peek().cost <= budget:
            job = self.pop()
            budget -= job.cost
            taken.append(job.name)
        return taken
