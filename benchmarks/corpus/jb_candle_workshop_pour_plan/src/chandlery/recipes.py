"""The vessels the workshop pours into and the waxes it pours."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Vessel:
    name: str
    wax_g: int  # wax to fill one to the line
    wicks: int


VESSELS = {
    "tin": Vessel("tin", 120, 1),
    "tumbler": Vessel("tumbler", 200, 1),
    "jar": Vessel("jar", 280, 2),
    "bowl": Vessel("bowl", 450, 3),
}

# The most fragrance oil each wax holds, as a fraction of the wax weight.
FRAGRANCE_LOAD = {"soy": 0.10, "rapeseed": 0.08, "coconut": 0.12}


def fragrance_g(wax: str, wax_g: float) -> float:
    if wax not in FRAGRANCE_LOAD:
        raise KeyError(f"no fragrance load for {wax!r} wax")
    return round(wax_g * FRAGRANCE_LOAD[wax], 1)
