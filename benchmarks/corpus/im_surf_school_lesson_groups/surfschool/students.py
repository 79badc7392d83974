from __future__ import annotations

from dataclasses import dataclass

LEVELS = ("first-timer", "improver", "intermediate")
WETSUIT_SIZES = ("XS", "S", "M", "L", "XL")


@dataclass(frozen=True)
class Student:
    name: str
    age: int
    level: str
    wetsuit: str
    waiver_signed: bool = False

    @property
    def junior(self) -> bool:
        return self.age < 12


def read_signups(rows: list[dict[str, str]]) -> list[Student]:
    """Rows from the online booking form's export."""
    students = []
    for row in rows:
        level = row["level"].strip().lower()
        size = row["wetsuit"].strip().upper()
        if level not in LEVELS or size not in WETSUIT_SIZES:
            raise ValueError(f"bad signup for {row['name']}: {level}, {size}")
        students.append(Student(row["name"].strip(), int(row["age"]), level, size, row.get("waiver", "").strip() == "yes"))
    return students
