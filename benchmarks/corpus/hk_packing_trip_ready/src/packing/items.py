"""Packing list files: one item a line, `name | category | required|optional`."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Item:
    name: str
    category: str
    required: bool = True


def parse_item(line: str) -> Item:
    parts = [part.strip() for part in line.split("|")]
    if len(parts) == 2:
        parts.append("required")
    if len(parts) != 3 or not parts[0] or parts[2] not in ("required", "optional"):
        raise ValueError(f"bad packing list line: {line!r}")
    name, category, need = parts
    return Item(name.lower(), category.lower(), need == "required")


def parse_list(text: str) -> list[Item]:
    items = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            items.append(parse_item(line))
    return items
