"""When the oil in each fryer wants changing. Topping up doesn't count: the old oil is
still in there. A deep clean drains the fryer, so it counts as a change."""

from __future__ import annotations

from datetime import date

from fryers.log import Entry

OIL_LIFE_HOURS = 40.0


def oil_report(entries: list[Entry], life_hours: float = OIL_LIFE_HOURS) -> dict[str, dict]:
    """Per fryer: hours of frying on the oil in it now, how many times the oil was
    changed, the last deep clean, and the day the oil in it now went past its life
    (None while it is within it)."""
    report: dict[str, dict] = {}

    def change_oil(fryer: str) -> None:
        state = report[fryer]
        state["hours"] = 0.0
        state["changes"] += 1

    for entry in sorted(entries, key=lambda entry: entry.day):
        state = report.setdefault(
            entry.fryer, {"hours": 0.0, "changes": 0, "cleaned": None, "overdue_since": None}
        )
        if entry.action == "fry":
            state["hours"] += entry.hours
            if state["hours"] > life_hours and state["overdue_since"] is None:
                state["overdue_since"] = entry.day
        elif entry.action == "change":
            change_oil(entry.fryer)
        elif entry.action == "clean":
            change_oil(entry.fryer)
            state["cleaned"] = entry.day
    return report


def due_for_change(report: dict[str, dict]) -> list[str]:
    return sorted(fryer for fryer, state in report.items() if state["overdue_since"] is not None)


def days_overdue(report: dict[str, dict], today: date) -> dict[str, int]:
    return {
        fryer: (today - state["overdue_since"]).days
        for fryer, state in report.items()
        if state["overdue_since"] is not None
    }
