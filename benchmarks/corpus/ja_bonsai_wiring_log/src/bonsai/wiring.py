"""Wire left on too long bites into the bark: which trees need their wire off?"""

from __future__ import annotations

from datetime import date

from bonsai.log import Entry

# Most deciduous trees thicken fast enough to scar after about eight weeks.
DEFAULT_LIMIT_WEEKS = 8


def wire_report(entries: list[Entry], today: date) -> dict[str, dict]:
    """For every tree wired at some point: whether it is wired now, since when, and
    when the wire last came off. Re-wiring a tree that is already wired (adding a
    branch) does not restart its clock."""
    report: dict[str, dict] = {}
    for entry in sorted(entries, key=lambda e: e.day):
        if entry.action not in ("wire", "unwire"):
            continue
        status = report.setdefault(entry.tree, {"wired_since": None, "last_unwired": None})
        if entry.action == "wire":
            if status["wired_since"] is None:
                status["wired_since"] = entry.day
        else:
            status["last_unwired"] = entry.day
    for status in report.values():
        since = status["wired_since"]
        status["weeks_on"] = None if since is None else (today - since).days // 7
    return report


def wire_due_off(entries: list[Entry], today: date, limit_weeks: int = DEFAULT_LIMIT_WEEKS) -> list[str]:
    """The trees whose wire has been on for `limit_weeks` or more, longest first."""
    report = wire_report(entries, today)
    due = [(status["weeks_on"], tree) for tree, status in report.items()
           if status["weeks_on"] is not None and status["weeks_on"] >= limit_weeks]
    return [tree for weeks, tree in sorted(due, key=lambda d: (-d[0], d[1]))]
