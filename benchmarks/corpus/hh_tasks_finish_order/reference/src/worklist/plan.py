"""Planning the backlog for one worker: tasks run one after another, most urgent
priority (1) first, and deadlines are in working hours from the start."""

from __future__ import annotations


def finish_times(tasks: list[dict], start: int = 0) -> dict[str, int]:
    """When each task is done, in working hours; equal priorities go by name."""
    clock = start
    finished = {}
    for task in sorted(tasks, key=lambda task: (task["priority"], task["name"])):
        clock += task["hours"]
        finished[task["name"]] = clock
    return finished


def late_tasks(tasks: list[dict], start: int = 0) -> list[str]:
    done = finish_times(tasks, start)
    return sorted(task["name"] for task in tasks if done[task["name"]] > task["deadline"])


def hours_left(tasks: list[dict], done: set[str]) -> int:
    return sum(task["hours"] for task in tasks if task["name"] not in done)
