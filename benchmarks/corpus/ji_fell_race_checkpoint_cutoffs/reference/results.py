"""Results from the dibbers' downloads."""

from __future__ import annotations

from course import Course, clock


def verdict(course: Course, start: str, punches: dict[str, str]) -> tuple[str, object]:
    """What became of one runner: ("finished", seconds taken), ("timed out", code of the
    checkpoint reached after its cutoff) or ("mispunch", code of the first checkpoint
    missed or punched out of order). punches maps checkpoint codes, and "FIN", to the
    clock time the runner's dibber recorded there."""
    started = clock(start)
    previous = started
    for checkpoint in course.checkpoints:
        if checkpoint.code not in punches:
            return ("mispunch", checkpoint.code)
        reached = clock(punches[checkpoint.code])
        if reached < previous:
            return ("mispunch", checkpoint.code)
        if checkpoint.cutoff is not None and reached - started > checkpoint.cutoff:
            return ("timed out", checkpoint.code)
        previous = reached
    if "FIN" not in punches or clock(punches["FIN"]) < previous:
        return ("mispunch", "FIN")
    return ("finished", clock(punches["FIN"]) - started)


def elapsed(seconds: int) -> str:
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def results_table(course: Course, start: str, downloads: dict[str, dict[str, str]]) -> list[str]:
    """Finishers fastest first with their places, then everyone else by name."""
    finishers = []
    others = []
    for runner, punches in downloads.items():
        outcome, detail = verdict(course, start, punches)
        if outcome == "finished":
            finishers.append((detail, runner))
        else:
            others.append(f"{runner}: {outcome} at {detail}")
    finishers.sort()
    lines = [f"{place}. {runner} {elapsed(taken)}" for place, (taken, runner) in enumerate(finishers, start=1)]
    return lines + sorted(others)
