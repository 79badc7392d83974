"""Rules of thumb from the sugarhouse wall."""

from __future__ import annotations

SYRUP_BRIX = 66.0  # finished syrup, off the evaporator at 7 degrees over boiling

# Grade by light transmittance (%), darkest last.
GRADES = [(75.0, "golden"), (50.0, "amber"), (25.0, "dark"), (0.0, "very dark")]


def sap_per_litre_of_syrup(brix: float) -> float:
    """The Jones rule of 86: litres of sap to boil down for one litre of syrup."""
    if brix <= 0:
        raise ValueError("sap with no sugar in it makes no syrup")
    return 86.0 / brix


def expected_syrup(litres: float, brix: float) -> float:
    return litres / sap_per_litre_of_syrup(brix)


def grade(transmittance: float) -> str:
    if not 0 <= transmittance <= 100:
        raise ValueError(f"transmittance is a percentage, not {transmittance}")
    for lowest, name in GRADES:
        if transmittance >= lowest:
            return name
    raise AssertionError("unreachable")
