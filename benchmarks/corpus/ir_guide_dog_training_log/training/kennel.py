"""The puppies in training and the volunteer puppy walkers who have them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


class UnknownDog(LookupError):
    pass


@dataclass(frozen=True)
class Dog:
    name: str
    walker: str
    born: date


class Kennel:
    def __init__(self, dogs: list[Dog]):
        self._dogs = {dog.name.lower(): dog for dog in dogs}

    def dog(self, name: str) -> Dog:
        try:
            return self._dogs[name.strip().lower()]
        except KeyError:
            raise UnknownDog(name) from None

    def dogs(self) -> list[Dog]:
        return sorted(self._dogs.values(), key=lambda dog: dog.name)
