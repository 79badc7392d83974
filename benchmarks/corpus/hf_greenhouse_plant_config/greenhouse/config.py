"""The greenhouse's plant list, kept as JSON:

    [{"name": "basil", "every_days": 2, "last_watered": "2024-05-01", "litres": 0.25}, ...]
"""

from __future__ import annotations

import json
from datetime import date

from greenhouse.plants import Plant


class ConfigError(Exception):
    pass


def plant_from_record(record: dict) -> Plant:
    """A plant from its record. A required field missing, or a value that cannot be read,
    is a ConfigError naming the plant; `litres` defaults to half a litre."""
    name = str(record.get("name") or "<unnamed>")
    try:
        every_days = int(record["every_days"])
        last_watered = date.fromisoformat(record["last_watered"])
        litres = float(record.get("litres", 0.5))
    except ValueError as error:
        raise ConfigError(f"{name}: {error}") from None
    if every_days < 1 or litres <= 0:
        raise ConfigError(f"{name}: interval and amount must be positive")
    return Plant(name, every_days, last_watered, litres)


def load_plants(text: str) -> list[Plant]:
    try:
        records = json.loads(text)
    except json.JSONDecodeError as error:
        raise ConfigError(f"not JSON: {error}") from None
    if not isinstance(records, list):
        raise ConfigError("the plant list must be a JSON list")
    plants = [plant_from_record(record) for record in records]
    names = [plant.name for plant in plants]
    duplicates = sorted({name for name in names if names.count(name) > 1})
    if duplicates:
        raise ConfigError(f"listed twice: {', '.join(duplicates)}")
    return plants
