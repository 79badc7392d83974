"""Task records read from the team's backlog export: name | priority | hours | deadline."""

from __future__ import annotations


def parse_task(line: str) -> dict:
    name, priority, hours, deadline = (part.strip() for part in line.split("|"))
    task = {"name": name, "priority": int(priority), "hours": int(hours), "deadline": int(deadline)}
    if task["hours"] <= 0 or not 1 <= task["priority"] <= 5:
        raise ValueError(f"bad task: {line!r}")
    return task


def parse_backlog(text: str) -> list[dict]:
    return [parse_task(line) for line in text.splitlines() if line.strip() and not line.startswith("#")]
