"""The appointment diary kept at the front desk."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from boutique.fittings import DURATIONS, Fitting

OPENS = time(10, 0)
CLOSES = time(17, 30)
FREE_CANCELLATION = timedelta(hours=48)


class NoSuchFitting(LookupError):
    pass


class SlotTaken(ValueError):
    pass


class FittingDiary:
    def __init__(self) -> None:
        self.fittings: list[Fitting] = []
        self._last_ref = 0

    def book(self, bride: str, kind: str, starts: datetime) -> Fitting:
        if kind not in DURATIONS:
            raise ValueError(f"unknown appointment: {kind}")
        ends = starts + DURATIONS[kind]
        if starts.time() < OPENS or ends.time() > CLOSES or ends.date() != starts.date():
            raise SlotTaken(f"{starts:%H:%M} is outside opening hours")
        for fitting in self.fittings:
            if fitting.overlaps(starts, ends):
                raise SlotTaken(f"{starts:%H:%M} clashes with {fitting.ref}")
        self._last_ref += 1
        fitting = Fitting(f"F{self._last_ref:03d}", bride, kind, starts)
        self.fittings.append(fitting)
        return fitting

    def cancel(self, ref: str, now: datetime) -> float:
        """Cancel a fitting and return the deposit to refund: none when it is cancelled
        less than FREE_CANCELLATION before it starts."""
        try:
            fitting = next(f for f in self.fittings if f.ref == ref)
        except KeyError:
            raise NoSuchFitting(ref) from None
        self.fittings.remove(fitting)
        if fitting.starts - now < FREE_CANCELLATION:
            return 0.0
        return fitting.deposit

    def for_bride(self, bride: str) -> list[Fitting]:
        return sorted((f for f in self.fittings if f.bride == bride), key=lambda f: f.starts)

    def day_sheet(self, day: datetime) -> list[tuple[str, str, str]]:
        """(time, bride, kind) for each appointment on the day, in time order."""
        todays = [f for f in self.fittings if f.starts.date() == day.date()]
        return [(f"{f.starts:%H:%M}", f.bride, f.kind) for f in sorted(todays, key=lambda f: f.starts)]
