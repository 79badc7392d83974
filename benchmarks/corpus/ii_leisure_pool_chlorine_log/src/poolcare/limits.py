"""The water-quality limits a pool is held to."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    chlorine_min: float  # free chlorine, mg/l
    chlorine_max: float
    ph_min: float
    ph_max: float
    window: int = 3  # readings averaged before the pool closes for low chlorine


MAIN_POOL = Limits(chlorine_min=1.0, chlorine_max=3.0, ph_min=7.2, ph_max=7.8)
TEACHING_POOL = Limits(chlorine_min=1.5, chlorine_max=3.0, ph_min=7.2, ph_max=7.6, window=2)
SPA = Limits(chlorine_min=3.0, chlorine_max=5.0, ph_min=7.0, ph_max=7.6, window=1)
