"""The invoice handed over when the cats are collected."""

from __future__ import annotations

from datetime import timedelta

from booking import Stay
from rates import FIRST_CAT, MEDICATION, PEAK_SUPPLEMENT, SHARING_CAT, is_peak


def invoice(stay: Stay) -> list[tuple[str, float]]:
    """The lines of the invoice, (description, amount). All the household's cats
    share one pen; a stay is charged by the night, and a night is peak by the date
    the cats sleep here (not the morning they go home)."""
    nights = stay.nights
    cats = len(stay.cats)
    lines = [(f"Boarding, {nights} night(s), first cat", FIRST_CAT * nights)]
    if cats > 1:
        lines.append((f"Sharing, {cats - 1} more cat(s)", SHARING_CAT * (cats - 1) * nights))
    peak_nights = 0
    for n in range(nights + 1):
        if is_peak(stay.check_in + timedelta(days=n)):
            peak_nights += 1
    if peak_nights:
        lines.append((f"Peak supplement, {peak_nights} night(s)", PEAK_SUPPLEMENT * cats * peak_nights))
    medicated = sum(1 for cat in stay.cats if cat.medicated)
    if medicated:
        lines.append((f"Medication, {medicated} cat(s)", MEDICATION * medicated))
    return [(text, round(amount, 2)) for text, amount in lines]


def total(lines: list[tuple[str, float]]) -> float:
    return round(sum(amount for _, amount in lines), 2)
