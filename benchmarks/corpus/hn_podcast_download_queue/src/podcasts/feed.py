"""Episodes as read from a podcast feed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Episode:
    guid: str
    title: str
    published: date
    minutes: int
    explicit: bool = False


@dataclass
class Settings:
    allow_explicit: bool = True
    max_per_run: int = 3
    skip_longer_than: int | None = None  # minutes


def parse_episode(fields: dict[str, str]) -> Episode:
    return Episode(
        guid=fields["guid"],
        title=fields.get("title", "").strip(),
        published=date.fromisoformat(fields["pubDate"]),
        minutes=int(fields["duration"]) // 60,
        explicit=fields.get("explicit", "no").lower() in ("yes", "true"),
    )
