"""SRT timecodes, '00:01:02,500', as milliseconds."""

from __future__ import annotations

import re

_TIMECODE = re.compile(r"(\d{2}):(\d{2}):(\d{2}),(\d{3})")


def parse_timecode(text: str) -> int:
    match = _TIMECODE.fullmatch(text.strip())
    if not match:
        raise ValueError(f"not a timecode: {text!r}")
    hours, minutes, seconds, millis = map(int, match.groups())
    if minutes >= 60 or seconds >= 60:
        raise ValueError(f"not a timecode: {text!r}")
    return ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis


def format_timecode(ms: int) -> str:
    if ms < 0:
        raise ValueError("negative time")
    seconds, millis = divmod(ms, 1000)
    minutes, seconds = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d},{millis:03d}"
