from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from passes import ClassPass


@dataclass
class YogaClass:
    name: str
    day: date
    teacher: str
    capacity: int = 14
    attendees: list[str] = field(default_factory=list)

    @property
    def spaces(self) -> int:
        return self.capacity - len(self.attendees)


class ClassFull(Exception):
    pass


def book(yoga_class: YogaClass, card: ClassPass) -> int:
    """Book the pass holder onto the class and take a class off their pass. Booking
    twice is a no-op. Returns the classes left on the pass."""
    if card.holder in yoga_class.attendees:
        return card.remaining
    if yoga_class.spaces <= 0:
        raise ClassFull(yoga_class.name)
    left = card.use(yoga_class.day)
    yoga_class.attendees.append(card.holder)
    return left
