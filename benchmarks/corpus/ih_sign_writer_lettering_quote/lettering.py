from __future__ import annotations

from dataclasses import dataclass, field

from materials import setup_units

# Letters up to this many millimetres high cost this much each.
HEIGHT_BANDS = [(50, 0.80), (100, 1.40), (200, 2.60), (400, 4.90)]
OVERSIZE_PER_MM = 0.013  # per letter, per millimetre of height, above the last band
COLOUR_SETUP = 12.00  # each set-up after the first
FITTING = 45.00  # fitting on site
MINIMUM_CHARGE = 35.00
VAT = 0.20


@dataclass
class Job:
    text: str
    height_mm: int
    colours: list[str] = field(default_factory=lambda: ["black"])
    fitting: bool = False


def quote(job: Job) -> float:
    """Price of a lettering job with VAT, to the penny. Letters and figures are priced
    by their height (a letter exactly at a band's limit is in that band); spaces and
    punctuation are free. Each colour set-up after the first adds COLOUR_SETUP, fitting
    adds FITTING, and a job costs at least MINIMUM_CHARGE before VAT."""

    def per_letter(height_mm: int) -> float:
        if height_mm <= 0:
            raise ValueError("letter height must be positive")
        for limit, rate in HEIGHT_BANDS:
            if height_mm < limit:
                return rate
        return round(height_mm * OVERSIZE_PER_MM, 2)

    letters = sum(1 for ch in job.text if ch.isalpha())
    price = letters * per_letter(job.height_mm)
    price += (setup_units(job.colours) - 1) * COLOUR_SETUP
    if job.fitting:
        price += FITTING
    price = max(price, MINIMUM_CHARGE)
    return round(price * (1 + VAT), 2)
