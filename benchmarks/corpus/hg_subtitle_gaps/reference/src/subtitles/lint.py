"""Checks a subtitler runs before delivery."""

from __future__ import annotations

from .srt import Cue

MIN_GAP_MS = 80  # two frames at 25 fps
MAX_CHARS_PER_SECOND = 17


def too_close(cues: list[Cue], min_gap: int = MIN_GAP_MS) -> list[tuple[int, int, int]]:
    """(index, next index, gap in ms) for each cue followed by the next in less than min_gap.

    Cues that overlap have a negative gap."""
    ordered = sorted(cues, key=lambda cue: (cue.start, cue.index))
    problems = []
    for current, following in zip(ordered, ordered[1:]):
        gap = following.start - current.end
        if gap < min_gap:
            problems.append((current.index, following.index, gap))
    return problems


def too_fast(cues: list[Cue], limit: float = MAX_CHARS_PER_SECOND) -> list[int]:
    """Indexes of the cues with more characters per second than people can read."""
    fast = []
    for cue in cues:
        chars = len(cue.text.replace("\n", ""))
        if cue.duration <= 0 or chars * 1000 / cue.duration > limit:
            fast.append(cue.index)
    return fast


def shift(cues: list[Cue], ms: int) -> list[Cue]:
    return [Cue(c.index, max(0, c.start + ms), max(0, c.end + ms), c.text) for c in cues]
