"""Runs tasks when they are due; repeating tasks come back every interval."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Callable

from .task import Task


class Scheduler:
    def __init__(self, clock: Callable[[], datetime]) -> None:
        self.clock = clock
        self.tasks: dict[str, Task] = {}

    def add(self, name: str, due: datetime, every: timedelta | None = None, priority: int = 0) -> Task:
        if name in self.tasks:
            raise ValueError(f"task {name!r} already scheduled")
        if every is not None and every <= timedelta(0):
            raise ValueError("the interval must be positive")
        task = self.tasks[name] = Task(name, due, every, priority)
        return task

    def cancel(self, name: str) -> None:
        self.tasks.pop(name)

    def due_tasks(self) -> list[Task]:
        """Tasks due now, highest priority first, then earliest."""
        now = self.clock()
        due = [task for task in self.tasks.values() if task.due <= now and not task.done]
        return sorted(due, key=lambda task: (-task.priority, task.due))

    def run_due(self, runner: Callable[[str], object]) -> list[str]:
        """Run every due task once; a task whose runner raises stays due."""
        ran = []
        for task in self.due_tasks():
            try:
                runner(task.name)
            except Exception:
                continue
            self._finish(task)
            ran.append(task.name)
        return ran

    def next_run(self) -> datetime | None:
        pending = [task.due for task in self.tasks.values() if not task.done]
        return min(pending, default=None)

    def _finish(self, task: Task) -> None:
        """After a run: one-off tasks are done; repeating ones move past now, skipping missed runs."""
        task.runs += 1
        if task.every is None:
            task.done = True
            return
        missed = (self.clock() - task.due) // task.every
        task.due += (missed + 1) * task.every
