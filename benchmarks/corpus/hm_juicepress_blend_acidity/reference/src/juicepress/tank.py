"""One tank of pressed apple juice: its volume, its sugar in degrees Brix and,
once titrated, its acidity in g/L."""

from __future__ import annotations

MAX_BRIX = 30.0
MAX_ACIDITY = 20.0


class Tank:
    def __init__(self, name: str, litres: float, brix: float, acidity: float | None = None) -> None:
        if litres <= 0:
            raise ValueError("a tank needs some juice in it")
        if not 0 <= brix <= MAX_BRIX:
            raise ValueError(f"brix out of range: {brix}")
        if acidity is not None and not 0 < acidity <= MAX_ACIDITY:
            raise ValueError(f"acidity out of range: {acidity}")
        self.name = name
        self.litres = litres
        self.brix = brix
        self.acidity = acidity

    def __repr__(self) -> str:
        return f"Tank({self.name!r}, {self.litres}, {self.brix}, {self.acidity})"

    def titrated(self) -> bool:
        return self.acidity is not None

    def ratio(self) -> float:
        """Sugar to acid: what the buyers ask for (sweet juice is over 20)."""
        if self.acidity is None:
            raise ValueError(f"{self.name} has not been titrated")
        return round(self.brix / self.acidity, 1)

    def sugar_kg(self) -> float:
        return round(self.brix * 10 * self.litres / 1000, 2)

    def diluted(self, water: float) -> "Tank":
        """The tank after adding water litres: the same sugar and acid in more juice."""
        if water < 0:
            raise ValueError("cannot take water out")
        litres = self.litres + water
        brix = self.brix * self.litres / litres
        acidity = None if self.acidity is None else self.acidity * self.litres / litres
        return Tank(self.name, litres, brix, acidity)

    def blend(self, other: "Tank", name: str | None = None) -> "Tank":
        """Both tanks pumped into one: sugar and acid mix in proportion to the volumes."""
        if self.titrated() != other.titrated():
            raise ValueError("titrate both tanks before blending")
        litres = self.litres + other.litres
        brix = (self.brix * self.litres + other.brix * other.litres) / litres
        acidity = None
        if self.acidity is not None:
            acidity = (self.acidity * self.litres + other.acidity * other.litres) / litres
        return Tank(name or f"{self.name}+{other.name}", litres, brix, acidity)
