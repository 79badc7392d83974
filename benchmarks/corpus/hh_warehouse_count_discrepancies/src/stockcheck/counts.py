"""Comparing a cycle count with the books."""

from __future__ import annotations


def discrepancies(expected: dict[str, int], counted: dict[str, int], tolerance: int = 0) -> dict[str, int]:
    """sku -> counted minus expected, for the skus off by more than tolerance
    either way; a sku nobody counted was counted as zero."""
    result = {}
    for sku in sorted(set(expected) | set(counted)):
        difference = counted.get(sku, 0) - expected.get(sku, 0)
        if difference > tolerance:
            result[sku] = difference
    return result


def adjustments(expected: dict[str, int], counted: dict[str, int], tolerance: int = 0) -> list[dict]:
    """The movements that bring the books in line with the count."""
    return [
        {"sku": sku, "type": "receipt" if difference > 0 else "writeoff", "qty": abs(difference)}
        for sku, difference in discrepancies(expected, counted, tolerance).items()
    ]
