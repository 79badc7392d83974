from __future__ import annotations

from orienteering.course import Result


def format_time(seconds: int | None) -> str:
    if seconds is None:
        return "--"
    minutes, secs = divmod(seconds, 60)
    return f"{minutes}:{secs:02d}"


def ranking(results: list[Result]) -> list[tuple[int | None, str, str]]:
    """(position, runner, time): finishers fastest first, sharing a position on equal
    times, then the mispunches and non-finishers without a position."""
    ok = sorted((r for r in results if r.status == "OK"), key=lambda r: (r.seconds, r.runner))
    rows = []
    for index, result in enumerate(ok):
        if index and result.seconds == ok[index - 1].seconds:
            position = rows[-1][0]
        else:
            position = index + 1
        rows.append((position, result.runner, format_time(result.seconds)))
    for result in sorted((r for r in results if r.status != "OK"), key=lambda r: (r.status, r.runner)):
        rows.append((None, result.runner, result.status))
    return rows
