"""Loading the oast kilns at picking time.

A kiln floor takes up to KILN_CAPACITY_KG of green hops, and a load is one variety
only: the brewers buy by variety, and Fuggles dried in with Goldings sell as neither.
Pokes go on the kiln in the order they were weighed in, and a poke is never split.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pokes import Poke

KILN_CAPACITY_KG = 900
# Hours on the kiln by variety; the aroma hops get a gentler, longer dry.
DRYING_HOURS = {"Fuggle": 9, "Goldings": 10, "Bramling Cross": 9}
DEFAULT_DRYING_HOURS = 8


@dataclass
class Load:
    variety: str
    pokes: list[Poke] = field(default_factory=list)

    @property
    def kg(self) -> float:
        return sum(poke.kg for poke in self.pokes)


def plan_loads(pokes: list[Poke]) -> list[Load]:
    """The kiln loads for a day's picking, in the order they go on."""
    loads: list[Load] = []
    current = None
    for poke in pokes:
        if poke.kg > KILN_CAPACITY_KG:
            raise ValueError(f"a {poke.kg} kg poke from {poke.garden} is more than a kiln takes")
        if current is None or poke.variety != current.variety or current.kg + poke.kg > KILN_CAPACITY_KG:
            current = Load(poke.variety)
            loads.append(current)
        current.pokes.append(poke)
    return loads


def drying_schedule(loads: list[Load], kilns: int, start_hour: int = 6) -> list[tuple[int, str, int, int]]:
    """(kiln, variety, on at, off at) for each load, in hours from midnight: each load
    goes on the first kiln to come free, the lowest numbered if two are free together."""
    free_at = [start_hour] * kilns
    schedule = []
    for load in loads:
        kiln = min(range(kilns), key=lambda k: (free_at[k], k))
        hours = DRYING_HOURS.get(load.variety, DEFAULT_DRYING_HOURS)
        schedule.append((kiln + 1, load.variety, free_at[kiln], free_at[kiln] + hours))
        free_at[kiln] += hours
    return schedule
