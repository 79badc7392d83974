"""Bare-root stock in the field, counted at lifting time: how many of each species in
each height band."""

from __future__ import annotations

import csv
import io

SIZES = ("40-60cm", "60-90cm", "90-120cm")  # smallest first

Stock = dict[tuple[str, str], int]


def read_stock(text: str) -> Stock:
    """CSV with columns species,size,count. Repeated rows (two beds of the same
    tree) are added together."""
    stock: Stock = {}
    for row in csv.DictReader(io.StringIO(text.strip())):
        species = row["species"].strip().lower()
        size = row["size"].strip()
        if size not in SIZES:
            raise ValueError(f"unknown size {size!r} for {species}")
        key = (species, size)
        stock[key] = stock.get(key, 0) + int(row["count"])
    return stock


def bigger_sizes(size: str) -> tuple[str, ...]:
    return SIZES[SIZES.index(size) + 1 :]
