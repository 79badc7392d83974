"""League night: players queue up for games on the machines; someone who has just
played waits until the others in the queue have had their turn."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Entry:
    player: str
    machine: str


class PlayQueue:
    def __init__(self, cooldown: int = 2) -> None:
        self.cooldown = cooldown  # how many of the last games count as "just played"
        self.waiting: list[Entry] = []
        self.played: list[Entry] = []

    def join(self, player: str, machine: str) -> int:
        """Queues the player for the machine and returns their place (1 = next)."""
        if any(e.player == player and e.machine == machine for e in self.waiting):
            raise ValueError(f"{player} is already waiting for {machine}")
        self.waiting.append(Entry(player, machine))
        return len(self.waiting)

    def recent_players(self) -> set[str]:
        if self.cooldown <= 0:
            return set()
        return {entry.player for entry in self.played[-self.cooldown:]}

    def next_up(self) -> Entry | None:
        """Takes the first entry whose player is not among the recent ones; when
        everyone waiting played recently, simply the first entry."""
        if not self.waiting:
            return None
        recent = self.recent_players()
        i = 0
        while i < len(self.waiting) and self.waiting[i].player in recent:
            i += 1
        if i == len(self.waiting):
            i = 0
        entry = self.waiting.pop(i)
        self.played.append(entry)
        return entry

    def leave(self, player: str) -> int:
        """Drops every entry of a player who went home; returns how many."""
        before = len(self.waiting)
        self.waiting = [e for e in self.waiting if e.player != player]
        return before - len(self.waiting)

    def games(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for entry in self.played:
            counts[entry.player] = counts.get(entry.player, 0) + 1
        return counts
