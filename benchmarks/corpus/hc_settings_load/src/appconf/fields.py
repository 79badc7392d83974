"""Typed settings fields: each parses the text of a value or raises ValueError."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Callable

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}
_DURATION = re.compile(r"^(\d+)\s*(ms|s|m|h)$")
_SECONDS = {"ms": 0.001, "s": 1, "m": 60, "h": 3600}


def parse_bool(text: str) -> bool:
    lowered = text.lower()
    if lowered in _TRUE:
        return True
    if lowered in _FALSE:
        return False
    raise ValueError(f"not a yes/no value: {text!r}")


def parse_duration(text: str) -> float:
    """'250ms', '30s', '5m', '2h' in seconds."""
    match = _DURATION.match(text.strip())
    if match is None:
        raise ValueError(f"not a duration: {text!r}")
    return int(match[1]) * _SECONDS[match[2]]


def parse_port(text: str) -> int:
    port = int(text)
    if not 0 < port < 65536:
        raise ValueError(f"port out of range: {port}")
    return port


@dataclass(frozen=True)
class Field:
    parse: Callable[[str], Any]
    default: Any


SCHEMA = {
    "host": Field(str, "localhost"),
    "port": Field(parse_port, 8080),
    "debug": Field(parse_bool, False),
    "keepalive": Field(parse_duration, 30),
    "workers": Field(int, 2),
    "ratio": Field(float, 0.5),
}
