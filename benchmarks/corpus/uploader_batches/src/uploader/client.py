"""Sends records to the ingestion API, batch by batch."""

from __future__ import annotations

from typing import Any, Callable

from .batching import batches

Send = Callable[[list[dict[str, Any]]], None]


def upload(records: list[dict[str, Any]], send: Send, max_records: int = 100) -> int:
    """Send every record; returns how many requests were made."""
    parts = batches(records, max_records)
    for part in parts:
        send(part)
    return len(parts)
