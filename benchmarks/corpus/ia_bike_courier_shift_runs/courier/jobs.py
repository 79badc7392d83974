"""Delivery jobs as the dispatcher types them into the day sheet."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Job:
    ref: str
    pickup: str
    dropoff: str
    minutes: int  # the dispatcher's estimate, door to door
    cargo: bool = False  # needs the cargo bike


def parse_job(line: str) -> Job:
    """ "A113 Bakery Lane > Hill St 25 cargo" """
    ref, rest = line.split(" ", 1)
    pickup, rest = rest.split(">", 1)
    words = rest.split()
    cargo = words[-1] == "cargo"
    if cargo:
        words = words[:-1]
    minutes = int(words[-1])
    if minutes <= 0:
        raise ValueError(f"{ref}: a job takes some time")
    return Job(ref, pickup.strip(), " ".join(words[:-1]), minutes, cargo)
