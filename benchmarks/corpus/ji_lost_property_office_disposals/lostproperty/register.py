"""The lost property register at the station: everything handed in gets a reference
and a line in the book, and a claim is written against the same line."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date

# Days an item is kept on the shelf. Umbrellas and coats take up the most room,
# so they go soonest; documents are sent back to whoever issued them within the week.
HOLDING_DAYS = {
    "umbrella": 14,
    "clothing": 30,
    "bag": 60,
    "electronics": 90,
    "jewellery": 90,
    "documents": 7,
    "other": 30,
}
POLICE_VALUE = 250  # worth this much or more (pounds): handed to the police, not the charity shop


@dataclass
class Item:
    ref: str
    found_on: date
    category: str
    description: str
    value: int = 0
    claimed_on: date | None = None


def read_register(text: str) -> list[Item]:
    """CSV with columns ref,found_on,category,description,value,claimed_on (ISO dates;
    claimed_on is blank while the item is still on the shelf)."""
    items = []
    for row in csv.DictReader(io.StringIO(text.strip())):
        category = row["category"].strip().lower()
        if category not in HOLDING_DAYS:
            category = "other"
        claimed = (row.get("claimed_on") or "").strip()
        items.append(
            Item(
                ref=row["ref"].strip(),
                found_on=date.fromisoformat(row["found_on"].strip()),
                category=category,
                description=row["description"].strip(),
                value=int(row["value"] or 0),
                claimed_on=date.fromisoformat(claimed) if claimed else None,
            )
        )
    return items


def claim(items: list[Item], ref: str, on: date) -> Item:
    for item in items:
        if item.ref == ref:
            if item.claimed_on is not None:
                raise ValueError(f"{ref} was already claimed on {item.claimed_on}")
            item.claimed_on = on
            return item
    raise KeyError(ref)
