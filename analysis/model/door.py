"""Open the door to model answers that the settings ask for: the live endpoint,
the endpoint with every exchange recorded, or a replay file and no network."""

from __future__ import annotations

from pathlib import Path
from typing import Mapping

from ..config import ModelSettings
from .client import OpenAIDoor
from .exchange import ModelDoor
from .recording import RecordingDoor, ReplayDoor


def open_door(settings: ModelSettings, environ: Mapping[str, str], deadline: float | None = None) -> ModelDoor:
    """Replay wins over record: a replayed run must not touch the network. `deadline`
    (time.monotonic()): the end of the run's budget, which no call outlasts."""
    if settings.replay:
        return ReplayDoor(Path(settings.replay))
    door = OpenAIDoor(settings, environ, deadline)
    if settings.record:
        return RecordingDoor(door, Path(settings.record), settings.base_url)
    return door
