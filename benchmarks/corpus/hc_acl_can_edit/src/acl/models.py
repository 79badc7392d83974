from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class User:
    name: str
    roles: frozenset[str] = frozenset()
    suspended: bool = False


@dataclass
class Document:
    title: str
    owner: str
    shared_with: set[str] = field(default_factory=set)
    public: bool = False
    archived: bool = False
