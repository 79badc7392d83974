"""Load the application's settings."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Mapping

from .env import overrides_from_env
from .merge import deep_merge

DEFAULTS: dict[str, Any] = {
    "name": "app",
    "debug": False,
    "db": {"host": "localhost", "port": 5432, "pool": {"min": 1, "max": 10}},
    "log": {"level": "info"},
}


def load(paths: list[Path], environ: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Defaults, then each JSON file that exists, in order, then APP_* variables."""
    layers = [DEFAULTS]
    for path in paths:
        if path.is_file():
            layers.append(json.loads(path.read_text()))
    layers.append(overrides_from_env(os.environ if environ is None else environ))
    return deep_merge(*layers)
