"""Scale lengths the workshop builds to, and the ways customers write them on an
order form: millimetres, inches, or the name of the guitar they want it to feel like."""

from __future__ import annotations

INCH_MM = 25.4

SCALES_MM = {
    "strat": 648.0,
    "les paul": 628.65,
    "classical": 650.0,
    "parlour": 610.0,
    "tenor ukulele": 432.0,
    "mandolin": 349.25,
    "bass": 863.6,
}


def scale_mm(text: str) -> float:
    """'648', '648mm', '25.5in', '25.5"' or a model name, as millimetres."""
    text = text.strip().lower()
    if text in SCALES_MM:
        return SCALES_MM[text]
    if text.endswith(("in", '"')):
        return round(float(text.rstrip('in"').strip()) * INCH_MM, 2)
    value = float(text.removesuffix("mm").strip())
    if not 200 <= value <= 1000:
        raise ValueError(f"{text!r} is not a scale length in mm")
    return value
