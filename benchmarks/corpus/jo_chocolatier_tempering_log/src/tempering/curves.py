"""Tempering curves for the couvertures we use, in degrees C, from the makers' sheets."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Curve:
    melt: float  # heat to at least this, to melt out every crystal
    scorch: float  # and never above this
    seed: float  # then cool to this or below
    work_low: float  # and bring back up into the working range
    work_high: float


CURVES = {
    "dark": Curve(melt=45, scorch=50, seed=28, work_low=31, work_high=32),
    "milk": Curve(melt=40, scorch=45, seed=27, work_low=29, work_high=30),
    "white": Curve(melt=40, scorch=45, seed=26, work_low=28, work_high=29),
}


def curve_for(chocolate: str) -> Curve:
    try:
        return CURVES[chocolate.strip().lower()]
    except KeyError:
        raise ValueError(f"no tempering curve for {chocolate!r}") from None
