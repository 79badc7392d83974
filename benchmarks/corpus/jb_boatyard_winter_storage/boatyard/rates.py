"""The yard's price list, kept in a small text file the office can edit."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace


@dataclass(frozen=True)
class Rates:
    per_foot_month: float = 4.50
    min_length_ft: float = 20.0
    lift_out: float = 85.0
    lift_in: float = 85.0
    mast_unstep: float = 60.0
    long_stay_months: int = 6
    member_discount: float = 0.10  # off the storage, for members staying long_stay_months or more


def load_rates(text: str) -> Rates:
    """'name = value' lines over the defaults; '#' starts a comment."""
    known = {f.name: f.type for f in fields(Rates)}
    changes = {}
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        name, _, value = (part.strip() for part in line.partition("="))
        if name not in known:
            raise KeyError(name)
        changes[name] = int(value) if known[name] == "int" else float(value)
    return replace(Rates(), **changes)
