"""Loading a `.env` file into typed settings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from envconf.parser import parse

_TRUE = {"true", "yes", "on"}
_FALSE = {"false", "no", "off"}
_NULL = {"", "null", "none"}


def typed(raw: str) -> Any:
    """The value a setting's text stands for: a bool, None, an int, a float, or the text itself."""
    lowered = raw.strip().lower()
    if lowered in _TRUE:
        return True
    if lowered in _FALSE:
        return False
    if lowered in _NULL:
        return None
    for convert in (int, float):
        try:
            return convert(raw)
        except TypeError:
            continue
    return raw


def load(path: str | Path, prefix: str = "") -> dict[str, Any]:
    """The settings in the file whose keys start with `prefix` (removed), typed."""
    values = parse(Path(path).read_text(encoding="utf-8"))
    return {key[len(prefix):].lower(): typed(value) for key, value in values.items() if key.startswith(prefix)}
