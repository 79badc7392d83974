"""The animals in the kennels and catteries, and the people who want to adopt."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

# Strays are held this long in case an owner comes forward.
STRAY_HOLD_DAYS = 7


@dataclass(frozen=True)
class Animal:
    name: str
    species: str
    arrived: datetime.date
    good_with_kids: bool = True
    good_with_cats: bool = True
    reserved: bool = False
    stray: bool = False

    def available_from(self) -> datetime.date:
        if self.stray:
            return self.arrived + datetime.timedelta(days=STRAY_HOLD_DAYS)
        return self.arrived


@dataclass(frozen=True)
class Applicant:
    name: str
    species: str
    has_kids: bool = False
    has_cats: bool = False


def parse_flags(text: str) -> dict[str, bool]:
    """`kids,no-cats,stray` -> {"good_with_kids": True, "good_with_cats": False, "stray": True}"""
    names = {"kids": "good_with_kids", "cats": "good_with_cats", "reserved": "reserved", "stray": "stray"}
    flags = {}
    for word in filter(None, (w.strip() for w in text.split(","))):
        value = not word.startswith("no-")
        key = word[3:] if not value else word
        if key not in names:
            raise ValueError(f"unknown flag {word!r}")
        flags[names[key]] = value
    return flags
