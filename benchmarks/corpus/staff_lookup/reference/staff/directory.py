"""The staff directory behind the chat bot's "who is" command."""

from __future__ import annotations

from dataclasses import dataclass


def normalize(name: str) -> str:
    """Case and spacing do not matter: '  Ada  LOVELACE ' -> 'ada lovelace'."""
    return " ".join(name.split()).lower()


@dataclass(frozen=True)
class Person:
    name: str
    team: str
    phone: str


class Directory:
    def __init__(self) -> None:
        self.people: dict[str, Person] = {}
        self.aliases: dict[str, str] = {}

    def normalize(self, name: str) -> str:
        """Like the module's normalize, and nicknames resolve to the full name."""
        key = normalize(name)
        return self.aliases.get(key, key)

    def add(self, person: Person, *aliases: str) -> None:
        key = normalize(person.name)
        self.people[key] = person
        for alias in aliases:
            self.aliases[normalize(alias)] = key

    def lookup(self, name: str) -> Person | None:
        return self.people.get(self.normalize(name))

    def team_of(self, name: str) -> str | None:
        person = self.lookup(name)
        return person.team if person else None

    def members(self, team: str) -> list[str]:
        return sorted(p.name for p in self.people.values() if p.team == team)
