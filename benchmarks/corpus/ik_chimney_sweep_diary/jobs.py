from __future__ import annotations

from dataclasses import dataclass
from datetime import date

TRAVEL_MINUTES = 20
MINUTES_PER_FLUE = 45
# Wood burners get a bird guard check and a smoke test on top of the sweep.
WOOD_BURNER_EXTRA = 15


@dataclass
class Job:
    address: str
    flues: int = 1
    appliance: str = "open fire"  # "open fire", "wood burner", "oil", "gas"
    last_swept: date | None = None


def job_minutes(job: Job) -> int:
    if job.flues < 1:
        raise ValueError(f"{job.address}: a job needs at least one flue")
    minutes = TRAVEL_MINUTES + MINUTES_PER_FLUE * job.flues
    if job.appliance == "wood burner":
        minutes += WOOD_BURNER_EXTRA * job.flues
    return minutes


def sweeps_per_year(job: Job) -> int:
    """Wood is swept twice a year, everything else once."""
    return 2 if job.appliance in ("wood burner", "open fire") else 1
