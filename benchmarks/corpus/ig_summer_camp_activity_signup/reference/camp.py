from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Camper:
    name: str
    age: int
    swim_badge: bool = False
    water_waiver: bool = False


@dataclass
class Activity:
    name: str
    places: int
    min_age: int = 0
    max_age: int = 99
    water: bool = False
    campers: list[str] = field(default_factory=list)


def can_sign_up(camper: Camper, activity: Activity) -> bool:
    """A camper can sign up for an activity that still has a place, that their age
    allows (min_age to max_age, both included), and that they are not already on.
    Water activities also need a swimming badge or a water waiver signed by a parent."""
    if len(activity.campers) >= activity.places:
        return False
    if not activity.min_age <= camper.age <= activity.max_age:
        return False
    if camper.name in activity.campers:
        return False
    if activity.water and not (camper.swim_badge or camper.water_waiver):
        return False
    return True


def sign_up(camper: Camper, activity: Activity) -> bool:
    if not can_sign_up(camper, activity):
        return False
    activity.campers.append(camper.name)
    return True


def choices_for(camper: Camper, activities: list[Activity]) -> list[str]:
    """Names of the activities the camper could still sign up for, alphabetically."""
    return sorted(a.name for a in activities if can_sign_up(camper, a))
