"""Job records as the scheduler keeps them: plain dicts read from the jobs file.

    # name      every (minutes)   next run           flags
    backup      every=1440        next=2024-03-01T02:00
    digest      every=60          next=2024-03-01T09:00  paused
"""

from __future__ import annotations

from datetime import datetime, timedelta


def parse_job(line: str) -> dict:
    parts = line.split()
    fields = dict(part.split("=", 1) for part in parts[1:] if "=" in part)
    if not parts or "every" not in fields or "next" not in fields:
        raise ValueError(f"bad job line: {line!r}")
    minutes = int(fields["every"])
    if minutes <= 0:
        raise ValueError(f"{parts[0]}: every must be positive")
    return {
        "name": parts[0],
        "every": timedelta(minutes=minutes),
        "next_run": datetime.fromisoformat(fields["next"]),
        "paused": "paused" in parts[1:],
        "runs": 0,
    }


def load_jobs(text: str) -> list[dict]:
    jobs = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            jobs.append(parse_job(line))
    return jobs


def set_paused(jobs: list[dict], name: str, paused: bool) -> None:
    for job in jobs:
        if job["name"] == name:
            job["paused"] = paused
            return
    raise KeyError(name)
