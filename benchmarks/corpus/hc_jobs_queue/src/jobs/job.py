from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Job:
    name: str
    priority: int = 0  # used when the job is queued without a priority of its own
    cost: int = 1
