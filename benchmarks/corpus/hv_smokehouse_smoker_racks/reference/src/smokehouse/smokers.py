"""Loading the smokers. Each smoker runs at one temperature for the day; a batch
may go in a smoker set within TEMP_TOLERANCE degrees of what it asks for."""

from __future__ import annotations

from dataclasses import dataclass

from smokehouse.batches import Batch

TEMP_TOLERANCE = 10


@dataclass(frozen=True)
class Smoker:
    name: str
    racks: int
    temp_c: int


def load_smoker(smoker: Smoker, batches: list[Batch]) -> tuple[list[Batch], list[Batch]]:
    """Puts batches on the smoker's racks in list order, skipping those that
    smoke at another temperature. Returns the batches loaded and the batches
    still waiting, both in list order."""
    loaded: list[Batch] = []
    waiting: list[Batch] = []
    for batch in batches:
        if len(loaded) < smoker.racks and abs(batch.temp_c - smoker.temp_c) <= TEMP_TOLERANCE:
            loaded.append(batch)
        else:
            waiting.append(batch)
    return loaded, waiting


def smoking_hours(loaded: list[Batch]) -> float:
    """How long the smoker stays lit: until its slowest batch is done."""
    return max((batch.hours for batch in loaded), default=0)


def plan_day(smokers: list[Smoker], batches: list[Batch]) -> tuple[dict[str, list[str]], list[str]]:
    """Loads the smokers one after the other from the list: smoker name -> the
    products it smokes today, and the products left for tomorrow."""
    plan = {}
    for smoker in smokers:
        loaded, batches = load_smoker(smoker, batches)
        plan[smoker.name] = [batch.product for batch in loaded]
    return plan, [batch.product for batch in batches]
