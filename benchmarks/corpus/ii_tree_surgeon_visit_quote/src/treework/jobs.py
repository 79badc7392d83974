"""What the customer wants done to which tree."""

from __future__ import annotations

from dataclasses import dataclass

WORKS = ("inspect", "crown-reduce", "deadwood", "fell", "stump-grind")


@dataclass(frozen=True)
class Tree:
    species: str
    height_m: float
    protected: bool = False  # under a tree preservation order


@dataclass(frozen=True)
class Job:
    tree: Tree
    work: str
    hours: float

    def __post_init__(self) -> None:
        if self.work not in WORKS:
            raise ValueError(f"unknown work: {self.work}")
        if self.hours <= 0:
            raise ValueError("a job takes some time")


@dataclass(frozen=True)
class Site:
    customer: str
    postcode: str
    keeps_wood: bool = False  # the customer keeps the logs and brash; nothing to take away
