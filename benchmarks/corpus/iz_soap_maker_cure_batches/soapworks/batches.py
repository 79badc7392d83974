"""Batches of soap as they are written up in the workshop book."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

# How long each method needs on the curing racks before the bars can be sold.
CURE_WEEKS = {"cold": 4, "hot": 1, "castile": 26}


@dataclass
class Batch:
    code: str
    recipe: str
    method: str
    poured: date
    bars: int
    sold: int = 0
    failed_zap: bool = False  # lye-heavy: goes back in the pot, never on the stall

    @property
    def bars_left(self) -> int:
        return self.bars - self.sold

    def cured_on(self) -> date:
        return self.poured + timedelta(weeks=CURE_WEEKS[self.method])


def parse_book(text: str) -> list[Batch]:
    """Lines 'code; recipe; method; YYYY-MM-DD; bars[; sold[; zap]]', where zap is
    'fail' for a batch that failed the zap test. Blank lines and '#' comments are skipped."""
    batches = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        parts = [part.strip() for part in line.split(";")]
        if len(parts) < 5:
            raise ValueError(f"not enough fields: {line!r}")
        code, recipe, method, poured, bars = parts[:5]
        if method not in CURE_WEEKS:
            raise ValueError(f"unknown method {method!r}")
        sold = int(parts[5]) if len(parts) > 5 and parts[5] else 0
        failed = len(parts) > 6 and parts[6].lower() == "fail"
        batches.append(Batch(code, recipe, method, date.fromisoformat(poured), int(bars), sold, failed))
    return batches
