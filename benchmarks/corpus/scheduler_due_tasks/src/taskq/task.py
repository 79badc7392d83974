from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass
class Task:
    name: str
    due: datetime
    every: timedelta | None = None
    priority: int = 0
    done: bool = False
    runs: int = 0
