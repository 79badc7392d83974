"""End-of-day takings. Each stallholder writes their pitch, name and takings on the
sheet; the market keeps 10% of takings or the pitch fee, whichever is more, for the
church roof fund. Lines that can't be read are set aside for the treasurer rather
than holding up everyone else's."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from fleamarket.pitches import Pitch

COMMISSION = Decimal("0.10")
PENNY = Decimal("0.01")


class TakingsSheet:
    def __init__(self, plan: dict[int, Pitch]):
        self.plan = plan
        self.takings: dict[int, tuple[str, Decimal]] = {}
        self.problems: list[tuple[int, str]] = []

    def read(self, text: str) -> None:
        """Lines of 'pitch, name, takings', takings with or without a £ sign."""
        for number, raw in enumerate(text.splitlines(), start=1):
            line = raw.strip()
            if not line:
                continue
            try:
                pitch_text, name, amount_text = (part.strip() for part in line.split(","))
                pitch = int(pitch_text)
                amount = Decimal(amount_text.lstrip("£").replace(",", ""))
            except (ValueError, InvalidOperation):
                self.problems.append((number, line))
                continue
            if pitch not in self.plan or amount < 0 or pitch in self.takings:
                self.problems.append((number, line))
                continue
            self.takings[pitch] = (name, amount)

    def due(self, pitch: int) -> Decimal:
        """What the stallholder on `pitch` owes the market."""
        _name, amount = self.takings[pitch]
        share = (amount * COMMISSION).quantize(PENNY, rounding=ROUND_HALF_UP)
        return max(share, self.plan[pitch].fee)

    def roof_fund(self) -> Decimal:
        return sum((self.due(pitch) for pitch in self.takings), Decimal("0.00"))

    def no_shows(self) -> list[int]:
        """Pitches on the plan with nothing on the sheet."""
        return sorted(set(self.plan) - set(self.takings))
