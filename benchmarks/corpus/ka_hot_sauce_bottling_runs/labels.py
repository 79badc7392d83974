"""Bottle labels and the batch record kept for trading standards."""

from __future__ import annotations

from batches import Batch


def lot_code(batch: Batch) -> str:
    """Sauce initials and the bottling date: Ghost Pepper Lime on 3 May 2024 is GPL-240503."""
    initials = "".join(word[0] for word in batch.sauce.split()).upper()
    return f"{initials}-{batch.bottled:%y%m%d}"


def batch_record(batch: Batch, bottle_ml: int = 150) -> str:
    plan = batch.plan(bottle_ml)
    return (
        f"{lot_code(batch)} {batch.sauce}: {batch.litres:g} l at pH {batch.ph:.1f}, "
        f"{plan['bottles']} x {bottle_ml} ml, {plan['tasting ml']} ml tasting, "
        f"best before {plan['best before']:%d/%m/%Y}"
    )
