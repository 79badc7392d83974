"""The hot shop's gas meter.

The furnace and the glory hole run off one meter. At the end of a bench session the
member reads the meter and writes it in the log, and the gas burnt since the reading
before is put down to them. The furnace idles overnight on a low flame; the studio
manager reads the meter first thing and that gas is put down to the studio.
"""

from __future__ import annotations

STUDIO = "studio"


class GasLog:
    def __init__(self, opening_reading: float) -> None:
        self.last_reading = opening_reading
        self.used: dict[str, float] = {}
        self.sessions: dict[str, int] = {}

    def read(self, who: str, reading: float) -> float:
        """Enter a meter reading (cubic metres); returns the gas put down to who."""
        if reading < self.last_reading:
            raise ValueError(f"reading {reading} is below the last one, {self.last_reading}")
        burnt = round(reading - self.last_reading, 2)
        self.used[who] = round(self.used.get(who, 0.0) + burnt, 2)
        if who != STUDIO:
            self.sessions[who] = self.sessions.get(who, 0) + 1
        return burnt

    def members(self) -> list[str]:
        return sorted(name for name in self.used if name != STUDIO)


def load_log(text: str) -> GasLog:
    """The log as written in the book: 'opening 4410.25' then 'who reading' a line."""
    lines = [line.split() for line in text.splitlines() if line.strip()]
    if not lines or lines[0][0] != "opening":
        raise ValueError("the log starts with the opening reading")
    log = GasLog(float(lines[0][1]))
    for who, reading in lines[1:]:
        log.read(who, float(reading))
    return log
