"""Entries for the ferret club's summer show. Each ferret goes in a class by sex
(hob or jill) and by its age in whole months on the show day: kits are under six
months, veterans five years and over, and everyone else shows as an adult."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date

SEXES = {"h": "hob", "j": "jill"}
KIT_MONTHS = 6
VETERAN_MONTHS = 60


@dataclass(frozen=True)
class Ferret:
    name: str
    owner: str
    sex: str
    born: date


def read_entries(text: str) -> list[Ferret]:
    """The entry forms as typed up: name,owner,sex,born (born as YYYY-MM-DD)."""
    ferrets = []
    for row in csv.DictReader(io.StringIO(text.strip())):
        sex = row["sex"].strip().lower()[:1]
        if sex not in SEXES:
            raise ValueError(f"{row['name']}: sex must be hob or jill")
        ferrets.append(Ferret(row["name"].strip(), row["owner"].strip(), sex, date.fromisoformat(row["born"].strip())))
    return ferrets


def show_classes(ferrets: list[Ferret], show_day: date) -> dict[str, list[str]]:
    """Class name ("kit hob", "adult jill", ...) to the ferrets in it, by name."""

    def months_old(born: date) -> int:
        months = (show_day.year - born.year) * 12 + show_day.month - born.month
        if show_day.day < born.day:
            months -= 1
        return months

    classes: dict[str, list[str]] = {}
    for ferret in ferrets:
        if ferret.born > show_day:
            raise ValueError(f"{ferret.name} is born after the show")
        age = months_old(ferret.born)
        if age < KIT_MONTHS:
            band = "kit"
        elif age >= VETERAN_MONTHS:
            band = "veteran"
        else:
            band = "adult"
        classes.setdefault(f"{band} {SEXES[ferret.sex]}", []).append(ferret.name)
    return {name: sorted(entries) for name, entries in classes.items()}


def entry_fees(ferrets: list[Ferret], per_class: float = 1.5) -> dict[str, float]:
    """What each owner pays: one class per ferret."""
    fees: dict[str, float] = {}
    for ferret in ferrets:
        fees[ferret.owner] = fees.get(ferret.owner, 0.0) + per_class
    return fees
