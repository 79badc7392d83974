"""The growing field in November. Customers walk the rows, choose a tree and we tie
their tag on it; it is cut and netted for them in December. A tree is only tagged
once, saplings under MIN_HEIGHT_CM are kept for next year, and one household may tag
at most MAX_TAGS trees so the pubs do not take the whole field."""

from __future__ import annotations

from dataclasses import dataclass

from treefarm.pricing import price

MIN_HEIGHT_CM = 120
MAX_TAGS = 3
DEPOSIT = 10.0


@dataclass(frozen=True)
class Tree:
    number: int
    row: str
    species: str
    height_cm: int


class Field:
    def __init__(self, trees: list[Tree]) -> None:
        self.trees = {tree.number: tree for tree in trees}
        self.tagged: dict[int, str] = {}  # tree number -> customer
        self.by_customer: dict[str, list[int]] = {}

    def tag(self, number: int, customer: str) -> float:
        """Tie the customer's tag on tree `number`; returns the deposit to take."""
        tree = self.trees.get(number)
        if tree is None:
            raise KeyError(f"no tree numbered {number}")
        if number in self.tagged:
            raise ValueError(f"tree {number} is already tagged for {self.tagged[number]}")
        if tree.height_cm < MIN_HEIGHT_CM:
            raise ValueError(f"tree {number} is too small this year")
        if len(self.by_customer.get(customer, [])) >= MAX_TAGS:
            raise ValueError(f"{customer} already has {MAX_TAGS} trees tagged")
        self.tagged[number] = customer
        self.by_customer.setdefault(customer, []).append(number)
        return DEPOSIT

    def untag(self, number: int) -> None:
        customer = self.tagged.pop(number)
        self.by_customer[customer].remove(number)

    def still_free(self, species: str) -> list[int]:
        """Untagged trees of a species big enough to sell, by row then number."""
        free = [t for t in self.trees.values()
                if t.species == species and t.number not in self.tagged and t.height_cm >= MIN_HEIGHT_CM]
        return [t.number for t in sorted(free, key=lambda t: (t.row, t.number))]

    def collection_slip(self, customer: str) -> list[str]:
        """What the customer owes at collection, one line a tree, deposits taken off."""
        lines = []
        for number in sorted(self.by_customer.get(customer, [])):
            tree = self.trees[number]
            owed = price(tree.species, tree.height_cm) - DEPOSIT
            lines.append(f"#{number} {tree.species} {tree.height_cm}cm row {tree.row}: £{owed:.2f}")
        return lines
