"""Job cards: what came in, the parts fitted and the time on the bench."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Part:
    name: str
    cost_pence: int  # what the shop paid
    quantity: int = 1


@dataclass
class Job:
    ticket: int
    customer: str
    bench_minutes: int = 0
    parts: list[Part] = field(default_factory=list)
    under_warranty: bool = False


@dataclass(frozen=True)
class Rates:
    hourly_pence: int = 4800
    minimum_minutes: int = 15  # any job is charged at least this long
    block_minutes: int = 15  # bench time is charged in whole blocks
    parts_markup: float = 0.25
