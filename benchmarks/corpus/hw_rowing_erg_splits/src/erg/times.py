"""Split times as the rowing machine's monitor shows them: `1:52.3` per 500 m."""

from __future__ import annotations


def parse_split(text: str) -> float:
    minutes, _, seconds = text.strip().partition(":")
    if not minutes.isdigit() or not seconds:
        raise ValueError(f"bad split {text!r}")
    value = float(seconds)
    if not 0 <= value < 60:
        raise ValueError(f"bad split {text!r}")
    return int(minutes) * 60 + value


def format_split(seconds: float) -> str:
    tenths = round(seconds * 10)
    minutes, tenths = divmod(tenths, 600)
    return f"{minutes}:{tenths / 10:04.1f}"


def watts(split_seconds: float) -> float:
    """Concept2's power for a pace: 2.80 / (seconds per metre) cubed."""
    return 2.80 / (split_seconds / 500) ** 3


def read_piece(text: str) -> list[float]:
    """One split per line, blank lines and `#` notes skipped."""
    return [parse_split(line) for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
