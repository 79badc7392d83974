"""Settings read from `key = value` files; `#` starts a comment."""

from __future__ import annotations

from typing import Any

from .fields import SCHEMA, Field


class Settings:
    def __init__(self, schema: dict[str, Field] = SCHEMA) -> None:
        self.schema = schema
        self.values: dict[str, Any] = {key: field.default for key, field in schema.items()}

    def __getitem__(self, key: str) -> Any:
        return self.values[key]

    def load(self, text: str) -> list[str]:
        """Apply the file's settings and return its problems, one per bad line; a bad
        line changes nothing and the lines after it are still read."""
        problems = []
        for number, line in enumerate(text.splitlines(), start=1):
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            key, sep, raw = line.partition("=")
            key = key.strip().lower()
            if not sep:
                problems.append(f"line {number}: expected 'key = value'")
                continue
            field = self.schema.get(key)
            if field is None:
                problems.append(f"line {number}: unknown setting {key!r}")
                continue
            try:
                self.values[key] = field.parse(raw.strip())
            except (TypeError, KeyError) as error:
                problems.append(f"line {number}: {key}: {error}")
        return problems
