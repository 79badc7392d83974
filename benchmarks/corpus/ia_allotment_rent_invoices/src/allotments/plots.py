"""The society's plots and the people who rent them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Plot:
    number: str  # "14a"
    area: int  # square metres
    has_tap: bool = True


@dataclass(frozen=True)
class Tenant:
    name: str
    born: int  # year of birth
    arrears: int = 0  # pence still owed from last year
    committee: bool = False
