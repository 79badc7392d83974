"""From the cue sheet to what the operator does on the night."""

from __future__ import annotations

from cuestack.cues import Cue


def running_order(cues: list[Cue]) -> list[Cue]:
    """The cues the operator goes through, in cue number order, point cues such as
    12.5 falling between 12 and 13; cues cut in rehearsal are left out. The same
    number twice ("Q4" and "4") is a mistake on the sheet."""

    def position(cue: Cue) -> float:
        return float(cue.number.strip().upper().removeprefix("Q").strip())

    order = sorted((cue for cue in cues if not cue.cut), key=position)
    for before, after in zip(order, order[1:]):
        if position(before) == position(after):
            raise ValueError(f"cue {after.number} is on the sheet twice")
    return order


def go_list(cues: list[Cue]) -> list[str]:
    """The operator's list: one line a GO; a follow cue rides on the line before it."""
    lines: list[str] = []
    for cue in running_order(cues):
        text = f"{cue.number} {cue.label} ({cue.fade:g}s)"
        if cue.follow and lines:
            lines[-1] += f" -> {text}"
        else:
            lines.append(text)
    return lines


def next_cue(cues: list[Cue], current: str) -> str | None:
    """The number of the cue after `current` in the running order, or None after the last."""
    numbers = [cue.number for cue in running_order(cues)]
    at = numbers.index(current)
    return numbers[at + 1] if at + 1 < len(numbers) else None
