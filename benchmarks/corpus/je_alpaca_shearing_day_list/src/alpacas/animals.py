"""The herd book: one record per alpaca, kept in a plain text file."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

GESTATION_DAYS = 345  # alpacas carry for eleven and a half months, give or take


@dataclass
class Alpaca:
    name: str
    sex: str  # "F" or "M"
    born: date
    last_shorn: date | None = None
    mated: date | None = None  # last confirmed mating, females only

    def age_in_months(self, on: date) -> int:
        months = (on.year - self.born.year) * 12 + on.month - self.born.month
        if on.day < self.born.day:
            months -= 1
        return months

    def due_to_cria(self) -> date | None:
        """When her cria is due from the last confirmed mating (the herd book keeps the
        date after the birth, until she is mated again)."""
        if self.mated is None:
            return None
        return self.mated + timedelta(days=GESTATION_DAYS)


def parse_herd(text: str) -> list[Alpaca]:
    """Lines of 'name, sex, born, last shorn, mated' with ISO dates, '-' for none;
    blank lines and # comments are skipped."""
    herd = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        parts = [part.strip() for part in line.split(",")]
        if len(parts) != 5:
            raise ValueError(f"line {number}: expected 5 fields, got {len(parts)}")
        name, sex, born, shorn, mated = parts
        if sex not in ("F", "M"):
            raise ValueError(f"line {number}: sex must be F or M, not {sex!r}")
        if mated != "-" and sex == "M":
            raise ValueError(f"line {number}: {name} is male but has a mating date")
        herd.append(Alpaca(name, sex, date.fromisoformat(born), _optional_date(shorn), _optional_date(mated)))
    return herd


def _optional_date(text: str) -> date | None:
    return None if text == "-" else date.fromisoformat(text)
