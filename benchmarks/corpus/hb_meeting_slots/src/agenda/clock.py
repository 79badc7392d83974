"""Times of day as minutes after midnight."""

import re

_TIME = re.compile(r"([01]?\d|2[0-3]):([0-5]\d)")


def to_minutes(text: str) -> int:
    match = _TIME.fullmatch(text.strip())
    if match is None:
        if text.strip() == "24:00":
            return 24 * 60
        raise ValueError(f"not a time of day: {text!r}")
    return int(match.group(1)) * 60 + int(match.group(2))


def format_minutes(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"
